#pragma once

// The record of one health check.

#include <QDateTime>
#include <QString>

namespace md {

/// One health check of an account.
struct HealthEvent {
    qint64 id = 0;
    qint64 accountId = 0;
    QDateTime occurredAt; ///< UTC.
    bool healthy = false;
    int httpStatus = 0; ///< 0 when no HTTP answer arrived.
    QString ack; ///< eBay Trading Ack (Success, Warning, Failure) or empty.
    QString errorCode;
    QString errorMessage;
    int responseMs = 0;
};

} // namespace md
