#include "providers/ebay/EbayClient.h"

#include "logging/LogCategories.h"
#include "logging/Redactor.h"
#include "net/FormBody.h"
#include "net/NetworkError.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QUrlQuery>
#include <QXmlStreamReader>

using namespace Qt::StringLiterals;

namespace md {

namespace {

constexpr int kTimeoutMs = 30000;

} // namespace

EbayClient::EbayClient(EbayEndpoints endpoints, QNetworkAccessManager* network, QObject* parent)
    : AuthClient(parent)
    , m_endpoints(std::move(endpoints))
    , m_network(network)
{
}

QUrl EbayClient::authorizeUrl(const QString& state, const QUrl&, const QString&) const
{
    return http::withQuery(m_endpoints.authBaseUrl.resolved(QUrl(u"/oauth2/authorize"_s)),
                           {{u"client_id"_s, m_endpoints.clientId},
                            {u"redirect_uri"_s, m_endpoints.ruName},
                            {u"response_type"_s, u"code"_s},
                            {u"scope"_s, m_endpoints.scopes.join(u' ')},
                            {u"state"_s, state},
                            // several eBay accounts: always let the person choose who signs in
                            {u"prompt"_s, u"login"_s}});
}

Error EbayClient::errorFrom(QNetworkReply* reply, const QByteArray& body) const
{
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QJsonObject json = QJsonDocument::fromJson(body).object();
    const QString oauthError = json.value("error"_L1).toString();
    if (oauthError == "invalid_grant"_L1) {
        return Error {u"auth.invalid-grant"_s,
                      tr("eBay refused the sign-in answer (it was already used, has expired, or belongs to another "
                         "app). Start connecting the account again."),
                      json.value("error_description"_L1).toString()};
    }
    if (oauthError == "invalid_client"_L1) {
        return Error {u"auth.invalid-client"_s,
                      tr("eBay did not accept Marketdesk's app keys. Check the client id and client secret in the "
                         "Providers settings."),
                      json.value("error_description"_L1).toString()};
    }
    if (status == 0) {
        return Error {u"net.unreachable"_s, tr("eBay %1.").arg(networkProblem(reply)), reply->errorString()};
    }
    return Error {u"net.http-error"_s, tr("eBay answered with HTTP status %1.").arg(status),
                  Redactor::redact(QString::fromUtf8(body.left(300)))};
}

void EbayClient::exchangeCode(const QUrlQuery& callback, const QString& clientSecret, const QUrl&, TokenCallback done)
{
    const QString code = callback.queryItemValue(codeParameter(), QUrl::FullyDecoded);
    Redactor::addSecret(code);
    QNetworkRequest request(m_endpoints.authBaseUrl.resolved(QUrl(u"/identity/v1/oauth2/token"_s)));
    request.setHeader(QNetworkRequest::ContentTypeHeader, u"application/x-www-form-urlencoded"_s);
    request.setRawHeader("Authorization", "Basic " + (m_endpoints.clientId + u':' + clientSecret).toUtf8().toBase64());
    request.setTransferTimeout(kTimeoutMs);
    QNetworkReply* reply = m_network->post(
        request,
        http::formBody(
            {{u"grant_type"_s, u"authorization_code"_s}, {u"code"_s, code}, {u"redirect_uri"_s, m_endpoints.ruName}}));
    connect(reply, &QNetworkReply::finished, this, [this, reply, done = std::move(done)] {
        reply->deleteLater();
        const QByteArray body = reply->readAll();
        if (reply->error() != QNetworkReply::NoError) {
            done(errorFrom(reply, body));
            return;
        }
        const QJsonObject json = QJsonDocument::fromJson(body).object();
        TokenSet tokens;
        tokens.accessToken = json.value("access_token"_L1).toString();
        tokens.refreshToken = json.value("refresh_token"_L1).toString();
        if (tokens.accessToken.isEmpty()) {
            done(Error {u"auth.bad-token-answer"_s, tr("eBay's answer held no access token."), {}});
            return;
        }
        Redactor::addSecret(tokens.accessToken);
        Redactor::addSecret(tokens.refreshToken);
        const QDateTime now = QDateTime::currentDateTimeUtc();
        tokens.accessExpiresAt = now.addSecs(json.value("expires_in"_L1).toInteger(7200));
        if (json.contains("refresh_token_expires_in"_L1))
            tokens.refreshExpiresAt = now.addSecs(json.value("refresh_token_expires_in"_L1).toInteger());
        tokens.scopes = m_endpoints.scopes; // eBay grants what was asked, or refuses
        done(tokens);
    });
}

void EbayClient::fetchIdentity(const TokenSet& tokens, const QUrlQuery&, IdentityCallback done)
{
    const QString& accessToken = tokens.accessToken;
    QNetworkRequest request(m_endpoints.identityBaseUrl.resolved(QUrl(u"/commerce/identity/v1/user/"_s)));
    request.setRawHeader("Authorization", "Bearer " + accessToken.toUtf8());
    request.setTransferTimeout(kTimeoutMs);
    QNetworkReply* reply = m_network->get(request);
    connect(reply, &QNetworkReply::finished, this, [this, reply, done = std::move(done)] {
        reply->deleteLater();
        const QByteArray body = reply->readAll();
        if (reply->error() != QNetworkReply::NoError) {
            Error error = errorFrom(reply, body);
            error.message = tr("eBay did not say who signed in: %1").arg(error.message);
            done(error);
            return;
        }
        const QJsonObject json = QJsonDocument::fromJson(body).object();
        MarketplaceIdentity identity {json.value("userId"_L1).toString(), json.value("username"_L1).toString(),
                                      json.value("registrationMarketplaceId"_L1).toString()};
        if (identity.userId.isEmpty()) {
            done(Error {u"auth.bad-identity"_s, tr("eBay's identity answer held no user id."), {}});
            return;
        }
        done(identity);
    });
}

void EbayClient::refreshTokens(const QString& refreshToken, const QString& clientSecret, TokenCallback done)
{
    QNetworkRequest request(m_endpoints.authBaseUrl.resolved(QUrl(u"/identity/v1/oauth2/token"_s)));
    request.setHeader(QNetworkRequest::ContentTypeHeader, u"application/x-www-form-urlencoded"_s);
    request.setRawHeader("Authorization", "Basic " + (m_endpoints.clientId + u':' + clientSecret).toUtf8().toBase64());
    request.setTransferTimeout(kTimeoutMs);
    QNetworkReply* reply = m_network->post(request,
                                           http::formBody({{u"grant_type"_s, u"refresh_token"_s},
                                                           {u"refresh_token"_s, refreshToken},
                                                           {u"scope"_s, m_endpoints.scopes.join(u' ')}}));
    connect(reply, &QNetworkReply::finished, this, [this, reply, refreshToken, done = std::move(done)] {
        reply->deleteLater();
        Result<TokenSet> tokens = readRefreshAnswer(reply, reply->readAll(), refreshToken);
        if (tokens)
            tokens->scopes = m_endpoints.scopes;
        done(std::move(tokens));
    });
}

void EbayClient::checkHealth(const Account& account, const QString& accessToken, HealthCallback done)
{
    QNetworkRequest request(m_endpoints.apiBaseUrl.resolved(QUrl(u"/ws/api.dll"_s)));
    request.setHeader(QNetworkRequest::ContentTypeHeader, u"text/xml"_s);
    request.setRawHeader("X-EBAY-API-CALL-NAME", "GetUser");
    request.setRawHeader("X-EBAY-API-COMPATIBILITY-LEVEL", "1031");
    request.setRawHeader("X-EBAY-API-SITEID", account.siteId.isEmpty() ? "0" : account.siteId.toLatin1());
    request.setRawHeader("X-EBAY-API-IAF-TOKEN", accessToken.toUtf8());
    request.setTransferTimeout(kTimeoutMs);
    QNetworkReply* reply = m_network->post(request,
                                           "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n"
                                           "<GetUserRequest xmlns=\"urn:ebay:apis:eBLBaseComponents\">"
                                           "<ErrorLanguage>en_US</ErrorLanguage><WarningLevel>High</WarningLevel>"
                                           "<DetailLevel>ReturnAll</DetailLevel></GetUserRequest>");
    connect(reply, &QNetworkReply::finished, this, [reply, done = std::move(done)] {
        reply->deleteLater();
        const QByteArray body = reply->readAll();
        HealthAnswer answer = httpHealth(reply, body);
        if (!answer.healthy)
            return done(answer);
        // Trading answers HTTP 200 even for failures: the Ack and the first error say how it went.
        QXmlStreamReader xml(body);
        while (xml.readNextStartElement() || !xml.atEnd()) {
            if (!xml.isStartElement())
                continue;
            const auto name = xml.name();
            if (name == "Ack"_L1)
                answer.ack = xml.readElementText();
            else if (name == "ErrorCode"_L1 && answer.errorCode.isEmpty())
                answer.errorCode = xml.readElementText();
            else if (name == "ShortMessage"_L1 && answer.errorMessage.isEmpty())
                answer.errorMessage = xml.readElementText();
        }
        answer.healthy = answer.ack == "Success"_L1 || answer.ack == "Warning"_L1;
        if (!answer.healthy && answer.errorMessage.isEmpty())
            answer.errorMessage = tr("eBay's GetUser answer could not be read.");
        done(answer);
    });
}

} // namespace md
