// Amazon in the sandbox: the Seller Central consent step, Login with Amazon's token endpoint, Sellers
// getMarketplaceParticipations, Orders 2026-01-01 searchOrders/getOrder and Orders v0 confirmShipment — shaped
// as in ../shared/api-contracts/amazon. SP-API takes the access token in x-amz-access-token and answers every
// call with x-amzn-RateLimit-Limit and x-amzn-RequestId.

#include "SandboxServer.h"
#include "SeedData.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QMap>
#include <QUrlQuery>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace md::sandbox {

namespace {

constexpr qint64 kTickSeconds = 600;
constexpr int kRefreshDays = 365; // sellers authorize again every year

struct Marketplace {
    QString id;
    QString name;
    QString country;
    QString currency;
    QString language;
    QString domain;
};

const QList<Marketplace>& marketplaces()
{
    static const QList<Marketplace> list {
        {u"ATVPDKIKX0DER"_s, u"Amazon.com"_s, u"US"_s, u"USD"_s, u"en_US"_s, u"www.amazon.com"_s},
        {u"A2EUQ1WTGCTBG2"_s, u"Amazon.ca"_s, u"CA"_s, u"CAD"_s, u"en_CA"_s, u"www.amazon.ca"_s},
    };
    return list;
}

struct Item {
    QString orderItemId;
    QString asin;
    QString sku;
    QString title;
    int quantity = 1;
    int shipped = 0;
    qint64 unitMinor = 0;
};

struct Package {
    QString reference;
    QString carrier;
    QString tracking;
    QDateTime shippedAt;
    QList<QPair<QString, int>> items;
};

struct Listing {
    QString sku;
    QString title;
    QString asin;
    QString marketplaceId;
    qint64 priceMinor = 0;
    int quantity = 0;
    QDateTime created;
    QDateTime updated;
};

struct AmazonOrder {
    QString orderId;
    QString sellerId;
    QString marketplaceId;
    QString currency;
    QDateTime created;
    QDateTime updated;
    bool cancelled = false;
    bool pending = false;
    QString buyerName;
    QString buyerEmail;
    QString line1;
    QString city;
    QString region;
    QString postalCode;
    QString countryCode;
    QList<Item> items;
    qint64 shippingMinor = 0;
    qint64 taxMinor = 0;
    QList<Package> packages;

    qint64 itemsTotal() const
    {
        qint64 sum = 0;
        for (const Item& i : items)
            sum += i.unitMinor * i.quantity;
        return sum;
    }
    QString status() const
    {
        if (cancelled)
            return u"CANCELLED"_s;
        if (pending)
            return u"PENDING"_s;
        int ordered = 0;
        int shipped = 0;
        for (const Item& i : items) {
            ordered += i.quantity;
            shipped += i.shipped;
        }
        return shipped == 0 ? u"UNSHIPPED"_s : shipped < ordered ? u"PARTIALLY_SHIPPED"_s : u"SHIPPED"_s;
    }
};

QJsonObject money(qint64 minor, const QString& currency)
{
    return QJsonObject {{u"amount"_s, seed::decimal(minor)}, {u"currencyCode"_s, currency}};
}

class Amazon final : public Provider {
public:
    explicit Amazon(SandboxServer& server)
        : m_server(server)
    {
    }

    void registerRoutes(SandboxServer& s) override
    {
        using M = QHttpServerRequest::Method;
        s.route(
            u"amazon.consent"_s, M::Get, u"/apps/authorize/consent"_s, [this](const Request& r) { return consent(r); },
            this);
        s.route(
            u"amazon.decision"_s, M::Post, u"/apps/authorize/decision"_s,
            [this](const Request& r) { return decision(r); }, this);
        s.route(
            u"amazon.token"_s, M::Post, u"/auth/o2/token"_s, [this](const Request& r) { return token(r); }, this);
        s.route(
            u"amazon.getMarketplaceParticipations"_s, M::Get, u"/sellers/v1/marketplaceParticipations"_s,
            [this](const Request& r) { return participations(r); }, this);
        s.route(
            u"amazon.searchOrders"_s, M::Get, u"/orders/2026-01-01/orders"_s,
            [this](const Request& r) { return searchOrders(r); }, this);
        s.route(
            u"amazon.getOrder"_s, M::Get, u"/orders/2026-01-01/orders/([^/]+)"_s,
            [this](const Request& r) { return getOrder(r); }, this);
        s.route(
            u"amazon.getListingsItem"_s, M::Get, u"/listings/2021-08-01/items/([^/]+)/([^/]+)"_s,
            [this](const Request& r) { return getListingsItem(r); }, this);
        s.route(
            u"amazon.putListingsItem"_s, M::Put, u"/listings/2021-08-01/items/([^/]+)/([^/]+)"_s,
            [this](const Request& r) { return putListingsItem(r); }, this);
        s.route(
            u"amazon.searchListingsItems"_s, M::Get, u"/listings/2021-08-01/items/([^/]+)"_s,
            [this](const Request& r) { return searchListingsItems(r); }, this);
        s.route(
            u"amazon.confirmShipment"_s, M::Post, u"/orders/v0/orders/([^/]+)/shipmentConfirmation"_s,
            [this](const Request& r) { return confirmShipment(r); }, this);
    }

