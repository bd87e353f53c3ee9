// eBay in the sandbox: OAuth (consent page, token endpoint with RuName and HTTP Basic client auth), Commerce
// Identity getUser, Trading GetUser (XML), and Sell Fulfillment orders and shipping fulfillments — shaped as in
// ../shared/api-contracts/ebay. Where a contract leaves something open (exact error ids of conflicts), the
// sandbox picks a plausible value and says so here.

#include "SandboxServer.h"
#include "SeedData.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QMap>
#include <QUrlQuery>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace md::sandbox {

namespace {

constexpr qint64 kTickSeconds = 600; // the marketplace moves on every 10 simulated minutes

struct Line {
    QString lineItemId;
    QString legacyItemId;
    QString sku; // may be empty: eBay omits sku for listings without one
    QString title;
    int quantity = 1;
    qint64 unitMinor = 0;
    int fulfilledQuantity = 0;
};

struct Fulfillment {
    QString id;
    QString carrier;
    QString tracking;
    QDateTime shippedAt;
    QList<QPair<QString, int>> lines;
};

struct InventoryItem {
    QString sku;
    QString title;
    QString description;
    int quantity = 0;
    qint64 priceMinor = 0;
};

struct Offer {
    QString offerId;
    QString sku;
    QString marketplaceId;
    QString currency;
    qint64 priceMinor = 0;
    int quantity = 0;
    QString listingId; // empty until published
    bool published = false;
};

struct EbayOrder {
    QString orderId;
    QString sellerUserId;
    QDateTime created;
    QDateTime modified;
    QString paymentStatus = u"PAID"_s;
    QString cancelState = u"NONE_REQUESTED"_s;
    QDateTime cancelledAt;
    QString currency;
    QString buyerUsername;
    QString buyerName;
    QString buyerEmail;
    QString line1;
    QString line2;
    QString city;
    QString region;
    QString postalCode;
    QString countryCode;
    QString phone;
    QList<Line> lines;
    qint64 shippingMinor = 0;
    qint64 taxMinor = -1; // -1: no tax field
    qint64 discountMinor = 0;
    qint64 refundMinor = 0;
    QList<Fulfillment> fulfillments;

    qint64 subtotal() const
    {
        qint64 sum = 0;
        for (const Line& l : lines)
            sum += l.unitMinor * l.quantity;
        return sum;
    }
    qint64 total() const { return subtotal() + shippingMinor + std::max<qint64>(taxMinor, 0) - discountMinor; }
    bool cancelled() const { return cancelState == "CANCELED"_L1; }
    QString fulfillmentStatus() const
    {
        int ordered = 0;
        int shipped = 0;
        for (const Line& l : lines) {
            ordered += l.quantity;
            shipped += l.fulfilledQuantity;
        }
        if (shipped == 0)
            return u"NOT_STARTED"_s;
        return shipped >= ordered ? u"FULFILLED"_s : u"IN_PROGRESS"_s;
    }
};

QJsonObject amountJson(qint64 minor, const QString& currency)
{
    return QJsonObject {{u"value"_s, seed::decimal(minor)}, {u"currency"_s, currency}};
}

QString iso(const QDateTime& t)
{
    return t.toUTC().toString(u"yyyy-MM-dd'T'HH:mm:ss.zzz'Z'"_s);
}

QString currencyFor(const QString& marketplace)
{
    static const QHash<QString, QString> map {{u"EBAY_US"_s, u"USD"_s},
                                              {u"EBAY_CA"_s, u"CAD"_s},
                                              {u"EBAY_GB"_s, u"GBP"_s},
                                              {u"EBAY_DE"_s, u"EUR"_s},
                                              {u"EBAY_FR"_s, u"EUR"_s}};
    return map.value(marketplace, u"USD"_s);
}

QString xmlEscape(const QString& text)
{
    return text.toHtmlEscaped();
}

class Ebay final : public Provider {
public:
    explicit Ebay(SandboxServer& server)
        : m_server(server)
    {
    }

    void registerRoutes(SandboxServer& s) override
    {
        using M = QHttpServerRequest::Method;
        s.route(
            u"ebay.authorize"_s, M::Get, u"/oauth2/authorize"_s, [this](const Request& r) { return authorize(r); },
            this);
        s.route(
            u"ebay.consent"_s, M::Post, u"/oauth2/consent"_s, [this](const Request& r) { return consent(r); }, this);
        s.route(
            u"ebay.token"_s, M::Post, u"/identity/v1/oauth2/token"_s, [this](const Request& r) { return token(r); },
            this);
        s.route(
            u"ebay.getUser"_s, M::Get, u"/commerce/identity/v1/user/"_s,
            [this](const Request& r) { return identity(r); }, this);
        s.route(
            u"ebay.trading"_s, M::Post, u"/ws/api\\.dll"_s, [this](const Request& r) { return trading(r); }, this);
        s.route(
            u"ebay.getOrders"_s, M::Get, u"/sell/fulfillment/v1/order"_s,
            [this](const Request& r) { return getOrders(r); }, this);
        s.route(
            u"ebay.getOrder"_s, M::Get, u"/sell/fulfillment/v1/order/([^/]+)"_s,
            [this](const Request& r) { return getOrder(r); }, this);
        s.route(
            u"ebay.createShippingFulfillment"_s, M::Post, u"/sell/fulfillment/v1/order/([^/]+)/shipping_fulfillment"_s,
            [this](const Request& r) { return createShippingFulfillment(r); }, this);
        s.route(
            u"ebay.getInventoryItems"_s, M::Get, u"/sell/inventory/v1/inventory_item"_s,
            [this](const Request& r) { return getInventoryItems(r); }, this);
        s.route(
            u"ebay.getInventoryItem"_s, M::Get, u"/sell/inventory/v1/inventory_item/([^/]+)"_s,
            [this](const Request& r) { return getInventoryItem(r); }, this);
        s.route(
            u"ebay.createOrReplaceInventoryItem"_s, M::Put, u"/sell/inventory/v1/inventory_item/([^/]+)"_s,
            [this](const Request& r) { return putInventoryItem(r); }, this);
        s.route(
            u"ebay.getOffers"_s, M::Get, u"/sell/inventory/v1/offer"_s,
            [this](const Request& r) { return getOffers(r); }, this);
        s.route(
            u"ebay.createOffer"_s, M::Post, u"/sell/inventory/v1/offer"_s,
            [this](const Request& r) { return createOffer(r); }, this);
        s.route(
            u"ebay.publishOffer"_s, M::Post, u"/sell/inventory/v1/offer/([^/]+)/publish"_s,
            [this](const Request& r) { return publishOffer(r); }, this);
        s.route(
            u"ebay.searchReturns"_s, M::Get, u"/post-order/v2/return/search"_s,
            [this](const Request& r) { return searchReturns(r); }, this);
        s.route(
            u"ebay.getReturn"_s, M::Get, u"/post-order/v2/return/([0-9]+)"_s,
            [this](const Request& r) { return getReturn(r); }, this);
        s.route(
            u"ebay.createCancellation"_s, M::Post, u"/post-order/v2/cancellation"_s,
            [this](const Request& r) { return createCancellation(r); }, this);
        s.route(
            u"ebay.getShippingFulfillments"_s, M::Get, u"/sell/fulfillment/v1/order/([^/]+)/shipping_fulfillment"_s,
            [this](const Request& r) { return getShippingFulfillments(r); }, this);
    }

