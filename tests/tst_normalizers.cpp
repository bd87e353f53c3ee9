// Order normalizers: pure functions from each marketplace's order to Marketdesk's, tested on the official
// samples (Amazon's Orders API examples; an eBay order checked against the official Sell Fulfillment contract
// first; Shopify's own sample order #1001 in the shape our GraphQL document asks for) and on hostile variants:
// bad amounts, mixed currencies, zone-less times, odd quantities, unknown enum values, hostile text.

#include "OpenApiValidator.h"
#include "providers/OrderNormalizing.h"
#include "providers/amazon/AmazonOrders.h"
#include "providers/ebay/EbayOrders.h"
#include "providers/shopify/ShopifyOrders.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace md;

namespace {

QString contracts()
{
    return qEnvironmentVariable("MARKETDESK_CONTRACTS_DIR");
}

QJsonObject readObject(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(path));
    return QJsonDocument::fromJson(file.readAll()).object();
}

QJsonObject fixture(const QString& name)
{
    return readObject(QFINDTESTDATA(u"data/orders/"_s + name));
}

/// The official getOrder example of the Orders API 2026-01-01 model.
QJsonObject amazonExample()
{
    const QJsonObject model = readObject(contracts() + u"/amazon/models/orders_2026-01-01.json"_s);
    return model.value("paths"_L1)
        .toObject()
        .value("/orders/2026-01-01/orders/{orderId}"_L1)
        .toObject()
        .value("get"_L1)
        .toObject()
        .value("responses"_L1)
        .toObject()
        .value("200"_L1)
        .toObject()
        .value("examples"_L1)
        .toObject()
        .value("application/json"_L1)
        .toObject()
        .value("order"_L1)
        .toObject();
}

/// `object` with the value at a path like "pricingSummary.total.value" or "lineItems[0].quantity" replaced
/// (QJsonValue::Undefined removes it).
QJsonValue withValue(const QJsonValue& node, QStringList path, const QJsonValue& value)
{
    if (path.isEmpty())
        return value;
    const QString step = path.takeFirst();
    static const QRegularExpression indexed(u"^(\\w+)\\[(\\d+)\\]$"_s);
    if (const auto m = indexed.match(step); m.hasMatch()) {
        QJsonObject object = node.toObject();
        QJsonArray array = object.value(m.captured(1)).toArray();
        const int i = m.captured(2).toInt();
        array[i] = withValue(array.at(i), path, value);
        object[m.captured(1)] = array;
        return object;
    }
    QJsonObject object = node.toObject();
    const QJsonValue changed = withValue(object.value(step), path, value);
    if (changed.isUndefined())
        object.remove(step);
    else
        object[step] = changed;
    return object;
}

QJsonObject with(const QJsonObject& object, const QString& path, const QJsonValue& value)
{
    return withValue(object, path.split(u'.'), value).toObject();
}

Result<Order> normalizeFor(const QString& provider, const QJsonObject& order)
{
    if (provider == "ebay"_L1)
        return normalizeEbayOrder(order);
    if (provider == "amazon"_L1)
        return normalizeAmazonOrder(order);
    return normalizeShopifyOrder(order);
}

QJsonObject sampleFor(const QString& provider)
{
    if (provider == "ebay"_L1)
        return fixture(u"ebay_order.json"_s);
    if (provider == "amazon"_L1)
        return amazonExample();
    return fixture(u"shopify_order.json"_s);
}

} // namespace

