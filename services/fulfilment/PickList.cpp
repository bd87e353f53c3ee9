#include "fulfilment/PickList.h"

#include "storage/repositories/OrderRepository.h"
#include "storage/repositories/StockRepository.h"

#include <map>

using namespace Qt::StringLiterals;

namespace md {

Result<PickList> PickList::build(const Database& database, const QList<qint64>& orderIds)
{
    auto locations = StockRepository(database).locations();
    if (!locations)
        return locations.error();
    QHash<qint64, Location> byId;
    for (const Location& l : std::as_const(*locations))
        byId.insert(l.id, l);

    OrderRepository orders(database);
    // location code → SKU (or title, when there is none) → line; lines reserved nowhere apart
    std::map<QString, std::map<QString, Line>> reserved;
    std::map<QString, Line> unreserved;
    QHash<QString, QString> names;
    PickList list;
    for (qint64 id : orderIds) {
        auto order = orders.findById(id);
        if (!order)
            return order.error();
        if (!order->has_value())
            continue;
        const Order& o = **order;
        ++list.orderCount;
        list.orderIds << id;
        const QString number = o.displayNumber();
        for (const OrderItem& item : o.items) {
            Line* line = nullptr;
            const QString key = item.sku.isEmpty() ? u"\u0001"_s + item.title : item.sku;
            if (item.allocatedLocationId && byId.contains(*item.allocatedLocationId)) {
                const Location& l = byId.value(*item.allocatedLocationId);
                names.insert(l.code, l.name);
                line = &reserved[l.code][key];
            } else {
                line = &unreserved[key];
            }
            line->sku = item.sku;
            if (line->title.isEmpty())
                line->title = item.title;
            line->quantity += item.quantity;
            if (!line->orders.contains(number))
                line->orders << number;
            list.unitCount += item.quantity;
        }
    }
    for (const auto& [code, lines] : reserved) {
        Stop stop {code, names.value(code), {}};
        for (const auto& [sku, line] : lines)
            stop.lines << line;
        list.stops << stop;
    }
    if (!unreserved.empty()) {
        Stop stop;
        for (const auto& [sku, line] : unreserved)
            stop.lines << line;
        list.stops << stop;
    }
    return list;
}

} // namespace md
