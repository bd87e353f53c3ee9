#include "providers/facebook/FacebookClient.h"

#include "logging/Redactor.h"
#include "net/FormBody.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>

using namespace Qt::StringLiterals;

namespace md {

namespace {
constexpr int kTimeoutMs = 30000;
}

FacebookClient::FacebookClient(FacebookEndpoints endpoints, QNetworkAccessManager* network, QObject* parent)
    : AuthClient(parent)
    , m_endpoints(std::move(endpoints))
    , m_network(network)
{
}

QUrl FacebookClient::graph(const QString& path, const QList<std::pair<QString, QString>>& query) const
{
    return http::withQuery(m_endpoints.graphUrl.resolved(QUrl(u'/' + m_endpoints.version + path)), query);
}

Error FacebookClient::graphError(const QByteArray& body, const QString& fallback)
{
    const QJsonObject error = QJsonDocument::fromJson(body).object().value("error"_L1).toObject();
    if (error.value("code"_L1).toInt() == 100 || error.value("code"_L1).toInt() == 190) {
        return Error {u"auth.invalid-grant"_s,
                      tr("Facebook refused the sign-in answer: %1").arg(error.value("message"_L1).toString()),
                      error.value("fbtrace_id"_L1).toString()};
    }
    return Error {u"net.http-error"_s, fallback, error.value("message"_L1).toString()};
}

QUrl FacebookClient::authorizeUrl(const QString& state, const QUrl& redirectUri, const QString&) const
{
    return http::withQuery(m_endpoints.dialogUrl.resolved(QUrl(u'/' + m_endpoints.version + u"/dialog/oauth"_s)),
                           {{u"client_id"_s, m_endpoints.appId},
                            {u"redirect_uri"_s, redirectUri.toString()},
                            {u"state"_s, state},
                            {u"scope"_s, m_endpoints.scopes.join(u',')},
                            {u"response_type"_s, u"code"_s}});
}

void FacebookClient::exchangeCode(const QUrlQuery& callback, const QString& clientSecret, const QUrl& redirectUri,
                                  TokenCallback done)
{
    const QString code = callback.queryItemValue(codeParameter(), QUrl::FullyDecoded);
    Redactor::addSecret(code);
    QNetworkRequest first(graph(u"/oauth/access_token"_s,
                                {{u"client_id"_s, m_endpoints.appId},
                                 {u"redirect_uri"_s, redirectUri.toString()},
                                 {u"client_secret"_s, clientSecret},
                                 {u"code"_s, code}}));
    first.setTransferTimeout(kTimeoutMs);
    QNetworkReply* reply = m_network->get(first);
    connect(reply, &QNetworkReply::finished, this, [this, reply, clientSecret, done = std::move(done)]() mutable {
        reply->deleteLater();
        const QByteArray body = reply->readAll();
        if (reply->error() != QNetworkReply::NoError) {
            done(graphError(body, tr("Facebook could not complete the sign-in: %1").arg(reply->errorString())));
            return;
        }
        const QString shortLived = QJsonDocument::fromJson(body).object().value("access_token"_L1).toString();
        Redactor::addSecret(shortLived);
        // Trade the short-lived token for a long-lived one: 60 days, and no refresh token after it.
        QNetworkRequest second(graph(u"/oauth/access_token"_s,
                                     {{u"grant_type"_s, u"fb_exchange_token"_s},
                                      {u"client_id"_s, m_endpoints.appId},
                                      {u"client_secret"_s, clientSecret},
                                      {u"fb_exchange_token"_s, shortLived}}));
        second.setTransferTimeout(kTimeoutMs);
        QNetworkReply* exchange = m_network->get(second);
        connect(exchange, &QNetworkReply::finished, this, [this, exchange, done = std::move(done)] {
            exchange->deleteLater();
            const QByteArray answer = exchange->readAll();
            if (exchange->error() != QNetworkReply::NoError) {
                done(graphError(answer,
                                tr("Facebook did not issue a long-lived token: %1").arg(exchange->errorString())));
                return;
            }
            const QJsonObject json = QJsonDocument::fromJson(answer).object();
            TokenSet tokens;
            tokens.accessToken = json.value("access_token"_L1).toString();
            if (tokens.accessToken.isEmpty()) {
                done(Error {u"auth.bad-token-answer"_s, tr("Facebook's answer held no access token."), {}});
                return;
            }
            Redactor::addSecret(tokens.accessToken);
            tokens.accessExpiresAt =
                QDateTime::currentDateTimeUtc().addSecs(json.value("expires_in"_L1).toInteger(60 * 86400));
            tokens.reauthDueAt = tokens.accessExpiresAt; // the only renewal is signing in again
            tokens.scopes = m_endpoints.scopes;
            done(tokens);
        });
    });
}

void FacebookClient::fetchIdentity(const TokenSet& tokens, const QUrlQuery&, IdentityCallback done)
{
    QNetworkRequest request(graph(u"/me"_s, {{u"fields"_s, u"id,name"_s}}));
    request.setRawHeader("Authorization", "Bearer " + tokens.accessToken.toUtf8());
    request.setTransferTimeout(kTimeoutMs);
    QNetworkReply* reply = m_network->get(request);
    connect(reply, &QNetworkReply::finished, this, [reply, done = std::move(done)] {
        reply->deleteLater();
        const QByteArray body = reply->readAll();
        if (reply->error() != QNetworkReply::NoError) {
            done(graphError(body, tr("Facebook did not say who signed in: %1").arg(reply->errorString())));
            return;
        }
        const QJsonObject me = QJsonDocument::fromJson(body).object();
        if (me.value("id"_L1).toString().isEmpty()) {
            done(Error {u"auth.bad-identity"_s, tr("Facebook's answer held no user id."), {}});
            return;
        }
        done(MarketplaceIdentity {me.value("id"_L1).toString(), me.value("name"_L1).toString(), {}});
    });
}

void FacebookClient::checkHealth(const Account&, const QString& accessToken, HealthCallback done)
{
    QNetworkRequest request(graph(u"/me"_s, {{u"fields"_s, u"id"_s}}));
    request.setRawHeader("Authorization", "Bearer " + accessToken.toUtf8());
    request.setTransferTimeout(kTimeoutMs);
    QNetworkReply* reply = m_network->get(request);
    connect(reply, &QNetworkReply::finished, this, [reply, done = std::move(done)] {
        reply->deleteLater();
        done(httpHealth(reply, reply->readAll()));
    });
}

} // namespace md
