#pragma once

#include "core/Result.h"
#include "domain/Types.h"

#include <QCoreApplication>

namespace md {

class Database;

/// Keeps stock in step with imported orders, inside the caller's transaction (the sync's page transaction):
/// an open order reserves each line not yet reserved — at the account's default location first, then wherever
/// most is available; a cancelled order releases its reservations; a shipped one consumes them. Every change is a
/// ledger row. When stock is short the line stays unreserved and the order is flagged Needs attention — never
/// dropped, never oversold (the reservation is one conditional UPDATE, safe against concurrent importers).
class StockAllocator {
    Q_DECLARE_TR_FUNCTIONS(md::StockAllocator)
public:
    explicit StockAllocator(const Database& database)
        : m_db(database)
    {
    }

    /// Applies the order's stock effects; `orderId` is the stored order's id, `status` its (new) status.
    /// Returns whether some line could not be reserved.
    Result<bool> apply(qint64 orderId, const QString& status, std::optional<qint64> defaultLocation);

private:
    const Database& m_db;
};

} // namespace md