    void reset() override
    {
        m_orders.clear();
        m_base = m_server.epoch();
        m_lastTick = 0;
        const QList<std::pair<QString, QString>> sellers {{u"maple_goods"_s, u"Maple Goods Inc."_s},
                                                          {u"north_shelf"_s, u"North Shelf Trading"_s}};
        int index = 0;
        for (const auto& [username, display] : sellers) {
            User u;
            u.provider = u"amazon"_s;
            u.username = username;
            u.displayName = display;
            u.marketplaceId = marketplaces().at(index % marketplaces().size()).id;
            u.email = username + u"@sandbox.invalid"_s;
            // Selling partner ids look like A + 13 upper-case letters and digits.
            u.id = u"A"_s +
                QString::number(0x1F00000000000ULL + m_server.config().seed * 7919 + quint64(index) * 104729, 36)
                    .toUpper()
                    .rightJustified(13, u'0');
            m_server.addUser(u);
            for (int i = 0; i < m_server.config().ordersPerUser; ++i) {
                const QDateTime created = m_base.addSecs(-qint64(m_server.random()() % (30 * 86400)));
                m_orders << makeOrder(u, created, m_server.random());
                m_orders.last().updated = std::min(m_orders.last().updated, m_base); // no change from the future
            }
            ++index;
        }
        m_listings.clear();
        for (const User& u : m_server.users(u"amazon"_s)) {
            for (const seed::Product& product : seed::kProducts) {
                const QString sku = QString::fromUtf16(product.sku);
                if (sku.isEmpty())
                    continue;
                m_listings[u.id].insert(
                    sku,
                    Listing {sku, QString::fromUtf16(product.title),
                             u"B0"_s +
                                 QString::number(qHash(sku) % 2821109907456ULL, 36).toUpper().rightJustified(8, u'0'),
                             u.marketplaceId, product.minor, int(m_server.random()() % 30), m_base.addDays(-90),
                             m_base.addDays(-3)});
            }
        }
        m_pending.clear();
        for (int i = 0; i < m_orders.size(); ++i) {
            if (m_orders.at(i).pending)
                m_pending << i;
        }
    }

    void evolve(const QDateTime& now) override
    {
        const qint64 tick = (now.toSecsSinceEpoch() - m_base.toSecsSinceEpoch()) / kTickSeconds;
        for (qint64 t = m_lastTick + 1; t <= tick; ++t) {
            const QDateTime at = m_base.addSecs(t * kTickSeconds);
            std::mt19937_64 rng(m_server.config().seed * 2000003ULL + quint64(t));
            for (const User& u : m_server.users(u"amazon"_s)) {
                if (rng() % 2 == 0) {
                    m_orders << makeOrder(u, at, rng);
                    m_orders.last().updated = std::min(m_orders.last().updated, at); // no change from the future
                    if (m_orders.constLast().pending)
                        m_pending << int(m_orders.size()) - 1;
                }
            }
            // Payments clear half an hour after the order.
            for (qsizetype i = m_pending.size() - 1; i >= 0; --i) {
                AmazonOrder& o = m_orders[m_pending.at(i)];
                if (o.created.secsTo(at) > 1800) {
                    o.pending = false;
                    o.updated = at;
                    m_pending.removeAt(i);
                }
            }
        }
        m_lastTick = std::max(m_lastTick, tick);
    }

    Response errorResponse(int status, const QString& message) const override
    {
        QString code = u"InternalFailure"_s;
        int httpStatus = status;
        if (status == 401 || status == 403) {
            code = u"Unauthorized"_s; // SP-API answers an unusable token with 403
            httpStatus = 403;
        } else if (status == 429) {
            code = u"QuotaExceeded"_s;
        } else if (status == 400 || status == 409) {
            code = u"InvalidInput"_s; // the contract knows no 409: conflicts are 400 InvalidInput
            httpStatus = 400;
        } else if (status == 404) {
            code = u"NotFound"_s;
        }
        Response r = Response::json(
            httpStatus,
            QJsonObject {
                {u"errors"_s,
                 QJsonArray {QJsonObject {{u"code"_s, code}, {u"message"_s, message}, {u"details"_s, QString()}}}}});
        return withHeaders(r);
    }

private:
    Response withHeaders(Response r) const
    {
        r.headers << qMakePair(QByteArray("x-amzn-RateLimit-Limit"), QByteArray("0.0167"))
                  << qMakePair(QByteArray("x-amzn-RequestId"),
                               QByteArray::number(qHash(r.body), 16).rightJustified(16, '0'));
        return r;
    }

