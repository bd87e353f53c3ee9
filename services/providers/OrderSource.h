#pragma once

#include "domain/Order.h"
#include "providers/PageSource.h"

namespace md {

/// One marketplace's incremental order listing (eBay: a modified-date window and an offset; Amazon:
/// lastUpdatedAfter and a pagination token; Shopify: updated_at and a GraphQL cursor). OrderImport stores it.
class OrderSource : public TypedPageSource<Order> {
public:
    static constexpr auto kResource = "orders";

    using TypedPageSource<Order>::TypedPageSource;
    QString resource() const final { return QString::fromLatin1(kResource); }

protected:
    QString idOf(const Order& order) const final { return order.externalId; }
};

} // namespace md
