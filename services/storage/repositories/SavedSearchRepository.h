#pragma once

#include "domain/SavedSearch.h"
#include "storage/Database.h"

#include <QHash>

#include <chrono>

namespace md {

/// Saved searches and the items they found; a hit is recorded once per search and item.
class SavedSearchRepository {
public:
    explicit SavedSearchRepository(const Database& database)
        : m_db(database)
    {
    }
    Result<qint64> insert(const SavedSearch& search);
    Result<QList<SavedSearch>> list() const;
    /// Records a hit; returns true when the item is new for this search.
    Result<bool> recordHit(const SavedSearchHit& hit);
    Result<QList<SavedSearchHit>> hits(qint64 savedSearchId) const;

private:
    const Database& m_db;
};

} // namespace md