    void reset() override
    {
        m_orders.clear();
        m_nextFulfillment = 5509699937000000LL;
        m_base = m_server.epoch();
        m_lastTick = 0;
        const QList<std::tuple<QString, QString, QString>> users {
            {u"warehouse_a_seller"_s, u"Warehouse A (sandbox seller)"_s, u"EBAY_US"_s},
            {u"boutique_montreal"_s, u"Boutique Montréal"_s, u"EBAY_CA"_s},
            {u"berlin_trader"_s, u"Berlin Trader GmbH"_s, u"EBAY_DE"_s},
            {u"casual_buyer"_s, u"Casual Buyer"_s, u"EBAY_US"_s},
        };
        for (const auto& [username, display, marketplace] : users) {
            User u;
            u.provider = u"ebay"_s;
            u.username = username;
            u.displayName = display;
            u.marketplaceId = marketplace;
            u.email = username + u"@sandbox.invalid"_s;
            u.id = u"ebay-"_s +
                QString::fromLatin1(
                       QCryptographicHash::hash((username + QString::number(m_server.config().seed)).toUtf8(),
                                                QCryptographicHash::Sha1)
                           .toHex()
                           .left(12));
            m_server.addUser(u);
            if (username == "casual_buyer"_L1)
                continue; // buys, sells nothing
            for (int i = 0; i < m_server.config().ordersPerUser; ++i) {
                const QDateTime created = m_base.addSecs(-qint64(m_server.random()() % (30 * 86400)));
                m_orders << endHistoryAt(makeOrder(u, created, m_server.random()), m_base);
            }
        }
        std::sort(m_orders.begin(), m_orders.end(),
                  [](const EbayOrder& a, const EbayOrder& b) { return a.created < b.created; });
        m_newestFirstSize = -1; // a new list, possibly of the same size
        m_open.clear();
        for (int i = 0; i < m_orders.size(); ++i)
            trackIfOpen(i);
        m_inventory.clear();
        m_offers.clear();
        m_nextOffer = 5000000000LL;
        for (const User& u : m_server.users(u"ebay"_s)) {
            if (u.username == "casual_buyer"_L1)
                continue;
            for (const seed::Product& product : seed::kProducts) {
                if (QString::fromUtf16(product.sku).isEmpty())
                    continue;
                InventoryItem item {QString::fromUtf16(product.sku), QString::fromUtf16(product.title),
                                    u"Sandbox item."_s, int(m_server.random()() % 20), product.minor};
                m_inventory[u.id].insert(item.sku, item);
                Offer offer {QString::number(++m_nextOffer),
                             item.sku,
                             u.marketplaceId,
                             currencyFor(u.marketplaceId),
                             item.priceMinor,
                             item.quantity,
                             QString::number(110000000000LL + m_nextOffer % 1000000),
                             true};
                m_offers[u.id].append(offer);
            }
        }
    }

    void evolve(const QDateTime& now) override
    {
        const qint64 tick = (now.toSecsSinceEpoch() - m_base.toSecsSinceEpoch()) / kTickSeconds;
        for (qint64 t = m_lastTick + 1; t <= tick; ++t) {
            const QDateTime at = m_base.addSecs(t * kTickSeconds);
            std::mt19937_64 rng(m_server.config().seed * 1000003ULL + quint64(t));
            for (const User& u : m_server.users(u"ebay"_s)) {
                if (u.username == "casual_buyer"_L1)
                    continue;
                if (rng() % 2 == 0) {
                    m_orders << endHistoryAt(makeOrder(u, at, rng), at);
                    trackIfOpen(int(m_orders.size()) - 1);
                }
                // Open orders of this seller, oldest first; only those older than an hour may move on.
                QList<int>& open = m_open[u.id];
                qsizetype eligible = 0;
                while (eligible < open.size() && m_orders.at(open.at(eligible)).created.secsTo(at) > 3600)
                    ++eligible;
                if (eligible == 0)
                    continue;
                const quint64 roll = rng();
                const qsizetype pick = qsizetype(rng() % quint64(eligible));
                if (roll % 3 == 0)
                    ship(m_orders[open.at(pick)], at, rng);
                else if (roll % 20 == 1)
                    cancel(m_orders[open.at(pick)], at);
                else
                    continue;
                open.removeAt(pick);
            }
        }
        m_lastTick = std::max(m_lastTick, tick);
    }

    Response errorResponse(int status, const QString& message) const override
    {
        int id = 2003;
        QString domain = u"ACCESS"_s;
        QString category = u"APPLICATION"_s;
        if (status == 401) {
            id = 1001;
            domain = u"OAuth"_s;
            category = u"REQUEST"_s;
        } else if (status == 429) {
            id = 2001;
            category = u"REQUEST"_s;
        } else if (status == 404) {
            id = 32100;
            domain = u"API_FULFILLMENT"_s;
            category = u"REQUEST"_s;
        } else if (status == 400 || status == 409) {
            id = status == 409 ? 32500 : 32000;
            domain = u"API_FULFILLMENT"_s;
            category = u"REQUEST"_s;
        }
        return Response::json(
            status,
            QJsonObject {
                {u"errors"_s,
                 QJsonArray {QJsonObject {
                     {u"errorId"_s, id}, {u"domain"_s, domain}, {u"category"_s, category}, {u"message"_s, message}}}}});
    }

private:
    EbayOrder makeOrder(const User& seller, const QDateTime& created, std::mt19937_64& rng)
    {
        EbayOrder o;
        const quint64 n = rng();
        o.orderId = u"%1-%2-%3"_s.arg(n % 90 + 10).arg((n / 100) % 90000 + 10000).arg((n / 10000000) % 90000 + 10000);
        o.sellerUserId = seller.id;
        o.created = created;
        o.modified = created.addSecs(qint64(rng() % 600));
        o.currency = currencyFor(seller.marketplaceId);
        const seed::Person& p = seed::person(rng);
        o.buyerName = QString::fromUtf16(p.name);
        o.buyerUsername = u"buyer_%1"_s.arg(rng() % 100000);
        o.buyerEmail = rng() % 5 == 0 ? QString() : o.buyerUsername + u"@members.ebay.invalid"_s;
        o.line1 = u"%1 rue de l'Église"_s.arg(rng() % 300 + 1);
        o.line2 = rng() % 4 == 0 ? u"App. %1"_s.arg(rng() % 40 + 1) : QString();
        o.city = QString::fromUtf16(p.city);
        o.region = QString::fromUtf16(p.region);
        o.postalCode = QString::fromUtf16(p.postal);
        o.countryCode = QString::fromUtf16(p.country);
        o.phone = rng() % 3 == 0 ? QString() : u"+1 514 555 %1"_s.arg(rng() % 9000 + 1000);
        const int lines = int(rng() % 3) + 1;
        for (int i = 0; i < lines; ++i) {
            const seed::Product& product = seed::product(rng);
            Line l;
            l.lineItemId = QString::number(10000000000LL + qint64(rng() % 89999999999LL));
            rng.discard(1); // the draw that once made a random listing id: the seeded stream stays as it was
            // One listing per product and seller: every order of it names the same item.
            l.legacyItemId =
                QString::number(110000000000LL + qint64(qHash(seller.id) % 1000) * 1000 + seed::indexOf(product));
            l.sku = QString::fromUtf16(product.sku);
            l.title = QString::fromUtf16(product.title);
            l.quantity = rng() % 5 == 0 ? 2 : 1;
            l.unitMinor = product.minor;
            o.lines << l;
        }
        o.shippingMinor = qint64(rng() % 4) * 250;
        if (o.currency == "USD"_L1 && rng() % 2 == 0)
            o.taxMinor = o.subtotal() * 8 / 100;
        if (rng() % 6 == 0)
            o.discountMinor = o.subtotal() / 10;
        const int fate = int(rng() % 20);
        if (fate == 0)
            cancel(o, o.modified.addSecs(1800));
        else if (fate == 1)
            o.paymentStatus = u"PENDING"_s;
        else if (fate < 12 && created.secsTo(m_base) > 86400)
            ship(o, created.addSecs(86400), rng);
        if (fate == 2 && !o.cancelled()) {
            o.refundMinor = o.lines.first().unitMinor / 2;
            o.paymentStatus = u"PARTIALLY_REFUNDED"_s;
        }
        return o;
    }

