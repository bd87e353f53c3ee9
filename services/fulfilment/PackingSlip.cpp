#include "fulfilment/PackingSlip.h"

#include "storage/repositories/OrderRepository.h"
#include "storage/repositories/StockRepository.h"

namespace md {

Result<PackingSlips> PackingSlips::build(const Database& database, const QList<qint64>& orderIds)
{
    PackingSlips slips;
    auto locations = StockRepository(database).locations();
    if (!locations)
        return locations.error();
    for (const Location& l : std::as_const(*locations))
        slips.locationCodes.insert(l.id, l.code);
    OrderRepository orders(database);
    for (qint64 id : orderIds) {
        auto order = orders.findById(id);
        if (!order)
            return order.error();
        if (order->has_value())
            slips.orders << **order;
    }
    return slips;
}

} // namespace md
