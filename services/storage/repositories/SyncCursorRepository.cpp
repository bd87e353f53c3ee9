#include "storage/repositories/SyncCursorRepository.h"

#include "storage/RowReading.h"

#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace md {

namespace {
SyncCursor readCursor(SqlQuery& r)
{
    SyncCursor c;
    c.accountId = r.value(0).toLongLong();
    c.resource = r.value(1).toString();
    c.checkpoint = r.value(2).toString();
    c.lastSuccessAt = sql::toTime(r.value(3));
    c.errorStreak = r.value(4).toInt();
    c.lastError = r.value(5).toString();
    c.updatedAt = sql::toTime(r.value(6));
    return c;
}
constexpr auto kCursorColumns = "account_id, resource, checkpoint, last_success_at, error_streak, last_error, "
                                "updated_at";
} // namespace

Result<std::optional<SyncCursor>> SyncCursorRepository::find(qint64 accountId, const QString& resource) const
{
    SqlQuery q(m_db,
               u"SELECT %1 FROM sync_cursors WHERE account_id = :account AND resource = :resource"_s.arg(
                   QLatin1StringView(kCursorColumns)));
    q.bind(u":account"_s, accountId).bind(u":resource"_s, resource);
    if (Status s = q.exec(); !s)
        return s.error();
    if (!q.next())
        return std::optional<SyncCursor>();
    return std::optional<SyncCursor>(readCursor(q));
}

Status SyncCursorRepository::save(const SyncCursor& c)
{
    SqlQuery q(m_db,
               u"INSERT INTO sync_cursors (account_id, resource, checkpoint, last_success_at, error_streak, "
               "last_error, updated_at) VALUES (:account, :resource, :checkpoint, :success, :streak, :error, "
               ":now) ON CONFLICT (account_id, resource) DO UPDATE SET checkpoint = excluded.checkpoint, "
               "last_success_at = excluded.last_success_at, error_streak = excluded.error_streak, last_error "
               "= excluded.last_error, updated_at = excluded.updated_at"_s);
    q.bind(u":account"_s, c.accountId)
        .bind(u":resource"_s, c.resource)
        .bind(u":checkpoint"_s, c.checkpoint.isEmpty() ? u"{}"_s : c.checkpoint)
        .bind(u":success"_s, sql::fromTime(c.lastSuccessAt))
        .bind(u":streak"_s, c.errorStreak)
        .bind(u":error"_s, sql::fromText(c.lastError))
        .bind(u":now"_s, sql::nowMs());
    return q.exec();
}

Result<QList<SyncCursor>> SyncCursorRepository::forAccount(qint64 accountId) const
{
    SqlQuery q(m_db,
               u"SELECT %1 FROM sync_cursors WHERE account_id = :account ORDER BY resource"_s.arg(
                   QLatin1StringView(kCursorColumns)));
    q.bind(u":account"_s, accountId);
    return sql::readAll<SyncCursor>(q, readCursor);
}

} // namespace md
