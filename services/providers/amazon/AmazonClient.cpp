#include "providers/amazon/AmazonClient.h"

#include "logging/Redactor.h"
#include "net/FormBody.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>

using namespace Qt::StringLiterals;

namespace md {

namespace {
constexpr int kTimeoutMs = 30000;
}

AmazonClient::AmazonClient(AmazonEndpoints endpoints, QNetworkAccessManager* network, QObject* parent)
    : AuthClient(parent)
    , m_endpoints(std::move(endpoints))
    , m_network(network)
{
}

QUrl AmazonClient::authorizeUrl(const QString& state, const QUrl& redirectUri, const QString&) const
{
    QList<std::pair<QString, QString>> items {{u"application_id"_s, m_endpoints.applicationId},
                                              {u"state"_s, state},
                                              {u"redirect_uri"_s, redirectUri.toString()}};
    if (m_endpoints.draftApp)
        items.append({u"version"_s, u"beta"_s});
    return http::withQuery(m_endpoints.sellerCentralUrl.resolved(QUrl(u"/apps/authorize/consent"_s)), items);
}

void AmazonClient::exchangeCode(const QUrlQuery& callback, const QString& clientSecret, const QUrl& redirectUri,
                                TokenCallback done)
{
    const QString code = callback.queryItemValue(codeParameter(), QUrl::FullyDecoded);
    Redactor::addSecret(code);
    QNetworkRequest request(m_endpoints.lwaUrl.resolved(QUrl(u"/auth/o2/token"_s)));
    request.setHeader(QNetworkRequest::ContentTypeHeader, u"application/x-www-form-urlencoded"_s);
    request.setTransferTimeout(kTimeoutMs);
    QNetworkReply* reply = m_network->post(request,
                                           http::formBody({{u"grant_type"_s, u"authorization_code"_s},
                                                           {u"code"_s, code},
                                                           {u"redirect_uri"_s, redirectUri.toString()},
                                                           {u"client_id"_s, m_endpoints.clientId},
                                                           {u"client_secret"_s, clientSecret}}));
    connect(reply, &QNetworkReply::finished, this, [reply, done = std::move(done)] {
        reply->deleteLater();
        const QByteArray body = reply->readAll();
        const QJsonObject json = QJsonDocument::fromJson(body).object();
        if (reply->error() != QNetworkReply::NoError) {
            const QString error = json.value("error"_L1).toString();
            if (error == "invalid_grant"_L1) {
                done(Error {u"auth.invalid-grant"_s,
                            tr("Amazon refused the sign-in answer (it was already used or has expired). Start "
                               "connecting the account again."),
                            json.value("error_description"_L1).toString()});
            } else if (error == "invalid_client"_L1) {
                done(Error {u"auth.invalid-client"_s,
                            tr("Amazon did not accept Marketdesk's app keys. Check the LWA client id and secret."),
                            json.value("error_description"_L1).toString()});
            } else {
                done(Error {u"net.http-error"_s,
                            tr("Login with Amazon could not be completed: %1").arg(reply->errorString()),
                            Redactor::redact(QString::fromUtf8(body.left(300)))});
            }
            return;
        }
        TokenSet tokens;
        tokens.accessToken = json.value("access_token"_L1).toString();
        tokens.refreshToken = json.value("refresh_token"_L1).toString();
        if (tokens.accessToken.isEmpty() || tokens.refreshToken.isEmpty()) {
            done(Error {u"auth.bad-token-answer"_s, tr("Amazon's answer held no access or refresh token."), {}});
            return;
        }
        Redactor::addSecret(tokens.accessToken);
        Redactor::addSecret(tokens.refreshToken);
        const QDateTime now = QDateTime::currentDateTimeUtc();
        tokens.accessExpiresAt = now.addSecs(json.value("expires_in"_L1).toInteger(3600));
        tokens.reauthDueAt = now.addDays(kAuthorizationDays); // sellers authorize again every year
        done(tokens);
    });
}

void AmazonClient::fetchIdentity(const TokenSet& tokens, const QUrlQuery& callback, IdentityCallback done)
{
    const QString sellerId = callback.queryItemValue(u"selling_partner_id"_s, QUrl::FullyDecoded);
    if (sellerId.isEmpty()) {
        done(Error {u"auth.bad-identity"_s, tr("Amazon's answer did not name the selling partner."), {}});
        return;
    }
    QNetworkRequest request(m_endpoints.spApiUrl.resolved(QUrl(u"/sellers/v1/marketplaceParticipations"_s)));
    request.setRawHeader("x-amz-access-token", tokens.accessToken.toUtf8());
    request.setTransferTimeout(kTimeoutMs);
    QNetworkReply* reply = m_network->get(request);
    connect(reply, &QNetworkReply::finished, this, [reply, sellerId, done = std::move(done)] {
        reply->deleteLater();
        const QJsonObject json = QJsonDocument::fromJson(reply->readAll()).object();
        if (reply->error() != QNetworkReply::NoError) {
            done(Error {u"net.http-error"_s,
                        tr("Amazon did not confirm the seller account: %1").arg(reply->errorString()),
                        {}});
            return;
        }
        MarketplaceIdentity identity {sellerId, {}, {}};
        for (const QJsonValue& value : json.value("payload"_L1).toArray()) {
            const QJsonObject entry = value.toObject();
            if (!entry.value("participation"_L1).toObject().value("isParticipating"_L1).toBool())
                continue;
            identity.username = entry.value("storeName"_L1).toString();
            identity.marketplaceId = entry.value("marketplace"_L1).toObject().value("id"_L1).toString();
            break;
        }
        done(identity);
    });
}

void AmazonClient::refreshTokens(const QString& refreshToken, const QString& clientSecret, TokenCallback done)
{
    QNetworkRequest request(m_endpoints.lwaUrl.resolved(QUrl(u"/auth/o2/token"_s)));
    request.setHeader(QNetworkRequest::ContentTypeHeader, u"application/x-www-form-urlencoded"_s);
    request.setTransferTimeout(kTimeoutMs);
    QNetworkReply* reply = m_network->post(request,
                                           http::formBody({{u"grant_type"_s, u"refresh_token"_s},
                                                           {u"refresh_token"_s, refreshToken},
                                                           {u"client_id"_s, m_endpoints.clientId},
                                                           {u"client_secret"_s, clientSecret}}));
    connect(reply, &QNetworkReply::finished, this, [this, reply, refreshToken, done = std::move(done)] {
        reply->deleteLater();
        done(readRefreshAnswer(reply, reply->readAll(), refreshToken));
    });
}

void AmazonClient::checkHealth(const Account&, const QString& accessToken, HealthCallback done)
{
    QNetworkRequest request(m_endpoints.spApiUrl.resolved(QUrl(u"/sellers/v1/marketplaceParticipations"_s)));
    request.setRawHeader("x-amz-access-token", accessToken.toUtf8());
    request.setTransferTimeout(kTimeoutMs);
    QNetworkReply* reply = m_network->get(request);
    connect(reply, &QNetworkReply::finished, this, [reply, done = std::move(done)] {
        reply->deleteLater();
        done(httpHealth(reply, reply->readAll()));
    });
}

} // namespace md
