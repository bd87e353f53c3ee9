#include "storage/repositories/OutboxRepository.h"

#include "storage/RowReading.h"

#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace md {

namespace {
OutboxEntry readOutbox(SqlQuery& r)
{
    OutboxEntry e;
    e.id = r.value(0).toLongLong();
    e.idempotencyKey = r.value(1).toString();
    e.accountId = r.value(2).toLongLong();
    e.action = r.value(3).toString();
    e.payload = r.value(4).toString();
    e.state = outboxStateFromKey(r.value(5).toString()).value_or(OutboxState::Pending);
    e.attempts = r.value(6).toInt();
    e.lastError = r.value(7).toString();
    e.nextAttemptAt = sql::toTime(r.value(8));
    e.createdAt = sql::toTime(r.value(9));
    e.updatedAt = sql::toTime(r.value(10));
    e.orderId = sql::toOptionalId(r.value(11));
    e.result = r.value(12).toString();
    e.verifyFirst = r.value(13).toBool();
    e.houseName = r.value(14).toString();
    e.orderNumber = r.value(15).toString();
    return e;
}
constexpr auto kOutboxColumns = "o.id, o.idempotency_key, o.account_id, o.action, o.payload, o.state, o.attempts, "
                                "o.last_error, o.next_attempt_at, o.created_at, o.updated_at, o.order_id, o.result, "
                                "o.verify_first, (SELECT a.house_name FROM accounts a WHERE a.id = o.account_id), "
                                "(SELECT COALESCE(NULLIF(r.order_number, ''), r.external_id) FROM orders r WHERE "
                                "r.id = o.order_id)";
} // namespace

Result<qint64> OutboxRepository::enqueue(const OutboxEntry& e)
{
    SqlQuery q(m_db,
               u"INSERT INTO outbox (idempotency_key, account_id, order_id, action, payload, state, created_at, "
               "updated_at) VALUES (:key, :account, :order, :action, :payload, 'PENDING', :now, :now) RETURNING id"_s);
    q.bind(u":key"_s, e.idempotencyKey)
        .bind(u":account"_s, e.accountId)
        .bind(u":order"_s, sql::fromOptionalId(e.orderId))
        .bind(u":action"_s, e.action)
        .bind(u":payload"_s, e.payload)
        .bind(u":now"_s, sql::nowMs());
    auto id = sql::scalarId(q);
    if (!id && id.error().code == "database.unique-violation"_L1) {
        return Error {id.error().code, tr("This action is already queued (key %1).").arg(e.idempotencyKey),
                      id.error().detail};
    }
    return id;
}

Result<QList<OutboxEntry>> OutboxRepository::due(const QDateTime& now, int limit) const
{
    SqlQuery q(m_db,
               u"SELECT %1 FROM outbox o WHERE o.state = 'PENDING' AND (o.next_attempt_at IS NULL OR "
               "o.next_attempt_at <= :now) AND NOT EXISTS (SELECT 1 FROM outbox p WHERE p.account_id = o.account_id "
               "AND p.id < o.id AND p.state IN ('PENDING', 'SENDING')) ORDER BY o.id LIMIT :limit"_s.arg(
                   QLatin1StringView(kOutboxColumns)));
    q.bind(u":now"_s, now.toMSecsSinceEpoch()).bind(u":limit"_s, limit);
    return sql::readAll<OutboxEntry>(q, readOutbox);
}

Result<QDateTime> OutboxRepository::nextAttemptAt() const
{
    SqlQuery q(m_db,
               u"SELECT MIN(CASE WHEN state = 'PENDING' THEN COALESCE(next_attempt_at, 0) ELSE updated_at + :lease "
               "END), COUNT(*) FROM outbox WHERE state IN ('PENDING', 'SENDING')"_s);
    q.bind(u":lease"_s, qint64(std::chrono::milliseconds(kSendingLease).count()));
    if (Status s = q.exec(); !s)
        return s.error();
    if (!q.next() || q.value(1).toLongLong() == 0)
        return QDateTime();
    return sql::toTime(q.value(0));
}

Result<QList<OutboxEntry>> OutboxRepository::list(int limit) const
{
    SqlQuery q(m_db,
               u"SELECT %1 FROM outbox o ORDER BY o.id DESC LIMIT :limit"_s.arg(QLatin1StringView(kOutboxColumns)));
    q.bind(u":limit"_s, limit);
    return sql::readAll<OutboxEntry>(q, readOutbox);
}

Result<std::optional<OutboxEntry>> OutboxRepository::find(qint64 id) const
{
    SqlQuery q(m_db, u"SELECT %1 FROM outbox o WHERE o.id = :id"_s.arg(QLatin1StringView(kOutboxColumns)));
    q.bind(u":id"_s, id);
    auto rows = sql::readAll<OutboxEntry>(q, readOutbox);
    if (!rows)
        return rows.error();
    return rows->isEmpty() ? std::optional<OutboxEntry>() : std::optional<OutboxEntry>(rows->first());
}

Result<std::optional<OutboxEntry>> OutboxRepository::latestForOrder(qint64 orderId) const
{
    SqlQuery q(m_db,
               u"SELECT %1 FROM outbox o WHERE o.order_id = :order ORDER BY o.id DESC LIMIT 1"_s.arg(
                   QLatin1StringView(kOutboxColumns)));
    q.bind(u":order"_s, orderId);
    auto rows = sql::readAll<OutboxEntry>(q, readOutbox);
    if (!rows)
        return rows.error();
    return rows->isEmpty() ? std::optional<OutboxEntry>() : std::optional<OutboxEntry>(rows->first());
}

