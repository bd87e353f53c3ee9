#include "providers/FulfilmentClient.h"

#include "providers/HttpAnswer.h"

#include <QJsonDocument>
#include <QNetworkReply>

using namespace Qt::StringLiterals;

namespace md {

QJsonObject FulfilmentClient::payload(const OutboxEntry& entry)
{
    return QJsonDocument::fromJson(entry.payload.toUtf8()).object();
}

FulfilmentOutcome FulfilmentClient::classify(QNetworkReply* reply, const QString& marketplace, QJsonObject* body)
{
    using K = FulfilmentOutcome::Kind;
    const HttpAnswer answer = HttpAnswer::read(reply, marketplace);
    switch (answer.kind) {
    case HttpAnswer::Kind::Ok:
        if (body)
            *body = answer.json;
        return FulfilmentOutcome::applied({});
    case HttpAnswer::Kind::Auth:
        return FulfilmentOutcome::of(K::Auth, answer.message);
    case HttpAnswer::Kind::RateLimited: {
        FulfilmentOutcome o = FulfilmentOutcome::of(K::RateLimited, answer.message);
        o.retryAfterSeconds = answer.retryAfterSeconds;
        return o;
    }
    case HttpAnswer::Kind::Transient:
        return FulfilmentOutcome::of(K::Transient, answer.message);
    case HttpAnswer::Kind::Conflict:
        return FulfilmentOutcome::of(K::Conflict, answer.message);
    case HttpAnswer::Kind::NotFound:
        return FulfilmentOutcome::of(K::Rejected, tr("%1 does not know this order any more.").arg(marketplace));
    case HttpAnswer::Kind::Rejected:
        break;
    }
    return FulfilmentOutcome::of(K::Rejected, answer.message);
}

} // namespace md
