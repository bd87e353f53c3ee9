#include "providers/FulfilmentClient.h"

#include "logging/Redactor.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkReply>

using namespace Qt::StringLiterals;

namespace md {

namespace {
/// The first error message of eBay's and Amazon's {"errors":[{"message"}]} bodies.
QString errorMessage(const QByteArray& body)
{
    const QJsonObject json = QJsonDocument::fromJson(body).object();
    const QJsonArray errors = json.value("errors"_L1).toArray();
    if (!errors.isEmpty())
        return errors.first().toObject().value("message"_L1).toString();
    return Redactor::redact(QString::fromUtf8(body.left(200)));
}
} // namespace

QJsonObject FulfilmentClient::payload(const OutboxEntry& entry)
{
    return QJsonDocument::fromJson(entry.payload.toUtf8()).object();
}

FulfilmentOutcome FulfilmentClient::classify(QNetworkReply* reply, const QString& marketplace, QJsonObject* body)
{
    using K = FulfilmentOutcome::Kind;
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QByteArray raw = reply->readAll();
    if (status == 0)
        return FulfilmentOutcome::of(K::Transient,
                                     tr("%1 could not be reached: %2").arg(marketplace, reply->errorString()));
    if (status == 401 || status == 403)
        return FulfilmentOutcome::of(K::Auth,
                                     tr("%1 refused the account's token (HTTP %2).").arg(marketplace).arg(status));
    if (status == 429) {
        FulfilmentOutcome o = FulfilmentOutcome::of(K::RateLimited, tr("%1 asks to slow down.").arg(marketplace));
        o.retryAfterSeconds = std::max(1, reply->rawHeader("Retry-After").toInt());
        return o;
    }
    if (status >= 500)
        return FulfilmentOutcome::of(K::Transient, tr("%1 answered with HTTP status %2.").arg(marketplace).arg(status));
    if (status == 409)
        return FulfilmentOutcome::of(K::Conflict, tr("%1 says: %2").arg(marketplace, errorMessage(raw)));
    if (status == 404)
        return FulfilmentOutcome::of(K::Rejected, tr("%1 does not know this order any more.").arg(marketplace));
    if (status >= 400) {
        return FulfilmentOutcome::of(
            K::Rejected,
            tr("%1 refused the request (HTTP %2): %3").arg(marketplace).arg(status).arg(errorMessage(raw)));
    }
    if (reply->error() != QNetworkReply::NoError)
        return FulfilmentOutcome::of(K::Transient,
                                     tr("%1's answer was cut off: %2").arg(marketplace, reply->errorString()));
    if (body) {
        *body = {};
        if (!raw.trimmed().isEmpty()) {
            QJsonParseError parse;
            const QJsonDocument json = QJsonDocument::fromJson(raw, &parse);
            if (parse.error != QJsonParseError::NoError || !json.isObject()) {
                return FulfilmentOutcome::of(
                    K::Transient, tr("%1's answer could not be read (%2).").arg(marketplace, parse.errorString()));
            }
            *body = json.object();
        }
    }
    return FulfilmentOutcome::applied({});
}

} // namespace md
