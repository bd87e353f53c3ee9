#pragma once

#include "domain/Stock.h"
#include "storage/Database.h"

#include <QHash>

#include <chrono>

namespace md {

/// Locations, stock levels and the stock ledger. Every change of a level writes a ledger row in the same
/// transaction; the schema refuses negative stock and reservations beyond what is on hand.
class StockRepository {
    Q_DECLARE_TR_FUNCTIONS(md::StockRepository)
public:
    explicit StockRepository(const Database& database)
        : m_db(database)
    {
    }
    Result<qint64> addLocation(const Location& location);
    Result<QList<Location>> locations() const;
    /// Applies a movement to the SKU's level at the location and records it in the ledger, atomically.
    Status move(const StockMovement& movement);
    Result<std::optional<StockLevel>> level(const QString& sku, qint64 locationId) const;
    /// Every SKU's level at every location, by SKU and location code.
    Result<QList<StockLevel>> levels() const;
    /// A person counted the SKU at the location: on hand becomes `counted`, if it still is `expectedOnHand`
    /// (what they were shown), with an Adjustment row in the ledger. Refused when it changed meanwhile, or when
    /// the count is below what orders have reserved there.
    Status recount(const QString& sku, qint64 locationId, int expectedOnHand, int counted, const QString& note);
    Result<QList<StockMovement>> ledger(const QString& sku) const;
    /// Reserves `quantity` of the SKU at the location if that much is available right now — one conditional
    /// UPDATE, so concurrent importers (PostgreSQL row locks) can never together reserve more than is there —
    /// and records it in the ledger. Returns whether it reserved.
    Result<bool> tryReserve(const QString& sku, qint64 locationId, int quantity, StockReason reason,
                            const QString& reference);
    /// Locations holding at least `quantity` available of the SKU: `preferred` first, then the most available.
    Result<QList<qint64>> locationsWithAvailable(const QString& sku, int quantity,
                                                 std::optional<qint64> preferred) const;

private:
    /// The SKU's row at the location, created empty if missing (in the caller's transaction).
    Status ensureItem(const QString& sku, qint64 locationId);
    /// The ledger row of a movement (in the caller's transaction).
    Status writeLedger(const StockMovement& movement);
    const Database& m_db;
};

} // namespace md
