#include "providers/HttpAnswer.h"

#include "logging/Redactor.h"
#include "net/NetworkError.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkReply>

using namespace Qt::StringLiterals;

namespace md {

namespace {
/// The first error message of eBay's and Amazon's {"errors":[{"message"}]} bodies (empty: none).
QString errorMessage(const QByteArray& body)
{
    const QJsonArray errors = QJsonDocument::fromJson(body).object().value("errors"_L1).toArray();
    return errors.isEmpty() ? QString() : errors.first().toObject().value("message"_L1).toString();
}
} // namespace

HttpAnswer HttpAnswer::read(QNetworkReply* reply, const QString& marketplace)
{
    using K = Kind;
    HttpAnswer a;
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QByteArray body = reply->readAll();
    a.detail = Redactor::redact(QString::fromUtf8(body.left(300)));
    a.hadBody = !body.trimmed().isEmpty();
    const auto with = [&a](K kind, const QString& message) {
        a.kind = kind;
        a.message = message;
        return a;
    };
    if (status == 0)
        return with(K::Transient, tr("%1 %2.").arg(marketplace, networkProblem(reply)));
    if (status == 401 || status == 403)
        return with(K::Auth, tr("%1 refused the account's token (HTTP %2).").arg(marketplace).arg(status));
    if (status == 429) {
        a.retryAfterSeconds = std::max(1, reply->rawHeader("Retry-After").toInt());
        return with(K::RateLimited, tr("%1 asks to slow down.").arg(marketplace));
    }
    if (status >= 500)
        return with(K::Transient, tr("%1 answered with HTTP status %2.").arg(marketplace).arg(status));
    if (status < 400 && reply->error() != QNetworkReply::NoError) {
        // The connection dropped or the answer was cut off part-way.
        return with(K::Transient,
                    tr("%1's answer was cut off part-way (%2); Marketdesk tries again later.")
                        .arg(marketplace, reply->errorString()));
    }
    if (status >= 400) {
        const QString said = errorMessage(body);
        if (status == 409 && !said.isEmpty())
            return with(K::Conflict, tr("%1 says: %2").arg(marketplace, said));
        const K kind = status == 409 ? K::Conflict : status == 404 ? K::NotFound : K::Rejected;
        return with(kind,
                    said.isEmpty() ? tr("%1 refused the request (HTTP %2).").arg(marketplace).arg(status)
                                   : tr("%1 refused the request (HTTP %2): %3").arg(marketplace).arg(status).arg(said));
    }
    if (a.hadBody) {
        QJsonParseError parse;
        const QJsonDocument json = QJsonDocument::fromJson(body, &parse);
        if (parse.error != QJsonParseError::NoError || !json.isObject()) {
            // A cut or garbled answer (a dropped connection, a proxy's page).
            return with(K::Transient, tr("%1's answer could not be read (%2).").arg(marketplace, parse.errorString()));
        }
        a.json = json.object();
    }
    a.kind = K::Ok;
    return a;
}

} // namespace md
