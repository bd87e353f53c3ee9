#include "storage/repositories/OrderRepository.h"

#include "storage/RowReading.h"
#include "storage/repositories/StockRepository.h"

#include <QHash>
#include <QSet>

using namespace Qt::StringLiterals;

namespace md {

namespace {

constexpr auto kColumns =
    "id, account_id, house_name, external_id, order_number, status, payment_status, "
    "fulfillment_status, needs_attention, buyer_name, buyer_email, buyer_username, currency, "
    "subtotal_minor, tax_minor, shipping_minor, discount_minor, total_minor, shipping_address, "
    "billing_address, carrier, tracking_number, notes, marketplace_created_at, "
    "marketplace_updated_at, (SELECT a.provider FROM accounts a WHERE a.id = o.account_id), "
    "pending_action, action_error, picked_at, packed_at, warehouse_note, ship_by_at, ship_by_estimated";

/// An order line from `id, external_line_id, sku, title, quantity, unit_price_minor, allocated_location_id,
/// waiting_reason, marketplace_item_id`, starting at column `first`.
OrderItem readItem(SqlQuery& q, int first)
{
    OrderItem item;
    item.id = q.value(first).toLongLong();
    item.externalLineId = q.value(first + 1).toString();
    item.sku = q.value(first + 2).toString();
    item.title = q.value(first + 3).toString();
    item.quantity = q.value(first + 4).toInt();
    item.unitPriceMinor = q.value(first + 5).toLongLong();
    item.allocatedLocationId = sql::toOptionalId(q.value(first + 6));
    item.waitingReason = q.value(first + 7).toString();
    item.marketplaceItemId = q.value(first + 8).toString();
    return item;
}

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
    o.fulfilmentStatus = q.value(7).toString();
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
    o.provider = providerFromKey(q.value(25).toString()).value_or(Provider::Ebay);
    o.pendingAction = q.value(26).toString();
    o.actionError = q.value(27).toString();
    o.pickedAt = sql::toTime(q.value(28));
    o.packedAt = sql::toTime(q.value(29));
    o.warehouseNote = q.value(30).toString();
    o.shipByEstimated = q.value(32).toBool();
    o.shipBy = o.shipByEstimated ? QDateTime() : sql::toTime(q.value(31));
    return o;
}

/// Letters and digits in lower case without accents; everything else separates words.
QString foldForSearch(const QString& text)
{
    const QString decomposed = text.normalized(QString::NormalizationForm_KD);
    QString folded;
    folded.reserve(decomposed.size());
    for (const QChar c : decomposed) {
        if (c.category() == QChar::Mark_NonSpacing)
            continue;
        folded += c.isLetterOrNumber() ? c.toLower() : u' ';
    }
    return folded.simplified();
}

QStringList sortColumns(OrderSortKey key)
{
    switch (key) {
    case OrderSortKey::Total:
        return {u"o.total_minor"_s};
    case OrderSortKey::Status:
        return {u"o.status"_s, u"o.marketplace_created_at"_s};
    case OrderSortKey::ShipBy:
        return {u"o.ship_by_at"_s};
    case OrderSortKey::Placed:
        break;
    }
    return {u"o.marketplace_created_at"_s};
}

/// The WHERE conditions of a filter and their bound values.
std::pair<QStringList, QVariantMap> filterConditions(const OrderFilter& f, const SqlDialect& dialect)
{
    QStringList where;
    QVariantMap values;
    if (!f.houseName.isEmpty()) {
        where << u"o.house_name = :house"_s;
        values.insert(u":house"_s, f.houseName);
    }
    if (f.provider) {
        where << u"o.account_id IN (SELECT a.id FROM accounts a WHERE a.provider = :provider)"_s;
        values.insert(u":provider"_s, providerKey(*f.provider));
    }
    if (!f.status.isEmpty()) {
        where << u"o.status = :status"_s;
        values.insert(u":status"_s, f.status);
    }
    if (f.fromUtc.isValid()) {
        where << u"o.marketplace_created_at >= :from"_s;
        values.insert(u":from"_s, f.fromUtc.toMSecsSinceEpoch());
    }
    if (f.toUtc.isValid()) {
        where << u"o.marketplace_created_at < :to"_s;
        values.insert(u":to"_s, f.toUtc.toMSecsSinceEpoch());
    }
    if (f.needsAttention) {
        where << u"o.needs_attention = :attention"_s;
        values.insert(u":attention"_s, true);
    }
    if (f.toShip) {
        // As the partial index ix_orders_to_ship says it, so that the view walks it.
        where << u"o.status IN ('OPEN', 'PARTIALLY_SHIPPED')"_s;
    }
    if (!f.ids.isEmpty()) {
        QStringList placeholders;
        for (int i = 0; i < f.ids.size(); ++i) {
            placeholders << u":id%1"_s.arg(i);
            values.insert(placeholders.last(), f.ids.at(i));
        }
        where << u"o.id IN (%1)"_s.arg(placeholders.join(u", "_s));
    }
    const QStringList words = OrderRepository::searchWords(f.text);
    if (!words.isEmpty()) {
        where << dialect.orderSearchCondition(u"o.id"_s, u":search"_s);
        values.insert(u":search"_s, dialect.orderSearchQuery(words));
    }
    return {where, values};
}

} // namespace

