#pragma once

#include "core/Result.h"
#include "domain/Stock.h"

#include <QCoreApplication>

#include <functional>
#include <optional>

namespace md {

class Database;

/// Which stock an order's lines hold. Lines are reserved on import (the account's default location first, then
/// wherever most is available); a line that cannot be reserved waits, with its reason, and flags the order Needs
/// attention. Whenever the availability of a SKU rises — stock received, counted up, released by a cancellation
/// or by hand — its waiting lines are reserved again, oldest order first, in the same transaction. Shipping
/// consumes what a line holds; cancelling releases it. Every change is a row in the stock ledger.
class StockAllocator {
    Q_DECLARE_TR_FUNCTIONS(md::StockAllocator)
public:
    explicit StockAllocator(const Database& database)
        : m_db(database)
    {
    }

    /// Applies the order's stock effects; `orderId` is the stored order's id, `status` its (new) status;
    /// `freedSkus` what storing it gave back (lines the marketplace dropped), for the orders waiting for them.
    /// Returns whether some line could not be reserved.
    Result<bool> apply(qint64 orderId, const QString& status, std::optional<qint64> defaultLocation,
                       const QStringList& freedSkus = {});

    /// Reserves the SKU's waiting lines of open orders from what is available now, oldest order first (a line
    /// released by hand waits for a person). Returns how many lines were reserved.
    Result<int> reserveWaiting(const QString& sku);

    /// Stock arrived at a location: on hand rises (a ledger row with the note), and waiting lines are reserved.
    Status receive(const QString& sku, qint64 locationId, int quantity, const QString& note);
    /// A person counted the SKU at the location (see StockRepository::recount for `expectedOnHand`). A count
    /// below what orders hold there is allowed: the newest orders' reservations there are released until it
    /// fits, and those lines wait (reason "count") — for stock elsewhere, or the next rise. A count above frees
    /// stock for waiting lines.
    Status recount(const QString& sku, qint64 locationId, int expectedOnHand, int counted, const QString& note);

    /// Moves `quantity` of what is available (not reserved) at one location to another: two ledger rows that
    /// name each other; refused when less is available. Waiting lines are reserved from where it arrives.
    Status transfer(const QString& sku, qint64 fromLocationId, qint64 toLocationId, int quantity, const QString& note);
    /// A new location (a shelf, a room): its code is required and unique, said plainly when not.
    Result<qint64> addLocation(const QString& code, const QString& name);

    /// Moves what the line holds to another location (or, for a waiting line, reserves it there): refused when
    /// that location has too little available. What the old location frees goes to waiting lines.
    Status moveReservation(qint64 lineId, qint64 toLocationId);
    /// Releases what the line holds; the line waits (reason "released") until reserved again by hand, and what
    /// it freed goes to other waiting lines, oldest order first.
    Status release(qint64 lineId);

    /// A person says which SKU a line without one sold. The SKU is remembered for the marketplace's item on that
    /// account (sku_mappings), so later orders of it arrive with it; every stored line of that item without a SKU
    /// takes it now, and those of open orders are reserved (oldest order first) or wait for stock like any other.
    /// Returns how many lines got the SKU.
    Result<int> mapToSku(qint64 lineId, const QString& sku);

private:
    struct Line {
        qint64 id = 0;
        qint64 orderId = 0;
        QString sku;
        int quantity = 0;
        std::optional<qint64> location;
    };
    Result<Line> line(qint64 lineId) const;
    /// One transaction: `change` (which may raise the SKU's availability), then the SKU's waiting lines reserved.
    Status changeThenReserveWaiting(const QString& sku, const std::function<Status()>& change);
    /// Whether a line of the SKU of an older open order waits for stock (then a newer one does not take it).
    Result<bool> olderLineWaits(const QString& sku, qint64 orderId) const;
    Status setAllocation(qint64 lineId, std::optional<qint64> location, const QString& waitingReason);
    /// Gives back what the line holds (a ledger row with `reason` and the line's reference); the line keeps no
    /// location and waits for `waitingReason`.
    Status unreserve(const Line& line, StockReason reason, const QString& waitingReason, int onHandDelta = 0);
    /// needs_attention of the order again: what the marketplace flagged, or a waiting line; never once shipped or
    /// cancelled.
    Status updateAttention(qint64 orderId);
    static QString referenceOf(qint64 orderId, qint64 lineId);

    const Database& m_db;
};

} // namespace md
