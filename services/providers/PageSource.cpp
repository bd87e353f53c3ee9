#include "providers/PageSource.h"

#include "providers/HttpAnswer.h"

#include <QJsonDocument>
#include <QNetworkReply>

using namespace Qt::StringLiterals;

namespace md {

Result<QJsonObject> PageSource::readJson(QNetworkReply* reply, const QString& marketplace)
{
    const HttpAnswer answer = HttpAnswer::read(reply, marketplace);
    switch (answer.kind) {
    case HttpAnswer::Kind::Ok:
        if (answer.hadBody)
            return answer.json;
        return Error {QString::fromLatin1(kTransient), tr("%1's answer was empty.").arg(marketplace), {}};
    case HttpAnswer::Kind::Auth:
        return Error {QString::fromLatin1(kAuth), answer.message, answer.detail};
    case HttpAnswer::Kind::RateLimited:
        return Error {QString::fromLatin1(kRateLimited), answer.message, QString::number(answer.retryAfterSeconds)};
    case HttpAnswer::Kind::Transient:
        return Error {QString::fromLatin1(kTransient), answer.message, answer.detail};
    case HttpAnswer::Kind::Conflict:
    case HttpAnswer::Kind::NotFound:
    case HttpAnswer::Kind::Rejected:
        break;
    }
    return Error {QString::fromLatin1(kRejected), answer.message, answer.detail};
}

} // namespace md
