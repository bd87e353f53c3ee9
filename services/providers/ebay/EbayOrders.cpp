#include "providers/ebay/EbayOrders.h"

#include "providers/OrderNormalizing.h"

#include <QCoreApplication>
#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace md {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(md::EbayOrders)
};

Address addressFrom(const QJsonObject& contact)
{
    const QJsonObject a = contact.value("contactAddress"_L1).toObject();
    Address address;
    address.name = contact.value("fullName"_L1).toString();
    address.company = contact.value("companyName"_L1).toString();
    address.line1 = a.value("addressLine1"_L1).toString();
    address.line2 = a.value("addressLine2"_L1).toString();
    address.city = a.value("city"_L1).toString();
    address.region = a.value("stateOrProvince"_L1).toString();
    address.postalCode = a.value("postalCode"_L1).toString();
    address.countryCode = a.value("countryCode"_L1).toString();
    address.phone = contact.value("primaryPhone"_L1).toObject().value("phoneNumber"_L1).toString();
    return address;
}

} // namespace

Result<Order> normalizeEbayOrder(const QJsonObject& json)
{
    const QString id = json.value("orderId"_L1).toString();
    const auto fail = [&](const QString& what) { return normalize::invalid(u"eBay"_s, id, what); };
    if (id.isEmpty())
        return fail(Text::tr("it has no orderId"));

    Order o;
    o.externalId = id;
    o.orderNumber = id;

    static const QHash<QString, QString> payment {
        {u"PAID"_s, paymentstatus::Paid},
        {u"PENDING"_s, paymentstatus::Pending},
        {u"FAILED"_s, paymentstatus::Failed},
        {u"FULLY_REFUNDED"_s, paymentstatus::Refunded},
        {u"PARTIALLY_REFUNDED"_s, paymentstatus::PartiallyRefunded},
    };
    static const QHash<QString, QString> fulfillment {
        {u"NOT_STARTED"_s, fulfilmentstatus::NotStarted},
        {u"IN_PROGRESS"_s, fulfilmentstatus::InProgress},
        {u"FULFILLED"_s, fulfilmentstatus::Fulfilled},
    };
    static const QHash<QString, QString> status {
        {u"NOT_STARTED"_s, orderstatus::Open},
        {u"IN_PROGRESS"_s, orderstatus::PartiallyShipped},
        {u"FULFILLED"_s, orderstatus::Shipped},
    };
    const QString rawFulfillment = json.value("orderFulfillmentStatus"_L1).toString();
    const QString rawPayment = json.value("orderPaymentStatus"_L1).toString();
    o.paymentStatus = normalize::mapped(payment, rawPayment);
    o.fulfilmentStatus = normalize::mapped(fulfillment, rawFulfillment);
    bool knownStatus = false;
    o.status = normalize::mapped(status, rawFulfillment, &knownStatus);
    if (json.value("cancelStatus"_L1).toObject().value("cancelState"_L1).toString() == "CANCELED"_L1)
        o.status = orderstatus::Cancelled;
    else if (o.status == orderstatus::Open && o.paymentStatus == paymentstatus::Pending)
        o.status = orderstatus::Pending;
    if (!knownStatus)
        o.needsAttention = true; // a state Marketdesk does not know: a person looks at it

    const QJsonObject pricing = json.value("pricingSummary"_L1).toObject();
    const QJsonObject total = pricing.value("total"_L1).toObject();
    o.currency = total.value("currency"_L1).toString();
    if (total.isEmpty())
        return fail(Text::tr("it has no total"));
    struct Field {
        const char* name;
        qint64* target;
    };
    for (const Field& field : {Field {"total", &o.totalMinor}, Field {"priceSubtotal", &o.subtotalMinor},
                               Field {"deliveryCost", &o.shippingMinor}, Field {"tax", &o.taxMinor},
                               Field {"priceDiscount", &o.discountMinor}}) {
        const QJsonObject amount = pricing.value(QLatin1StringView(field.name)).toObject();
        if (amount.isEmpty())
            continue;
        if (amount.value("currency"_L1).toString() != o.currency) {
            return fail(Text::tr("%1 is in %2, the total in %3")
                            .arg(QLatin1StringView(field.name), amount.value("currency"_L1).toString(), o.currency));
        }
        auto minor = normalize::minorUnits(amount.value("value"_L1).toString(), o.currency);
        if (!minor)
            return fail(minor.error().message);
        *field.target = *minor;
    }
    o.discountMinor = qAbs(o.discountMinor); // eBay reports discounts as negative amounts

    if (Status times = normalize::orderTimes(json, "creationDate", "lastModifiedDate", &o); !times)
        return fail(times.error().message);

    const QJsonObject buyer = json.value("buyer"_L1).toObject();
    const QJsonObject registration = buyer.value("buyerRegistrationAddress"_L1).toObject();
    o.buyerUsername = buyer.value("username"_L1).toString();
    o.buyerName = registration.value("fullName"_L1).toString();
    o.buyerEmail = registration.value("email"_L1).toString();
    o.billingAddress = addressFrom(registration);
    for (const QJsonValue& instruction : json.value("fulfillmentStartInstructions"_L1).toArray()) {
        const QJsonObject shipTo =
            instruction.toObject().value("shippingStep"_L1).toObject().value("shipTo"_L1).toObject();
        if (!shipTo.isEmpty()) {
            o.shippingAddress = addressFrom(shipTo);
            if (o.buyerEmail.isEmpty())
                o.buyerEmail = shipTo.value("email"_L1).toString();
            break;
        }
    }

    for (const QJsonValue& value : json.value("lineItems"_L1).toArray()) {
        const QJsonObject line = value.toObject();
        OrderItem item;
        item.externalLineId = line.value("lineItemId"_L1).toString();
        item.sku = line.value("sku"_L1).toString();
        item.title = line.value("title"_L1).toString();
        // The listing (and its variation): what a line without SKU is matched by.
        item.marketplaceItemId = line.value("legacyItemId"_L1).toString();
        if (const QString variation = line.value("legacyVariationId"_L1).toString(); !variation.isEmpty())
            item.marketplaceItemId += u'/' + variation;
        normalize::takeShipBy(
            line.value("lineItemFulfillmentInstructions"_L1).toObject().value("shipByDate"_L1).toString(), &o);
        auto quantity = normalize::quantity(line.value("quantity"_L1), item.externalLineId);
        if (!quantity)
            return fail(quantity.error().message);
        item.quantity = *quantity;
        const QJsonObject cost = line.value("lineItemCost"_L1).toObject();
        if (!cost.isEmpty()) {
            auto minor = normalize::minorUnits(cost.value("value"_L1).toString(), cost.value("currency"_L1).toString());
            if (!minor)
                return fail(minor.error().message);
            item.unitPriceMinor = *minor / item.quantity; // lineItemCost is the line's price times its quantity
        }
        o.items << item;
    }
    if (o.items.isEmpty())
        o.needsAttention = true;
    return o;
}

} // namespace md
