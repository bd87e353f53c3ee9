#include "providers/AuthClient.h"

#include "logging/Redactor.h"
#include "net/NetworkError.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkReply>

using namespace Qt::StringLiterals;

namespace md {

void AuthClient::refreshTokens(const QString&, const QString&, TokenCallback done)
{
    done(Error {u"auth.no-refresh"_s,
                tr("%1 tokens are not refreshed; connect the account again to renew them.")
                    .arg(providerDisplayName(provider())),
                {}});
}

Result<TokenSet> AuthClient::readRefreshAnswer(QNetworkReply* reply, const QByteArray& body,
                                               const QString& refreshToken) const
{
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QJsonObject json = QJsonDocument::fromJson(body).object();
    const QString name = providerDisplayName(provider());
    if (reply->error() != QNetworkReply::NoError) {
        const QString oauthError = json.value("error"_L1).toString();
        const QString description = Redactor::redact(json.value("error_description"_L1).toString());
        if (oauthError == "invalid_client"_L1) {
            return Error {
                u"auth.invalid-client"_s,
                tr("%1 did not accept Marketdesk's app keys. Check them in the Providers settings.").arg(name),
                description};
        }
        if (oauthError == "invalid_grant"_L1 || status == 401) {
            return Error {QString::fromLatin1(kRevoked),
                          tr("%1 no longer accepts this account's authorization (it was revoked or has expired). "
                             "Reconnect the account.")
                              .arg(name),
                          description};
        }
        if (status == 0) {
            return Error {u"net.unreachable"_s, tr("%1 %2.").arg(name, networkProblem(reply)), reply->errorString()};
        }
        return Error {u"net.http-error"_s,
                      tr("%1 answered the token refresh with HTTP status %2.").arg(name).arg(status),
                      Redactor::redact(QString::fromUtf8(body.left(300)))};
    }
    TokenSet tokens;
    tokens.accessToken = json.value("access_token"_L1).toString();
    if (tokens.accessToken.isEmpty()) {
        return Error {u"net.bad-answer"_s, tr("%1's refresh answer held no access token.").arg(name),
                      Redactor::redact(QString::fromUtf8(body.left(300)))};
    }
    Redactor::addSecret(tokens.accessToken);
    // eBay and Amazon do not rotate refresh tokens; a marketplace that does sends the new one.
    tokens.refreshToken = json.value("refresh_token"_L1).toString(refreshToken);
    Redactor::addSecret(tokens.refreshToken);
    tokens.accessExpiresAt = QDateTime::currentDateTimeUtc().addSecs(json.value("expires_in"_L1).toInteger(3600));
    return tokens;
}

HealthAnswer AuthClient::httpHealth(QNetworkReply* reply, const QByteArray& body)
{
    HealthAnswer answer;
    answer.httpStatus = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (reply->error() == QNetworkReply::NoError && answer.httpStatus >= 200 && answer.httpStatus < 300) {
        answer.healthy = true;
        return answer;
    }
    const QJsonObject json = QJsonDocument::fromJson(body).object();
    // OAuth ({"error": "..."}), SP-API ({"errors": [{"code": ...}]}) and Graph ({"error": {"code": ...}}) shapes.
    if (json.value("error"_L1).isString()) {
        answer.errorCode = json.value("error"_L1).toString();
    } else if (json.value("error"_L1).isObject()) {
        answer.errorCode = QString::number(json.value("error"_L1).toObject().value("code"_L1).toInt());
        answer.errorMessage = json.value("error"_L1).toObject().value("message"_L1).toString();
    } else if (json.value("errors"_L1).isArray()) {
        const QJsonObject first = json.value("errors"_L1).toArray().first().toObject();
        answer.errorCode = first.value("code"_L1).toString();
        answer.errorMessage = first.value("message"_L1).toString();
    }
    if (answer.errorCode.isEmpty())
        answer.errorCode =
            answer.httpStatus ? u"http.%1"_s.arg(answer.httpStatus) : u"net.%1"_s.arg(int(reply->error()));
    if (answer.errorMessage.isEmpty())
        answer.errorMessage = reply->errorString();
    answer.errorMessage = Redactor::redact(answer.errorMessage);
    return answer;
}

} // namespace md
