#pragma once

#include "domain/HealthEvent.h"
#include "storage/Database.h"

#include <QHash>

#include <chrono>

namespace md {

/// Health events: append, read recent, prune old.
class HealthEventRepository {
public:
    explicit HealthEventRepository(const Database& database)
        : m_db(database)
    {
    }
    Result<qint64> record(const HealthEvent& event);
    Result<QList<HealthEvent>> recent(qint64 accountId, int limit) const;
    /// When the account last passed a health check (invalid when never).
    Result<QDateTime> lastHealthy(qint64 accountId) const;
    /// Deletes events older than the cut-off; returns how many.
    Result<int> pruneBefore(const QDateTime& cutoff);

private:
    const Database& m_db;
};

} // namespace md