class TestNormalizers : public QObject {
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY2(QFile::exists(contracts()), "MARKETDESK_CONTRACTS_DIR must name ../shared/api-contracts");
    }

    void minorUnits_data()
    {
        QTest::addColumn<QString>("amount");
        QTest::addColumn<QString>("currency");
        QTest::addColumn<qint64>("minor"); // ignored when error is set
        QTest::addColumn<QString>("error");
        QTest::newRow("cents") << u"12.30"_s << u"USD"_s << 1230LL << QString();
        QTest::newRow("whole") << u"7"_s << u"EUR"_s << 700LL << QString();
        QTest::newRow("one digit") << u"7.5"_s << u"EUR"_s << 750LL << QString();
        QTest::newRow("negative") << u"-4.10"_s << u"EUR"_s << -410LL << QString();
        QTest::newRow("half to even, down") << u"12.345"_s << u"USD"_s << 1234LL << QString();
        QTest::newRow("half to even, up") << u"12.355"_s << u"USD"_s << 1236LL << QString();
        QTest::newRow("beyond half") << u"12.3450001"_s << u"USD"_s << 1235LL << QString();
        QTest::newRow("trailing zeros") << u"12.3000"_s << u"USD"_s << 1230LL << QString();
        QTest::newRow("yen") << u"1500"_s << u"JPY"_s << 1500LL << QString();
        QTest::newRow("yen half even") << u"1500.5"_s << u"JPY"_s << 1500LL << QString();
        QTest::newRow("yen half odd") << u"1501.5"_s << u"JPY"_s << 1502LL << QString();
        QTest::newRow("dinar") << u"1.234"_s << u"KWD"_s << 1234LL << QString();
        QTest::newRow("large") << u"9999999999999999.99"_s << u"USD"_s << 999999999999999999LL << QString();
        QTest::newRow("too large") << u"99999999999999999.99"_s << u"USD"_s << 0LL << u"order.bad-amount"_s;
        QTest::newRow("exponent") << u"1e5"_s << u"USD"_s << 0LL << u"order.bad-amount"_s;
        QTest::newRow("comma") << u"12,30"_s << u"EUR"_s << 0LL << u"order.bad-amount"_s;
        QTest::newRow("empty") << QString() << u"EUR"_s << 0LL << u"order.bad-amount"_s;
        QTest::newRow("text") << u"abc"_s << u"EUR"_s << 0LL << u"order.bad-amount"_s;
        QTest::newRow("lower-case currency") << u"1.00"_s << u"usd"_s << 0LL << u"order.bad-currency"_s;
        QTest::newRow("no currency") << u"1.00"_s << QString() << 0LL << u"order.bad-currency"_s;
    }

    void minorUnits()
    {
        QFETCH(QString, amount);
        QFETCH(QString, currency);
        QFETCH(qint64, minor);
        QFETCH(QString, error);
        const auto got = normalize::minorUnits(amount, currency);
        if (error.isEmpty()) {
            QVERIFY2(got, got ? "" : qPrintable(got.error().message));
            QCOMPARE(*got, minor);
        } else {
            QVERIFY(!got);
            QCOMPARE(got.error().code, error);
        }
    }

    void ebayFixtureFollowsTheOfficialContract()
    {
        QString error;
        auto validator =
            test::OpenApiValidator::load(contracts() + u"/ebay/openapi/sell_fulfillment_v1_oas3.json"_s, &error);
        QVERIFY2(validator, qPrintable(error));
        const QStringList violations =
            validator->validate(validator->namedSchema(u"Order"_s), fixture(u"ebay_order.json"_s));
        QVERIFY2(violations.isEmpty(), qPrintable(violations.join(u'\n')));
    }

    void ebayOrder()
    {
        const auto o = normalizeEbayOrder(fixture(u"ebay_order.json"_s));
        QVERIFY2(o, o ? "" : qPrintable(o.error().message));
        QCOMPARE(o->externalId, u"12-10482-39571"_s);
        QCOMPARE(o->status, orderstatus::Open);
        QCOMPARE(o->paymentStatus, paymentstatus::Paid);
        QCOMPARE(o->fulfilmentStatus, fulfilmentstatus::NotStarted);
        QCOMPARE(o->currency, u"USD"_s);
        QCOMPARE(o->subtotalMinor, 5498);
        QCOMPARE(o->discountMinor, 500); // eBay's negative priceDiscount
        QCOMPARE(o->shippingMinor, 850);
        QCOMPARE(o->taxMinor, 412);
        QCOMPARE(o->totalMinor, 6260);
        QCOMPARE(o->subtotalMinor - o->discountMinor + o->shippingMinor + o->taxMinor, o->totalMinor);
        QCOMPARE(o->marketplaceCreatedAt, QDateTime(QDate(2026, 11, 20), QTime(14, 3, 27), Qt::UTC));
        QCOMPARE(o->marketplaceCreatedAt.timeSpec(), Qt::UTC);
        QCOMPARE(o->buyerUsername, u"zoe_angstrom"_s);
        QCOMPARE(o->buyerName, u"Zoë Ångström"_s);
        QCOMPARE(o->shippingAddress.line1, u"4820 Boulevard Saint-Laurent"_s);
        QCOMPARE(o->shippingAddress.company, u"Atelier Ångström"_s);
        QCOMPARE(o->billingAddress.line1, u"1200 Rue Sainte-Catherine O"_s);
        QCOMPARE(o->items.size(), 2);
        QCOMPARE(o->items.at(0).sku, u"MUG-CERAMIC-BLUE"_s);
        QCOMPARE(o->items.at(0).quantity, 2);
        QCOMPARE(o->items.at(0).unitPriceMinor, 1499); // lineItemCost is for the whole line
        QVERIFY(!o->needsAttention);
    }

    void amazonOfficialExample()
    {
        const auto o = normalizeAmazonOrder(amazonExample());
        QVERIFY2(o, o ? "" : qPrintable(o.error().message));
        QCOMPARE(o->externalId, u"202-1234567-8901234"_s);
        QCOMPARE(o->status, orderstatus::Shipped);
        QCOMPARE(o->fulfilmentStatus, fulfilmentstatus::Fulfilled);
        QCOMPARE(o->currency, u"GBP"_s);
        QCOMPARE(o->totalMinor, 10397);
        QCOMPARE(o->subtotalMinor, 8997);
        QCOMPARE(o->shippingMinor, 1000);
        QCOMPARE(o->taxMinor, 400);
        QCOMPARE(o->buyerName, u"James Wilson"_s);
        QCOMPARE(o->shippingAddress.city, u"Manchester"_s);
        QCOMPARE(o->shippingAddress.line2, u"Unit 4B"_s); // the empty third line is dropped
        QCOMPARE(o->shippingAddress.countryCode, u"GB"_s);
        QCOMPARE(o->items.size(), 1);
        QCOMPARE(o->items.first().sku, u"ECHO-DOT-4-UK-CHARCOAL-3PACK"_s);
        QCOMPARE(o->items.first().quantity, 3);
        QCOMPARE(o->items.first().unitPriceMinor, 2999);
        QCOMPARE(o->trackingNumber, u"RR123456789GB"_s);
        QCOMPARE(o->carrier, u"Royal Mail"_s);
        QCOMPARE(o->marketplaceCreatedAt, QDateTime(QDate(2024, 12, 25), QTime(9, 15), Qt::UTC));
    }

    void amazonSearchExamplesAllNormalize()
    {
        const QJsonObject model = readObject(contracts() + u"/amazon/models/orders_2026-01-01.json"_s);
        const QJsonArray orders = model.value("paths"_L1)
                                      .toObject()
                                      .value("/orders/2026-01-01/orders"_L1)
                                      .toObject()
                                      .value("get"_L1)
                                      .toObject()
                                      .value("responses"_L1)
                                      .toObject()
                                      .value("200"_L1)
                                      .toObject()
                                      .value("examples"_L1)
                                      .toObject()
                                      .value("application/json"_L1)
                                      .toObject()
                                      .value("orders"_L1)
                                      .toArray();
        QVERIFY(!orders.isEmpty());
        for (const QJsonValue& order : orders) {
            const auto o = normalizeAmazonOrder(order.toObject());
            QVERIFY2(o, o ? "" : qPrintable(o.error().message));
            QVERIFY(!o->currency.isEmpty());
            QVERIFY(o->marketplaceCreatedAt.isValid());
        }
    }

    void shopifySampleOrder()
    {
        const auto o = normalizeShopifyOrder(fixture(u"shopify_order.json"_s));
        QVERIFY2(o, o ? "" : qPrintable(o.error().message));
        QCOMPARE(o->externalId, u"gid://shopify/Order/450789469"_s);
        QCOMPARE(o->orderNumber, u"#1001"_s);
        QCOMPARE(o->paymentStatus, paymentstatus::PartiallyRefunded);
        QCOMPARE(o->status, orderstatus::Open);
        QCOMPARE(o->totalMinor, 59894);
        QCOMPARE(o->subtotalMinor, 59700);
        QCOMPARE(o->taxMinor, 1194);
        QCOMPARE(o->discountMinor, 1000);
        QCOMPARE(o->marketplaceCreatedAt, QDateTime(QDate(2008, 1, 10), QTime(16, 0), Qt::UTC)); // was -05:00
        QCOMPARE(o->shippingAddress.region, u"KY"_s);
        QCOMPARE(o->items.size(), 3);
        QCOMPARE(o->items.at(1).sku, u"IPOD2008RED"_s);
        QCOMPARE(o->items.at(1).unitPriceMinor, 19900);
        QCOMPARE(o->trackingNumber, u"1Z2345"_s);
        QCOMPARE(o->buyerName, u"Bob Norman"_s);
    }

    // The To ship view sorts by the marketplace's own ship-by date; a line without SKU is mapped by the item the
    // marketplace names, so every normalizer keeps both.
    void shipByAndMarketplaceItems_data()
    {
        QTest::addColumn<QString>("provider");
        QTest::addColumn<QString>("shipBy");
        QTest::addColumn<QString>("firstItem");
        // eBay: the earliest of the lines' shipByDate.
        QTest::newRow("ebay") << u"ebay"_s << u"2026-11-23T07:59:59Z"_s << u"296143857201"_s;
        // Amazon: the latest end of the ship-by window (the model's own example).
        QTest::newRow("amazon") << u"amazon"_s << u"2024-12-26T23:59:59Z"_s << u"B08DFPV54V"_s;
        // Shopify: the fulfilment order's fulfillBy, and the variant sold.
        QTest::newRow("shopify") << u"shopify"_s << u"2008-01-12T16:00:00Z"_s
                                 << u"gid://shopify/ProductVariant/39072856"_s;
    }

    void shipByAndMarketplaceItems()
    {
        QFETCH(QString, provider);
        QFETCH(QString, shipBy);
        QFETCH(QString, firstItem);
        const auto o = normalizeFor(provider, sampleFor(provider));
        QVERIFY2(o, o ? "" : qPrintable(o.error().message));
        QCOMPARE(o->shipBy.toString(Qt::ISODate), shipBy);
        QCOMPARE(o->shipBy.timeSpec(), Qt::UTC);
        QCOMPARE(o->items.first().marketplaceItemId, firstItem);
    }

    void hostileVariants_data()
    {
        QTest::addColumn<QString>("provider");
        QTest::addColumn<QString>("path");
        QTest::addColumn<QJsonValue>("value");
        QTest::addColumn<QString>("outcome"); // "error", or "field=expected"
        const QJsonValue gone = QJsonValue(QJsonValue::Undefined);
        QTest::newRow("ebay: no id") << u"ebay"_s << u"orderId"_s << gone << u"error"_s;
        QTest::newRow("ebay: no total") << u"ebay"_s << u"pricingSummary.total"_s << gone << u"error"_s;
        QTest::newRow("ebay: amount as text")
            << u"ebay"_s << u"pricingSummary.total.value"_s << QJsonValue(u"sixty"_s) << u"error"_s;
        QTest::newRow("ebay: mixed currencies")
            << u"ebay"_s << u"pricingSummary.tax.currency"_s << QJsonValue(u"CAD"_s) << u"error"_s;
        QTest::newRow("ebay: negative quantity")
            << u"ebay"_s << u"lineItems[0].quantity"_s << QJsonValue(-1) << u"error"_s;
        QTest::newRow("ebay: fractional quantity")
            << u"ebay"_s << u"lineItems[0].quantity"_s << QJsonValue(1.5) << u"error"_s;
        QTest::newRow("ebay: quantity as text")
            << u"ebay"_s << u"lineItems[0].quantity"_s << QJsonValue(u"2"_s) << u"error"_s;
        QTest::newRow("ebay: zone-less time")
            << u"ebay"_s << u"creationDate"_s << QJsonValue(u"2026-11-20T14:03:27"_s) << u"error"_s;
        QTest::newRow("ebay: unknown fulfilment state")
            << u"ebay"_s << u"orderFulfillmentStatus"_s << QJsonValue(u"AWAITING_PICKUP"_s)
            << u"status=AWAITING_PICKUP"_s;
        QTest::newRow("ebay: unknown payment state")
            << u"ebay"_s << u"orderPaymentStatus"_s << QJsonValue(u"ON_HOLD"_s) << u"paymentStatus=ON_HOLD"_s;
        QTest::newRow("ebay: cancelled") << u"ebay"_s << u"cancelStatus.cancelState"_s << QJsonValue(u"CANCELED"_s)
                                         << u"status=CANCELLED"_s;
        QTest::newRow("ebay: awaiting payment")
            << u"ebay"_s << u"orderPaymentStatus"_s << QJsonValue(u"PENDING"_s) << u"status=PENDING"_s;
        // A line without SKU is kept with the listing it came from, for a person to map (until then it waits for
        // stock, reason "no SKU", and that flags the order: tst_stock).
        QTest::newRow("ebay: no SKU") << u"ebay"_s << u"lineItems[1].sku"_s << gone << u"line2=|296143857202"_s;
        // A ship-by date that cannot be read does not lose the order: the default handling time stands in.
        QTest::newRow("ebay: unreadable ship-by")
            << u"ebay"_s << u"lineItems[1].lineItemFulfillmentInstructions.shipByDate"_s << QJsonValue(u"soon"_s)
            << u"shipBy=2026-11-24T07:59:59Z"_s;
        QTest::newRow("ebay: no ship-by") << u"ebay"_s << u"lineItems[0].lineItemFulfillmentInstructions"_s << gone
                                          << u"shipBy=2026-11-23T07:59:59Z"_s;
        QTest::newRow("amazon: no ship-by window")
            << u"amazon"_s << u"fulfillment.shipByWindow"_s << gone << u"shipBy="_s;
        QTest::newRow("ebay: hostile name") << u"ebay"_s << u"buyer.buyerRegistrationAddress.fullName"_s
                                            << QJsonValue(u"<script>alert(1)</script> 💥 عربى\u202e"_s)
                                            << u"buyerName=<script>alert(1)</script> 💥 عربى\u202e"_s;
        QTest::newRow("ebay: offset time")
            << u"ebay"_s << u"creationDate"_s << QJsonValue(u"2026-11-20T16:03:27+02:00"_s)
            << u"created=2026-11-20T14:03:27Z"_s;
        QTest::newRow("amazon: no grand total") << u"amazon"_s << u"proceeds.grandTotal"_s << gone << u"error"_s;
        QTest::newRow("amazon: unfulfillable") << u"amazon"_s << u"fulfillment.fulfillmentStatus"_s
                                               << QJsonValue(u"UNFULFILLABLE"_s) << u"status=UNFULFILLABLE"_s;
        QTest::newRow("amazon: unfulfillable needs attention")
            << u"amazon"_s << u"fulfillment.fulfillmentStatus"_s << QJsonValue(u"UNFULFILLABLE"_s)
            << u"needsAttention=true"_s;
        QTest::newRow("amazon: cancelled") << u"amazon"_s << u"fulfillment.fulfillmentStatus"_s
                                           << QJsonValue(u"CANCELLED"_s) << u"paymentStatus=VOIDED"_s;
        QTest::newRow("amazon: many decimals")
            << u"amazon"_s << u"proceeds.grandTotal.amount"_s << QJsonValue(u"103.965"_s) << u"total=10396"_s;
        QTest::newRow("amazon: number instead of text")
            << u"amazon"_s << u"proceeds.grandTotal.amount"_s << QJsonValue(103.97) << u"error"_s;
        QTest::newRow("amazon: no created time") << u"amazon"_s << u"createdTime"_s << gone << u"error"_s;
        QTest::newRow("amazon: zero quantity")
            << u"amazon"_s << u"orderItems[0].quantityOrdered"_s << QJsonValue(0) << u"error"_s;
        QTest::newRow("shopify: cancelled")
            << u"shopify"_s << u"cancelledAt"_s << QJsonValue(u"2008-01-11T10:00:00Z"_s) << u"status=CANCELLED"_s;
        QTest::newRow("shopify: on hold")
            << u"shopify"_s << u"displayFulfillmentStatus"_s << QJsonValue(u"ON_HOLD"_s) << u"status=ON_HOLD"_s;
        QTest::newRow("shopify: mixed currencies")
            << u"shopify"_s << u"totalTaxSet.shopMoney.currencyCode"_s << QJsonValue(u"EUR"_s) << u"error"_s;
        QTest::newRow("shopify: no total") << u"shopify"_s << u"totalPriceSet"_s << gone << u"error"_s;
        QTest::newRow("shopify: yen") << u"shopify"_s << u"totalPriceSet.shopMoney"_s
                                      << QJsonValue(
                                             QJsonObject {{u"amount"_s, u"1500"_s}, {u"currencyCode"_s, u"JPY"_s}})
                                      << u"error"_s; // the other amounts are in USD
        QTest::newRow("shopify: authorized")
            << u"shopify"_s << u"displayFinancialStatus"_s << QJsonValue(u"AUTHORIZED"_s) << u"status=PENDING"_s;
    }

    void hostileVariants()
    {
        QFETCH(QString, provider);
        QFETCH(QString, path);
        QFETCH(QJsonValue, value);
        QFETCH(QString, outcome);
        const auto o = normalizeFor(provider, with(sampleFor(provider), path, value));
        if (outcome == "error"_L1) {
            QVERIFY2(!o, "an unreadable order must be refused (and quarantined), not half-read");
            QCOMPARE(o.error().code, u"order.invalid"_s);
            QVERIFY2(!o.error().message.isEmpty(), "the message says what is wrong");
            return;
        }
        QVERIFY2(o, o ? "" : qPrintable(o.error().message));
        const QString field = outcome.section(u'=', 0, 0);
        const QString expected = outcome.section(u'=', 1);
        QString got;
        if (field == "status"_L1)
            got = o->status;
        else if (field == "paymentStatus"_L1)
            got = o->paymentStatus;
        else if (field == "needsAttention"_L1)
            got = o->needsAttention ? u"true"_s : u"false"_s;
        else if (field == "buyerName"_L1)
            got = o->buyerName;
        else if (field == "total"_L1)
            got = QString::number(o->totalMinor);
        else if (field == "created"_L1)
            got = o->marketplaceCreatedAt.toString(Qt::ISODate);
        else if (field == "shipBy"_L1)
            got = o->shipBy.toString(Qt::ISODate);
        else if (field == "line2"_L1 && o->items.size() > 1)
            got = o->items.at(1).sku + u'|' + o->items.at(1).marketplaceItemId;
        QCOMPARE(got, expected);
    }
};

QTEST_GUILESS_MAIN(TestNormalizers)
#include "tst_normalizers.moc"
