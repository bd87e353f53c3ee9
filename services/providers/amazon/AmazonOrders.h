#pragma once

#include "core/Result.h"
#include "domain/Order.h"

#include <QJsonObject>

namespace md {

/// An Orders API 2026-01-01 order (searchOrders / getOrder) as a Marketdesk order: proceeds (grand total and its
/// ITEM, SHIPPING, TAX and DISCOUNT breakdowns) in minor units, buyer, delivery address, items with seller SKU and
/// unit price, the latest package's carrier and tracking number, fulfilment status through explicit tables
/// (unknown values kept raw), times in UTC. An unreadable order is an error (quarantined by the caller).
Result<Order> normalizeAmazonOrder(const QJsonObject& order);

} // namespace md
