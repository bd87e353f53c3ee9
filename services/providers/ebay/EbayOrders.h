#pragma once

#include "core/Result.h"
#include "domain/Order.h"

#include <QJsonObject>

namespace md {

/// A Sell Fulfillment API order (getOrders / getOrder) as a Marketdesk order with its items: pricingSummary
/// amounts in minor units, buyer, ship-to address (first SHIP_TO instruction), billing address (the buyer's
/// registration address), statuses through explicit tables (unknown values kept raw), times in UTC.
/// An order that cannot be read (no id, no total, a bad amount or time, a bad quantity) is an error: the caller
/// quarantines it with its raw body and goes on with the page.
Result<Order> normalizeEbayOrder(const QJsonObject& order);

} // namespace md
