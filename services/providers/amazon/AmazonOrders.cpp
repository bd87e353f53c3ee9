#include "providers/amazon/AmazonOrders.h"

#include "providers/OrderNormalizing.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace md {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(md::AmazonOrders)
};

Address addressFrom(const QJsonObject& a)
{
    Address address;
    address.name = a.value("name"_L1).toString();
    address.company = a.value("companyName"_L1).toString();
    address.line1 = a.value("addressLine1"_L1).toString();
    address.line2 = QStringList {a.value("addressLine2"_L1).toString(), a.value("addressLine3"_L1).toString()}
                        .filter(QRegularExpression(u"\\S"_s))
                        .join(u", "_s);
    address.city = a.value("city"_L1).toString();
    address.region = a.value("stateOrRegion"_L1).toString();
    address.postalCode = a.value("postalCode"_L1).toString();
    address.countryCode = a.value("countryCode"_L1).toString();
    address.phone = a.value("phone"_L1).toString();
    return address;
}

} // namespace

Result<Order> normalizeAmazonOrder(const QJsonObject& json)
{
    const QString id = json.value("orderId"_L1).toString();
    const auto fail = [&](const QString& what) { return normalize::invalid(u"Amazon"_s, id, what); };
    if (id.isEmpty())
        return fail(Text::tr("it has no orderId"));
    Order o;
    o.externalId = id;
    o.orderNumber = id;

    static const QHash<QString, QString> status {
        {u"PENDING_AVAILABILITY"_s, orderstatus::Pending},
        {u"PENDING"_s, orderstatus::Pending},
        {u"UNSHIPPED"_s, orderstatus::Open},
        {u"PARTIALLY_SHIPPED"_s, orderstatus::PartiallyShipped},
        {u"SHIPPED"_s, orderstatus::Shipped},
        {u"CANCELLED"_s, orderstatus::Cancelled},
    };
    static const QHash<QString, QString> payment {
        {u"PENDING_AVAILABILITY"_s, paymentstatus::Pending},
        {u"PENDING"_s, paymentstatus::Pending},
        {u"UNSHIPPED"_s, paymentstatus::Paid},
        {u"PARTIALLY_SHIPPED"_s, paymentstatus::Paid},
        {u"SHIPPED"_s, paymentstatus::Paid},
        {u"CANCELLED"_s, paymentstatus::Voided},
    };
    static const QHash<QString, QString> fulfillment {
        {u"PENDING_AVAILABILITY"_s, fulfilmentstatus::NotStarted},
        {u"PENDING"_s, fulfilmentstatus::NotStarted},
        {u"UNSHIPPED"_s, fulfilmentstatus::NotStarted},
        {u"PARTIALLY_SHIPPED"_s, fulfilmentstatus::InProgress},
        {u"SHIPPED"_s, fulfilmentstatus::Fulfilled},
        {u"CANCELLED"_s, fulfilmentstatus::NotStarted},
    };
    const QString raw = json.value("fulfillment"_L1).toObject().value("fulfillmentStatus"_L1).toString();
    bool known = false;
    o.status = normalize::mapped(status, raw, &known);
    o.paymentStatus = normalize::mapped(payment, raw);
    o.fulfilmentStatus = normalize::mapped(fulfillment, raw);
    if (!known)
        o.needsAttention = true; // UNFULFILLABLE, or a value newer than this build

    const QJsonObject proceeds = json.value("proceeds"_L1).toObject();
    const QJsonObject grandTotal = proceeds.value("grandTotal"_L1).toObject();
    if (grandTotal.isEmpty())
        return fail(Text::tr("it has no grand total"));
    o.currency = grandTotal.value("currencyCode"_L1).toString();
    const auto amount = [&](const QJsonObject& money) -> Result<qint64> {
        if (money.value("currencyCode"_L1).toString() != o.currency) {
            return Error {u"order.currency-mismatch"_s,
                          Text::tr("an amount is in %1, the total in %2")
                              .arg(money.value("currencyCode"_L1).toString(), o.currency),
                          {}};
        }
        return normalize::minorUnits(money.value("amount"_L1).toString(), o.currency);
    };
    auto total = amount(grandTotal);
    if (!total)
        return fail(total.error().message);
    o.totalMinor = *total;
    for (const QJsonValue& value : proceeds.value("breakdowns"_L1).toArray()) {
        const QJsonObject breakdown = value.toObject();
        auto minor = amount(breakdown.value("subtotal"_L1).toObject());
        if (!minor)
            return fail(minor.error().message);
        const QString type = breakdown.value("type"_L1).toString();
        if (type == "ITEM"_L1)
            o.subtotalMinor += *minor;
        else if (type == "SHIPPING"_L1)
            o.shippingMinor += *minor;
        else if (type == "TAX"_L1)
            o.taxMinor += *minor;
        else if (type == "DISCOUNT"_L1 || type == "PROMOTION"_L1)
            o.discountMinor += qAbs(*minor);
    }

    if (Status times = normalize::orderTimes(json, "createdTime", "lastUpdatedTime", &o); !times)
        return fail(times.error().message);

    const QJsonObject buyer = json.value("buyer"_L1).toObject();
    o.buyerName = buyer.value("buyerName"_L1).toString();
    o.buyerEmail = buyer.value("buyerEmail"_L1).toString();
    o.shippingAddress = addressFrom(json.value("recipient"_L1).toObject().value("deliveryAddress"_L1).toObject());
    if (o.buyerName.isEmpty())
        o.buyerName = o.shippingAddress.name;

    for (const QJsonValue& value : json.value("orderItems"_L1).toArray()) {
        const QJsonObject line = value.toObject();
        const QJsonObject product = line.value("product"_L1).toObject();
        OrderItem item;
        item.externalLineId = line.value("orderItemId"_L1).toString();
        item.sku = product.value("sellerSku"_L1).toString();
        item.title = product.value("title"_L1).toString();
        item.marketplaceItemId = product.value("asin"_L1).toString();
        auto quantity = normalize::quantity(line.value("quantityOrdered"_L1), item.externalLineId);
        if (!quantity)
            return fail(quantity.error().message);
        item.quantity = *quantity;
        const QJsonObject unit = product.value("price"_L1).toObject().value("unitPrice"_L1).toObject();
        if (!unit.isEmpty()) {
            auto minor = amount(unit);
            if (!minor)
                return fail(minor.error().message);
            item.unitPriceMinor = *minor;
        }
        o.items << item;
    }
    if (o.items.isEmpty() && o.status != orderstatus::Pending)
        o.needsAttention = true; // Amazon withholds items of pending orders only

    normalize::takeShipBy(json.value("fulfillment"_L1)
                              .toObject()
                              .value("shipByWindow"_L1)
                              .toObject()
                              .value("latestDateTime"_L1)
                              .toString(),
                          &o);

    // The latest package carries the tracking shown.
    QDateTime latest;
    for (const QJsonValue& value : json.value("packages"_L1).toArray()) {
        const QJsonObject package = value.toObject();
        const QDateTime at = QDateTime::fromString(package.value("shipTime"_L1).toString(), Qt::ISODate);
        if (!latest.isValid() || (at.isValid() && at >= latest)) {
            latest = at.isValid() ? at : latest;
            o.carrier = package.value("carrier"_L1).toString();
            o.trackingNumber = package.value("trackingNumber"_L1).toString();
        }
    }
    return o;
}

} // namespace md