    AmazonOrder makeOrder(const User& seller, const QDateTime& created, std::mt19937_64& rng) const
    {
        AmazonOrder o;
        const quint64 n = rng();
        o.orderId = u"%1-%2-%3"_s.arg(n % 900 + 100)
                        .arg((n / 1000) % 9000000 + 1000000)
                        .arg((n / 10000000000ULL) % 9000000 + 1000000);
        o.sellerId = seller.id;
        o.marketplaceId = seller.marketplaceId;
        for (const Marketplace& m : marketplaces()) {
            if (m.id == o.marketplaceId)
                o.currency = m.currency;
        }
        o.created = created;
        o.updated = created.addSecs(qint64(rng() % 900));
        const seed::Person& p = seed::person(rng);
        o.buyerName = QString::fromUtf16(p.name);
        o.buyerEmail = u"%1@marketplace.amazon.com"_s.arg(rng() % 1000000000, 10, 36, QLatin1Char('0'));
        o.line1 = u"%1 Maple Street"_s.arg(rng() % 900 + 1);
        o.city = QString::fromUtf16(p.city);
        o.region = QString::fromUtf16(p.region);
        o.postalCode = QString::fromUtf16(p.postal);
        o.countryCode = QString::fromUtf16(p.country);
        const int count = int(rng() % 3) + 1;
        for (int i = 0; i < count; ++i) {
            const seed::Product& product = seed::product(rng);
            Item item;
            item.orderItemId = QString::number(10000000000000LL + qint64(rng() % 89999999999999LL));
            rng.discard(1); // the draw that once made a random ASIN: the seeded stream stays as it was
            // An ASIN names a product in the whole catalogue: the same for every order of it.
            item.asin = u"B0"_s +
                QString::number(1000000000ULL + quint64(seed::indexOf(product)) * 7919, 36)
                    .toUpper()
                    .rightJustified(8, u'0');
            item.sku = QString::fromUtf16(product.sku);
            item.title = QString::fromUtf16(product.title);
            item.quantity = rng() % 4 == 0 ? 3 : 1;
            item.unitMinor = product.minor;
            o.items << item;
        }
        o.shippingMinor = qint64(rng() % 3) * 399;
        o.taxMinor = o.itemsTotal() * qint64(rng() % 15) / 100;
        const int fate = int(rng() % 20);
        if (fate == 0) {
            o.cancelled = true;
        } else if (fate == 1) {
            o.pending = true;
        } else if (fate < 10 && created.secsTo(m_base) > 86400) {
            Package package {u"1"_s,
                             u"UPS"_s,
                             u"1Z%1"_s.arg(rng() % 1000000000000000ULL, 16, 10, QLatin1Char('0')),
                             created.addDays(1),
                             {}};
            for (Item& item : o.items) {
                package.items << qMakePair(item.orderItemId, item.quantity);
                item.shipped = item.quantity;
            }
            o.packages << package;
            o.updated = created.addDays(1);
        }
        return o;
    }