    void ship(EbayOrder& o, const QDateTime& at, std::mt19937_64& rng)
    {
        Fulfillment f;
        f.id = QString::number(++m_nextFulfillment);
        f.carrier = rng() % 2 ? u"USPS"_s : u"CANADA_POST"_s;
        f.tracking = u"9400%1"_s.arg(rng() % 100000000000000ULL, 18, 10, QLatin1Char('0'));
        f.shippedAt = at;
        for (Line& l : o.lines) {
            f.lines << qMakePair(l.lineItemId, l.quantity - l.fulfilledQuantity);
            l.fulfilledQuantity = l.quantity;
        }
        o.fulfillments << f;
        o.modified = at;
    }

    /// An order's history ends when it is made (no marketplace reports a change from the future).
    static EbayOrder endHistoryAt(EbayOrder o, const QDateTime& now)
    {
        o.modified = std::min(o.modified, now);
        if (o.cancelledAt.isValid())
            o.cancelledAt = std::min(o.cancelledAt, now);
        return o;
    }

    static void cancel(EbayOrder& o, const QDateTime& at)
    {
        o.cancelState = u"CANCELED"_s;
        o.cancelledAt = at;
        o.paymentStatus = u"FULLY_REFUNDED"_s;
        o.refundMinor = o.total();
        o.modified = at;
    }

    QJsonObject orderJson(const EbayOrder& o) const
    {
        QJsonObject address {{u"addressLine1"_s, o.line1}, {u"city"_s, o.city}, {u"countryCode"_s, o.countryCode}};
        if (!o.line2.isEmpty())
            address.insert(u"addressLine2"_s, o.line2);
        if (!o.region.isEmpty())
            address.insert(u"stateOrProvince"_s, o.region);
        if (!o.postalCode.isEmpty())
            address.insert(u"postalCode"_s, o.postalCode);
        QJsonObject contact {{u"fullName"_s, o.buyerName}, {u"contactAddress"_s, address}};
        if (!o.phone.isEmpty())
            contact.insert(u"primaryPhone"_s, QJsonObject {{u"phoneNumber"_s, o.phone}});
        if (!o.buyerEmail.isEmpty())
            contact.insert(u"email"_s, o.buyerEmail);

        QJsonArray lines;
        for (const Line& l : o.lines) {
            QJsonObject line {
                {u"lineItemId"_s, l.lineItemId},
                {u"legacyItemId"_s, l.legacyItemId},
                {u"title"_s, l.title},
                {u"quantity"_s, l.quantity},
                {u"lineItemCost"_s, amountJson(l.unitMinor * l.quantity, o.currency)},
                {u"total"_s, amountJson(l.unitMinor * l.quantity, o.currency)},
                {u"soldFormat"_s, u"FIXED_PRICE"_s},
                {u"listingMarketplaceId"_s, u"EBAY_US"_s},
                {u"purchaseMarketplaceId"_s, u"EBAY_US"_s},
                // Three days' handling from the sale: the date eBay counts a late shipment from.
                {u"lineItemFulfillmentInstructions"_s,
                 QJsonObject {{u"shipByDate"_s, iso(o.created.addDays(3))},
                              {u"minEstimatedDeliveryDate"_s, iso(o.created.addDays(3))},
                              {u"maxEstimatedDeliveryDate"_s, iso(o.created.addDays(8))},
                              {u"guaranteedDelivery"_s, false}}},
                {u"lineItemFulfillmentStatus"_s,
                 l.fulfilledQuantity == 0               ? u"NOT_STARTED"_s
                     : l.fulfilledQuantity < l.quantity ? u"IN_PROGRESS"_s
                                                        : u"FULFILLED"_s},
                {u"deliveryCost"_s, QJsonObject {{u"shippingCost"_s, amountJson(0, o.currency)}}},
                {u"appliedPromotions"_s, QJsonArray()},
                {u"taxes"_s, QJsonArray()},
            };
            if (!l.sku.isEmpty())
                line.insert(u"sku"_s, l.sku);
            lines << line;
        }

        QJsonObject pricing {{u"priceSubtotal"_s, amountJson(o.subtotal(), o.currency)},
                             {u"deliveryCost"_s, amountJson(o.shippingMinor, o.currency)},
                             {u"total"_s, amountJson(o.total(), o.currency)}};
        if (o.taxMinor >= 0)
            pricing.insert(u"tax"_s, amountJson(o.taxMinor, o.currency));
        if (o.discountMinor > 0)
            pricing.insert(u"priceDiscount"_s, amountJson(-o.discountMinor, o.currency));

        QJsonArray payments {
            QJsonObject {{u"paymentMethod"_s, u"EBAY"_s},
                         {u"paymentReferenceId"_s, QString(o.orderId + u"-P"_s)},
                         {u"paymentDate"_s, iso(o.created)},
                         {u"amount"_s, amountJson(o.total(), o.currency)},
                         {u"paymentStatus"_s, o.paymentStatus == "PENDING"_L1 ? u"PENDING"_s : u"PAID"_s}}};
        QJsonArray refunds;
        if (o.refundMinor > 0) {
            refunds << QJsonObject {{u"refundId"_s, QString(o.orderId + u"-R"_s)},
                                    {u"refundStatus"_s, u"REFUNDED"_s},
                                    {u"refundDate"_s, iso(o.modified)},
                                    {u"amount"_s, amountJson(o.refundMinor, o.currency)}};
        }
        QJsonObject cancelStatus {{u"cancelState"_s, o.cancelState}, {u"cancelRequests"_s, QJsonArray()}};
        if (o.cancelledAt.isValid())
            cancelStatus.insert(u"cancelledDate"_s, iso(o.cancelledAt));

        QJsonArray hrefs;
        for (const Fulfillment& f : o.fulfillments) {
            hrefs << QString(m_server.baseUrl().toString() + u"/sell/fulfillment/v1/order/"_s + o.orderId +
                             u"/shipping_fulfillment/"_s + f.id);
        }
        const User* seller = m_server.user(u"ebay"_s, o.sellerUserId);
        return QJsonObject {
            {u"orderId"_s, o.orderId},
            {u"creationDate"_s, iso(o.created)},
            {u"lastModifiedDate"_s, iso(o.modified)},
            {u"orderFulfillmentStatus"_s, o.fulfillmentStatus()},
            {u"orderPaymentStatus"_s, o.paymentStatus},
            {u"sellerId"_s, seller ? seller->username : o.sellerUserId},
            {u"buyer"_s, QJsonObject {{u"username"_s, o.buyerUsername}, {u"buyerRegistrationAddress"_s, contact}}},
            {u"pricingSummary"_s, pricing},
            {u"cancelStatus"_s, cancelStatus},
            {u"paymentSummary"_s,
             QJsonObject {{u"totalDueSeller"_s, amountJson(o.total() - o.refundMinor, o.currency)},
                          {u"payments"_s, payments},
                          {u"refunds"_s, refunds}}},
            {u"fulfillmentStartInstructions"_s,
             QJsonArray {QJsonObject {{u"fulfillmentInstructionsType"_s, u"SHIP_TO"_s},
                                      {u"ebaySupportedFulfillment"_s, false},
                                      {u"minEstimatedDeliveryDate"_s, iso(o.created.addDays(3))},
                                      {u"maxEstimatedDeliveryDate"_s, iso(o.created.addDays(8))},
                                      {u"shippingStep"_s,
                                       QJsonObject {{u"shippingCarrierCode"_s, u"USPS"_s},
                                                    {u"shippingServiceCode"_s, u"USPSPriority"_s},
                                                    {u"shipTo"_s, contact}}}}}},
            {u"fulfillmentHrefs"_s, hrefs},
            {u"lineItems"_s, lines},
            {u"salesRecordReference"_s, QString::number(qHash(o.orderId) % 100000)},
            {u"totalFeeBasisAmount"_s, amountJson(o.total(), o.currency)},
            {u"totalMarketplaceFee"_s, amountJson(o.total() * 13 / 100, o.currency)},
        };
    }

