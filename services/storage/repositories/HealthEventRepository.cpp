#include "storage/repositories/HealthEventRepository.h"

#include "storage/RowReading.h"

#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace md {

Result<qint64> HealthEventRepository::record(const HealthEvent& e)
{
    SqlQuery q(m_db,
               u"INSERT INTO health_events (account_id, occurred_at, healthy, http_status, ack, error_code, "
               "error_message, response_ms) VALUES (:account, :at, :healthy, :status, :ack, :code, :message, "
               ":ms) RETURNING id"_s);
    q.bind(u":account"_s, e.accountId)
        .bind(u":at"_s, sql::fromTime(e.occurredAt.isValid() ? e.occurredAt : QDateTime::currentDateTimeUtc()))
        .bind(u":healthy"_s, e.healthy)
        .bind(u":status"_s, e.httpStatus)
        .bind(u":ack"_s, sql::fromText(e.ack))
        .bind(u":code"_s, sql::fromText(e.errorCode))
        .bind(u":message"_s, sql::fromText(e.errorMessage))
        .bind(u":ms"_s, e.responseMs);
    return sql::scalarId(q);
}

Result<QList<HealthEvent>> HealthEventRepository::recent(qint64 accountId, int limit) const
{
    SqlQuery q(m_db,
               u"SELECT id, account_id, occurred_at, healthy, http_status, ack, error_code, error_message, "
               "response_ms FROM health_events WHERE account_id = :account ORDER BY occurred_at DESC, id DESC "
               "LIMIT :limit"_s);
    q.bind(u":account"_s, accountId).bind(u":limit"_s, limit);
    return sql::readAll<HealthEvent>(q, [](SqlQuery& r) {
        HealthEvent e;
        e.id = r.value(0).toLongLong();
        e.accountId = r.value(1).toLongLong();
        e.occurredAt = sql::toTime(r.value(2));
        e.healthy = r.value(3).toBool();
        e.httpStatus = r.value(4).toInt();
        e.ack = r.value(5).toString();
        e.errorCode = r.value(6).toString();
        e.errorMessage = r.value(7).toString();
        e.responseMs = r.value(8).toInt();
        return e;
    });
}

Result<QDateTime> HealthEventRepository::lastHealthy(qint64 accountId) const
{
    SqlQuery q(m_db, u"SELECT MAX(occurred_at) FROM health_events WHERE account_id = :account AND healthy = :yes"_s);
    q.bind(u":account"_s, accountId).bind(u":yes"_s, true);
    auto value = q.execScalar();
    if (!value)
        return value.error();
    return sql::toTime(*value);
}

Result<int> HealthEventRepository::pruneBefore(const QDateTime& cutoff)
{
    SqlQuery q(m_db, u"DELETE FROM health_events WHERE occurred_at < :cutoff"_s);
    q.bind(u":cutoff"_s, cutoff.toMSecsSinceEpoch());
    if (Status s = q.exec(); !s)
        return s.error();
    return q.numRowsAffected();
}

} // namespace md
