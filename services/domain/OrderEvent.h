#pragma once

// A step in an order's timeline.

#include <QDateTime>
#include <QString>

namespace md {

/// The kinds of step in an order's timeline (OrderEvent::kind).
namespace orderevent {
inline const QString Status = QStringLiteral("STATUS"); ///< written by the database on every status change
inline const QString Picked = QStringLiteral("PICKED"); ///< on a pick list that was printed or saved
inline const QString Packed = QStringLiteral("PACKED");
inline const QString ShipQueued = QStringLiteral("SHIP_QUEUED");
inline const QString Shipped = QStringLiteral("SHIPPED"); ///< the marketplace confirmed the shipment
inline const QString CancelQueued = QStringLiteral("CANCEL_QUEUED");
inline const QString Cancelled = QStringLiteral("CANCELLED"); ///< the marketplace confirmed the cancellation
inline const QString Conflict = QStringLiteral("CONFLICT");
inline const QString Failed = QStringLiteral("FAILED");
inline const QString Retried = QStringLiteral("RETRY");
inline const QString Withdrawn = QStringLiteral("WITHDRAWN");
} // namespace orderevent

/// One step in an order's timeline.
struct OrderEvent {
    qint64 id = 0;
    qint64 orderId = 0;
    QDateTime occurredAt; ///< UTC.
    QString kind; ///< one of orderevent::…
    QString status; ///< the status it moved to (STATUS events)
    QString detail; ///< the status it left (STATUS), or what happened, for people
};

} // namespace md
