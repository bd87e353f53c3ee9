#include "storage/repositories/StockRepository.h"

#include "storage/RowReading.h"

#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace md {

Result<qint64> StockRepository::addLocation(const Location& l)
{
    SqlQuery q(m_db,
               u"INSERT INTO locations (code, name, active, created_at) VALUES (:code, :name, :active, :now) "
               "RETURNING id"_s);
    q.bind(u":code"_s, l.code).bind(u":name"_s, l.name).bind(u":active"_s, l.active).bind(u":now"_s, sql::nowMs());
    return sql::scalarId(q);
}

Result<QList<Location>> StockRepository::locations() const
{
    SqlQuery q(m_db, u"SELECT id, code, name, active FROM locations ORDER BY code"_s);
    return sql::readAll<Location>(q, [](SqlQuery& r) {
        return Location {r.value(0).toLongLong(), r.value(1).toString(), r.value(2).toString(), r.value(3).toBool()};
    });
}

Status StockRepository::ensureItem(const QString& sku, qint64 locationId)
{
    SqlQuery ensure(m_db,
                    u"INSERT INTO stock_items (sku, location_id, on_hand, reserved, updated_at) VALUES (:sku, "
                    ":location, 0, 0, :now) ON CONFLICT (sku, location_id) DO NOTHING"_s);
    ensure.bind(u":sku"_s, sku).bind(u":location"_s, locationId).bind(u":now"_s, sql::nowMs());
    return ensure.exec();
}

Status StockRepository::writeLedger(const StockMovement& m)
{
    SqlQuery ledger(m_db,
                    u"INSERT INTO stock_ledger (sku, location_id, on_hand_delta, reserved_delta, reason, "
                    "reference, created_at) VALUES (:sku, :location, :on_hand, :reserved, :reason, :ref, :now)"_s);
    ledger.bind(u":sku"_s, m.sku)
        .bind(u":location"_s, m.locationId)
        .bind(u":on_hand"_s, m.onHandDelta)
        .bind(u":reserved"_s, m.reservedDelta)
        .bind(u":reason"_s, stockReasonKey(m.reason))
        .bind(u":ref"_s, sql::fromText(m.reference))
        .bind(u":now"_s, sql::nowMs());
    return ledger.exec();
}

Status StockRepository::move(const StockMovement& m)
{
    Transaction transaction(m_db);
    if (!transaction.isActive())
        return transaction.error();
    // Make sure the row exists, then apply the deltas with an UPDATE: CHECK constraints judge the resulting
    // level (an INSERT … ON CONFLICT would have them judge the delta as if it were the level).
    if (Status s = ensureItem(m.sku, m.locationId); !s)
        return s;
    SqlQuery level(m_db,
                   u"UPDATE stock_items SET on_hand = on_hand + :on_hand, reserved = reserved + :reserved, "
                   "updated_at = :now WHERE sku = :sku AND location_id = :location"_s);
    level.bind(u":sku"_s, m.sku)
        .bind(u":location"_s, m.locationId)
        .bind(u":on_hand"_s, m.onHandDelta)
        .bind(u":reserved"_s, m.reservedDelta)
        .bind(u":now"_s, sql::nowMs());
    if (Status s = level.exec(); !s) {
        return Error {u"stock.insufficient"_s,
                      tr("Stock of %1 cannot change by %2 on hand and %3 reserved: not enough stock.")
                          .arg(m.sku)
                          .arg(m.onHandDelta)
                          .arg(m.reservedDelta),
                      s.error().message};
    }
    if (Status s = writeLedger(m); !s)
        return s;
    return transaction.commit();
}

Result<bool> StockRepository::tryReserve(const QString& sku, qint64 locationId, int quantity, StockReason reason,
                                         const QString& reference)
{
    Transaction transaction(m_db);
    if (!transaction.isActive())
        return transaction.error();
    SqlQuery reserve(m_db,
                     u"UPDATE stock_items SET reserved = reserved + :qty, updated_at = :now WHERE sku = :sku AND "
                     "location_id = :location AND on_hand - reserved >= :qty"_s);
    reserve.bind(u":qty"_s, quantity)
        .bind(u":now"_s, sql::nowMs())
        .bind(u":sku"_s, sku)
        .bind(u":location"_s, locationId);
    if (Status s = reserve.exec(); !s)
        return s.error();
    if (reserve.numRowsAffected() != 1)
        return false;
    StockMovement m;
    m.sku = sku;
    m.locationId = locationId;
    m.reservedDelta = quantity;
    m.reason = reason;
    m.reference = reference;
    if (Status s = writeLedger(m); !s)
        return s.error();
    if (Status s = transaction.commit(); !s)
        return s.error();
    return true;
}

Result<QList<qint64>> StockRepository::locationsWithAvailable(const QString& sku, int quantity,
                                                              std::optional<qint64> preferred) const
{
    SqlQuery q(m_db,
               u"SELECT location_id FROM stock_items WHERE sku = :sku AND on_hand - reserved >= :qty "
               "ORDER BY CASE WHEN location_id = :preferred THEN 0 ELSE 1 END, on_hand - reserved DESC, location_id"_s);
    q.bind(u":sku"_s, sku).bind(u":qty"_s, quantity).bind(u":preferred"_s, preferred.value_or(-1));
    if (Status s = q.exec(); !s)
        return s.error();
    QList<qint64> ids;
    while (q.next())
        ids << q.value(0).toLongLong();
    return ids;
}

