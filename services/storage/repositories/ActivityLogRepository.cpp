#include "storage/repositories/ActivityLogRepository.h"

#include "storage/RowReading.h"

#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace md {

Result<qint64> ActivityLogRepository::append(const ActivityEntry& e)
{
    SqlQuery q(m_db,
               u"INSERT INTO activity_log (occurred_at, account_id, actor, action, subject_type, subject_id, "
               "details) VALUES (:at, :account, :actor, :action, :type, :subject, :details) RETURNING id"_s);
    q.bind(u":at"_s, sql::fromTime(e.occurredAt.isValid() ? e.occurredAt : QDateTime::currentDateTimeUtc()))
        .bind(u":account"_s, sql::fromOptionalId(e.accountId))
        .bind(u":actor"_s, e.actor)
        .bind(u":action"_s, e.action)
        .bind(u":type"_s, sql::fromText(e.subjectType))
        .bind(u":subject"_s, sql::fromText(e.subjectId))
        .bind(u":details"_s, sql::fromText(e.details));
    return sql::scalarId(q);
}

Result<QList<ActivityEntry>> ActivityLogRepository::recent(int limit) const
{
    SqlQuery q(m_db,
               u"SELECT id, occurred_at, account_id, actor, action, subject_type, subject_id, details FROM "
               "activity_log ORDER BY occurred_at DESC, id DESC LIMIT :limit"_s);
    q.bind(u":limit"_s, limit);
    return sql::readAll<ActivityEntry>(q, [](SqlQuery& r) {
        ActivityEntry e;
        e.id = r.value(0).toLongLong();
        e.occurredAt = sql::toTime(r.value(1));
        e.accountId = sql::toOptionalId(r.value(2));
        e.actor = r.value(3).toString();
        e.action = r.value(4).toString();
        e.subjectType = r.value(5).toString();
        e.subjectId = r.value(6).toString();
        e.details = r.value(7).toString();
        return e;
    });
}

} // namespace md