    // ---- OAuth

    Response oauthError(int status, const QString& error, const QString& description) const
    {
        return Response::json(status, QJsonObject {{u"error"_s, error}, {u"error_description"_s, description}});
    }

    Response authorize(const Request& r)
    {
        const QString clientId = r.query.queryItemValue(u"client_id"_s);
        const QString ruName = r.query.queryItemValue(u"redirect_uri"_s);
        if (!m_server.config().clients.contains(clientId) || !m_server.config().ruNames.contains(ruName) ||
            r.query.queryItemValue(u"response_type"_s) != "code"_L1) {
            return Response::html(400,
                                  u"<!doctype html><title>eBay sandbox</title><h1>Invalid request</h1>"
                                  "<p>Unknown client_id or redirect_uri (RuName), or response_type is not "
                                  "code.</p>"_s);
        }
        if (m_server.config().autoApprove) {
            return approve(r.query, m_server.autoApprovedUser(u"ebay"_s, r.query));
        }
        return m_server.consentPage(
            u"eBay"_s, clientId, r.query.queryItemValue(u"scope"_s, QUrl::FullyDecoded).split(u' ', Qt::SkipEmptyParts),
            r.query, u"ebay"_s, u"/oauth2/consent"_s);
    }

    Response consent(const Request& r)
    {
        const auto decision = SandboxServer::readDecision(r);
        const QString ruName = decision.original.queryItemValue(u"redirect_uri"_s, QUrl::FullyDecoded);
        if (!m_server.config().ruNames.contains(ruName))
            return Response::html(400, u"<h1>Invalid request</h1>"_s);
        if (!decision.approved) {
            return SandboxServer::denied(QUrl(m_server.config().ruNames.value(ruName)),
                                         decision.original.queryItemValue(u"state"_s, QUrl::FullyDecoded),
                                         {{u"error_description"_s, u"The user denied access"_s}});
        }
        return approve(decision.original, decision.userId);
    }

    Response approve(const QUrlQuery& query, const QString& userId)
    {
        const QString ruName = query.queryItemValue(u"redirect_uri"_s, QUrl::FullyDecoded);
        if (!m_server.user(u"ebay"_s, userId))
            return Response::html(400, u"<h1>Unknown sandbox user</h1>"_s);
        AuthorizationCode code;
        code.provider = u"ebay"_s;
        code.userId = userId;
        code.clientId = query.queryItemValue(u"client_id"_s, QUrl::FullyDecoded);
        code.redirectUri = ruName;
        code.scopes = query.queryItemValue(u"scope"_s, QUrl::FullyDecoded).split(u' ', Qt::SkipEmptyParts);
        if (query.queryItemValue(u"code_challenge_method"_s) == "S256"_L1)
            code.codeChallenge = query.queryItemValue(u"code_challenge"_s, QUrl::FullyDecoded);
        code.expiresAt = m_server.now().addSecs(299);
        const QString text = m_server.issueCode(code);
        QUrl target(m_server.config().ruNames.value(ruName));
        QUrlQuery q(target);
        q.addQueryItem(u"state"_s, query.queryItemValue(u"state"_s, QUrl::FullyDecoded));
        q.addQueryItem(u"code"_s, QString::fromLatin1(QUrl::toPercentEncoding(text)));
        q.addQueryItem(u"expires_in"_s, u"299"_s);
        target.setQuery(q);
        return Response::redirect(target);
    }

    Response token(const Request& r)
    {
        const QByteArray auth = r.header("authorization");
        const QList<QByteArray> credentials = QByteArray::fromBase64(auth.mid(6)).split(':');
        if (!auth.startsWith("Basic ") || credentials.size() != 2 ||
            m_server.config().clients.value(QString::fromUtf8(credentials[0])) != QString::fromUtf8(credentials[1]) ||
            !m_server.config().clients.contains(QString::fromUtf8(credentials[0]))) {
            return oauthError(401, u"invalid_client"_s, u"client authentication failed"_s);
        }
        const QString clientId = QString::fromUtf8(credentials[0]);
        if (!r.header("content-type").startsWith("application/x-www-form-urlencoded"))
            return oauthError(400, u"invalid_request"_s, u"request is missing a required parameter or malformed."_s);
        const QUrlQuery form = r.form();
        const QString grant = form.queryItemValue(u"grant_type"_s);
        const QDateTime now = m_server.now();
        const Config& config = m_server.config();

        if (grant == "authorization_code"_L1) {
            const QString codeText = form.queryItemValue(u"code"_s, QUrl::FullyDecoded);
            const QString redirect = form.queryItemValue(u"redirect_uri"_s, QUrl::FullyDecoded);
            if (codeText.isEmpty() || redirect.isEmpty())
                return oauthError(400, u"invalid_request"_s,
                                  u"request is missing a required parameter or malformed."_s);
            AuthorizationCode* code = m_server.code(codeText);
            const QString invalid =
                u"the provided authorization grant code is invalid or was issued to another client"_s;
            if (!code || code->used || code->expiresAt <= now || code->clientId != clientId ||
                code->redirectUri != redirect)
                return oauthError(400, u"invalid_grant"_s, invalid);
            code->used = true; // single use, even when the rest of the exchange fails
            if (!SandboxServer::pkceMatches(*code, form.queryItemValue(u"code_verifier"_s, QUrl::FullyDecoded)))
                return oauthError(400, u"invalid_grant"_s, invalid);
            Token access {u"ebay"_s,    code->userId,
                          u"access"_s,  clientId,
                          code->scopes, now.addSecs(config.accessTokenSeconds),
                          false,        0};
            Token refresh {u"ebay"_s,    code->userId,
                           u"refresh"_s, clientId,
                           code->scopes, now.addSecs(config.refreshTokenSeconds),
                           false,        0};
            return Response::json(
                200,
                QJsonObject {
                    {u"access_token"_s, m_server.issueToken(access, u"v^1.1#i^1#p^3#r^0#I^3#f^0#t^"_s)},
                    {u"expires_in"_s, config.accessTokenSeconds},
                    {u"refresh_token"_s, m_server.issueToken(refresh, u"v^1.1#i^1#p^3#r^1#I^3#f^0#t^"_s)},
                    {u"refresh_token_expires_in"_s, config.refreshTokenSeconds},
                    {u"token_type"_s, u"User Access Token"_s},
                });
        }
        if (grant == "refresh_token"_L1) {
            const QString text = form.queryItemValue(u"refresh_token"_s, QUrl::FullyDecoded);
            if (text.isEmpty())
                return oauthError(400, u"invalid_request"_s,
                                  u"request is missing a required parameter or malformed."_s);
            const Token* refresh = m_server.token(text);
            if (!refresh || refresh->kind != "refresh"_L1 || refresh->provider != "ebay"_L1 || refresh->revoked ||
                refresh->expiresAt <= now || refresh->clientId != clientId)
                return oauthError(
                    400, u"invalid_grant"_s,
                    u"the provided authorization refresh token is invalid or was issued to another client"_s);
            Token access {u"ebay"_s,       refresh->userId,
                          u"access"_s,     clientId,
                          refresh->scopes, now.addSecs(config.accessTokenSeconds),
                          false,           0};
            // eBay does not rotate refresh tokens: the answer carries a new access token only.
            return Response::json(
                200,
                QJsonObject {
                    {u"access_token"_s, m_server.issueToken(access, u"v^1.1#i^1#p^3#r^0#I^3#f^0#t^"_s)},
                    {u"expires_in"_s, config.accessTokenSeconds},
                    {u"token_type"_s, u"User Access Token"_s},
                });
        }
        return oauthError(400, u"unsupported_grant_type"_s,
                          u"grant type in request is not supported by the authorization server"_s);
    }

