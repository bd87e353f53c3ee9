#pragma once

// A buyer's return and its lines.

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace md {

/// One returned line.
struct ReturnItem {
    qint64 id = 0;
    std::optional<qint64> orderItemId;
    QString sku;
    int quantity = 1;
    QString condition;
    bool restock = false;
    qint64 refundMinor = 0;
};

/// A buyer's return of an order.
struct ReturnRecord {
    qint64 id = 0;
    qint64 accountId = 0;
    QString houseName;
    std::optional<qint64> orderId;
    QString externalId;
    QString status;
    QString reason;
    QString buyerComment;
    QString currency;
    qint64 refundMinor = 0;
    QDateTime openedAt;
    QDateTime updatedAt;
    QList<ReturnItem> items;
};

} // namespace md