    QJsonObject orderJson(const AmazonOrder& o, const QStringList& included) const
    {
        QJsonArray items;
        for (const Item& i : o.items) {
            QJsonObject product {
                {u"asin"_s, i.asin},
                {u"title"_s, i.title},
                {u"condition"_s, QJsonObject {{u"conditionType"_s, u"NEW"_s}, {u"conditionSubtype"_s, u"NEW"_s}}},
                {u"price"_s, QJsonObject {{u"unitPrice"_s, money(i.unitMinor, o.currency)}}}};
            if (!i.sku.isEmpty())
                product.insert(u"sellerSku"_s, i.sku);
            QJsonObject item {
                {u"orderItemId"_s, i.orderItemId}, {u"quantityOrdered"_s, i.quantity}, {u"product"_s, product}};
            if (included.contains("PROCEEDS"_L1)) {
                item.insert(u"proceeds"_s,
                            QJsonObject {{u"proceedsTotal"_s, money(i.unitMinor * i.quantity, o.currency)},
                                         {u"breakdowns"_s,
                                          QJsonArray {QJsonObject {
                                              {u"type"_s, u"ITEM"_s},
                                              {u"subtotal"_s, money(i.unitMinor * i.quantity, o.currency)}}}}});
            }
            if (included.contains("FULFILLMENT"_L1)) {
                item.insert(u"fulfillment"_s,
                            QJsonObject {{u"quantityFulfilled"_s, i.shipped},
                                         {u"quantityUnfulfilled"_s, i.quantity - i.shipped}});
            }
            items << item;
        }
        const Marketplace* market = nullptr;
        for (const Marketplace& m : marketplaces()) {
            if (m.id == o.marketplaceId)
                market = &m;
        }
        QJsonObject order {{u"orderId"_s, o.orderId},
                           {u"createdTime"_s, seed::iso(o.created)},
                           {u"lastUpdatedTime"_s, seed::iso(o.updated)},
                           {u"salesChannel"_s,
                            QJsonObject {{u"channelName"_s, u"AMAZON"_s},
                                         {u"marketplaceId"_s, o.marketplaceId},
                                         {u"marketplaceName"_s, market ? market->name : QString()}}},
                           {u"orderItems"_s, items}};
        if (included.contains("BUYER"_L1))
            order.insert(u"buyer"_s, QJsonObject {{u"buyerName"_s, o.buyerName}, {u"buyerEmail"_s, o.buyerEmail}});
        if (included.contains("RECIPIENT"_L1)) {
            QJsonObject address {{u"name"_s, o.buyerName},
                                 {u"addressLine1"_s, o.line1},
                                 {u"city"_s, o.city},
                                 {u"postalCode"_s, o.postalCode},
                                 {u"countryCode"_s, o.countryCode},
                                 {u"addressType"_s, u"RESIDENTIAL"_s}};
            if (!o.region.isEmpty())
                address.insert(u"stateOrRegion"_s, o.region);
            order.insert(u"recipient"_s, QJsonObject {{u"deliveryAddress"_s, address}});
        }
        if (included.contains("PROCEEDS"_L1)) {
            QJsonArray breakdowns {
                QJsonObject {{u"type"_s, u"ITEM"_s}, {u"subtotal"_s, money(o.itemsTotal(), o.currency)}}};
            if (o.shippingMinor > 0)
                breakdowns << QJsonObject {{u"type"_s, u"SHIPPING"_s},
                                           {u"subtotal"_s, money(o.shippingMinor, o.currency)}};
            if (o.taxMinor > 0)
                breakdowns << QJsonObject {{u"type"_s, u"TAX"_s}, {u"subtotal"_s, money(o.taxMinor, o.currency)}};
            order.insert(
                u"proceeds"_s,
                QJsonObject {{u"grandTotal"_s, money(o.itemsTotal() + o.shippingMinor + o.taxMinor, o.currency)},
                             {u"breakdowns"_s, breakdowns}});
        }
        if (included.contains("FULFILLMENT"_L1)) {
            order.insert(u"fulfillment"_s,
                         QJsonObject {{u"fulfillmentStatus"_s, o.status()},
                                      {u"fulfilledBy"_s, u"MERCHANT"_s},
                                      {u"fulfillmentServiceLevel"_s, u"STANDARD"_s},
                                      {u"shipByWindow"_s,
                                       QJsonObject {{u"earliestDateTime"_s, seed::iso(o.created)},
                                                    {u"latestDateTime"_s, seed::iso(o.created.addDays(2))}}}});
        }
        if (included.contains("PACKAGES"_L1)) {
            QJsonArray packages;
            for (const Package& p : o.packages) {
                QJsonArray packageItems;
                for (const auto& [itemId, quantity] : p.items)
                    packageItems << QJsonObject {{u"orderItemId"_s, itemId}, {u"quantity"_s, quantity}};
                packages << QJsonObject {{u"packageReferenceId"_s, p.reference},
                                         {u"carrier"_s, p.carrier},
                                         {u"trackingNumber"_s, p.tracking},
                                         {u"shipTime"_s, seed::iso(p.shippedAt)},
                                         {u"packageStatus"_s, QJsonObject {{u"status"_s, u"SHIPPED"_s}}},
                                         {u"packageItems"_s, packageItems}};
            }
            order.insert(u"packages"_s, packages);
        }
        return order;
    }

    // ---- Authorization

    Response consent(const Request& r)
    {
        const QString app = r.query.queryItemValue(u"application_id"_s);
        const QUrl redirect(r.query.queryItemValue(u"redirect_uri"_s, QUrl::FullyDecoded));
        const bool redirectOk = redirect.isValid() &&
            ((redirect.scheme() == "http"_L1 &&
              (redirect.host() == "127.0.0.1"_L1 || redirect.host() == "localhost"_L1)) ||
             redirect.scheme() == "https"_L1);
        if (!m_server.config().clients.contains(app) || !redirectOk || r.query.queryItemValue(u"state"_s).isEmpty()) {
            return Response::html(400,
                                  u"<!doctype html><title>Seller Central sandbox</title><h1>We can't process "
                                  "this request</h1><p>Unknown application_id, a redirect_uri that is not "
                                  "loopback or https, or no state.</p>"_s);
        }
        if (m_server.config().autoApprove)
            return approve(r.query, m_server.autoApprovedUser(u"amazon"_s, r.query));
        return m_server.consentPage(u"Amazon Seller Central"_s, app, {u"Selling Partner API"_s}, r.query, u"amazon"_s,
                                    u"/apps/authorize/decision"_s);
    }

    Response decision(const Request& r)
    {
        const auto decision = SandboxServer::readDecision(r);
        if (!decision.approved) {
            return SandboxServer::denied(QUrl(decision.original.queryItemValue(u"redirect_uri"_s, QUrl::FullyDecoded)),
                                         decision.original.queryItemValue(u"state"_s, QUrl::FullyDecoded));
        }
        return approve(decision.original, decision.userId);
    }