    // ---- Identity and health

    Response identity(const Request& r)
    {
        QString userId;
        if (auto error = m_server.authorize(r.bearerToken(), u"ebay"_s, *this, &userId))
            return *error;
        const User* u = m_server.user(u"ebay"_s, userId);
        return Response::json(200,
                              QJsonObject {{u"userId"_s, u->id},
                                           {u"username"_s, u->username},
                                           {u"accountType"_s, u"BUSINESS"_s},
                                           {u"registrationMarketplaceId"_s, u->marketplaceId},
                                           {u"status"_s, u"CONFIRMED"_s}});
    }

    Response tradingFailure(const QString& shortMessage, const QString& longMessage, const QString& code) const
    {
        return Response::xml(
            200,
            u"<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<GetUserResponse xmlns=\"urn:ebay:apis:eBLBaseComponents\">"
            "<Timestamp>%1</Timestamp><Ack>Failure</Ack><Errors><ShortMessage>%2</ShortMessage>"
            "<LongMessage>%3</LongMessage><ErrorCode>%4</ErrorCode><SeverityCode>Error</SeverityCode>"
            "<ErrorClassification>RequestError</ErrorClassification></Errors><Version>1031</Version>"
            "<Build>E1031_CORE_APISIGNIN_18531943_R1</Build></GetUserResponse>"_s
                .arg(iso(m_server.now()), xmlEscape(shortMessage), xmlEscape(longMessage), code)
                .toUtf8());
    }

    Response trading(const Request& r)
    {
        if (r.header("x-ebay-api-call-name") != "GetUser")
            return tradingFailure(u"Unsupported API call."_s, u"The API call is not supported by the sandbox."_s,
                                  u"2"_s);
        const Token* t = m_server.token(QString::fromUtf8(r.header("x-ebay-api-iaf-token")));
        if (!t || t->provider != "ebay"_L1 || t->kind != "access"_L1 || t->revoked)
            return tradingFailure(u"Invalid IAF token."_s, u"IAF token supplied is invalid. "_s, u"21916984"_s);
        if (t->expiresAt <= m_server.now())
            return tradingFailure(u"Expired IAF token."_s, u"IAF token supplied is expired. "_s, u"21917053"_s);
        const User* u = m_server.user(u"ebay"_s, t->userId);
        const QString site = u->marketplaceId.mid(5) == "GB"_L1 ? u"UK"_s : u->marketplaceId.mid(5);
        return Response::xml(
            200,
            u"<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<GetUserResponse xmlns=\"urn:ebay:apis:eBLBaseComponents\">"
            "<Timestamp>%1</Timestamp><Ack>Success</Ack><Version>1031</Version>"
            "<Build>E1031_CORE_APISIGNIN_18531943_R1</Build><User><AboutMePage>false</AboutMePage>"
            "<Email>%2</Email><FeedbackScore>42</FeedbackScore><eBayGoodStanding>true</eBayGoodStanding>"
            "<NewUser>false</NewUser><RegistrationDate>2019-03-01T10:00:00.000Z</RegistrationDate><Site>%3</Site>"
            "<Status>Confirmed</Status><UserID>%4</UserID><UserIDChanged>false</UserIDChanged>"
            "<SellerInfo><AllowPaymentEdit>true</AllowPaymentEdit><SellerLevel>None</SellerLevel>"
            "<StoreOwner>false</StoreOwner></SellerInfo></User></GetUserResponse>"_s
                .arg(iso(m_server.now()), xmlEscape(u->email), site, xmlEscape(u->username))
                .toUtf8());
    }

    // ---- Fulfillment

    EbayOrder* findOrder(const QString& userId, const QString& orderId)
    {
        for (EbayOrder& o : m_orders) {
            if (o.orderId == orderId && o.sellerUserId == userId)
                return &o;
        }
        return nullptr;
    }

    static bool parseRange(const QString& text, QDateTime* from, QDateTime* to)
    {
        // [2016-03-21T08:25:43.511Z..2016-04-21T08:25:43.511Z] or [2016-03-21T08:25:43.511Z..]
        if (!text.startsWith(u'[') || !text.endsWith(u']') || !text.contains(u".."_s))
            return false;
        const QStringList parts = text.mid(1, text.size() - 2).split(u".."_s);
        *from = QDateTime::fromString(parts.value(0), Qt::ISODateWithMs);
        *to = parts.value(1).isEmpty() ? QDateTime() : QDateTime::fromString(parts.value(1), Qt::ISODateWithMs);
        return from->isValid() && (parts.value(1).isEmpty() || to->isValid());
    }

    Response getOrders(const Request& r)
    {
        QString userId;
        if (auto error = m_server.authorize(r.bearerToken(), u"ebay"_s, *this, &userId))
            return *error;
        bool limitOk = true;
        bool offsetOk = true;
        const QString limitText = r.query.queryItemValue(u"limit"_s);
        const QString offsetText = r.query.queryItemValue(u"offset"_s);
        const int limit = limitText.isEmpty() ? 50 : limitText.toInt(&limitOk);
        const int offset = offsetText.isEmpty() ? 0 : offsetText.toInt(&offsetOk);
        if (!limitOk || limit < 1 || limit > 200 || !offsetOk || offset < 0)
            return errorResponse(400,
                                 u"The 'limit' or 'offset' value is invalid: limit is 1 to 200, offset 0 or more."_s);

        QDateTime createdFrom, createdTo, modifiedFrom, modifiedTo;
        QStringList statuses;
        const QString filter = r.query.queryItemValue(u"filter"_s, QUrl::FullyDecoded);
        // Criteria are comma-separated; commas never occur inside [] or {}.
        for (const QString& criterion : filter.split(u',', Qt::SkipEmptyParts)) {
            const QString name = criterion.section(u':', 0, 0).trimmed();
            const QString value = criterion.section(u':', 1).trimmed();
            bool ok = true;
            if (name == "creationdate"_L1)
                ok = parseRange(value, &createdFrom, &createdTo);
            else if (name == "lastmodifieddate"_L1)
                ok = parseRange(value, &modifiedFrom, &modifiedTo);
            else if (name == "orderfulfillmentstatus"_L1 && value.startsWith(u'{') && value.endsWith(u'}'))
                statuses = value.mid(1, value.size() - 2).split(u'|');
            else
                ok = false;
            if (!ok)
                return errorResponse(400, u"The 'filter' value %1 is invalid."_s.arg(criterion));
        }
        const QStringList ids = r.query.queryItemValue(u"orderIds"_s).split(u',', Qt::SkipEmptyParts);

        QList<const EbayOrder*> matching;
        for (int index : newestFirst(userId)) {
            const EbayOrder& o = m_orders.at(index);
            if (!ids.isEmpty()) {
                if (ids.contains(o.orderId))
                    matching << &o;
                continue;
            }
            if ((createdFrom.isValid() && o.created < createdFrom) || (createdTo.isValid() && o.created > createdTo) ||
                (modifiedFrom.isValid() && o.modified < modifiedFrom) ||
                (modifiedTo.isValid() && o.modified > modifiedTo) ||
                (!statuses.isEmpty() && !statuses.contains(o.fulfillmentStatus())))
                continue;
            matching << &o;
        }

        QJsonArray orders;
        for (int i = offset; i < std::min<int>(offset + limit, int(matching.size())); ++i)
            orders << orderJson(*matching.at(i));
        const auto pageUrl = [&](int pageOffset) {
            QUrl url = m_server.baseUrl().resolved(QUrl(r.url.path()));
            QUrlQuery q(r.query);
            q.removeAllQueryItems(u"offset"_s);
            q.removeAllQueryItems(u"limit"_s);
            q.addQueryItem(u"limit"_s, QString::number(limit));
            q.addQueryItem(u"offset"_s, QString::number(pageOffset));
            url.setQuery(q);
            return url.toString();
        };
        QJsonObject page {{u"href"_s, pageUrl(offset)},
                          {u"total"_s, int(matching.size())},
                          {u"limit"_s, limit},
                          {u"offset"_s, offset},
                          {u"orders"_s, orders}};
        if (offset + limit < matching.size())
            page.insert(u"next"_s, pageUrl(offset + limit));
        if (offset > 0)
            page.insert(u"prev"_s, pageUrl(std::max(0, offset - limit)));
        if (ids.isEmpty()) // between two pages the seller's orders change
            churn(
                m_server, m_orders, [&](const EbayOrder& o) { return o.sellerUserId == userId; },
                [this](EbayOrder& o) { o.modified = std::max(m_server.now(), o.modified.addMSecs(1)); });
        return Response::json(200, page);
    }

