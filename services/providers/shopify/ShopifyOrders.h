#pragma once

#include "core/Result.h"
#include "domain/Order.h"

#include <QJsonObject>

namespace md {

/// An order node of resources/graphql/shopify/Orders.graphql as a Marketdesk order: shop-currency amounts
/// (subtotal, tax, shipping, discounts, total) in minor units, customer, shipping and billing addresses, line
/// items, the latest fulfilment's tracking, financial and fulfilment statuses through explicit tables (unknown
/// values kept raw), times in UTC. An unreadable order is an error (quarantined by the caller).
Result<Order> normalizeShopifyOrder(const QJsonObject& order);

} // namespace md
