#pragma once

// Where the sync of one resource of one account stands.

#include <QDateTime>
#include <QString>

namespace md {

/// Where a sync of one resource of one account stands.
struct SyncCursor {
    qint64 accountId = 0;
    QString resource; ///< "orders", "listings", "returns", "messages".
    QString checkpoint; ///< Provider-specific JSON checkpoint.
    QDateTime lastSuccessAt;
    int errorStreak = 0;
    QString lastError;
    QDateTime updatedAt;
};

} // namespace md
