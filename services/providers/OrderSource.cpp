#include "providers/OrderSource.h"

#include "logging/Redactor.h"

#include <QJsonDocument>
#include <QNetworkReply>

using namespace Qt::StringLiterals;

namespace md {

Result<QJsonObject> OrderSource::readJson(QNetworkReply* reply, const QString& marketplace)
{
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QByteArray body = reply->readAll();
    const QString excerpt = Redactor::redact(QString::fromUtf8(body.left(300)));
    if (status == 401 || status == 403) {
        return Error {QString::fromLatin1(kAuth),
                      tr("%1 refused the account's token (HTTP %2).").arg(marketplace).arg(status), excerpt};
    }
    if (status == 429) {
        const QByteArray retryAfter = reply->rawHeader("Retry-After");
        return Error {QString::fromLatin1(kRateLimited), tr("%1 asks to slow down.").arg(marketplace),
                      QString::fromLatin1(retryAfter.isEmpty() ? QByteArray("1") : retryAfter)};
    }
    if (status >= 500) {
        return Error {QString::fromLatin1(kTransient),
                      tr("%1 answered with HTTP status %2.").arg(marketplace).arg(status), excerpt};
    }
    if (status == 0) {
        return Error {QString::fromLatin1(kTransient),
                      tr("%1 could not be reached: %2").arg(marketplace, reply->errorString()), excerpt};
    }
    if (status < 400 && reply->error() != QNetworkReply::NoError) {
        // The connection dropped or the answer was cut off part-way: asking again usually works.
        return Error {QString::fromLatin1(kTransient),
                      tr("%1's answer was cut off: %2").arg(marketplace, reply->errorString()), excerpt};
    }
    if (status >= 400) {
        return Error {QString::fromLatin1(kRejected),
                      tr("%1 refused the request (HTTP %2).").arg(marketplace).arg(status), excerpt};
    }
    QJsonParseError parse;
    const QJsonDocument json = QJsonDocument::fromJson(body, &parse);
    if (parse.error != QJsonParseError::NoError || !json.isObject()) {
        // A cut or garbled answer (a dropped connection, a proxy's page): asking again usually works.
        return Error {QString::fromLatin1(kTransient),
                      tr("%1's answer could not be read (%2).").arg(marketplace, parse.errorString()), excerpt};
    }
    return json.object();
}

} // namespace md
