#include "storage/repositories/ReturnRepository.h"

#include "storage/RowReading.h"

#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace md {

Result<qint64> ReturnRepository::upsert(const ReturnRecord& r)
{
    Transaction transaction(m_db);
    if (!transaction.isActive())
        return transaction.error();
    SqlQuery q(m_db,
               u"INSERT INTO returns (account_id, house_name, order_id, external_id, status, reason, "
               "buyer_comment, currency, refund_minor, opened_at, updated_at) VALUES (:account, :house, "
               ":order, :external, :status, :reason, :comment, :currency, :refund, :opened, :now) ON CONFLICT "
               "(account_id, external_id) DO UPDATE SET house_name = excluded.house_name, order_id = "
               "excluded.order_id, status = excluded.status, reason = excluded.reason, buyer_comment = "
               "excluded.buyer_comment, currency = excluded.currency, refund_minor = excluded.refund_minor, "
               "opened_at = excluded.opened_at, updated_at = excluded.updated_at RETURNING id"_s);
    q.bind(u":account"_s, r.accountId)
        .bind(u":house"_s, r.houseName)
        .bind(u":order"_s, sql::fromOptionalId(r.orderId))
        .bind(u":external"_s, r.externalId)
        .bind(u":status"_s, r.status)
        .bind(u":reason"_s, sql::fromText(r.reason))
        .bind(u":comment"_s, sql::fromText(r.buyerComment))
        .bind(u":currency"_s, r.currency.toUpper())
        .bind(u":refund"_s, r.refundMinor)
        .bind(u":opened"_s, sql::fromTime(r.openedAt))
        .bind(u":now"_s, sql::nowMs());
    auto id = sql::scalarId(q);
    if (!id)
        return id.error();
    SqlQuery clear(m_db, u"DELETE FROM return_items WHERE return_id = :id"_s);
    clear.bind(u":id"_s, *id);
    if (Status s = clear.exec(); !s)
        return s.error();
    for (const ReturnItem& item : r.items) {
        SqlQuery add(m_db,
                     u"INSERT INTO return_items (return_id, order_item_id, sku, quantity, item_condition, "
                     "restock, refund_minor) VALUES (:id, :line, :sku, :qty, :condition, :restock, :refund)"_s);
        add.bind(u":id"_s, *id)
            .bind(u":line"_s, sql::fromOptionalId(item.orderItemId))
            .bind(u":sku"_s, sql::fromText(item.sku))
            .bind(u":qty"_s, item.quantity)
            .bind(u":condition"_s, sql::fromText(item.condition))
            .bind(u":restock"_s, item.restock)
            .bind(u":refund"_s, item.refundMinor);
        if (Status s = add.exec(); !s)
            return s.error();
    }
    if (Status s = transaction.commit(); !s)
        return s.error();
    return *id;
}

Result<QList<ReturnRecord>> ReturnRepository::list() const
{
    SqlQuery q(m_db,
               u"SELECT id, account_id, house_name, order_id, external_id, status, reason, buyer_comment, "
               "currency, refund_minor, opened_at, updated_at FROM returns ORDER BY opened_at DESC, id DESC"_s);
    return sql::readAll<ReturnRecord>(q, [](SqlQuery& r) {
        ReturnRecord x;
        x.id = r.value(0).toLongLong();
        x.accountId = r.value(1).toLongLong();
        x.houseName = r.value(2).toString();
        x.orderId = sql::toOptionalId(r.value(3));
        x.externalId = r.value(4).toString();
        x.status = r.value(5).toString();
        x.reason = r.value(6).toString();
        x.buyerComment = r.value(7).toString();
        x.currency = r.value(8).toString();
        x.refundMinor = r.value(9).toLongLong();
        x.openedAt = sql::toTime(r.value(10));
        x.updatedAt = sql::toTime(r.value(11));
        return x;
    });
}

Result<QList<ReturnItem>> ReturnRepository::items(qint64 returnId) const
{
    SqlQuery q(m_db,
               u"SELECT id, order_item_id, sku, quantity, item_condition, restock, refund_minor FROM "
               "return_items WHERE return_id = :id ORDER BY id"_s);
    q.bind(u":id"_s, returnId);
    return sql::readAll<ReturnItem>(q, [](SqlQuery& r) {
        ReturnItem i;
        i.id = r.value(0).toLongLong();
        i.orderItemId = sql::toOptionalId(r.value(1));
        i.sku = r.value(2).toString();
        i.quantity = r.value(3).toInt();
        i.condition = r.value(4).toString();
        i.restock = r.value(5).toBool();
        i.refundMinor = r.value(6).toLongLong();
        return i;
    });
}

} // namespace md
