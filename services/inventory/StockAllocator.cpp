#include "inventory/StockAllocator.h"

#include "storage/Database.h"
#include "storage/repositories/OrderRepository.h"
#include "storage/repositories/StockRepository.h"

#include <QHash>
#include <QSet>

using namespace Qt::StringLiterals;

namespace md {

namespace {
/// A line of SKU :sku that waits for stock: no reservation, short or given way to a count (not released by hand),
/// of an open order that is not being cancelled. Bound by bindWaiting().
constexpr const char* kWaitsForStock =
    "i.sku = :sku AND i.allocated_location_id IS NULL AND i.waiting_reason IN (:short, :counted) AND o.status = "
    ":open AND (o.pending_action IS NULL OR o.pending_action <> :cancel)";

SqlQuery& bindWaiting(SqlQuery& q, const QString& sku)
{
    return q.bind(u":sku"_s, sku)
        .bind(u":short"_s, waitingreason::Short)
        .bind(u":counted"_s, waitingreason::Counted)
        .bind(u":open"_s, orderstatus::Open)
        .bind(u":cancel"_s, u"order.cancel"_s);
}
} // namespace

QString StockAllocator::referenceOf(qint64 orderId, qint64 lineId)
{
    return u"order:%1:line:%2"_s.arg(orderId).arg(lineId);
}

Status StockAllocator::setAllocation(qint64 lineId, std::optional<qint64> location, const QString& waitingReason)
{
    SqlQuery q(m_db,
               u"UPDATE order_items SET allocated_location_id = :location, waiting_reason = :reason WHERE id = "
               ":id"_s);
    q.bind(u":location"_s, sql::fromOptionalId(location))
        .bind(u":reason"_s, sql::fromText(waitingReason))
        .bind(u":id"_s, lineId);
    return q.exec();
}

Status StockAllocator::updateAttention(qint64 orderId)
{
    SqlQuery q(m_db,
               u"UPDATE orders SET needs_attention = (status NOT IN (:shipped, :cancelled) AND (marketplace_attention "
               "OR EXISTS (SELECT 1 FROM order_items i WHERE i.order_id = orders.id AND i.allocated_location_id IS "
               "NULL AND i.waiting_reason IS NOT NULL))) WHERE id = :id"_s);
    q.bind(u":shipped"_s, orderstatus::Shipped).bind(u":cancelled"_s, orderstatus::Cancelled).bind(u":id"_s, orderId);
    return q.exec();
}

Status StockAllocator::unreserve(const Line& line, StockReason reason, const QString& waitingReason, int onHandDelta)
{
    StockMovement m;
    m.sku = line.sku;
    m.locationId = *line.location;
    m.reservedDelta = -line.quantity;
    m.onHandDelta = onHandDelta;
    m.reason = reason;
    m.reference = referenceOf(line.orderId, line.id);
    if (Status moved = StockRepository(m_db).move(m); !moved)
        return moved;
    return setAllocation(line.id, std::nullopt, waitingReason);
}

Result<StockAllocator::Line> StockAllocator::line(qint64 lineId) const
{
    SqlQuery q(m_db, u"SELECT id, order_id, sku, quantity, allocated_location_id FROM order_items WHERE id = :id"_s);
    q.bind(u":id"_s, lineId);
    if (Status s = q.exec(); !s)
        return s.error();
    if (!q.next())
        return Error {u"stock.no-line"_s, tr("That order line no longer exists."), QString::number(lineId)};
    return Line {q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toString(), q.value(3).toInt(),
                 sql::toOptionalId(q.value(4))};
}

Result<bool> StockAllocator::olderLineWaits(const QString& sku, qint64 orderId) const
{
    SqlQuery q(m_db,
               u"SELECT 1 FROM order_items i JOIN orders o ON o.id = i.order_id JOIN orders me ON me.id = "
               ":order WHERE %1 AND o.id <> me.id AND (o.marketplace_created_at < me.marketplace_created_at OR "
               "(o.marketplace_created_at = me.marketplace_created_at AND o.id < me.id)) LIMIT 1"_s.arg(
                   QLatin1StringView(kWaitsForStock)));
    bindWaiting(q, sku).bind(u":order"_s, orderId);
    if (Status s = q.exec(); !s)
        return s.error();
    const bool found = q.next();
    q.raw().finish();
    return found;
}

Result<bool> StockAllocator::apply(qint64 orderId, const QString& status, std::optional<qint64> defaultLocation,
                                   const QStringList& freedSkus)
{
    Transaction transaction(m_db);
    if (!transaction.isActive())
        return transaction.error();
    QList<Line> lines;
    QSet<qint64> releasedByHand; // they wait for a person, not for stock
    {
        SqlQuery q(m_db,
                   u"SELECT id, sku, quantity, allocated_location_id, waiting_reason FROM order_items WHERE order_id = "
                   ":order ORDER BY id"_s);
        q.bind(u":order"_s, orderId);
        if (Status s = q.exec(); !s)
            return s.error();
        while (q.next()) {
            lines.append({q.value(0).toLongLong(), orderId, q.value(1).toString(), q.value(2).toInt(),
                          sql::toOptionalId(q.value(3))});
            if (q.value(4).toString() == waitingreason::Released)
                releasedByHand.insert(lines.constLast().id);
        }
    }
    StockRepository stock(m_db);
    const bool cancelled = status == orderstatus::Cancelled;
    const bool shipped = status == orderstatus::Shipped;
    bool short_ = false;
    QSet<QString> freed(freedSkus.cbegin(), freedSkus.cend()); // given back: their waiting lines may take it
    for (const Line& line : std::as_const(lines)) {
        if (line.location && (cancelled || shipped)) {
            if (Status s = unreserve(line, shipped ? StockReason::Ship : StockReason::Cancel, {},
                                     shipped ? -line.quantity : 0);
                !s)
                return s.error();
            if (cancelled)
                freed.insert(line.sku);
            continue;
        }
        if (cancelled || shipped) {
            if (Status s = setAllocation(line.id, std::nullopt, {}); !s) // nothing waits any more
                return s.error();
            continue;
        }
        if (line.location)
            continue; // reserved already
        if (releasedByHand.contains(line.id)) {
            short_ = true;
            continue;
        }
        if (line.sku.isEmpty()) {
            short_ = true;
            if (Status s = setAllocation(line.id, std::nullopt, waitingreason::NoSku); !s)
                return s.error();
            continue;
        }
        // Oldest order first: while an older order's line of the SKU waits, a newer one does not take the stock.
        auto older = olderLineWaits(line.sku, orderId);
        if (!older)
            return older.error();
        auto candidates = *older ? Result<QList<qint64>>(QList<qint64> {})
                                 : stock.locationsWithAvailable(line.sku, line.quantity, defaultLocation);
        if (!candidates)
            return candidates.error();
        bool reserved = false;
        for (qint64 location : std::as_const(*candidates)) {
            auto got = stock.tryReserve(line.sku, location, line.quantity, StockReason::OrderImport,
                                        referenceOf(orderId, line.id));
            if (!got)
                return got.error();
            if (*got) {
                if (Status set = setAllocation(line.id, location, {}); !set)
                    return set.error();
                reserved = true;
                break;
            }
        }
        if (!reserved) {
            short_ = true;
            // A line released by hand keeps that reason: it waits for a person, not for stock.
            SqlQuery waiting(m_db,
                             u"UPDATE order_items SET waiting_reason = :reason WHERE id = :id AND "
                             "(waiting_reason IS NULL OR waiting_reason NOT IN (:released, :counted))"_s);
            waiting.bind(u":reason"_s, waitingreason::Short)
                .bind(u":id"_s, line.id)
                .bind(u":released"_s, waitingreason::Released)
                .bind(u":counted"_s, waitingreason::Counted);
            if (Status s = waiting.exec(); !s)
                return s.error();
        }
    }
    if (Status s = updateAttention(orderId); !s)
        return s.error();
    for (const QString& sku : std::as_const(freed)) {
        if (auto reserved = reserveWaiting(sku); !reserved)
            return reserved.error();
    }
    if (Status committed = transaction.commit(); !committed)
        return committed.error();
    return short_;
}

Result<int> StockAllocator::reserveWaiting(const QString& sku)
{
    if (sku.isEmpty())
        return 0;
    Transaction transaction(m_db);
    if (!transaction.isActive())
        return transaction.error();
    struct Waiting {
        Line line;
        std::optional<qint64> preferred;
    };
    QList<Waiting> waiting;
    {
        // Oldest order first: the order the marketplace placed them in, then the order they came in.
        SqlQuery q(m_db,
                   u"SELECT i.id, i.order_id, i.quantity, a.default_location_id FROM order_items i JOIN orders o "
                   "ON o.id = i.order_id JOIN accounts a ON a.id = o.account_id WHERE %1 ORDER BY "
                   "o.marketplace_created_at, o.id, i.id"_s.arg(QLatin1StringView(kWaitsForStock)));
        bindWaiting(q, sku);
        if (Status s = q.exec(); !s)
            return s.error();
        while (q.next()) {
            waiting.append({Line {q.value(0).toLongLong(), q.value(1).toLongLong(), sku, q.value(2).toInt(), {}},
                            sql::toOptionalId(q.value(3))});
        }
    }
    StockRepository stock(m_db);
    int reservedLines = 0;
    for (const Waiting& w : std::as_const(waiting)) {
        auto candidates = stock.locationsWithAvailable(sku, w.line.quantity, w.preferred);
        if (!candidates)
            return candidates.error();
        // Strictly oldest first: a newer, smaller line does not take what the oldest waiting one needs.
        if (candidates->isEmpty())
            break;
        auto got = stock.tryReserve(sku, candidates->first(), w.line.quantity, StockReason::OrderImport,
                                    referenceOf(w.line.orderId, w.line.id));
        if (!got)
            return got.error();
        if (!*got)
            break;
        if (Status s = setAllocation(w.line.id, candidates->first(), {}); !s)
            return s.error();
        if (Status s = updateAttention(w.line.orderId); !s)
            return s.error();
        ++reservedLines;
    }
    if (Status committed = transaction.commit(); !committed)
        return committed.error();
    return reservedLines;
}

Status StockAllocator::changeThenReserveWaiting(const QString& sku, const std::function<Status()>& change)
{
    Transaction transaction(m_db);
    if (!transaction.isActive())
        return transaction.error();
    if (Status s = change(); !s)
        return s;
    if (auto reserved = reserveWaiting(sku); !reserved)
        return reserved.error();
    return transaction.commit();
}

Status StockAllocator::receive(const QString& sku, qint64 locationId, int quantity, const QString& note)
{
    if (quantity <= 0)
        return Error {u"stock.bad-quantity"_s,
                      tr("A receipt of %1 units cannot be recorded: receive at least one.").arg(quantity),
                      {}};
    return changeThenReserveWaiting(sku, [&]() -> Status {
        StockMovement m;
        m.sku = sku;
        m.locationId = locationId;
        m.onHandDelta = quantity;
        m.reason = StockReason::Adjustment;
        m.reference = note.isEmpty() ? u"receipt"_s : u"receipt: "_s + note;
        return StockRepository(m_db).move(m);
    });
}

Status StockAllocator::recount(const QString& sku, qint64 locationId, int expectedOnHand, int counted,
                               const QString& note)
{
    return changeThenReserveWaiting(sku, [&]() -> Status {
        StockRepository stock(m_db);
        auto current = stock.level(sku, locationId);
        if (!current)
            return current.error();
        int reserved = current->has_value() ? (*current)->reserved : 0;
        if (counted >= 0 && current->has_value() && (*current)->onHand == expectedOnHand && reserved > counted) {
            // The newest orders give way until what is reserved fits what is there.
            QList<Line> holding;
            SqlQuery q(m_db,
                       u"SELECT i.id, i.order_id, i.quantity FROM order_items i JOIN orders o ON o.id = i.order_id "
                       "WHERE i.sku = :sku AND i.allocated_location_id = :location ORDER BY "
                       "o.marketplace_created_at DESC, o.id DESC, i.id DESC"_s);
            q.bind(u":sku"_s, sku).bind(u":location"_s, locationId);
            if (Status s = q.exec(); !s)
                return s;
            while (q.next())
                holding.append({q.value(0).toLongLong(), q.value(1).toLongLong(), sku, q.value(2).toInt(), locationId});
            for (const Line& line : std::as_const(holding)) {
                if (reserved <= counted)
                    break;
                if (Status s = unreserve(line, StockReason::Adjustment, waitingreason::Counted); !s)
                    return s;
                if (Status s = updateAttention(line.orderId); !s)
                    return s;
                reserved -= line.quantity;
            }
        }
        // Then stock counted up, or lines given way that another location can hold: waiting lines take what is there.
        return stock.recount(sku, locationId, expectedOnHand, counted, note);
    });
}

Status StockAllocator::transfer(const QString& sku, qint64 fromLocationId, qint64 toLocationId, int quantity,
                                const QString& note)
{
    if (quantity <= 0)
        return Error {u"stock.bad-quantity"_s, tr("Transfer at least one unit."), QString::number(quantity)};
    if (fromLocationId == toLocationId)
        return Error {u"stock.same-location"_s, tr("Choose another location to transfer to."), {}};
    return changeThenReserveWaiting(sku, [&]() -> Status {
        StockRepository stock(m_db);
        auto from = stock.level(sku, fromLocationId);
        if (!from)
            return from.error();
        const int available = from->has_value() ? (*from)->available() : 0;
        if (available < quantity) {
            return Error {u"stock.insufficient"_s,
                          tr("Only %1 of %2 are free to move here (the rest is reserved for orders); move or release "
                             "those reservations first.")
                              .arg(available)
                              .arg(sku),
                          {}};
        }
        QHash<qint64, QString> codes;
        auto locations = stock.locations();
        if (!locations)
            return locations.error();
        for (const Location& l : std::as_const(*locations))
            codes.insert(l.id, l.code);
        const QString suffix = note.isEmpty() ? QString() : u": "_s + note;
        StockMovement out;
        out.sku = sku;
        out.locationId = fromLocationId;
        out.onHandDelta = -quantity;
        out.reason = StockReason::Adjustment;
        out.reference = u"transfer to %1"_s.arg(codes.value(toLocationId)) + suffix;
        StockMovement in = out;
        in.locationId = toLocationId;
        in.onHandDelta = quantity;
        in.reference = u"transfer from %1"_s.arg(codes.value(fromLocationId)) + suffix;
        if (Status s = stock.move(out); !s)
            return s;
        return stock.move(in);
    });
}

Result<qint64> StockAllocator::addLocation(const QString& code, const QString& name)
{
    const QString trimmed = code.trimmed();
    if (trimmed.isEmpty())
        return Error {u"stock.location-code"_s, tr("A location needs a code, as on its label (e.g. A-01)."), {}};
    StockRepository stock(m_db);
    auto existing = stock.locations();
    if (!existing)
        return existing.error();
    for (const Location& l : std::as_const(*existing)) {
        if (l.code.compare(trimmed, Qt::CaseInsensitive) == 0)
            return Error {u"stock.location-exists"_s, tr("There is already a location %1.").arg(l.code), {}};
    }
    return stock.addLocation({0, trimmed, name.trimmed().isEmpty() ? trimmed : name.trimmed(), true});
}

Status StockAllocator::moveReservation(qint64 lineId, qint64 toLocationId)
{
    Transaction transaction(m_db);
    if (!transaction.isActive())
        return transaction.error();
    auto found = line(lineId);
    if (!found)
        return found.error();
    if (found->sku.isEmpty())
        return Error {u"stock.no-sku"_s, tr("This line has no SKU: map it to a SKU before reserving stock."), {}};
    if (found->location == toLocationId)
        return {};
    if (found->location) {
        if (Status s = unreserve(*found, StockReason::Adjustment, {}); !s)
            return s;
    }
    auto got = StockRepository(m_db).tryReserve(found->sku, toLocationId, found->quantity, StockReason::Adjustment,
                                                referenceOf(found->orderId, found->id));
    if (!got)
        return got.error();
    if (!*got) {
        return Error {
            u"stock.insufficient"_s,
            tr("Not enough %1 is available there for this line (%2 needed).").arg(found->sku).arg(found->quantity),
            {}};
    }
    if (Status s = setAllocation(lineId, toLocationId, {}); !s)
        return s;
    if (Status s = updateAttention(found->orderId); !s)
        return s;
    if (found->location) {
        if (auto again = reserveWaiting(found->sku); !again)
            return again.error();
    }
    return transaction.commit();
}

Status StockAllocator::release(qint64 lineId)
{
    Transaction transaction(m_db);
    if (!transaction.isActive())
        return transaction.error();
    auto found = line(lineId);
    if (!found)
        return found.error();
    if (!found->location)
        return Error {u"stock.not-reserved"_s, tr("This line holds no stock to release."), {}};
    if (Status s = unreserve(*found, StockReason::Adjustment, waitingreason::Released); !s)
        return s;
    if (Status s = updateAttention(found->orderId); !s)
        return s;
    if (auto again = reserveWaiting(found->sku); !again)
        return again.error();
    return transaction.commit();
}

Result<int> StockAllocator::mapToSku(qint64 lineId, const QString& sku)
{
    const QString target = sku.trimmed();
    if (target.isEmpty())
        return Error {u"stock.sku-required"_s, tr("Type or choose the SKU this item is."), {}};
    Transaction transaction(m_db);
    if (!transaction.isActive())
        return transaction.error();
    qint64 accountId = 0;
    QString item;
    {
        SqlQuery q(m_db,
                   u"SELECT o.account_id, i.marketplace_item_id, i.sku FROM order_items i JOIN orders o ON o.id = "
                   "i.order_id WHERE i.id = :line"_s);
        q.bind(u":line"_s, lineId);
        if (Status s = q.exec(); !s)
            return s.error();
        if (!q.next())
            return Error {u"stock.no-line"_s, tr("This order line is no longer stored."), QString::number(lineId)};
        if (!q.value(2).toString().isEmpty())
            return Error {u"stock.has-sku"_s, tr("This line already has the SKU %1.").arg(q.value(2).toString()), {}};
        accountId = q.value(0).toLongLong();
        item = q.value(1).toString();
    }
    if (!item.isEmpty()) {
        SqlQuery remember(m_db,
                          u"INSERT INTO sku_mappings (account_id, marketplace_item_id, sku, created_at) VALUES "
                          "(:account, :item, :sku, :now) ON CONFLICT (account_id, marketplace_item_id) DO UPDATE SET "
                          "sku = excluded.sku, created_at = excluded.created_at"_s);
        remember.bind(u":account"_s, accountId)
            .bind(u":item"_s, item)
            .bind(u":sku"_s, target)
            .bind(u":now"_s, QDateTime::currentMSecsSinceEpoch());
        if (Status s = remember.exec(); !s)
            return s.error();
    }
    // The line itself, and every stored line of the same item on the account that has no SKU either.
    QList<QPair<qint64, qint64>> lines; // line, order
    {
        SqlQuery q(m_db,
                   u"SELECT i.id, i.order_id FROM order_items i JOIN orders o ON o.id = i.order_id WHERE i.id = :line "
                   "OR (:item <> '' AND o.account_id = :account AND i.marketplace_item_id = :item AND (i.sku IS NULL "
                   "OR i.sku = ''))"_s);
        q.bind(u":line"_s, lineId).bind(u":item"_s, item).bind(u":account"_s, accountId);
        if (Status s = q.exec(); !s)
            return s.error();
        while (q.next())
            lines.append({q.value(0).toLongLong(), q.value(1).toLongLong()});
    }
    for (const auto& [line, order] : std::as_const(lines)) {
        // A line that waited for a SKU now waits for stock (and is reserved below when there is some).
        SqlQuery set(m_db,
                     u"UPDATE order_items SET sku = :sku, waiting_reason = CASE WHEN waiting_reason = :nosku THEN "
                     ":short ELSE waiting_reason END WHERE id = :line"_s);
        set.bind(u":sku"_s, target)
            .bind(u":nosku"_s, waitingreason::NoSku)
            .bind(u":short"_s, waitingreason::Short)
            .bind(u":line"_s, line);
        if (Status s = set.exec(); !s)
            return s.error();
    }
    if (auto reserved = reserveWaiting(target); !reserved)
        return reserved.error();
    QSet<qint64> orders;
    for (const auto& [line, order] : std::as_const(lines))
        orders.insert(order);
    for (qint64 order : std::as_const(orders)) {
        if (Status s = updateAttention(order); !s)
            return s.error();
        // The SKU is found by the search box now, not only after the marketplace sends the order again.
        if (Status s = OrderRepository(m_db).reindex(order); !s)
            return s.error();
    }
    if (Status committed = transaction.commit(); !committed)
        return committed.error();
    return int(lines.size());
}

} // namespace md