Result<qint64> OrderRepository::upsert(const Order& o, QStringList* freedSkus)
{
    if (o.currency.size() != 3) {
        return Error {u"order.currency-invalid"_s,
                      tr("Order %1 has no valid ISO 4217 currency (\"%2\").").arg(o.externalId, o.currency),
                      {}};
    }
    SqlQuery q(m_db,
               u"INSERT INTO orders (account_id, house_name, external_id, order_number, status, payment_status, "
               "fulfillment_status, needs_attention, marketplace_attention, buyer_name, buyer_email, buyer_username, "
               "currency, "
               "subtotal_minor, tax_minor, shipping_minor, discount_minor, total_minor, shipping_address, "
               "billing_address, carrier, tracking_number, notes, marketplace_created_at, marketplace_updated_at, "
               "ship_by_at, ship_by_estimated, imported_at, updated_at) VALUES (:account, :house, :external, :number, "
               ":status, :payment, :fulfillment, :needs, :attention, :buyer, :email, :username, :currency, :subtotal, "
               ":tax, :shipping, :discount, :total, :ship_to, :bill_to, :carrier, :tracking, :notes, :created, "
               ":updated, :ship_by, :estimated, :now, :now) "
               "ON CONFLICT (account_id, external_id) DO UPDATE SET house_name = excluded.house_name, "
               "order_number = excluded.order_number, status = excluded.status, payment_status = "
               "excluded.payment_status, fulfillment_status = excluded.fulfillment_status, needs_attention = "
               "excluded.needs_attention, marketplace_attention = excluded.marketplace_attention, buyer_name = "
               "excluded.buyer_name, buyer_email = excluded.buyer_email, "
               "buyer_username = excluded.buyer_username, currency = excluded.currency, subtotal_minor = "
               "excluded.subtotal_minor, tax_minor = excluded.tax_minor, shipping_minor = excluded.shipping_minor, "
               "discount_minor = excluded.discount_minor, total_minor = excluded.total_minor, shipping_address = "
               "excluded.shipping_address, billing_address = excluded.billing_address, carrier = "
               "COALESCE(excluded.carrier, orders.carrier), tracking_number = COALESCE(excluded.tracking_number, "
               "orders.tracking_number), notes = excluded.notes, marketplace_created_at = "
               "excluded.marketplace_created_at, marketplace_updated_at = excluded.marketplace_updated_at, "
               "ship_by_at = excluded.ship_by_at, ship_by_estimated = excluded.ship_by_estimated, "
               "updated_at = excluded.updated_at RETURNING id, tracking_number"_s);
    Order placed = o;
    if (!placed.marketplaceCreatedAt.isValid())
        placed.marketplaceCreatedAt = QDateTime::currentDateTimeUtc();
    q.bind(u":account"_s, o.accountId)
        .bind(u":house"_s, o.houseName)
        .bind(u":external"_s, o.externalId)
        .bind(u":number"_s, sql::fromText(o.orderNumber))
        .bind(u":status"_s, o.status)
        .bind(u":payment"_s, sql::fromText(o.paymentStatus))
        .bind(u":fulfillment"_s, sql::fromText(o.fulfilmentStatus))
        .bind(u":attention"_s, o.needsAttention)
        // Shipped and cancelled orders are never flagged; waiting lines add to it (see StockAllocator).
        .bind(u":needs"_s, o.needsAttention && o.status != orderstatus::Shipped && o.status != orderstatus::Cancelled)
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
        .bind(u":created"_s, sql::fromTime(placed.marketplaceCreatedAt))
        .bind(u":updated"_s, sql::fromTime(o.marketplaceUpdatedAt))
        .bind(u":ship_by"_s, sql::fromTime(placed.shipByOrEstimate()))
        .bind(u":estimated"_s, !o.shipBy.isValid())
        .bind(u":now"_s, QDateTime::currentMSecsSinceEpoch());
    if (Status s = q.exec(); !s)
        return s.error();
    if (!q.next())
        return Error {u"database.no-row"_s, tr("The order %1 was not stored.").arg(o.externalId), {}};
    const qint64 orderId = q.value(0).toLongLong();
    // A tracking number the warehouse entered stays when the marketplace does not know it yet.
    Order indexed = o;
    indexed.trackingNumber = q.value(1).toString();
    q.raw().finish(); // done with RETURNING: SQLite opens no savepoint while it is still being stepped

    QStringList keep;
    for (const OrderItem& item : o.items) {
        SqlQuery line(m_db,
                      // A line without SKU takes the one a person mapped its marketplace item to.
                      u"INSERT INTO order_items (order_id, external_line_id, sku, title, quantity, "
                      "unit_price_minor, allocated_location_id, marketplace_item_id) VALUES (:order, :line, "
                      "COALESCE(:sku, (SELECT m.sku FROM sku_mappings m WHERE m.account_id = :account AND "
                      "m.marketplace_item_id = :item)), :title, :qty, :price, :location, :item) ON CONFLICT "
                      "(order_id, external_line_id) DO UPDATE SET sku = excluded.sku, title = excluded.title, "
                      "quantity = excluded.quantity, unit_price_minor = excluded.unit_price_minor, "
                      "marketplace_item_id = excluded.marketplace_item_id, allocated_location_id = COALESCE("
                      "excluded.allocated_location_id, order_items.allocated_location_id)"_s);
        line.bind(u":order"_s, orderId)
            .bind(u":line"_s, item.externalLineId)
            .bind(u":sku"_s, sql::fromText(item.sku))
            .bind(u":account"_s, o.accountId)
            .bind(u":item"_s, sql::fromText(item.marketplaceItemId))
            .bind(u":title"_s, sql::fromText(item.title))
            .bind(u":qty"_s, item.quantity)
            .bind(u":price"_s, item.unitPriceMinor)
            .bind(u":location"_s, sql::fromOptionalId(item.allocatedLocationId));
        if (Status s = line.exec(); !s)
            return s.error();
        keep << item.externalLineId;
    }
    // Remove lines the marketplace no longer lists, one bound statement per stale line; what one held goes back.
    SqlQuery existing(m_db,
                      u"SELECT external_line_id, id, sku, quantity, allocated_location_id FROM order_items "
                      "WHERE order_id = :order"_s);
    existing.bind(u":order"_s, orderId);
    if (Status s = existing.exec(); !s)
        return s.error();
    QStringList stale;
    QList<StockMovement> giveBack;
    QHash<QString, QString> storedSkus; // line → the SKU it has now (a mapped one, where the marketplace sent none)
    while (existing.next()) {
        if (keep.contains(existing.value(0).toString())) {
            storedSkus.insert(existing.value(0).toString(), existing.value(2).toString());
            continue;
        }
        stale << existing.value(0).toString();
        if (const auto location = sql::toOptionalId(existing.value(4))) {
            StockMovement m;
            m.sku = existing.value(2).toString();
            m.locationId = *location;
            m.reservedDelta = -existing.value(3).toInt();
            m.reason = StockReason::Adjustment;
            m.reference = u"order:%1:line:%2"_s.arg(orderId).arg(existing.value(1).toLongLong());
            giveBack << m;
        }
    }
    existing.raw().finish(); // SQLite opens no savepoint (the move below) while a statement is being stepped
    for (const StockMovement& m : std::as_const(giveBack)) {
        if (Status s = StockRepository(m_db).move(m); !s)
            return s.error();
        if (freedSkus && !freedSkus->contains(m.sku))
            *freedSkus << m.sku;
    }
    for (const QString& line : std::as_const(stale)) {
        SqlQuery drop(m_db, u"DELETE FROM order_items WHERE order_id = :order AND external_line_id = :line"_s);
        drop.bind(u":order"_s, orderId).bind(u":line"_s, line);
        if (Status s = drop.exec(); !s)
            return s.error();
    }
    // The search words name the SKUs as stored, a mapped one included, not as the marketplace sent them.
    for (OrderItem& item : indexed.items)
        item.sku = storedSkus.value(item.externalLineId, item.sku);
    if (Status s = writeSearchTerms(orderId, indexed); !s)
        return s.error();
    return orderId;
}

