#pragma once

// A message between the seller and a buyer.

#include <QDateTime>
#include <QString>

namespace md {

/// A message between the seller and a buyer (or the marketplace) on one account.
struct Message {
    qint64 id = 0;
    qint64 accountId = 0;
    QString externalId;
    QString threadId;
    bool incoming = true;
    QString sender;
    QString recipient;
    QString subject;
    QString body;
    QString orderExternalId;
    bool read = false;
    QDateTime sentAt; ///< UTC.
};

} // namespace md
