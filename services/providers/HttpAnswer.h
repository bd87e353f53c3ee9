#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>

class QNetworkReply;

namespace md {

/// What a marketplace's HTTP answer means, whatever was asked: the order sync and the outbox each act on it in
/// their own way (retry, wait, refresh the token, stop), but read it the same.
struct HttpAnswer {
    Q_DECLARE_TR_FUNCTIONS(md::HttpAnswer)
public:
    enum class Kind {
        Ok, ///< 2xx; `json` holds the body (empty when there was none)
        Auth, ///< 401/403: the token was refused
        RateLimited, ///< 429: ask again after retryAfterSeconds
        Transient, ///< 5xx, no connection, cut off or garbled: asking again usually works
        Conflict, ///< 409: the object changed meanwhile
        NotFound, ///< 404
        Rejected, ///< another 4xx: asking the same again will not help
    };
    Kind kind = Kind::Transient;
    QString message; ///< for people, naming the marketplace (empty for Ok)
    QString detail; ///< the start of the body, secrets masked (for the log)
    QJsonObject json;
    bool hadBody = false;
    int retryAfterSeconds = 0;

    /// Reads a finished reply; a 2xx body must be a JSON object or empty.
    static HttpAnswer read(QNetworkReply* reply, const QString& marketplace);
};

} // namespace md