Result<QList<StockLevel>> StockRepository::levels() const
{
    SqlQuery q(m_db,
               // The name: the catalog's, else the title the SKU last sold under; the totals over every location.
               u"SELECT s.sku, s.location_id, s.on_hand, s.reserved, s.id, l.code, s.updated_at, COALESCE((SELECT "
               "c.title FROM listings c WHERE c.sku = s.sku), (SELECT i.title FROM order_items i WHERE i.sku = "
               "s.sku ORDER BY i.id DESC LIMIT 1)), SUM(s.on_hand) OVER (PARTITION BY s.sku), SUM(s.reserved) OVER "
               "(PARTITION BY s.sku) FROM stock_items s JOIN locations l ON l.id = s.location_id ORDER BY s.sku, "
               "l.code"_s);
    if (Status s = q.exec(); !s)
        return s.error();
    QList<StockLevel> levels;
    while (q.next()) {
        StockLevel l;
        l.sku = q.value(0).toString();
        l.locationId = q.value(1).toLongLong();
        l.onHand = q.value(2).toInt();
        l.reserved = q.value(3).toInt();
        l.id = q.value(4).toLongLong();
        l.locationCode = q.value(5).toString();
        l.updatedAt = sql::toTime(q.value(6));
        l.productName = q.value(7).toString();
        l.totalOnHand = q.value(8).toInt();
        l.totalReserved = q.value(9).toInt();
        levels << l;
    }
    return levels;
}

Status StockRepository::recount(const QString& sku, qint64 locationId, int expectedOnHand, int counted,
                                const QString& note)
{
    if (counted < 0) {
        return Error {u"stock.negative-count"_s, tr("A count of %1 cannot be below zero.").arg(counted), {}};
    }
    Transaction transaction(m_db);
    if (!transaction.isActive())
        return transaction.error();
    if (Status s = ensureItem(sku, locationId); !s)
        return s;
    // One conditional UPDATE: only if on hand is still what the person was shown (a sync's reservation or another
    // workstation's count in between would make the difference wrong) and the count covers what orders reserved.
    SqlQuery update(m_db,
                    u"UPDATE stock_items SET on_hand = :counted, updated_at = :now WHERE sku = :sku AND "
                    "location_id = :location AND on_hand = :expected AND reserved <= :counted"_s);
    update.bind(u":counted"_s, counted)
        .bind(u":now"_s, sql::nowMs())
        .bind(u":sku"_s, sku)
        .bind(u":location"_s, locationId)
        .bind(u":expected"_s, expectedOnHand);
    if (Status s = update.exec(); !s)
        return s;
    if (update.numRowsAffected() != 1) {
        auto current = level(sku, locationId);
        if (!current)
            return current.error();
        const StockLevel now = current->value_or(StockLevel {});
        if (now.onHand != expectedOnHand) {
            return Error {u"stock.changed"_s,
                          tr("The stock of %1 changed while you counted (it is no longer %2). Look at it again and "
                             "count once more.")
                              .arg(sku)
                              .arg(expectedOnHand),
                          {}};
        }
        return Error {u"stock.below-reserved"_s,
                      tr("%1 units of %2 are reserved for orders here; a count of %3 would leave them short. Move "
                         "or cancel those orders first.")
                          .arg(now.reserved)
                          .arg(sku)
                          .arg(counted),
                      {}};
    }
    StockMovement m;
    m.sku = sku;
    m.locationId = locationId;
    m.onHandDelta = counted - expectedOnHand;
    m.reason = StockReason::Adjustment;
    m.reference = note.isEmpty() ? u"count"_s : u"count: "_s + note;
    if (Status s = writeLedger(m); !s)
        return s;
    return transaction.commit();
}

Result<std::optional<StockLevel>> StockRepository::level(const QString& sku, qint64 locationId) const
{
    SqlQuery q(m_db, u"SELECT on_hand, reserved FROM stock_items WHERE sku = :sku AND location_id = :location"_s);
    q.bind(u":sku"_s, sku).bind(u":location"_s, locationId);
    if (Status s = q.exec(); !s)
        return s.error();
    if (!q.next())
        return std::optional<StockLevel>();
    StockLevel l;
    l.sku = sku;
    l.locationId = locationId;
    l.onHand = q.value(0).toInt();
    l.reserved = q.value(1).toInt();
    return std::optional<StockLevel>(l);
}

Result<QList<StockMovement>> StockRepository::ledger(const QString& sku) const
{
    SqlQuery q(m_db,
               u"SELECT id, sku, location_id, on_hand_delta, reserved_delta, reason, reference, created_at FROM "
               "stock_ledger WHERE sku = :sku ORDER BY id"_s);
    q.bind(u":sku"_s, sku);
    return sql::readAll<StockMovement>(q, [](SqlQuery& r) {
        StockMovement m;
        m.id = r.value(0).toLongLong();
        m.sku = r.value(1).toString();
        m.locationId = r.value(2).toLongLong();
        m.onHandDelta = r.value(3).toInt();
        m.reservedDelta = r.value(4).toInt();
        m.reason = stockReasonFromKey(r.value(5).toString()).value_or(StockReason::Adjustment);
        m.reference = r.value(6).toString();
        m.createdAt = sql::toTime(r.value(7));
        return m;
    });
}

} // namespace md
