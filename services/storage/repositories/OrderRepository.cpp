#include "storage/repositories/OrderRepository.h"

using namespace Qt::StringLiterals;

namespace md {

namespace {

constexpr auto kColumns = "id, account_id, house_name, external_id, order_number, status, payment_status, "
                          "fulfillment_status, needs_attention, buyer_name, buyer_email, buyer_username, currency, "
                          "subtotal_minor, tax_minor, shipping_minor, discount_minor, total_minor, shipping_address, "
                          "billing_address, carrier, tracking_number, notes, marketplace_created_at, "
                          "marketplace_updated_at";

Order readOrder(SqlQuery& q)
{
    Order o;
    o.id = q.value(0).toLongLong();
    o.accountId = q.value(1).toLongLong();
    o.houseName = q.value(2).toString();
    o.externalId = q.value(3).toString();
    o.orderNumber = q.value(4).toString();
    o.status = q.value(5).toString();
    o.paymentStatus = q.value(6).toString();
    o.fulfillmentStatus = q.value(7).toString();
    o.needsAttention = q.value(8).toBool();
    o.buyerName = q.value(9).toString();
    o.buyerEmail = q.value(10).toString();
    o.buyerUsername = q.value(11).toString();
    o.currency = q.value(12).toString();
    o.subtotalMinor = q.value(13).toLongLong();
    o.taxMinor = q.value(14).toLongLong();
    o.shippingMinor = q.value(15).toLongLong();
    o.discountMinor = q.value(16).toLongLong();
    o.totalMinor = q.value(17).toLongLong();
    o.shippingAddress = Address::fromJson(q.value(18).toString());
    o.billingAddress = Address::fromJson(q.value(19).toString());
    o.carrier = q.value(20).toString();
    o.trackingNumber = q.value(21).toString();
    o.notes = q.value(22).toString();
    o.marketplaceCreatedAt = sql::toTime(q.value(23));
    o.marketplaceUpdatedAt = sql::toTime(q.value(24));
    return o;
}

} // namespace

Result<qint64> OrderRepository::upsert(const Order& o)
{
    if (o.currency.size() != 3) {
        return Error {u"order.currency-invalid"_s,
                      tr("Order %1 has no valid ISO 4217 currency (\"%2\").").arg(o.externalId, o.currency),
                      {}};
    }
    SqlQuery q(m_db,
               u"INSERT INTO orders (account_id, house_name, external_id, order_number, status, payment_status, "
               "fulfillment_status, needs_attention, buyer_name, buyer_email, buyer_username, currency, "
               "subtotal_minor, tax_minor, shipping_minor, discount_minor, total_minor, shipping_address, "
               "billing_address, carrier, tracking_number, notes, marketplace_created_at, marketplace_updated_at, "
               "imported_at, updated_at) VALUES (:account, :house, :external, :number, :status, :payment, "
               ":fulfillment, :attention, :buyer, :email, :username, :currency, :subtotal, :tax, :shipping, "
               ":discount, :total, :ship_to, :bill_to, :carrier, :tracking, :notes, :created, :updated, :now, :now) "
               "ON CONFLICT (account_id, external_id) DO UPDATE SET house_name = excluded.house_name, "
               "order_number = excluded.order_number, status = excluded.status, payment_status = "
               "excluded.payment_status, fulfillment_status = excluded.fulfillment_status, needs_attention = "
               "excluded.needs_attention, buyer_name = excluded.buyer_name, buyer_email = excluded.buyer_email, "
               "buyer_username = excluded.buyer_username, currency = excluded.currency, subtotal_minor = "
               "excluded.subtotal_minor, tax_minor = excluded.tax_minor, shipping_minor = excluded.shipping_minor, "
               "discount_minor = excluded.discount_minor, total_minor = excluded.total_minor, shipping_address = "
               "excluded.shipping_address, billing_address = excluded.billing_address, carrier = excluded.carrier, "
               "tracking_number = excluded.tracking_number, notes = excluded.notes, marketplace_created_at = "
               "excluded.marketplace_created_at, marketplace_updated_at = excluded.marketplace_updated_at, "
               "updated_at = excluded.updated_at RETURNING id"_s);
    q.bind(u":account"_s, o.accountId)
        .bind(u":house"_s, o.houseName)
        .bind(u":external"_s, o.externalId)
        .bind(u":number"_s, sql::fromText(o.orderNumber))
        .bind(u":status"_s, o.status)
        .bind(u":payment"_s, sql::fromText(o.paymentStatus))
        .bind(u":fulfillment"_s, sql::fromText(o.fulfillmentStatus))
        .bind(u":attention"_s, o.needsAttention)
        .bind(u":buyer"_s, sql::fromText(o.buyerName))
        .bind(u":email"_s, sql::fromText(o.buyerEmail))
        .bind(u":username"_s, sql::fromText(o.buyerUsername))
        .bind(u":currency"_s, o.currency.toUpper())
        .bind(u":subtotal"_s, o.subtotalMinor)
        .bind(u":tax"_s, o.taxMinor)
        .bind(u":shipping"_s, o.shippingMinor)
        .bind(u":discount"_s, o.discountMinor)
        .bind(u":total"_s, o.totalMinor)
        .bind(u":ship_to"_s,
              o.shippingAddress.isEmpty() ? QVariant(QMetaType::fromType<QString>())
                                          : QVariant(o.shippingAddress.toJson()))
        .bind(u":bill_to"_s,
              o.billingAddress.isEmpty() ? QVariant(QMetaType::fromType<QString>())
                                         : QVariant(o.billingAddress.toJson()))
        .bind(u":carrier"_s, sql::fromText(o.carrier))
        .bind(u":tracking"_s, sql::fromText(o.trackingNumber))
        .bind(u":notes"_s, sql::fromText(o.notes))
        .bind(u":created"_s, sql::fromTime(o.marketplaceCreatedAt))
        .bind(u":updated"_s, sql::fromTime(o.marketplaceUpdatedAt))
        .bind(u":now"_s, QDateTime::currentMSecsSinceEpoch());
    auto id = q.execScalar();
    if (!id)
        return id.error();
    const qint64 orderId = id->toLongLong();

    QStringList keep;
    for (const OrderItem& item : o.items) {
        SqlQuery line(m_db,
                      u"INSERT INTO order_items (order_id, external_line_id, sku, title, quantity, "
                      "unit_price_minor, allocated_location_id) VALUES (:order, :line, :sku, :title, :qty, "
                      ":price, :location) ON CONFLICT (order_id, external_line_id) DO UPDATE SET sku = "
                      "excluded.sku, title = excluded.title, quantity = excluded.quantity, unit_price_minor = "
                      "excluded.unit_price_minor, allocated_location_id = COALESCE("
                      "excluded.allocated_location_id, order_items.allocated_location_id)"_s);
        line.bind(u":order"_s, orderId)
            .bind(u":line"_s, item.externalLineId)
            .bind(u":sku"_s, sql::fromText(item.sku))
            .bind(u":title"_s, sql::fromText(item.title))
            .bind(u":qty"_s, item.quantity)
            .bind(u":price"_s, item.unitPriceMinor)
            .bind(u":location"_s, sql::fromOptionalId(item.allocatedLocationId));
        if (Status s = line.exec(); !s)
            return s.error();
        keep << item.externalLineId;
    }
    // Remove lines the marketplace no longer lists, one bound statement per stale line.
    SqlQuery existing(m_db, u"SELECT external_line_id FROM order_items WHERE order_id = :order"_s);
    existing.bind(u":order"_s, orderId);
    if (Status s = existing.exec(); !s)
        return s.error();
    QStringList stale;
    while (existing.next()) {
        if (!keep.contains(existing.value(0).toString()))
            stale << existing.value(0).toString();
    }
    for (const QString& line : std::as_const(stale)) {
        SqlQuery drop(m_db, u"DELETE FROM order_items WHERE order_id = :order AND external_line_id = :line"_s);
        drop.bind(u":order"_s, orderId).bind(u":line"_s, line);
        if (Status s = drop.exec(); !s)
            return s.error();
    }
    return orderId;
}

Result<std::optional<Order>> OrderRepository::findWhere(const QString& where, const QVariantMap& values) const
{
    SqlQuery q(m_db, u"SELECT %1 FROM orders WHERE %2"_s.arg(QLatin1StringView(kColumns), where));
    for (auto it = values.cbegin(); it != values.cend(); ++it)
        q.bind(it.key(), it.value());
    if (Status s = q.exec(); !s)
        return s.error();
    if (!q.next())
        return std::optional<Order>();
    Order order = readOrder(q);
    auto lines = items(order.id);
    if (!lines)
        return lines.error();
    order.items = *lines;
    return std::optional<Order>(order);
}

Result<std::optional<Order>> OrderRepository::findById(qint64 id) const
{
    return findWhere(u"id = :id"_s, {{u":id"_s, id}});
}

Result<std::optional<Order>> OrderRepository::findByExternalId(qint64 accountId, const QString& externalId) const
{
    return findWhere(u"account_id = :account AND external_id = :external"_s,
                     {{u":account"_s, accountId}, {u":external"_s, externalId}});
}

Result<QList<Order>> OrderRepository::listRecent(int limit) const
{
    SqlQuery q(m_db,
               u"SELECT %1 FROM orders ORDER BY marketplace_created_at DESC, id DESC LIMIT :limit"_s.arg(
                   QLatin1StringView(kColumns)));
    q.bind(u":limit"_s, limit);
    if (Status s = q.exec(); !s)
        return s.error();
    QList<Order> orders;
    while (q.next())
        orders << readOrder(q);
    return orders;
}

Result<qint64> OrderRepository::count() const
{
    SqlQuery q(m_db, u"SELECT COUNT(*) FROM orders"_s);
    auto n = q.execScalar();
    if (!n)
        return n.error();
    return n->toLongLong();
}

Result<QList<OrderItem>> OrderRepository::items(qint64 orderId) const
{
    SqlQuery q(m_db,
               u"SELECT id, external_line_id, sku, title, quantity, unit_price_minor, allocated_location_id "
               "FROM order_items WHERE order_id = :order ORDER BY id"_s);
    q.bind(u":order"_s, orderId);
    if (Status s = q.exec(); !s)
        return s.error();
    QList<OrderItem> list;
    while (q.next()) {
        OrderItem item;
        item.id = q.value(0).toLongLong();
        item.externalLineId = q.value(1).toString();
        item.sku = q.value(2).toString();
        item.title = q.value(3).toString();
        item.quantity = q.value(4).toInt();
        item.unitPriceMinor = q.value(5).toLongLong();
        item.allocatedLocationId = sql::toOptionalId(q.value(6));
        list << item;
    }
    return list;
}

Status OrderRepository::quarantine(qint64 accountId, const QString& externalId, const QString& rawBody,
                                   const QString& error)
{
    SqlQuery q(m_db,
               u"INSERT INTO order_quarantine (account_id, external_id, raw_body, error, received_at) VALUES "
               "(:account, :external, :raw, :error, :now) ON CONFLICT (account_id, external_id) DO UPDATE SET "
               "raw_body = excluded.raw_body, error = excluded.error, received_at = excluded.received_at"_s);
    q.bind(u":account"_s, accountId)
        .bind(u":external"_s, externalId)
        .bind(u":raw"_s, rawBody)
        .bind(u":error"_s, error)
        .bind(u":now"_s, QDateTime::currentMSecsSinceEpoch());
    return q.exec();
}

Status OrderRepository::release(qint64 accountId, const QString& externalId)
{
    SqlQuery q(m_db, u"DELETE FROM order_quarantine WHERE account_id = :account AND external_id = :external"_s);
    q.bind(u":account"_s, accountId).bind(u":external"_s, externalId);
    return q.exec();
}

Result<QList<std::pair<QString, QString>>> OrderRepository::quarantined(qint64 accountId) const
{
    SqlQuery q(m_db,
               u"SELECT external_id, error FROM order_quarantine WHERE account_id = :account ORDER BY external_id"_s);
    q.bind(u":account"_s, accountId);
    if (Status s = q.exec(); !s)
        return s.error();
    QList<std::pair<QString, QString>> rows;
    while (q.next())
        rows.append({q.value(0).toString(), q.value(1).toString()});
    return rows;
}

} // namespace md