Status OrderRepository::reindex(qint64 orderId)
{
    auto order = findById(orderId);
    if (!order)
        return order.error();
    if (!order->has_value())
        return {};
    return writeSearchTerms(orderId, searchTerms(**order));
}

Status OrderRepository::writeSearchTerms(qint64 orderId, const Order& order)
{
    if (m_deferSearch) {
        m_deferredTerms.emplace_back(orderId, searchTerms(order));
        return {};
    }
    return writeSearchTerms(orderId, searchTerms(order));
}

Status OrderRepository::writeDeferredSearchTerms()
{
    const auto terms = std::exchange(m_deferredTerms, {});
    for (const auto& [orderId, text] : terms) {
        if (Status s = writeSearchTerms(orderId, text); !s)
            return s;
    }
    return {};
}

Status OrderRepository::writeSearchTerms(qint64 orderId, const QString& terms)
{
    for (const QString& statement : m_db.dialect().orderSearchWrite()) {
        SqlQuery q(m_db, statement);
        q.bind(u":id"_s, orderId).bind(u":terms"_s, terms);
        if (Status s = q.exec(); !s)
            return s;
    }
    return {};
}

QString OrderRepository::searchTerms(const Order& o)
{
    QStringList parts {o.orderNumber, o.externalId, o.buyerName, o.buyerUsername, o.buyerEmail, o.trackingNumber};
    for (const OrderItem& item : o.items)
        parts << item.sku;
    return foldForSearch(parts.join(u' '));
}