    Response approve(const QUrlQuery& query, const QString& userId)
    {
        if (!m_server.user(u"amazon"_s, userId))
            return Response::html(400, u"<h1>Unknown sandbox user</h1>"_s);
        AuthorizationCode code;
        code.provider = u"amazon"_s;
        code.userId = userId;
        code.clientId = query.queryItemValue(u"application_id"_s, QUrl::FullyDecoded);
        code.redirectUri = query.queryItemValue(u"redirect_uri"_s, QUrl::FullyDecoded);
        if (query.queryItemValue(u"code_challenge_method"_s) == "S256"_L1)
            code.codeChallenge = query.queryItemValue(u"code_challenge"_s, QUrl::FullyDecoded);
        code.expiresAt = m_server.now().addSecs(300);
        const QString text = m_server.issueCode(code, u"ANDKe"_s);
        QUrl target(code.redirectUri);
        QUrlQuery q(target);
        q.addQueryItem(u"state"_s, query.queryItemValue(u"state"_s, QUrl::FullyDecoded));
        q.addQueryItem(u"selling_partner_id"_s, userId);
        q.addQueryItem(u"spapi_oauth_code"_s, QString::fromLatin1(QUrl::toPercentEncoding(text)));
        target.setQuery(q);
        return Response::redirect(target);
    }

    static Response lwaError(int status, const QString& error, const QString& description)
    {
        return Response::json(status, QJsonObject {{u"error_description"_s, description}, {u"error"_s, error}});
    }

    Response token(const Request& r)
    {
        const QUrlQuery form = r.form();
        const QString clientId = form.queryItemValue(u"client_id"_s, QUrl::FullyDecoded);
        const QString secret = form.queryItemValue(u"client_secret"_s, QUrl::FullyDecoded);
        if (!m_server.config().clients.contains(clientId) || m_server.config().clients.value(clientId) != secret)
            return lwaError(401, u"invalid_client"_s, u"Client authentication failed"_s);
        const QString grant = form.queryItemValue(u"grant_type"_s);
        const QDateTime now = m_server.now();
        QString userId;
        QString refreshText;
        if (grant == "authorization_code"_L1) {
            AuthorizationCode* code = m_server.code(form.queryItemValue(u"code"_s, QUrl::FullyDecoded));
            if (!code || code->provider != "amazon"_L1 || code->used || code->expiresAt <= now ||
                code->clientId != clientId ||
                !SandboxServer::pkceMatches(*code, form.queryItemValue(u"code_verifier"_s, QUrl::FullyDecoded)))
                return lwaError(400, u"invalid_grant"_s, u"The request has an invalid grant parameter : code"_s);
            code->used = true;
            userId = code->userId;
            refreshText = m_server.issueToken(
                {u"amazon"_s, userId, u"refresh"_s, clientId, {}, now.addDays(kRefreshDays), false, 0}, u"Atzr|"_s);
        } else if (grant == "refresh_token"_L1) {
            refreshText = form.queryItemValue(u"refresh_token"_s, QUrl::FullyDecoded);
            const Token* refresh = m_server.token(refreshText);
            if (!refresh || refresh->provider != "amazon"_L1 || refresh->kind != "refresh"_L1 || refresh->revoked ||
                refresh->expiresAt <= now || refresh->clientId != clientId)
                return lwaError(400, u"invalid_grant"_s,
                                u"The request has an invalid grant parameter : refresh_token"_s);
            userId = refresh->userId;
        } else {
            return lwaError(400, u"unsupported_grant_type"_s, u"The authorization grant type is not supported"_s);
        }
        const int lifetime = std::min(m_server.config().accessTokenSeconds, 3600);
        const QString access = m_server.issueToken(
            {u"amazon"_s, userId, u"access"_s, clientId, {}, now.addSecs(lifetime), false, 0}, u"Atza|"_s);
        return Response::json(200,
                              QJsonObject {{u"access_token"_s, access},
                                           {u"token_type"_s, u"bearer"_s},
                                           {u"expires_in"_s, lifetime},
                                           {u"refresh_token"_s, refreshText}});
    }

    // ---- Selling Partner API

    std::optional<Response> authorizeSpApi(const Request& r, QString* userId)
    {
        return m_server.authorize(QString::fromUtf8(r.header("x-amz-access-token")), u"amazon"_s, *this, userId);
    }

    Response participations(const Request& r)
    {
        QString userId;
        if (auto error = authorizeSpApi(r, &userId))
            return *error;
        const User* u = m_server.user(u"amazon"_s, userId);
        QJsonArray payload;
        for (const Marketplace& m : marketplaces()) {
            payload << QJsonObject {
                {u"marketplace"_s,
                 QJsonObject {{u"id"_s, m.id},
                              {u"name"_s, m.name},
                              {u"countryCode"_s, m.country},
                              {u"defaultCurrencyCode"_s, m.currency},
                              {u"defaultLanguageCode"_s, m.language},
                              {u"domainName"_s, m.domain}}},
                {u"participation"_s,
                 QJsonObject {{u"isParticipating"_s, m.id == u->marketplaceId}, {u"hasSuspendedListings"_s, false}}},
                {u"storeName"_s, u->displayName}};
        }
        return withHeaders(Response::json(200, QJsonObject {{u"payload"_s, payload}}));
    }

