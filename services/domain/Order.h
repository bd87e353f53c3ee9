#pragma once

// An order, its lines, and the status words they use.

#include "domain/Address.h"
#include "domain/Money.h"
#include "domain/Provider.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace md {

/// One line of an order.
struct OrderItem {
    qint64 id = 0;
    QString externalLineId;
    QString sku;
    QString title;
    int quantity = 1;
    qint64 unitPriceMinor = 0;
    std::optional<qint64> allocatedLocationId;
    QString waitingReason; ///< a waitingreason key while the line of an open order holds no stock
    QString marketplaceItemId; ///< what the marketplace sold (eBay item, Amazon ASIN, Shopify variant); maps to a SKU
};

/// Why a line of an open order holds no stock (OrderItem::waitingReason).
namespace waitingreason {
inline const QString NoSku = QStringLiteral("no-sku"); ///< no SKU to reserve: a person maps the line to one
inline const QString Short = QStringLiteral("short"); ///< not enough available when last tried
inline const QString Counted = QStringLiteral("count"); ///< a count below what was reserved released it
inline const QString Released = QStringLiteral("released"); ///< released by hand: reserved again only by hand
} // namespace waitingreason

/// Marketdesk's order statuses (Order::status); a marketplace value no table knows is kept as it came.
namespace orderstatus {
inline const QString Pending = QStringLiteral("PENDING"); ///< waiting for payment
inline const QString Open = QStringLiteral("OPEN"); ///< paid, to be picked, packed and shipped
inline const QString PartiallyShipped = QStringLiteral("PARTIALLY_SHIPPED");
inline const QString Shipped = QStringLiteral("SHIPPED");
inline const QString Cancelled = QStringLiteral("CANCELLED");
} // namespace orderstatus

/// Payment statuses (Order::paymentStatus).
namespace paymentstatus {
inline const QString Pending = QStringLiteral("PENDING");
inline const QString Paid = QStringLiteral("PAID");
inline const QString PartiallyRefunded = QStringLiteral("PARTIALLY_REFUNDED");
inline const QString Refunded = QStringLiteral("REFUNDED");
inline const QString Voided = QStringLiteral("VOIDED"); ///< cancelled before any money moved
inline const QString Failed = QStringLiteral("FAILED");
} // namespace paymentstatus

/// Fulfilment statuses (Order::fulfilmentStatus).
namespace fulfilmentstatus {
inline const QString NotStarted = QStringLiteral("NOT_STARTED");
inline const QString InProgress = QStringLiteral("IN_PROGRESS");
inline const QString Fulfilled = QStringLiteral("FULFILLED");
} // namespace fulfilmentstatus

/// An order from one account, normalized from the marketplace's own shape.
struct Order {
    qint64 id = 0;
    qint64 accountId = 0;
    QString houseName; ///< Denormalized so lists and exports need no join.
    QString externalId;
    QString orderNumber;
    QString status; ///< Internal status, or the marketplace's raw value when unknown.
    QString paymentStatus; ///< Internal payment status, or raw.
    QString fulfilmentStatus; ///< Internal fulfilment status, or raw.
    bool needsAttention = false;
    QString buyerName;
    QString buyerEmail;
    QString buyerUsername;
    QString currency;
    qint64 subtotalMinor = 0;
    qint64 taxMinor = 0;
    qint64 shippingMinor = 0;
    qint64 discountMinor = 0;
    qint64 totalMinor = 0;
    Address shippingAddress;
    Address billingAddress;
    QString carrier;
    QString trackingNumber;
    QString notes; ///< what the marketplace says (the buyer's message)
    QString warehouseNote; ///< the warehouse's own note; never touched by a sync
    QDateTime marketplaceCreatedAt; ///< UTC.
    QDateTime marketplaceUpdatedAt; ///< UTC.
    /// UTC; when it must leave the warehouse, as the marketplace says (invalid: it said nothing, see shipByOrEstimate)
    QDateTime shipBy;
    QList<OrderItem> items;
    // Read from the database only (syncs never write them):
    Provider provider = Provider::Ebay; ///< the account's marketplace
    QString pendingAction; ///< "order.ship" / "order.cancel" while the warehouse's request waits in the outbox
    QString actionError; ///< why the last request did not go through (a conflict, a refusal); empty: none
    QDateTime pickedAt; ///< UTC; when a pick list with it was printed or saved
    QDateTime packedAt; ///< UTC; when it was packed
    bool shipByEstimated = false; ///< read back: shipBy is placed + the default handling time, not the marketplace's

    /// Handling time assumed when a marketplace gives no ship-by date.
    static constexpr int kDefaultHandlingDays = 2;
    /// The marketplace's ship-by date, or placed + the default handling time when it gave none.
    QDateTime shipByOrEstimate() const
    {
        return shipBy.isValid() ? shipBy : marketplaceCreatedAt.addDays(kDefaultHandlingDays);
    }

    Money total() const { return {totalMinor, currency}; }
    /// What people call the order: its number, or the marketplace's id when it has none.
    QString displayNumber() const { return orderNumber.isEmpty() ? externalId : orderNumber; }
};

} // namespace md
