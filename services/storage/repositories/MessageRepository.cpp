#include "storage/repositories/MessageRepository.h"

#include "storage/RowReading.h"

#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace md {

Result<qint64> MessageRepository::upsert(const Message& m)
{
    SqlQuery q(m_db,
               u"INSERT INTO messages (account_id, external_id, thread_id, direction, sender, recipient, "
               "subject, body, order_external_id, is_read, sent_at, created_at) VALUES (:account, :external, "
               ":thread, :direction, :sender, :recipient, :subject, :body, :order, :read, :sent, :now) ON "
               "CONFLICT (account_id, external_id) DO UPDATE SET thread_id = excluded.thread_id, subject = "
               "excluded.subject, body = excluded.body, is_read = messages.is_read OR excluded.is_read, "
               "sent_at = excluded.sent_at RETURNING id"_s);
    q.bind(u":account"_s, m.accountId)
        .bind(u":external"_s, m.externalId)
        .bind(u":thread"_s, sql::fromText(m.threadId))
        .bind(u":direction"_s, m.incoming ? u"IN"_s : u"OUT"_s)
        .bind(u":sender"_s, sql::fromText(m.sender))
        .bind(u":recipient"_s, sql::fromText(m.recipient))
        .bind(u":subject"_s, sql::fromText(m.subject))
        .bind(u":body"_s, sql::fromText(m.body))
        .bind(u":order"_s, sql::fromText(m.orderExternalId))
        .bind(u":read"_s, m.read)
        .bind(u":sent"_s, sql::fromTime(m.sentAt))
        .bind(u":now"_s, sql::nowMs());
    return sql::scalarId(q);
}

Result<QList<Message>> MessageRepository::forAccount(qint64 accountId, int limit) const
{
    SqlQuery q(m_db,
               u"SELECT id, account_id, external_id, thread_id, direction, sender, recipient, subject, body, "
               "order_external_id, is_read, sent_at FROM messages WHERE account_id = :account ORDER BY sent_at "
               "DESC, id DESC LIMIT :limit"_s);
    q.bind(u":account"_s, accountId).bind(u":limit"_s, limit);
    return sql::readAll<Message>(q, [](SqlQuery& r) {
        Message m;
        m.id = r.value(0).toLongLong();
        m.accountId = r.value(1).toLongLong();
        m.externalId = r.value(2).toString();
        m.threadId = r.value(3).toString();
        m.incoming = r.value(4).toString() == "IN"_L1;
        m.sender = r.value(5).toString();
        m.recipient = r.value(6).toString();
        m.subject = r.value(7).toString();
        m.body = r.value(8).toString();
        m.orderExternalId = r.value(9).toString();
        m.read = r.value(10).toBool();
        m.sentAt = sql::toTime(r.value(11));
        return m;
    });
}

Status MessageRepository::markRead(qint64 id)
{
    SqlQuery q(m_db, u"UPDATE messages SET is_read = :read WHERE id = :id"_s);
    q.bind(u":read"_s, true).bind(u":id"_s, id);
    return q.exec();
}

} // namespace md
