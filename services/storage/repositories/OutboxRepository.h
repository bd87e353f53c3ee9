#pragma once

#include "domain/Outbox.h"
#include "storage/Database.h"

#include <QHash>

#include <chrono>

namespace md {

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

} // namespace md
