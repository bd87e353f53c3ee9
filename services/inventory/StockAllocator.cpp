#include "inventory/StockAllocator.h"

#include "providers/OrderNormalizing.h"
#include "storage/Database.h"
#include "storage/repositories/CatalogRepositories.h"

using namespace Qt::StringLiterals;

namespace md {

Result<bool> StockAllocator::apply(qint64 orderId, const QString& status, std::optional<qint64> defaultLocation)
{
    Transaction transaction(m_db);
    if (!transaction.isActive())
        return transaction.error();
    struct Line {
        qint64 id;
        QString sku;
        int quantity;
        std::optional<qint64> location;
    };
    QList<Line> lines;
    {
        SqlQuery q(
            m_db,
            u"SELECT id, sku, quantity, allocated_location_id FROM order_items WHERE order_id = :order ORDER BY id"_s);
        q.bind(u":order"_s, orderId);
        if (Status s = q.exec(); !s)
            return s.error();
        while (q.next()) {
            lines.append({q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toInt(),
                          q.value(3).isNull() ? std::nullopt : std::optional<qint64>(q.value(3).toLongLong())});
        }
    }
    StockRepository stock(m_db);
    const auto setAllocation = [&](qint64 lineId, std::optional<qint64> location) -> Status {
        SqlQuery q(m_db, u"UPDATE order_items SET allocated_location_id = :location WHERE id = :id"_s);
        q.bind(u":location"_s, location ? QVariant(*location) : QVariant(QMetaType(QMetaType::LongLong)))
            .bind(u":id"_s, lineId);
        return q.exec();
    };
    const bool cancelled = status == orderstatus::Cancelled;
    const bool shipped = status == orderstatus::Shipped;
    bool short_ = false;
    for (const Line& line : std::as_const(lines)) {
        const QString reference = u"order:%1:line:%2"_s.arg(orderId).arg(line.id);
        if (line.location && (cancelled || shipped)) {
            StockMovement m;
            m.sku = line.sku;
            m.locationId = *line.location;
            m.reservedDelta = -line.quantity;
            m.onHandDelta = shipped ? -line.quantity : 0;
            m.reason = shipped ? StockReason::Ship : StockReason::Cancel;
            m.reference = reference;
            if (Status moved = stock.move(m); !moved)
                return moved.error();
            if (Status cleared = setAllocation(line.id, std::nullopt); !cleared)
                return cleared.error();
            continue;
        }
        if (line.location || cancelled || shipped)
            continue; // reserved already, or nothing to reserve for
        if (line.sku.isEmpty()) {
            short_ = true;
            continue;
        }
        auto candidates = stock.locationsWithAvailable(line.sku, line.quantity, defaultLocation);
        if (!candidates)
            return candidates.error();
        bool reserved = false;
        for (qint64 location : std::as_const(*candidates)) {
            auto got = stock.tryReserve(line.sku, location, line.quantity, StockReason::OrderImport, reference);
            if (!got)
                return got.error();
            if (*got) {
                if (Status set = setAllocation(line.id, location); !set)
                    return set.error();
                reserved = true;
                break;
            }
        }
        short_ = short_ || !reserved;
    }
    if (short_) {
        SqlQuery flag(m_db, u"UPDATE orders SET needs_attention = :yes WHERE id = :id"_s);
        flag.bind(u":yes"_s, true).bind(u":id"_s, orderId);
        if (Status s = flag.exec(); !s)
            return s.error();
    }
    if (Status committed = transaction.commit(); !committed)
        return committed.error();
    return short_;
}

} // namespace md
