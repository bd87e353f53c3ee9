#pragma once

// Repositories of the smaller aggregates: listings, returns, notifications, sync cursors, health events,
// the outbox, the activity log and stock. Each is a thin class over bound statements.

#include "domain/Types.h"
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

/// Notifications: at most one open notification per episode key.
class NotificationRepository {
    Q_DECLARE_TR_FUNCTIONS(md::NotificationRepository)
public:
    explicit NotificationRepository(const Database& database)
        : m_db(database)
    {
    }
    /// Opens a notification unless one with the same episode key is open; returns the open one's id and
    /// whether it was created now.
    Result<std::pair<qint64, bool>> raise(const Notification& notification);
    /// Resolves the open notification of an episode; returns how many were resolved (0 or 1).
    Result<int> resolve(const QString& episodeKey);
    /// Episode keys of the open notifications whose key starts with `prefix`.
    Result<QStringList> openEpisodes(const QString& prefix) const;
    Status markRead(qint64 id);
    Result<QList<Notification>> list(int limit = 500) const;

private:
    const Database& m_db;
};

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

/// The outbox of marketplace actions, in insertion order.
class OutboxRepository {
    Q_DECLARE_TR_FUNCTIONS(md::OutboxRepository)
public:
    explicit OutboxRepository(const Database& database)
        : m_db(database)
    {
    }
    /// Queues an action; the same idempotency key twice is refused (the action is queued once).
    Result<qint64> enqueue(const OutboxEntry& entry);
    /// Entries waiting to be sent whose next attempt is due, oldest first — but never one behind an older
    /// unsent entry of the same account: an account's actions reach its marketplace in the order they were made.
    Result<QList<OutboxEntry>> due(const QDateTime& now, int limit = 50) const;
    /// How long an entry may stay SENDING before another sender may take it back (far longer than any request).
    static constexpr std::chrono::minutes kSendingLease {5};
    /// The earliest moment something may become due: a waiting entry's next attempt, or the end of a SENDING
    /// entry's lease (invalid: nothing waits).
    Result<QDateTime> nextAttemptAt() const;
    /// Newest first, with each entry's house name.
    Result<QList<OutboxEntry>> list(int limit = 500) const;
    Result<std::optional<OutboxEntry>> find(qint64 id) const;
    /// The newest entry about an order (nullopt: none).
    Result<std::optional<OutboxEntry>> latestForOrder(qint64 orderId) const;
    Status setState(qint64 id, OutboxState state, const QString& error = {}, const QDateTime& nextAttempt = {});
    /// An attempt starts: SENDING for `sender`, one more attempt counted (committed before the request leaves).
    /// Only a PENDING entry can be claimed, so of two senders sharing a database one gets it; false: the other.
    Result<bool> markSending(qint64 id, const QString& sender = {});
    /// The marketplace applied it; `result` is what it answered.
    Status markSent(qint64 id, const QString& result);
    /// It will be tried again at `next`; `verifyFirst` when this attempt may have reached the marketplace.
    Status markRetry(qint64 id, const QString& error, const QDateTime& next, bool verifyFirst);
    /// A person must decide (CONFLICT) or retrying will not help (FAILED).
    Status markStopped(qint64 id, OutboxState state, const QString& error);
    /// After a crash: entries left SENDING may have arrived, so they wait again and are looked up first. With a
    /// `sender`, only its own entries and those whose lease ran out (another sender that stopped); without, all.
    Result<int> recoverInterrupted(const QString& sender = {});
    /// A person asks to try a stopped entry again (it is looked up on the marketplace first).
    Status requeue(qint64 id);
    /// A person withdraws an entry that was not sent; its idempotency key is free again.
    Status withdraw(qint64 id);
    /// The network is back: every waiting entry is due now.
    Status makeAllDue();
    /// Entries per state.
    Result<QHash<OutboxState, int>> countByState() const;

private:
    const Database& m_db;
};

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

/// Messages, keyed by (account, external id).
class MessageRepository {
public:
    explicit MessageRepository(const Database& database)
        : m_db(database)
    {
    }
    Result<qint64> upsert(const Message& message);
    Result<QList<Message>> forAccount(qint64 accountId, int limit = 500) const;
    Status markRead(qint64 id);

private:
    const Database& m_db;
};

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