    Response searchOrders(const Request& r)
    {
        QString userId;
        if (auto error = authorizeSpApi(r, &userId))
            return *error;
        const QDateTime createdAfter =
            QDateTime::fromString(r.query.queryItemValue(u"createdAfter"_s, QUrl::FullyDecoded), Qt::ISODate);
        const QDateTime updatedAfter =
            QDateTime::fromString(r.query.queryItemValue(u"lastUpdatedAfter"_s, QUrl::FullyDecoded), Qt::ISODate);
        const QDateTime updatedBefore =
            QDateTime::fromString(r.query.queryItemValue(u"lastUpdatedBefore"_s, QUrl::FullyDecoded), Qt::ISODate);
        if (createdAfter.isValid() == updatedAfter.isValid())
            return errorResponse(400, u"Exactly one of createdAfter and lastUpdatedAfter is required."_s);
        const QString pageText = r.query.queryItemValue(u"maxResultsPerPage"_s);
        bool ok = true;
        const int pageSize = pageText.isEmpty() ? 100 : pageText.toInt(&ok);
        if (!ok || pageSize < 1 || pageSize > 100)
            return errorResponse(400, u"maxResultsPerPage must be between 1 and 100."_s);
        // Query values are decoded fully, as Amazon decodes them: a list's commas may come as %2C.
        const QStringList statuses =
            r.query.queryItemValue(u"fulfillmentStatuses"_s, QUrl::FullyDecoded).split(u',', Qt::SkipEmptyParts);
        const QStringList included =
            r.query.queryItemValue(u"includedData"_s, QUrl::FullyDecoded).split(u',', Qt::SkipEmptyParts);
        // Results end two minutes before now, as Amazon's do, so that an incremental sync never skips a late write;
        // a lastUpdatedBefore (createdBefore) closer to now than that, or before its After, is refused.
        const QDateTime latest = m_server.now().addSecs(-120);
        const QDateTime createdBefore =
            QDateTime::fromString(r.query.queryItemValue(u"createdBefore"_s, QUrl::FullyDecoded), Qt::ISODate);
        if (createdAfter.isValid() && updatedBefore.isValid())
            return errorResponse(400, u"lastUpdatedBefore may not be given with createdAfter."_s);
        const QDateTime givenBefore = updatedAfter.isValid() ? updatedBefore : createdBefore;
        const QDateTime after = updatedAfter.isValid() ? updatedAfter : createdAfter;
        if (givenBefore.isValid() && givenBefore > latest)
            return errorResponse(400,
                                 u"%1 must be at least two minutes before the time of the request."_s.arg(
                                     updatedAfter.isValid() ? u"lastUpdatedBefore"_s : u"createdBefore"_s));
        if (givenBefore.isValid() && givenBefore < after)
            return errorResponse(400,
                                 u"%1 must be equal to or after %2."_s.arg(
                                     updatedAfter.isValid() ? u"lastUpdatedBefore"_s : u"createdBefore"_s,
                                     updatedAfter.isValid() ? u"lastUpdatedAfter"_s : u"createdAfter"_s));
        const QDateTime before = givenBefore.isValid() ? givenBefore : latest;

        QList<const AmazonOrder*> matching;
        for (const AmazonOrder& o : m_orders) {
            // A change is visible in searches two minutes after it happened (whatever the query's dates); a given
            // lastUpdatedBefore or createdBefore bounds the results further.
            if (o.sellerId != userId || o.updated > latest)
                continue;
            if (givenBefore.isValid() && (updatedAfter.isValid() ? o.updated : o.created) > givenBefore)
                continue;
            if ((createdAfter.isValid() && o.created < createdAfter) ||
                (updatedAfter.isValid() && o.updated < updatedAfter))
                continue;
            if (!statuses.isEmpty() && !statuses.contains(o.status()))
                continue;
            matching << &o;
        }
        std::sort(matching.begin(), matching.end(), [](const AmazonOrder* a, const AmazonOrder* b) {
            return a->updated != b->updated ? a->updated < b->updated : a->orderId < b->orderId;
        });
        int offset = 0;
        const QString token = r.query.queryItemValue(u"paginationToken"_s, QUrl::FullyDecoded);
        if (!token.isEmpty()) {
            offset = QByteArray::fromBase64(token.toLatin1(), QByteArray::Base64UrlEncoding).toInt(&ok);
            if (!ok || offset < 0 || offset > matching.size())
                return errorResponse(400, u"Invalid paginationToken."_s);
        }
        QJsonArray orders;
        for (int i = offset; i < std::min<int>(offset + pageSize, int(matching.size())); ++i)
            orders << orderJson(*matching.at(i), included);
        QJsonObject page {{u"orders"_s, orders}};
        if (offset + pageSize < matching.size()) {
            page.insert(
                u"pagination"_s,
                QJsonObject {{u"nextToken"_s,
                              QString::fromLatin1(
                                  QByteArray::number(offset + pageSize).toBase64(QByteArray::Base64UrlEncoding))}});
        }
        page.insert(updatedAfter.isValid() ? u"lastUpdatedBefore"_s : u"createdBefore"_s, seed::iso(before));
        // Between two pages the seller's orders change: each moves to the end of a list sorted by update.
        churn(
            m_server, m_orders, [&](const AmazonOrder& o) { return o.sellerId == userId; },
            [this](AmazonOrder& o) { o.updated = std::max(m_server.now(), o.updated.addSecs(1)); });
        return withHeaders(Response::json(200, page));
    }

