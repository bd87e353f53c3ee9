#pragma once

#include "domain/Listing.h"
#include "storage/Database.h"

#include <QHash>

#include <chrono>

namespace md {

/// Listings (keyed by SKU) and their per-account offers.
class ListingRepository {
    Q_DECLARE_TR_FUNCTIONS(md::ListingRepository)
public:
    explicit ListingRepository(const Database& database)
        : m_db(database)
    {
    }
    Result<qint64> upsert(const Listing& listing);
    Result<qint64> upsertOffer(const ListingOffer& offer);
    Result<QList<Listing>> list() const;
    Result<QList<ListingOffer>> offers(qint64 listingId) const;
    Status remove(qint64 id);

private:
    const Database& m_db;
};

} // namespace md