QStringList OrderRepository::searchWords(const QString& text)
{
    return foldForSearch(text).split(u' ', Qt::SkipEmptyParts);
}

OrderPosition OrderRepository::positionOf(const Order& o, const OrderSort& sort)
{
    OrderPosition position;
    position.id = o.id;
    switch (sort.key) {
    case OrderSortKey::Total:
        position.keys = {o.totalMinor};
        break;
    case OrderSortKey::Status:
        position.keys = {o.status, o.marketplaceCreatedAt.toMSecsSinceEpoch()};
        break;
    case OrderSortKey::ShipBy:
        position.keys = {o.shipByOrEstimate().toMSecsSinceEpoch()};
        break;
    case OrderSortKey::Placed:
        position.keys = {o.marketplaceCreatedAt.toMSecsSinceEpoch()};
        break;
    }
    return position;
}

Result<QList<Order>> OrderRepository::page(const OrderFilter& filter, const OrderSort& sort,
                                           const std::optional<OrderPosition>& after, int limit) const
{
    auto [where, values] = filterConditions(filter, m_db.dialect());
    const QStringList columns = sortColumns(sort.key) << u"o.id"_s;
    const bool descending = sort.order == Qt::DescendingOrder;
    if (after && after->keys.size() == columns.size() - 1) {
        // Row-value comparison: both servers walk the matching index from the position on.
        QStringList placeholders;
        for (int i = 0; i < after->keys.size(); ++i) {
            placeholders << u":k%1"_s.arg(i);
            values.insert(placeholders.last(), after->keys.at(i));
        }
        placeholders << u":kid"_s;
        values.insert(u":kid"_s, after->id);
        where << u"(%1) %2 (%3)"_s.arg(columns.join(u", "_s), descending ? u"<"_s : u">"_s, placeholders.join(u", "_s));
    }
    QStringList orderBy;
    for (const QString& column : columns)
        orderBy << column + (descending ? u" DESC"_s : u" ASC"_s);
    SqlQuery q(m_db,
               u"SELECT %1 FROM orders o %2 ORDER BY %3 LIMIT :limit"_s.arg(
                   QLatin1StringView(kColumns), where.isEmpty() ? QString() : u"WHERE "_s + where.join(u" AND "_s),
                   orderBy.join(u", "_s)));
    for (auto it = values.cbegin(); it != values.cend(); ++it)
        q.bind(it.key(), it.value());
    q.bind(u":limit"_s, limit);
    return sql::readAll<Order>(q, readOrder);
}

Result<qint64> OrderRepository::count(const OrderFilter& filter) const
{
    const auto [where, values] = filterConditions(filter, m_db.dialect());
    SqlQuery q(
        m_db,
        u"SELECT COUNT(*) FROM orders o %1"_s.arg(where.isEmpty() ? QString() : u"WHERE "_s + where.join(u" AND "_s)));
    for (auto it = values.cbegin(); it != values.cend(); ++it)
        q.bind(it.key(), it.value());
    auto n = q.execScalar();
    if (!n)
        return n.error();
    return n->toLongLong();
}