    Response getOrder(const Request& r)
    {
        QString userId;
        if (auto error = m_server.authorize(r.bearerToken(), u"ebay"_s, *this, &userId))
            return *error;
        const EbayOrder* o = findOrder(userId, r.match.captured(1));
        if (!o)
            return errorResponse(404, u"Order ID %1 was not found."_s.arg(r.match.captured(1)));
        return Response::json(200, orderJson(*o));
    }

    Response createShippingFulfillment(const Request& r)
    {
        QString userId;
        if (auto error = m_server.authorize(r.bearerToken(), u"ebay"_s, *this, &userId))
            return *error;
        EbayOrder* o = findOrder(userId, r.match.captured(1));
        if (!o)
            return errorResponse(404, u"Order ID %1 was not found."_s.arg(r.match.captured(1)));
        const QJsonObject body = r.jsonBody();
        const QString carrier = body.value("shippingCarrierCode"_L1).toString();
        const QString tracking = body.value("trackingNumber"_L1).toString();
        const QJsonArray lines = body.value("lineItems"_L1).toArray();
        if (carrier.isEmpty() || tracking.isEmpty() || lines.isEmpty())
            return errorResponse(400, u"lineItems, shippingCarrierCode and trackingNumber are required."_s);
        // Sandbox choice: a cancelled or already shipped order answers 409 with errorId 32500 (eBay documents
        // these conflicts in prose only).
        if (o->cancelled())
            return errorResponse(409, u"The order has been cancelled and cannot be shipped."_s);
        Fulfillment f;
        for (const QJsonValue& value : lines) {
            const QString lineId = value.toObject().value("lineItemId"_L1).toString();
            const int quantity = value.toObject().value("quantity"_L1).toInt(0);
            auto line =
                std::find_if(o->lines.begin(), o->lines.end(), [&](const Line& l) { return l.lineItemId == lineId; });
            if (line == o->lines.end())
                return errorResponse(400, u"Line item %1 is not part of order %2."_s.arg(lineId, o->orderId));
            if (quantity < 1 || line->fulfilledQuantity + quantity > line->quantity)
                return errorResponse(409, u"Line item %1 is already fulfilled."_s.arg(lineId));
            f.lines << qMakePair(lineId, quantity);
        }
        for (const auto& [lineId, quantity] : std::as_const(f.lines)) {
            auto line =
                std::find_if(o->lines.begin(), o->lines.end(), [&](const Line& l) { return l.lineItemId == lineId; });
            line->fulfilledQuantity += quantity;
        }
        f.id = QString::number(++m_nextFulfillment);
        f.carrier = carrier;
        f.tracking = tracking;
        f.shippedAt = QDateTime::fromString(body.value("shippedDate"_L1).toString(), Qt::ISODateWithMs);
        if (!f.shippedAt.isValid())
            f.shippedAt = m_server.now();
        o->fulfillments << f;
        o->modified = m_server.now();
        m_server.recordAction(u"ebay"_s, u"ship"_s, o->orderId, f.tracking);
        Response response;
        response.status = 201;
        response.headers << qMakePair(QByteArray("Location"),
                                      (m_server.baseUrl().toString() + u"/sell/fulfillment/v1/order/"_s + o->orderId +
                                       u"/shipping_fulfillment/"_s + f.id)
                                          .toUtf8());
        return response;
    }

    /// Post-Order v2 cancellation by the seller (eBay documents it in HTML only): legacyOrderId (the order id of
    /// orders created since 2020), cancelReason BUYER_ASKED_CANCEL, OUT_OF_STOCK_OR_CANNOT_FULFILL or
    /// ADDRESS_ISSUES. A cancelled or shipped order answers 409 (a sandbox choice, like shipping's).
    Response createCancellation(const Request& r)
    {
        QString userId;
        if (auto error = authorizeIaf(r, &userId))
            return *error;
        const QJsonObject body = r.jsonBody();
        EbayOrder* o = findOrder(userId, body.value("legacyOrderId"_L1).toString());
        if (!o)
            return errorResponse(404, u"Order %1 was not found."_s.arg(body.value("legacyOrderId"_L1).toString()));
        const QString reason = body.value("cancelReason"_L1).toString();
        static const QStringList reasons {u"BUYER_ASKED_CANCEL"_s, u"OUT_OF_STOCK_OR_CANNOT_FULFILL"_s,
                                          u"ADDRESS_ISSUES"_s};
        if (!reasons.contains(reason))
            return errorResponse(400, u"cancelReason %1 is not valid."_s.arg(reason));
        if (o->cancelled())
            return errorResponse(409, u"The order has already been cancelled."_s);
        if (!o->fulfillments.isEmpty())
            return errorResponse(409, u"The order has shipped and cannot be cancelled."_s);
        cancel(*o, m_server.now());
        m_open[o->sellerUserId].clear();
        for (int i = 0; i < m_orders.size(); ++i) {
            if (m_orders.at(i).sellerUserId == o->sellerUserId)
                trackIfOpen(i);
        }
        m_server.recordAction(u"ebay"_s, u"cancel"_s, o->orderId, reason);
        return Response::json(201,
                              QJsonObject {{u"cancelId"_s, QString::number(5100000000LL + ++m_nextFulfillment)},
                                           {u"cancelStatus"_s, u"CANCEL_CLOSED_WITH_REFUND"_s}});
    }

    bool cancelOrder(const QString& orderId) override
    {
        for (EbayOrder& o : m_orders) {
            if (o.orderId == orderId && !o.cancelled()) {
                cancel(o, std::max(m_server.now(), o.modified.addSecs(1))); // a change comes after the last one
                return true;
            }
        }
        return false;
    }

