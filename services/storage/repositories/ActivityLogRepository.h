#pragma once

#include "domain/ActivityEntry.h"
#include "storage/Database.h"

#include <QHash>

#include <chrono>

namespace md {

/// The activity log: who did what.
class ActivityLogRepository {
public:
    explicit ActivityLogRepository(const Database& database)
        : m_db(database)
    {
    }
    Result<qint64> append(const ActivityEntry& entry);
    Result<QList<ActivityEntry>> recent(int limit) const;

private:
    const Database& m_db;
};

} // namespace md
