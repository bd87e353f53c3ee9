#include "providers/shopify/ShopifyClient.h"

#include "logging/Redactor.h"
#include "net/FormBody.h"
#include "providers/shopify/ShopifyGraphql.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMessageAuthenticationCode>
#include <QNetworkAccessManager>
#include <QNetworkReply>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace md {

namespace {
constexpr int kTimeoutMs = 30000;

bool equalConstantTime(const QByteArray& a, const QByteArray& b)
{
    if (a.size() != b.size())
        return false;
    unsigned char diff = 0;
    for (qsizetype i = 0; i < a.size(); ++i)
        diff |= static_cast<unsigned char>(a[i] ^ b[i]);
    return diff == 0;
}
} // namespace

ShopifyClient::ShopifyClient(ShopifyEndpoints endpoints, QNetworkAccessManager* network, QObject* parent)
    : AuthClient(parent)
    , m_endpoints(std::move(endpoints))
    , m_network(network)
{
}

QByteArray ShopifyClient::callbackHmac(const QUrlQuery& callback, const QString& clientSecret)
{
    QList<QPair<QString, QString>> items = callback.queryItems(QUrl::FullyDecoded);
    items.removeIf([](const auto& item) { return item.first == "hmac"_L1 || item.first == "signature"_L1; });
    std::sort(items.begin(), items.end());
    QStringList parts;
    for (const auto& [key, value] : items)
        parts << key + u'=' + value;
    return QMessageAuthenticationCode::hash(parts.join(u'&').toUtf8(), clientSecret.toUtf8(),
                                            QCryptographicHash::Sha256)
        .toHex();
}

QUrl ShopifyClient::shopUrl(const QString& shop, const QString& path) const
{
    return QUrl(QString(m_endpoints.shopUrlTemplate).replace(u"{shop}"_s, shop) + path);
}

QUrl ShopifyClient::authorizeUrl(const QString& state, const QUrl& redirectUri, const QString& shopDomain) const
{
    m_pendingShop = shopDomain;
    // No grant_options[]=per-user: an offline token, for a warehouse app.
    return http::withQuery(shopUrl(shopDomain, u"/admin/oauth/authorize"_s),
                           {{u"client_id"_s, m_endpoints.clientId},
                            {u"scope"_s, m_endpoints.scopes.join(u',')},
                            {u"redirect_uri"_s, redirectUri.toString()},
                            {u"state"_s, state}});
}

void ShopifyClient::exchangeCode(const QUrlQuery& callback, const QString& clientSecret, const QUrl&,
                                 TokenCallback done)
{
    const QByteArray presented = callback.queryItemValue(u"hmac"_s).toLatin1();
    if (presented.isEmpty() || !equalConstantTime(presented, callbackHmac(callback, clientSecret))) {
        done(Error {u"auth.hmac-mismatch"_s,
                    tr("The answer did not carry Shopify's signature, so it was not trusted; nothing was stored."),
                    {}});
        return;
    }
    const QString shop = callback.queryItemValue(u"shop"_s, QUrl::FullyDecoded);
    if (shop != m_pendingShop) {
        done(Error {u"auth.shop-mismatch"_s,
                    tr("Shopify answered for the store %1, not %2; nothing was stored.").arg(shop, m_pendingShop),
                    {}});
        return;
    }
    const QString code = callback.queryItemValue(codeParameter(), QUrl::FullyDecoded);
    Redactor::addSecret(code);
    QNetworkRequest request(shopUrl(shop, u"/admin/oauth/access_token"_s));
    request.setHeader(QNetworkRequest::ContentTypeHeader, u"application/json"_s);
    request.setTransferTimeout(kTimeoutMs);
    const QByteArray body =
        QJsonDocument(
            QJsonObject {{u"client_id"_s, m_endpoints.clientId}, {u"client_secret"_s, clientSecret}, {u"code"_s, code}})
            .toJson(QJsonDocument::Compact);
    QNetworkReply* reply = m_network->post(request, body);
    connect(reply, &QNetworkReply::finished, this, [reply, done = std::move(done)] {
        reply->deleteLater();
        const QJsonObject json = QJsonDocument::fromJson(reply->readAll()).object();
        if (reply->error() != QNetworkReply::NoError) {
            done(Error {u"auth.invalid-grant"_s,
                        tr("Shopify refused the sign-in answer: %1").arg(json.value("error_description"_L1).toString()),
                        reply->errorString()});
            return;
        }
        TokenSet tokens;
        tokens.accessToken = json.value("access_token"_L1).toString();
        if (tokens.accessToken.isEmpty()) {
            done(Error {u"auth.bad-token-answer"_s, tr("Shopify's answer held no access token."), {}});
            return;
        }
        Redactor::addSecret(tokens.accessToken);
        tokens.scopes = json.value("scope"_L1).toString().split(u',', Qt::SkipEmptyParts); // offline: never expires
        done(tokens);
    });
}

QNetworkReply* ShopifyClient::queryShop(const QString& shop, const QString& accessToken) const
{
    return shopify::post(m_network, m_endpoints.shopUrlTemplate, shop, m_endpoints.apiVersion, accessToken, u"Shop"_s,
                         {}, kTimeoutMs);
}

void ShopifyClient::fetchIdentity(const TokenSet& tokens, const QUrlQuery& callback, IdentityCallback done)
{
    QNetworkReply* reply = queryShop(callback.queryItemValue(u"shop"_s, QUrl::FullyDecoded), tokens.accessToken);
    if (!reply) {
        done(Error {u"auth.internal"_s, tr("Marketdesk's Shopify query is missing from this build."), {}});
        return;
    }
    connect(reply, &QNetworkReply::finished, this, [reply, done = std::move(done)] {
        reply->deleteLater();
        const QJsonObject json = QJsonDocument::fromJson(reply->readAll()).object();
        const QJsonObject shopJson = json.value("data"_L1).toObject().value("shop"_L1).toObject();
        if (reply->error() != QNetworkReply::NoError || shopJson.isEmpty()) {
            done(Error {
                u"net.http-error"_s, tr("Shopify did not say which store this is: %1").arg(reply->errorString()), {}});
            return;
        }
        done(MarketplaceIdentity {shopJson.value("myshopifyDomain"_L1).toString(), shopJson.value("name"_L1).toString(),
                                  shopJson.value("currencyCode"_L1).toString()});
    });
}

void ShopifyClient::checkHealth(const Account& account, const QString& accessToken, HealthCallback done)
{
    QNetworkReply* reply = queryShop(account.shopDomain, accessToken);
    if (!reply) {
        done(HealthAnswer {false, 0, {}, u"internal"_s, tr("Marketdesk's Shopify query is missing from this build.")});
        return;
    }
    connect(reply, &QNetworkReply::finished, this, [reply, done = std::move(done)] {
        reply->deleteLater();
        const QByteArray body = reply->readAll();
        HealthAnswer answer = httpHealth(reply, body);
        // GraphQL reports errors with HTTP 200: the shop must be in the answer.
        if (answer.healthy &&
            QJsonDocument::fromJson(body).object().value("data"_L1).toObject().value("shop"_L1).toObject().isEmpty()) {
            answer.healthy = false;
            answer.errorCode = u"graphql"_s;
            answer.errorMessage = tr("Shopify's answer held no shop.");
        }
        done(answer);
    });
}

} // namespace md