    Response getShippingFulfillments(const Request& r)
    {
        QString userId;
        if (auto error = m_server.authorize(r.bearerToken(), u"ebay"_s, *this, &userId))
            return *error;
        const EbayOrder* o = findOrder(userId, r.match.captured(1));
        if (!o)
            return errorResponse(404, u"Order ID %1 was not found."_s.arg(r.match.captured(1)));
        QJsonArray list;
        for (const Fulfillment& f : o->fulfillments) {
            QJsonArray lines;
            for (const auto& [lineId, quantity] : f.lines)
                lines << QJsonObject {{u"lineItemId"_s, lineId}, {u"quantity"_s, quantity}};
            list << QJsonObject {{u"fulfillmentId"_s, f.id},
                                 {u"shipmentTrackingNumber"_s, f.tracking},
                                 {u"shippingCarrierCode"_s, f.carrier},
                                 {u"shippedDate"_s, iso(f.shippedAt)},
                                 {u"lineItems"_s, lines}};
        }
        return Response::json(200, QJsonObject {{u"fulfillments"_s, list}, {u"total"_s, int(list.size())}});
    }

    /// Indexes the order if it still waits to be shipped (and is not cancelled).
    void trackIfOpen(int index)
    {
        const EbayOrder& o = m_orders.at(index);
        if (!o.cancelled() && o.fulfillmentStatus() == "NOT_STARTED"_L1)
            m_open[o.sellerUserId].append(index);
    }

    // ---- Inventory (Sell Inventory API)

    QJsonObject inventoryJson(const InventoryItem& item) const
    {
        return QJsonObject {
            {u"sku"_s, item.sku},
            {u"locale"_s, u"en_US"_s},
            {u"condition"_s, u"NEW"_s},
            {u"product"_s,
             QJsonObject {
                 {u"title"_s, item.title}, {u"description"_s, item.description}, {u"imageUrls"_s, QJsonArray()}}},
            {u"availability"_s,
             QJsonObject {{u"shipToLocationAvailability"_s, QJsonObject {{u"quantity"_s, item.quantity}}}}}};
    }

    QJsonObject offerJson(const Offer& o) const
    {
        QJsonObject offer {{u"offerId"_s, o.offerId},
                           {u"sku"_s, o.sku},
                           {u"marketplaceId"_s, o.marketplaceId},
                           {u"format"_s, u"FIXED_PRICE"_s},
                           {u"availableQuantity"_s, o.quantity},
                           {u"categoryId"_s, u"20625"_s},
                           {u"merchantLocationKey"_s, u"warehouse-a"_s},
                           {u"pricingSummary"_s, QJsonObject {{u"price"_s, amountJson(o.priceMinor, o.currency)}}},
                           {u"status"_s, o.published ? u"PUBLISHED"_s : u"UNPUBLISHED"_s}};
        if (o.published)
            offer.insert(
                u"listing"_s,
                QJsonObject {{u"listingId"_s, o.listingId}, {u"listingStatus"_s, u"ACTIVE"_s}, {u"soldQuantity"_s, 0}});
        return offer;
    }

    static std::optional<std::pair<int, int>> paging(const Request& r, int maxLimit, int defaultLimit)
    {
        bool ok1 = true;
        bool ok2 = true;
        const QString l = r.query.queryItemValue(u"limit"_s);
        const QString o = r.query.queryItemValue(u"offset"_s);
        const int limit = l.isEmpty() ? defaultLimit : l.toInt(&ok1);
        const int offset = o.isEmpty() ? 0 : o.toInt(&ok2);
        if (!ok1 || !ok2 || limit < 1 || limit > maxLimit || offset < 0)
            return std::nullopt;
        return std::pair<int, int>(limit, offset);
    }

    Response getInventoryItems(const Request& r)
    {
        QString userId;
        if (auto error = m_server.authorize(r.bearerToken(), u"ebay"_s, *this, &userId))
            return *error;
        const auto page = paging(r, 200, 25);
        if (!page)
            return errorResponse(400, u"The 'limit' or 'offset' value is invalid."_s);
        const QList<InventoryItem> items = m_inventory.value(userId).values();
        QJsonArray list;
        for (int i = page->second; i < std::min<int>(page->second + page->first, int(items.size())); ++i)
            list << inventoryJson(items.at(i));
        return Response::json(200,
                              QJsonObject {{u"href"_s, QString(m_server.baseUrl().toString() + r.url.toString())},
                                           {u"total"_s, int(items.size())},
                                           {u"size"_s, int(list.size())},
                                           {u"limit"_s, page->first},
                                           {u"inventoryItems"_s, list}});
    }

    Response getInventoryItem(const Request& r)
    {
        QString userId;
        if (auto error = m_server.authorize(r.bearerToken(), u"ebay"_s, *this, &userId))
            return *error;
        const QString sku = QUrl::fromPercentEncoding(r.match.captured(1).toUtf8());
        if (!m_inventory.value(userId).contains(sku))
            return errorResponse(404, u"No inventory item with SKU %1."_s.arg(sku));
        return Response::json(200, inventoryJson(m_inventory.value(userId).value(sku)));
    }

    Response putInventoryItem(const Request& r)
    {
        QString userId;
        if (auto error = m_server.authorize(r.bearerToken(), u"ebay"_s, *this, &userId))
            return *error;
        if (r.header("content-language").isEmpty())
            return errorResponse(400, u"The Content-Language header is required (for example en-US)."_s);
        const QJsonObject body = r.jsonBody();
        const QString sku = QUrl::fromPercentEncoding(r.match.captured(1).toUtf8());
        const QString title = body.value("product"_L1).toObject().value("title"_L1).toString();
        if (sku.isEmpty() || sku.size() > 50 || title.isEmpty())
            return errorResponse(400, u"A SKU of at most 50 characters and product.title are required."_s);
        const bool existed = m_inventory.value(userId).contains(sku);
        InventoryItem item = m_inventory.value(userId).value(sku);
        item.sku = sku;
        item.title = title;
        item.description = body.value("product"_L1).toObject().value("description"_L1).toString();
        item.quantity = body.value("availability"_L1)
                            .toObject()
                            .value("shipToLocationAvailability"_L1)
                            .toObject()
                            .value("quantity"_L1)
                            .toInt();
        m_inventory[userId].insert(sku, item);
        Response response;
        response.status = existed ? 204 : 201;
        return response;
    }

    Response getOffers(const Request& r)
    {
        QString userId;
        if (auto error = m_server.authorize(r.bearerToken(), u"ebay"_s, *this, &userId))
            return *error;
        const QString sku = r.query.queryItemValue(u"sku"_s, QUrl::FullyDecoded);
        if (sku.isEmpty())
            return errorResponse(400, u"The sku query parameter is required."_s);
        QJsonArray list;
        for (const Offer& o : m_offers.value(userId)) {
            if (o.sku == sku)
                list << offerJson(o);
        }
        if (list.isEmpty())
            return errorResponse(404, u"No offer found for SKU %1."_s.arg(sku));
        return Response::json(200,
                              QJsonObject {{u"href"_s, QString(m_server.baseUrl().toString() + r.url.toString())},
                                           {u"total"_s, int(list.size())},
                                           {u"size"_s, int(list.size())},
                                           {u"limit"_s, 25},
                                           {u"offers"_s, list}});
    }