Status OutboxRepository::setState(qint64 id, OutboxState state, const QString& error, const QDateTime& nextAttempt)
{
    SqlQuery q(m_db,
               u"UPDATE outbox SET state = :state, attempts = attempts + :attempt, last_error = :error, "
               "next_attempt_at = :next, updated_at = :now WHERE id = :id"_s);
    q.bind(u":state"_s, outboxStateKey(state))
        .bind(u":attempt"_s, state == OutboxState::Sending ? 1 : 0)
        .bind(u":error"_s, sql::fromText(error))
        .bind(u":next"_s, sql::fromTime(nextAttempt))
        .bind(u":now"_s, sql::nowMs())
        .bind(u":id"_s, id);
    return q.exec();
}

Result<bool> OutboxRepository::markSending(qint64 id, const QString& sender)
{
    SqlQuery q(m_db,
               u"UPDATE outbox SET state = 'SENDING', attempts = attempts + 1, claimed_by = :sender, updated_at = :now "
               "WHERE id = :id AND state = 'PENDING'"_s);
    q.bind(u":sender"_s, sql::fromText(sender)).bind(u":now"_s, sql::nowMs()).bind(u":id"_s, id);
    if (Status s = q.exec(); !s)
        return s.error();
    return q.numRowsAffected() == 1;
}

Status OutboxRepository::markSent(qint64 id, const QString& result)
{
    SqlQuery q(m_db,
               u"UPDATE outbox SET state = 'SENT', result = :result, last_error = NULL, next_attempt_at = NULL, "
               "verify_first = :no, updated_at = :now WHERE id = :id"_s);
    q.bind(u":result"_s, sql::fromText(result)).bind(u":no"_s, false).bind(u":now"_s, sql::nowMs()).bind(u":id"_s, id);
    return q.exec();
}

Status OutboxRepository::markRetry(qint64 id, const QString& error, const QDateTime& next, bool verifyFirst)
{
    SqlQuery q(m_db,
               u"UPDATE outbox SET state = 'PENDING', last_error = :error, next_attempt_at = :next, verify_first = "
               "(verify_first OR :verify), updated_at = :now WHERE id = :id"_s);
    q.bind(u":error"_s, sql::fromText(error))
        .bind(u":next"_s, sql::fromTime(next))
        .bind(u":verify"_s, verifyFirst)
        .bind(u":now"_s, sql::nowMs())
        .bind(u":id"_s, id);
    return q.exec();
}

Status OutboxRepository::markStopped(qint64 id, OutboxState state, const QString& error)
{
    SqlQuery q(m_db,
               u"UPDATE outbox SET state = :state, last_error = :error, next_attempt_at = NULL, updated_at = :now "
               "WHERE id = :id"_s);
    q.bind(u":state"_s, outboxStateKey(state))
        .bind(u":error"_s, sql::fromText(error))
        .bind(u":now"_s, sql::nowMs())
        .bind(u":id"_s, id);
    return q.exec();
}

Result<int> OutboxRepository::recoverInterrupted(const QString& sender)
{
    SqlQuery q(m_db,
               u"UPDATE outbox SET state = 'PENDING', verify_first = :yes, next_attempt_at = NULL, claimed_by = NULL, "
               "updated_at = :now WHERE state = 'SENDING' AND (:anyone OR claimed_by IS NULL OR claimed_by = :sender "
               "OR updated_at < :expired)"_s);
    q.bind(u":yes"_s, true)
        .bind(u":now"_s, sql::nowMs())
        .bind(u":anyone"_s, sender.isEmpty())
        .bind(u":sender"_s, sender)
        .bind(u":expired"_s, sql::nowMs() - qint64(std::chrono::milliseconds(kSendingLease).count()));
    if (Status s = q.exec(); !s)
        return s.error();
    return q.numRowsAffected();
}

Status OutboxRepository::requeue(qint64 id)
{
    SqlQuery q(m_db,
               u"UPDATE outbox SET state = 'PENDING', verify_first = :yes, next_attempt_at = NULL, updated_at = :now "
               "WHERE id = :id AND state IN ('CONFLICT', 'FAILED')"_s);
    q.bind(u":yes"_s, true).bind(u":now"_s, sql::nowMs()).bind(u":id"_s, id);
    return q.exec();
}

Status OutboxRepository::withdraw(qint64 id)
{
    // The key is set aside with the entry, so that the same action may be asked for again.
    SqlQuery q(m_db,
               u"UPDATE outbox SET state = 'CANCELLED', next_attempt_at = NULL, updated_at = :now, idempotency_key = "
               "idempotency_key || ':withdrawn:' || CAST(id AS TEXT) WHERE id = :id AND state IN ('PENDING', "
               "'CONFLICT', 'FAILED')"_s);
    q.bind(u":now"_s, sql::nowMs()).bind(u":id"_s, id);
    if (Status s = q.exec(); !s)
        return s;
    if (q.numRowsAffected() == 0) {
        return Error {u"outbox.not-withdrawable"_s,
                      tr("This action is being sent or was already sent; it can no longer be withdrawn."),
                      {}};
    }
    return {};
}

Status OutboxRepository::makeAllDue()
{
    SqlQuery q(m_db, u"UPDATE outbox SET next_attempt_at = NULL WHERE state = 'PENDING'"_s);
    return q.exec();
}

Result<QHash<OutboxState, int>> OutboxRepository::countByState() const
{
    SqlQuery q(m_db, u"SELECT state, COUNT(*) FROM outbox GROUP BY state"_s);
    if (Status s = q.exec(); !s)
        return s.error();
    QHash<OutboxState, int> counts;
    while (q.next()) {
        if (auto state = outboxStateFromKey(q.value(0).toString()))
            counts.insert(*state, q.value(1).toInt());
    }
    return counts;
}

} // namespace md
