#pragma once

#include "core/Result.h"
#include "domain/HealthEvent.h"
#include "domain/SyncCursor.h"

#include <QStringList>

namespace md {

class Database;

/// What the Accounts pane's details area shows beyond the row: granted scopes, recent health checks, sync
/// cursors and the last errors.
struct AccountDetails {
    QStringList scopes;
    QList<HealthEvent> health; ///< newest first
    QList<SyncCursor> cursors;
    int openAlerts = 0;
    QList<std::pair<QString, QString>> quarantinedOrders; ///< external id, why it could not be read
};

/// Reads an account's details (a handful of indexed queries).
Result<AccountDetails> loadAccountDetails(const Database& database, qint64 accountId, int healthEvents = 48);

} // namespace md