Result<QList<Order>> OrderRepository::findByCode(const QString& code) const
{
    const QString c = code.trimmed();
    if (c.isEmpty())
        return QList<Order>();
    SqlQuery q(m_db,
               u"SELECT %1 FROM orders o WHERE o.order_number = :code OR o.order_number = :hash OR o.external_id = "
               ":code OR o.tracking_number = :code ORDER BY o.marketplace_created_at DESC, o.id DESC LIMIT 20"_s.arg(
                   QLatin1StringView(kColumns)));
    q.bind(u":code"_s, c).bind(u":hash"_s, QString(u'#' + c));
    return sql::readAll<Order>(q, readOrder);
}

Result<QList<OrderEvent>> OrderRepository::events(qint64 orderId) const
{
    SqlQuery q(m_db,
               u"SELECT id, order_id, occurred_at, kind, status, detail FROM order_events WHERE order_id = :order "
               "ORDER BY occurred_at, id"_s);
    q.bind(u":order"_s, orderId);
    return sql::readAll<OrderEvent>(q, [](SqlQuery& r) {
        return OrderEvent {r.value(0).toLongLong(), r.value(1).toLongLong(), sql::toTime(r.value(2)),
                           r.value(3).toString(),   r.value(4).toString(),   r.value(5).toString()};
    });
}

Status OrderRepository::addEvent(qint64 orderId, const QString& kind, const QString& detail, const QDateTime& at)
{
    SqlQuery q(m_db,
               u"INSERT INTO order_events (order_id, occurred_at, kind, detail) VALUES (:order, :at, :kind, "
               ":detail)"_s);
    q.bind(u":order"_s, orderId)
        .bind(u":at"_s, sql::fromTime(at.isValid() ? at : QDateTime::currentDateTimeUtc()))
        .bind(u":kind"_s, kind)
        .bind(u":detail"_s, sql::fromText(detail));
    return q.exec();
}

Status OrderRepository::markPacked(qint64 orderId, const QDateTime& at)
{
    return markStep({orderId}, u"packed_at"_s, orderevent::Packed, at);
}

Status OrderRepository::markPicked(const QList<qint64>& orderIds, const QDateTime& at)
{
    return markStep(orderIds, u"picked_at"_s, orderevent::Picked, at);
}

Status OrderRepository::markStep(const QList<qint64>& orderIds, const QString& column, const QString& event,
                                 const QDateTime& at)
{
    Transaction transaction(m_db);
    if (!transaction.isActive())
        return transaction.error();
    for (qint64 orderId : orderIds) {
        SqlQuery q(m_db, u"UPDATE orders SET %1 = :at WHERE id = :id"_s.arg(column));
        q.bind(u":at"_s, sql::fromTime(at)).bind(u":id"_s, orderId);
        if (Status s = q.exec(); !s)
            return s;
        if (Status s = addEvent(orderId, event, {}, at); !s)
            return s;
    }
    return transaction.commit();
}

Status OrderRepository::setPendingAction(qint64 orderId, const QString& action, const QString& error)
{
    SqlQuery q(m_db, u"UPDATE orders SET pending_action = :action, action_error = :error WHERE id = :id"_s);
    q.bind(u":action"_s, sql::fromText(action)).bind(u":error"_s, sql::fromText(error)).bind(u":id"_s, orderId);
    return q.exec();
}

Status OrderRepository::setWarehouseNote(qint64 orderId, const QString& note)
{
    SqlQuery q(m_db, u"UPDATE orders SET warehouse_note = :note WHERE id = :id"_s);
    q.bind(u":note"_s, sql::fromText(note.trimmed())).bind(u":id"_s, orderId);
    if (Status s = q.exec(); !s)
        return s;
    if (q.numRowsAffected() != 1)
        return Error {u"order.not-found"_s, tr("That order is no longer stored."), QString::number(orderId)};
    return {};
}

Status OrderRepository::setShipment(qint64 orderId, const QString& carrier, const QString& trackingNumber)
{
    SqlQuery q(m_db, u"UPDATE orders SET carrier = :carrier, tracking_number = :tracking WHERE id = :id"_s);
    q.bind(u":carrier"_s, sql::fromText(carrier))
        .bind(u":tracking"_s, sql::fromText(trackingNumber))
        .bind(u":id"_s, orderId);
    if (Status s = q.exec(); !s)
        return s;
    auto order = findById(orderId);
    if (!order)
        return order.error();
    return order->has_value() ? writeSearchTerms(orderId, **order) : Status();
}

