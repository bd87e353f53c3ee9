#pragma once

#include "domain/Return.h"
#include "storage/Database.h"

#include <QHash>

#include <chrono>

namespace md {

/// Returns with their items, keyed by (account, external id).
class ReturnRepository {
    Q_DECLARE_TR_FUNCTIONS(md::ReturnRepository)
public:
    explicit ReturnRepository(const Database& database)
        : m_db(database)
    {
    }
    Result<qint64> upsert(const ReturnRecord& record);
    Result<QList<ReturnRecord>> list() const;
    Result<QList<ReturnItem>> items(qint64 returnId) const;

private:
    const Database& m_db;
};

} // namespace md