    bool cancelOrder(const QString& orderId) override
    {
        for (AmazonOrder& o : m_orders) {
            if (o.orderId == orderId && !o.cancelled) {
                o.cancelled = true;
                o.updated = std::max(m_server.now(), o.updated.addSecs(1)); // a change comes after the last one
                return true;
            }
        }
        return false;
    }

    AmazonOrder* find(const QString& userId, const QString& orderId)
    {
        for (AmazonOrder& o : m_orders) {
            if (o.orderId == orderId && o.sellerId == userId)
                return &o;
        }
        return nullptr;
    }

    Response getOrder(const Request& r)
    {
        QString userId;
        if (auto error = authorizeSpApi(r, &userId))
            return *error;
        const AmazonOrder* o = find(userId, r.match.captured(1));
        if (!o)
            return errorResponse(404, u"Order %1 not found."_s.arg(r.match.captured(1)));
        const QStringList included = r.query.queryItemValue(u"includedData"_s).split(u',', Qt::SkipEmptyParts);
        return withHeaders(Response::json(200, QJsonObject {{u"order"_s, orderJson(*o, included)}}));
    }

    Response confirmShipment(const Request& r)
    {
        QString userId;
        if (auto error = authorizeSpApi(r, &userId))
            return *error;
        AmazonOrder* o = find(userId, r.match.captured(1));
        if (!o)
            return errorResponse(404, u"Order %1 not found."_s.arg(r.match.captured(1)));
        const QJsonObject body = r.jsonBody();
        const QJsonObject detail = body.value("packageDetail"_L1).toObject();
        for (const char* field : {"packageReferenceId", "carrierCode", "trackingNumber", "shipDate"}) {
            if (detail.value(QLatin1StringView(field)).toString().isEmpty())
                return errorResponse(400, u"packageDetail.%1 is required."_s.arg(QLatin1StringView(field)));
        }
        if (body.value("marketplaceId"_L1).toString() != o->marketplaceId)
            return errorResponse(400, u"marketplaceId does not match the order."_s);
        if (o->cancelled)
            return errorResponse(409, u"The order is cancelled."_s);
        Package package;
        package.reference = detail.value("packageReferenceId"_L1).toString();
        package.carrier = detail.value("carrierCode"_L1).toString();
        package.tracking = detail.value("trackingNumber"_L1).toString();
        package.shippedAt = QDateTime::fromString(detail.value("shipDate"_L1).toString(), Qt::ISODate);
        for (const Package& existing : std::as_const(o->packages)) {
            if (existing.reference == package.reference)
                return errorResponse(409, u"Package %1 was already confirmed."_s.arg(package.reference));
        }
        for (const QJsonValue& value : detail.value("orderItems"_L1).toArray()) {
            const QString itemId = value.toObject().value("orderItemId"_L1).toString();
            const int quantity = value.toObject().value("quantity"_L1).toInt();
            auto item =
                std::find_if(o->items.begin(), o->items.end(), [&](const Item& i) { return i.orderItemId == itemId; });
            if (item == o->items.end() || quantity < 1 || item->shipped + quantity > item->quantity)
                return errorResponse(400, u"Order item %1 cannot ship %2 more."_s.arg(itemId).arg(quantity));
            package.items << qMakePair(itemId, quantity);
        }
        if (package.items.isEmpty())
            return errorResponse(400, u"packageDetail.orderItems is required."_s);
        for (const auto& [itemId, quantity] : std::as_const(package.items)) {
            auto item =
                std::find_if(o->items.begin(), o->items.end(), [&](const Item& i) { return i.orderItemId == itemId; });
            item->shipped += quantity;
        }
        o->packages << package;
        o->updated = m_server.now();
        m_server.recordAction(u"amazon"_s, u"ship"_s, o->orderId, package.tracking);
        Response response;
        response.status = 204;
        response.contentType = "application/json";
        return withHeaders(response);
    }

    // ---- Listings Items 2021-08-01

    QString currencyOf(const QString& marketplaceId) const
    {
        for (const Marketplace& m : marketplaces()) {
            if (m.id == marketplaceId)
                return m.currency;
        }
        return u"USD"_s;
    }