    Response createOffer(const Request& r)
    {
        QString userId;
        if (auto error = m_server.authorize(r.bearerToken(), u"ebay"_s, *this, &userId))
            return *error;
        const QJsonObject body = r.jsonBody();
        const QString sku = body.value("sku"_L1).toString();
        if (!m_inventory.value(userId).contains(sku))
            return errorResponse(400, u"Create the inventory item %1 before its offer."_s.arg(sku));
        const QString marketplace = body.value("marketplaceId"_L1).toString();
        for (const Offer& o : m_offers.value(userId)) {
            if (o.sku == sku && o.marketplaceId == marketplace)
                return errorResponse(
                    409, u"An offer for SKU %1 on %2 already exists (offerId %3)."_s.arg(sku, marketplace, o.offerId));
        }
        const QJsonObject price = body.value("pricingSummary"_L1).toObject().value("price"_L1).toObject();
        const auto minor = seed::parseDecimal(price.value("value"_L1).toString());
        if (!minor || price.value("currency"_L1).toString().size() != 3)
            return errorResponse(400, u"pricingSummary.price needs a decimal value and an ISO 4217 currency."_s);
        Offer offer {QString::number(++m_nextOffer),
                     sku,
                     marketplace,
                     price.value("currency"_L1).toString(),
                     *minor,
                     body.value("availableQuantity"_L1).toInt(),
                     {},
                     false};
        m_offers[userId].append(offer);
        return Response::json(201, QJsonObject {{u"offerId"_s, offer.offerId}});
    }

    Response publishOffer(const Request& r)
    {
        QString userId;
        if (auto error = m_server.authorize(r.bearerToken(), u"ebay"_s, *this, &userId))
            return *error;
        for (Offer& o : m_offers[userId]) {
            if (o.offerId == r.match.captured(1)) {
                if (!o.published) {
                    o.published = true;
                    o.listingId = QString::number(110000000000LL + m_nextOffer++ % 1000000);
                }
                return Response::json(200, QJsonObject {{u"listingId"_s, o.listingId}});
            }
        }
        return errorResponse(404, u"No offer %1."_s.arg(r.match.captured(1)));
    }

    // ---- Returns (Post-Order API v2: "Authorization: IAF <token>"; eBay documents it in HTML only)

    QJsonObject returnJson(const EbayOrder& o) const
    {
        const Line& line = o.lines.first();
        const User* seller = m_server.user(u"ebay"_s, o.sellerUserId);
        return QJsonObject {
            {u"returnId"_s, QString::number(5000000000LL + qHash(o.orderId) % 1000000000)},
            {u"orderId"_s, o.orderId},
            {u"buyerLoginName"_s, o.buyerUsername},
            {u"sellerLoginName"_s, seller ? seller->username : QString()},
            {u"currentType"_s, u"MONEY_BACK"_s},
            {u"state"_s, u"RETURN_REQUESTED"_s},
            {u"status"_s, u"RETURN_REQUESTED"_s},
            {u"creationInfo"_s,
             QJsonObject {{u"item"_s,
                           QJsonObject {{u"itemId"_s, line.legacyItemId},
                                        {u"transactionId"_s, line.lineItemId},
                                        {u"returnQuantity"_s, 1}}},
                          {u"type"_s, u"MONEY_BACK"_s},
                          {u"reason"_s, u"NOT_AS_DESCRIBED"_s},
                          {u"reasonType"_s, u"SNAD"_s},
                          {u"comments"_s, QJsonObject {{u"content"_s, u"La couleur ne correspond pas à la photo."_s}}},
                          {u"creationDate"_s, QJsonObject {{u"value"_s, iso(o.modified.addDays(5))}}}}},
            {u"sellerTotalRefund"_s,
             QJsonObject {{u"estimatedRefundAmount"_s, amountJson(line.unitMinor, o.currency)}}},
        };
    }

    QList<const EbayOrder*> returnedOrders(const QString& userId) const
    {
        QList<const EbayOrder*> list;
        for (const EbayOrder& o : m_orders) {
            if (o.sellerUserId == userId && o.fulfillmentStatus() == "FULFILLED"_L1 && qHash(o.orderId) % 5 == 0)
                list << &o;
        }
        return list;
    }

    std::optional<Response> authorizeIaf(const Request& r, QString* userId)
    {
        const QByteArray value = r.header("authorization");
        if (!value.startsWith("IAF "))
            return errorResponse(401, u"Missing IAF authorization"_s);
        return m_server.authorize(QString::fromUtf8(value.mid(4)).trimmed(), u"ebay"_s, *this, userId);
    }

    Response searchReturns(const Request& r)
    {
        QString userId;
        if (auto error = authorizeIaf(r, &userId))
            return *error;
        const QList<const EbayOrder*> list = returnedOrders(userId);
        const int limit = std::clamp(r.query.queryItemValue(u"limit"_s).toInt(), 1, 200);
        const int offset = std::max(1, r.query.queryItemValue(u"offset"_s).toInt()); // 1-based pages
        QJsonArray members;
        for (int i = (offset - 1) * limit; i < std::min<int>(offset * limit, int(list.size())); ++i)
            members << returnJson(*list.at(i));
        return Response::json(200,
                              QJsonObject {{u"members"_s, members},
                                           {u"total"_s, int(list.size())},
                                           {u"paginationOutput"_s,
                                            QJsonObject {{u"offset"_s, offset},
                                                         {u"limit"_s, limit},
                                                         {u"totalEntries"_s, int(list.size())},
                                                         {u"totalPages"_s, int((list.size() + limit - 1) / limit)}}}});
    }

    Response getReturn(const Request& r)
    {
        QString userId;
        if (auto error = authorizeIaf(r, &userId))
            return *error;
        for (const EbayOrder* o : returnedOrders(userId)) {
            if (returnJson(*o).value("returnId"_L1).toString() == r.match.captured(1))
                return Response::json(200, QJsonObject {{u"summary"_s, returnJson(*o)}});
        }
        return errorResponse(404, u"Return %1 was not found."_s.arg(r.match.captured(1)));
    }

    /// The seller's orders as eBay returns them, newest first by creation date: sorted once per change of the
    /// order list (orders are only ever appended, or all cleared), not once per page.
    const QList<int>& newestFirst(const QString& userId)
    {
        if (m_newestFirstSize != m_orders.size()) {
            m_newestFirst.clear();
            m_newestFirstSize = m_orders.size();
        }
        auto cached = m_newestFirst.find(userId);
        if (cached != m_newestFirst.end())
            return *cached;
        QList<int> indexes;
        for (int i = 0; i < m_orders.size(); ++i) {
            if (m_orders.at(i).sellerUserId == userId)
                indexes << i;
        }
        std::sort(indexes.begin(), indexes.end(), [this](int x, int y) {
            const EbayOrder& a = m_orders.at(x);
            const EbayOrder& b = m_orders.at(y);
            return a.created != b.created ? a.created > b.created : a.orderId < b.orderId;
        });
        return *m_newestFirst.insert(userId, indexes);
    }

    SandboxServer& m_server;
    QHash<QString, QList<int>> m_newestFirst; ///< seller → indexes into m_orders, newest first
    qsizetype m_newestFirstSize = -1; ///< the size of m_orders when m_newestFirst was filled
    QHash<QString, QMap<QString, InventoryItem>> m_inventory; ///< seller → SKU → item
    QHash<QString, QList<Offer>> m_offers; ///< seller → offers
    qint64 m_nextOffer = 0;
    QList<EbayOrder> m_orders;
    QHash<QString, QList<int>> m_open; ///< seller → indexes of open orders in creation order
    QDateTime m_base;
    qint64 m_lastTick = 0;
    qint64 m_nextFulfillment = 0;
};

} // namespace

Provider* makeEbay(SandboxServer& server)
{
    return new Ebay(server);
}

} // namespace md::sandbox
