#pragma once

#include "domain/SyncCursor.h"
#include "storage/Database.h"

#include <QHash>

#include <chrono>

namespace md {

/// Sync cursors, one per account and resource.
class SyncCursorRepository {
public:
    explicit SyncCursorRepository(const Database& database)
        : m_db(database)
    {
    }
    Result<std::optional<SyncCursor>> find(qint64 accountId, const QString& resource) const;
    Status save(const SyncCursor& cursor);
    Result<QList<SyncCursor>> forAccount(qint64 accountId) const;

private:
    const Database& m_db;
};

} // namespace md