    QJsonObject listingJson(const Listing& l, const QStringList& included) const
    {
        QJsonObject item {{u"sku"_s, l.sku}};
        if (included.isEmpty() || included.contains("summaries"_L1)) {
            item.insert(u"summaries"_s,
                        QJsonArray {QJsonObject {{u"marketplaceId"_s, l.marketplaceId},
                                                 {u"asin"_s, l.asin},
                                                 {u"productType"_s, u"HOME"_s},
                                                 {u"conditionType"_s, u"new_new"_s},
                                                 {u"status"_s,
                                                  l.quantity > 0 ? QJsonArray {u"BUYABLE"_s, u"DISCOVERABLE"_s}
                                                                 : QJsonArray {u"DISCOVERABLE"_s}},
                                                 {u"itemName"_s, l.title},
                                                 {u"createdDate"_s, seed::iso(l.created)},
                                                 {u"lastUpdatedDate"_s, seed::iso(l.updated)}}});
        }
        if (included.contains("offers"_L1)) {
            item.insert(u"offers"_s,
                        QJsonArray {QJsonObject {{u"marketplaceId"_s, l.marketplaceId},
                                                 {u"offerType"_s, u"B2C"_s},
                                                 {u"price"_s, money(l.priceMinor, currencyOf(l.marketplaceId))}}});
        }
        if (included.contains("fulfillmentAvailability"_L1)) {
            item.insert(
                u"fulfillmentAvailability"_s,
                QJsonArray {QJsonObject {{u"fulfillmentChannelCode"_s, u"DEFAULT"_s}, {u"quantity"_s, l.quantity}}});
        }
        if (included.contains("issues"_L1))
            item.insert(u"issues"_s, QJsonArray());
        return item;
    }

    std::optional<Response> authorizeSeller(const Request& r, QString* userId)
    {
        if (auto error = authorizeSpApi(r, userId))
            return error;
        if (r.match.captured(1) != *userId)
            return errorResponse(403, u"The sellerId does not match the access token."_s);
        if (r.query.queryItemValue(u"marketplaceIds"_s).isEmpty())
            return errorResponse(400, u"marketplaceIds is required."_s);
        return std::nullopt;
    }

    Response getListingsItem(const Request& r)
    {
        QString userId;
        if (auto error = authorizeSeller(r, &userId))
            return *error;
        const QString sku = QUrl::fromPercentEncoding(r.match.captured(2).toUtf8());
        if (!m_listings.value(userId).contains(sku))
            return errorResponse(404, u"SKU %1 not found."_s.arg(sku));
        return withHeaders(
            Response::json(200,
                           listingJson(m_listings.value(userId).value(sku),
                                       r.query.queryItemValue(u"includedData"_s).split(u',', Qt::SkipEmptyParts))));
    }

    Response searchListingsItems(const Request& r)
    {
        QString userId;
        if (auto error = authorizeSeller(r, &userId))
            return *error;
        const QStringList included = r.query.queryItemValue(u"includedData"_s).split(u',', Qt::SkipEmptyParts);
        QJsonArray items;
        for (const Listing& l : m_listings.value(userId))
            items << listingJson(l, included);
        return withHeaders(
            Response::json(200, QJsonObject {{u"numberOfResults"_s, int(items.size())}, {u"items"_s, items}}));
    }

    Response putListingsItem(const Request& r)
    {
        QString userId;
        if (auto error = authorizeSeller(r, &userId))
            return *error;
        const QString sku = QUrl::fromPercentEncoding(r.match.captured(2).toUtf8());
        const QJsonObject body = r.jsonBody();
        if (body.value("productType"_L1).toString().isEmpty() || !body.value("attributes"_L1).isObject())
            return errorResponse(400, u"productType and attributes are required."_s);
        Listing l = m_listings.value(userId).value(sku);
        l.sku = sku;
        l.marketplaceId = r.query.queryItemValue(u"marketplaceIds"_s).section(u',', 0, 0);
        const QJsonArray names = body.value("attributes"_L1).toObject().value("item_name"_L1).toArray();
        if (!names.isEmpty())
            l.title = names.first().toObject().value("value"_L1).toString();
        if (!l.created.isValid())
            l.created = m_server.now();
        l.updated = m_server.now();
        m_listings[userId].insert(sku, l);
        return withHeaders(
            Response::json(200,
                           QJsonObject {{u"sku"_s, sku},
                                        {u"status"_s, u"ACCEPTED"_s},
                                        {u"submissionId"_s, QString::number(qHash(sku + l.updated.toString()), 16)},
                                        {u"issues"_s, QJsonArray()}}));
    }

    SandboxServer& m_server;
    QHash<QString, QMap<QString, Listing>> m_listings; ///< seller → SKU → listing
    QList<AmazonOrder> m_orders;
    QList<int> m_pending; ///< indexes of orders whose payment has not cleared
    QDateTime m_base;
    qint64 m_lastTick = 0;
};

} // namespace

Provider* makeAmazon(SandboxServer& server)
{
    return new Amazon(server);
}

} // namespace md::sandbox
