#include "storage/repositories/NotificationRepository.h"

#include "storage/RowReading.h"

#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace md {

Result<std::pair<qint64, bool>> NotificationRepository::raise(const Notification& n)
{
    Transaction transaction(m_db);
    if (!transaction.isActive())
        return transaction.error();
    SqlQuery open(m_db, u"SELECT id FROM notifications WHERE episode_key = :key AND resolved_at IS NULL"_s);
    open.bind(u":key"_s, n.episodeKey);
    if (Status s = open.exec(); !s)
        return s.error();
    if (open.next())
        return std::pair<qint64, bool>(open.value(0).toLongLong(), false);
    open.raw().finish();

    SqlQuery q(m_db,
               u"INSERT INTO notifications (account_id, kind, severity, episode_key, title, body, args, created_at) "
               "VALUES (:account, :kind, :severity, :key, :title, :body, :args, :now) RETURNING id"_s);
    q.bind(u":account"_s, sql::fromOptionalId(n.accountId))
        .bind(u":kind"_s, n.kind)
        .bind(u":severity"_s, severityKey(n.severity))
        .bind(u":key"_s, n.episodeKey)
        .bind(u":title"_s, n.title)
        .bind(u":body"_s, sql::fromText(n.body))
        .bind(u":args"_s,
              n.args.isEmpty()
                  ? QVariant(QMetaType(QMetaType::QString))
                  : QVariant(QString::fromUtf8(
                        QJsonDocument(QJsonObject::fromVariantMap(n.args)).toJson(QJsonDocument::Compact))))
        .bind(u":now"_s, n.createdAt.isValid() ? n.createdAt.toMSecsSinceEpoch() : sql::nowMs());
    auto id = sql::scalarId(q);
    if (!id)
        return id.error();
    if (Status s = transaction.commit(); !s)
        return s.error();
    return std::pair<qint64, bool>(*id, true);
}

Result<int> NotificationRepository::resolve(const QString& episodeKey)
{
    SqlQuery q(m_db, u"UPDATE notifications SET resolved_at = :now WHERE episode_key = :key AND resolved_at IS NULL"_s);
    q.bind(u":now"_s, sql::nowMs()).bind(u":key"_s, episodeKey);
    if (Status s = q.exec(); !s)
        return s.error();
    return q.numRowsAffected();
}

Result<QStringList> NotificationRepository::openEpisodes(const QString& prefix) const
{
    SqlQuery q(m_db,
               u"SELECT episode_key FROM notifications WHERE resolved_at IS NULL AND "
               "substr(episode_key, 1, :length) = :prefix ORDER BY episode_key"_s);
    q.bind(u":length"_s, prefix.size()).bind(u":prefix"_s, prefix);
    if (Status s = q.exec(); !s)
        return s.error();
    QStringList keys;
    while (q.next())
        keys << q.value(0).toString();
    return keys;
}

Status NotificationRepository::markRead(qint64 id)
{
    SqlQuery q(m_db, u"UPDATE notifications SET read_at = :now WHERE id = :id AND read_at IS NULL"_s);
    q.bind(u":now"_s, sql::nowMs()).bind(u":id"_s, id);
    return q.exec();
}

Result<QList<Notification>> NotificationRepository::list(int limit) const
{
    SqlQuery q(m_db,
               u"SELECT n.id, n.account_id, a.house_name, n.kind, n.severity, n.episode_key, n.title, n.body, "
               "n.created_at, n.resolved_at, n.read_at, n.args FROM notifications n LEFT JOIN accounts a ON a.id = "
               "n.account_id ORDER BY n.created_at DESC, n.id DESC LIMIT :limit"_s);
    q.bind(u":limit"_s, limit);
    return sql::readAll<Notification>(q, [](SqlQuery& r) {
        Notification n;
        n.id = r.value(0).toLongLong();
        n.accountId = sql::toOptionalId(r.value(1));
        n.houseName = r.value(2).toString();
        n.kind = r.value(3).toString();
        n.severity = severityFromKey(r.value(4).toString()).value_or(Severity::Info);
        n.episodeKey = r.value(5).toString();
        n.title = r.value(6).toString();
        n.body = r.value(7).toString();
        n.createdAt = sql::toTime(r.value(8));
        n.resolvedAt = sql::toTime(r.value(9));
        n.readAt = sql::toTime(r.value(10));
        n.args = QJsonDocument::fromJson(r.value(11).toString().toUtf8()).object().toVariantMap();
        return n;
    });
}

} // namespace md