Status OrderRepository::setStatus(qint64 orderId, const QString& status, const QString& fulfilmentStatus)
{
    SqlQuery q(m_db,
               u"UPDATE orders SET status = :status, fulfillment_status = :fulfillment, updated_at = :now WHERE id = "
               ":id"_s);
    q.bind(u":status"_s, status)
        .bind(u":fulfillment"_s, sql::fromText(fulfilmentStatus))
        .bind(u":now"_s, QDateTime::currentMSecsSinceEpoch())
        .bind(u":id"_s, orderId);
    return q.exec();
}

Result<std::optional<Order>> OrderRepository::findWhere(const QString& where, const QVariantMap& values) const
{
    SqlQuery q(m_db, u"SELECT %1 FROM orders o WHERE %2"_s.arg(QLatin1StringView(kColumns), where));
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
               u"SELECT %1 FROM orders o ORDER BY marketplace_created_at DESC, id DESC LIMIT :limit"_s.arg(
                   QLatin1StringView(kColumns)));
    q.bind(u":limit"_s, limit);
    return sql::readAll<Order>(q, readOrder);
}

Result<qint64> OrderRepository::count() const
{
    SqlQuery q(m_db, u"SELECT COUNT(*) FROM orders"_s);
    auto n = q.execScalar();
    if (!n)
        return n.error();
    return n->toLongLong();
}

Status OrderRepository::forIdChunks(const QString& sqlWithIds, const QList<qint64>& ids,
                                    const std::function<void(SqlQuery&)>& row) const
{
    // Ids bound in chunks of a fixed size (one prepared statement), the last chunk padded with 0 (no row).
    constexpr int kChunk = 100;
    QStringList marks;
    for (int i = 0; i < kChunk; ++i)
        marks << u":i%1"_s.arg(i);
    const QString sql = sqlWithIds.arg(marks.join(u", "_s));
    for (qsizetype start = 0; start < ids.size(); start += kChunk) {
        SqlQuery q(m_db, sql);
        for (int i = 0; i < kChunk; ++i)
            q.bind(marks.at(i), start + i < ids.size() ? ids.at(start + i) : qint64(0));
        if (Status s = q.exec(); !s)
            return s;
        while (q.next())
            row(q);
    }
    return {};
}

Result<QHash<qint64, QList<OrderItem>>> OrderRepository::itemsOf(const QList<qint64>& orderIds) const
{
    QHash<qint64, QList<OrderItem>> byOrder;
    const Status read = forIdChunks(
        u"SELECT order_id, id, external_line_id, sku, title, quantity, unit_price_minor, "
        "allocated_location_id, waiting_reason, marketplace_item_id FROM order_items WHERE order_id IN (%1) "
        "ORDER BY order_id, id"_s,
        orderIds, [&](SqlQuery& q) { byOrder[q.value(0).toLongLong()] << readItem(q, 1); });
    if (!read)
        return read.error();
    return byOrder;
}

Result<QHash<qint64, QString>> OrderRepository::displayNumbers(const QList<qint64>& ids) const
{
    QHash<qint64, QString> numbers;
    const Status read = forIdChunks(u"SELECT id, COALESCE(order_number, external_id) FROM orders WHERE id IN (%1)"_s,
                                    QSet<qint64>(ids.cbegin(), ids.cend()).values(), [&](SqlQuery& q) {
                                        numbers.insert(q.value(0).toLongLong(), q.value(1).toString());
                                    });
    if (!read)
        return read.error();
    return numbers;
}

Result<QList<OrderItem>> OrderRepository::items(qint64 orderId) const
{
    SqlQuery q(m_db,
               u"SELECT id, external_line_id, sku, title, quantity, unit_price_minor, allocated_location_id, "
               "waiting_reason, marketplace_item_id FROM order_items WHERE order_id = :order ORDER BY id"_s);
    q.bind(u":order"_s, orderId);
    return sql::readAll<OrderItem>(q, [](SqlQuery& r) { return readItem(r, 0); });
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
    return sql::readAll<std::pair<QString, QString>>(q, [](SqlQuery& r) {
        return std::pair {r.value(0).toString(), r.value(1).toString()};
    });
}

} // namespace md
