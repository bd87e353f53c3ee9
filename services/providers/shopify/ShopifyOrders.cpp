#include "providers/shopify/ShopifyOrders.h"

#include "providers/OrderNormalizing.h"

#include <QCoreApplication>
#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace md {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(md::ShopifyOrders)
};

Address addressFrom(const QJsonObject& a)
{
    Address address;
    address.name = a.value("name"_L1).toString();
    address.company = a.value("company"_L1).toString();
    address.line1 = a.value("address1"_L1).toString();
    address.line2 = a.value("address2"_L1).toString();
    address.city = a.value("city"_L1).toString();
    address.region = a.value("provinceCode"_L1).toString();
    if (address.region.isEmpty())
        address.region = a.value("province"_L1).toString();
    address.postalCode = a.value("zip"_L1).toString();
    address.countryCode = a.value("countryCodeV2"_L1).toString();
    address.phone = a.value("phone"_L1).toString();
    return address;
}

} // namespace

Result<Order> normalizeShopifyOrder(const QJsonObject& json)
{
    const QString id = json.value("id"_L1).toString();
    const auto fail = [&](const QString& what) { return normalize::invalid(u"Shopify"_s, id, what); };
    if (id.isEmpty())
        return fail(Text::tr("it has no id"));
    Order o;
    o.externalId = id;
    o.orderNumber = json.value("name"_L1).toString(id);

    static const QHash<QString, QString> payment {
        {u"PAID"_s, paymentstatus::Paid},
        {u"PENDING"_s, paymentstatus::Pending},
        {u"AUTHORIZED"_s, paymentstatus::Pending}, // authorized, not captured yet
        {u"PARTIALLY_PAID"_s, paymentstatus::Pending},
        {u"PARTIALLY_REFUNDED"_s, paymentstatus::PartiallyRefunded},
        {u"REFUNDED"_s, paymentstatus::Refunded},
        {u"VOIDED"_s, paymentstatus::Voided},
        {u"EXPIRED"_s, paymentstatus::Failed},
    };
    static const QHash<QString, QString> fulfillment {
        {u"UNFULFILLED"_s, fulfilmentstatus::NotStarted},
        {u"PARTIALLY_FULFILLED"_s, fulfilmentstatus::InProgress},
        {u"IN_PROGRESS"_s, fulfilmentstatus::InProgress},
        {u"FULFILLED"_s, fulfilmentstatus::Fulfilled},
    };
    static const QHash<QString, QString> status {
        {u"UNFULFILLED"_s, orderstatus::Open},
        {u"PARTIALLY_FULFILLED"_s, orderstatus::PartiallyShipped},
        {u"IN_PROGRESS"_s, orderstatus::Open},
        {u"FULFILLED"_s, orderstatus::Shipped},
    };
    const QString rawFinancial = json.value("displayFinancialStatus"_L1).toString();
    const QString rawFulfillment = json.value("displayFulfillmentStatus"_L1).toString();
    o.paymentStatus = normalize::mapped(payment, rawFinancial);
    o.fulfilmentStatus = normalize::mapped(fulfillment, rawFulfillment);
    bool known = false;
    o.status = normalize::mapped(status, rawFulfillment, &known);
    if (!json.value("cancelledAt"_L1).toString().isEmpty()) {
        o.status = orderstatus::Cancelled;
        o.notes = json.value("cancelReason"_L1).toString();
    } else if (o.status == orderstatus::Open && o.paymentStatus == paymentstatus::Pending) {
        o.status = orderstatus::Pending;
    } else if (!known) {
        o.needsAttention = true; // ON_HOLD, SCHEDULED, REQUEST_DECLINED… or newer than this build
    }

    const auto shopMoney = [&](const char* field) -> Result<std::optional<qint64>> {
        const QJsonObject money = json.value(QLatin1StringView(field)).toObject().value("shopMoney"_L1).toObject();
        if (money.isEmpty())
            return std::optional<qint64>();
        const QString currency = money.value("currencyCode"_L1).toString();
        if (o.currency.isEmpty())
            o.currency = currency;
        if (currency != o.currency) {
            return Error {u"order.currency-mismatch"_s,
                          Text::tr("%1 is in %2, the total in %3").arg(QLatin1StringView(field), currency, o.currency),
                          {}};
        }
        auto minor = normalize::minorUnits(money.value("amount"_L1).toString(), currency);
        if (!minor)
            return minor.error();
        return std::optional<qint64>(*minor);
    };
    auto total = shopMoney("totalPriceSet");
    if (!total)
        return fail(total.error().message);
    if (!total->has_value())
        return fail(Text::tr("it has no total"));
    o.totalMinor = **total;
    struct Field {
        const char* name;
        qint64* target;
    };
    for (const Field& field :
         {Field {"subtotalPriceSet", &o.subtotalMinor}, Field {"totalTaxSet", &o.taxMinor},
          Field {"totalShippingPriceSet", &o.shippingMinor}, Field {"totalDiscountsSet", &o.discountMinor}}) {
        auto value = shopMoney(field.name);
        if (!value)
            return fail(value.error().message);
        *field.target = value->value_or(0);
    }

    if (Status times = normalize::orderTimes(json, "createdAt", "updatedAt", &o); !times)
        return fail(times.error().message);

    const QJsonObject customer = json.value("customer"_L1).toObject();
    o.buyerName = customer.value("displayName"_L1).toString();
    o.buyerEmail = json.value("email"_L1).toString(customer.value("email"_L1).toString());
    o.shippingAddress = addressFrom(json.value("shippingAddress"_L1).toObject());
    o.billingAddress = addressFrom(json.value("billingAddress"_L1).toObject());
    if (o.buyerName.isEmpty())
        o.buyerName = o.shippingAddress.name;

    for (const QJsonValue& value : json.value("lineItems"_L1).toObject().value("nodes"_L1).toArray()) {
        const QJsonObject line = value.toObject();
        OrderItem item;
        item.externalLineId = line.value("id"_L1).toString();
        item.sku = line.value("sku"_L1).toString();
        item.title = line.value("title"_L1).toString();
        item.marketplaceItemId = line.value("variant"_L1).toObject().value("id"_L1).toString();
        auto quantity = normalize::quantity(line.value("quantity"_L1), item.externalLineId);
        if (!quantity)
            return fail(quantity.error().message);
        item.quantity = *quantity;
        const QJsonObject unit = line.value("originalUnitPriceSet"_L1).toObject().value("shopMoney"_L1).toObject();
        if (!unit.isEmpty()) {
            auto minor =
                normalize::minorUnits(unit.value("amount"_L1).toString(), unit.value("currencyCode"_L1).toString());
            if (!minor)
                return fail(minor.error().message);
            item.unitPriceMinor = *minor;
        }
        o.items << item;
    }
    if (o.items.isEmpty())
        o.needsAttention = true;
    for (const QJsonValue& value : json.value("fulfillmentOrders"_L1).toObject().value("nodes"_L1).toArray())
        normalize::takeShipBy(value.toObject().value("fulfillBy"_L1).toString(), &o);
    // The last fulfilment with tracking is the one shown.
    for (const QJsonValue& value : json.value("fulfillments"_L1).toArray()) {
        const QJsonArray tracking = value.toObject().value("trackingInfo"_L1).toArray();
        if (!tracking.isEmpty()) {
            o.carrier = tracking.first().toObject().value("company"_L1).toString();
            o.trackingNumber = tracking.first().toObject().value("number"_L1).toString();
        }
    }
    return o;
}

} // namespace md
