// Shopify in the sandbox, one account per shop: the per-shop OAuth authorize page and access_token exchange
// (callback signed with HMAC-SHA256 of the sorted query, offline tokens without expiry), and the Admin GraphQL
// API (shop, orders with cursor pagination and an updated_at search query, order, fulfillmentCreate). Shop
// hosts cannot be told apart on 127.0.0.1, so a shop's base URL here is /shops/{shop}.myshopify.com; clients
// change only that base URL.

#include "MiniGraphQL.h"
#include "SandboxServer.h"
#include "SeedData.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QMessageAuthenticationCode>
#include <QRegularExpression>
#include <QUrlQuery>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace md::sandbox {

namespace {

constexpr qint64 kTickSeconds = 600;
const QString kShop = u"/shops/([a-z0-9][a-z0-9-]*\\.myshopify\\.com)"_s;

struct ShopLine {
    qint64 id = 0;
    qsizetype product = 0; ///< index in seed::kProducts: the variant sold
    QString sku;
    QString title;
    int quantity = 1;
    int fulfilled = 0;
    qint64 unitMinor = 0;
};

struct ShopFulfillment {
    qint64 id = 0;
    QString company;
    QString number;
    QDateTime createdAt;
};

struct ShopOrder {
    qint64 id = 0;
    qint64 fulfillmentOrderId = 0;
    int number = 1001;
    QString shop;
    QDateTime created;
    QDateTime updated;
    QDateTime cancelledAt;
    QString financial = u"PAID"_s;
    QString currency;
    QString email;
    QString firstName;
    QString lastName;
    QString address1;
    QString city;
    QString province;
    QString zip;
    QString country;
    QList<ShopLine> lines;
    qint64 shippingMinor = 0;
    qint64 taxMinor = 0;
    qint64 discountMinor = 0;
    QList<ShopFulfillment> fulfillments;

    qint64 subtotal() const
    {
        qint64 sum = 0;
        for (const ShopLine& l : lines)
            sum += l.unitMinor * l.quantity;
        return sum - discountMinor;
    }
    qint64 total() const { return subtotal() + shippingMinor + taxMinor; }
    QString fulfillmentStatus() const
    {
        int ordered = 0;
        int done = 0;
        for (const ShopLine& l : lines) {
            ordered += l.quantity;
            done += l.fulfilled;
        }
        return done == 0 ? u"UNFULFILLED"_s : done < ordered ? u"PARTIALLY_FULFILLED"_s : u"FULFILLED"_s;
    }
    QString fulfillmentOrderStatus() const
    {
        if (cancelledAt.isValid())
            return u"CANCELLED"_s;
        return fulfillmentStatus() == "FULFILLED"_L1  ? u"CLOSED"_s
            : fulfillmentStatus() == "UNFULFILLED"_L1 ? u"OPEN"_s
                                                      : u"IN_PROGRESS"_s;
    }
};

QString gid(const char* type, qint64 id)
{
    return u"gid://shopify/%1/%2"_s.arg(QLatin1StringView(type)).arg(id);
}

QJsonObject moneyBag(qint64 minor, const QString& currency)
{
    const QJsonObject money {{u"amount"_s, seed::decimal(minor)}, {u"currencyCode"_s, currency}};
    return QJsonObject {{u"shopMoney"_s, money}, {u"presentmentMoney"_s, money}};
}

QJsonObject connection(const QJsonArray& nodes, const QStringList& cursors, bool hasNext, bool hasPrevious)
{
    QJsonArray edges;
    for (int i = 0; i < nodes.size(); ++i)
        edges << QJsonObject {{u"cursor"_s, cursors.at(i)}, {u"node"_s, nodes.at(i)}};
    return QJsonObject {
        {u"nodes"_s, nodes},
        {u"edges"_s, edges},
        {u"pageInfo"_s,
         QJsonObject {{u"hasNextPage"_s, hasNext},
                      {u"hasPreviousPage"_s, hasPrevious},
                      {u"startCursor"_s, cursors.isEmpty() ? QJsonValue() : QJsonValue(cursors.first())},
                      {u"endCursor"_s, cursors.isEmpty() ? QJsonValue() : QJsonValue(cursors.last())}}}};
}

class Shopify final : public Provider {
public:
    explicit Shopify(SandboxServer& server)
        : m_server(server)
    {
    }

    void registerRoutes(SandboxServer& s) override
    {
        using M = QHttpServerRequest::Method;
        s.route(
            u"shopify.authorize"_s, M::Get, kShop + u"/admin/oauth/authorize"_s,
            [this](const Request& r) { return authorize(r); }, this);
        s.route(
            u"shopify.decision"_s, M::Post, kShop + u"/admin/oauth/decision"_s,
            [this](const Request& r) { return decision(r); }, this);
        s.route(
            u"shopify.accessToken"_s, M::Post, kShop + u"/admin/oauth/access_token"_s,
            [this](const Request& r) { return accessToken(r); }, this);
        s.route(
            u"shopify.graphql"_s, M::Post, kShop + u"/admin/api/(\\d{4}-\\d{2})/graphql\\.json"_s,
            [this](const Request& r) { return graphqlRequest(r); }, this);
    }

    void reset() override
    {
        m_orders.clear();
        m_ordersPerShop.clear();
        m_nextId = 5000000000LL;
        m_base = m_server.epoch();
        m_lastTick = 0;
        const QList<std::tuple<QString, QString, QString>> shops {
            {u"maple-and-co.myshopify.com"_s, u"Maple & Co."_s, u"CAD"_s},
            {u"warehouse-a-store.myshopify.com"_s, u"Warehouse A Store"_s, u"USD"_s}};
        for (const auto& [domain, name, currency] : shops) {
            User u;
            u.provider = u"shopify"_s;
            u.id = domain; // one account per shop: the shop domain is the identity
            u.username = domain;
            u.displayName = name;
            u.marketplaceId = currency;
            u.email = u"owner@"_s + domain;
            m_server.addUser(u);
            for (int i = 0; i < m_server.config().ordersPerUser; ++i) {
                m_orders << makeOrder(domain, currency, m_base.addSecs(-qint64(m_server.random()() % (30 * 86400))),
                                      m_server.random());
                endHistoryAt(m_orders.last(), m_base);
            }
        }
    }

    void evolve(const QDateTime& now) override
    {
        const qint64 tick = (now.toSecsSinceEpoch() - m_base.toSecsSinceEpoch()) / kTickSeconds;
        for (qint64 t = m_lastTick + 1; t <= tick; ++t) {
            std::mt19937_64 rng(m_server.config().seed * 3000017ULL + quint64(t));
            for (const User& u : m_server.users(u"shopify"_s)) {
                if (rng() % 3 == 0) {
                    m_orders << makeOrder(u.id, u.marketplaceId, m_base.addSecs(t * kTickSeconds), rng);
                    endHistoryAt(m_orders.last(), m_base.addSecs(t * kTickSeconds));
                }
            }
        }
        m_lastTick = std::max(m_lastTick, tick);
    }

    Response errorResponse(int status, const QString& message) const override
    {
        if (status == 401)
            return Response::json(
                401,
                QJsonObject {
                    {u"errors"_s, u"[API] Invalid API key or access token (unrecognized login or wrong password)"_s}});
        if (status == 429) // GraphQL throttling answers 200 with a THROTTLED error
            return Response::json(200,
                                  QJsonObject {{u"errors"_s,
                                                QJsonArray {QJsonObject {
                                                    {u"message"_s, u"Throttled"_s},
                                                    {u"extensions"_s, QJsonObject {{u"code"_s, u"THROTTLED"_s}}}}}}});
        return Response::json(status, QJsonObject {{u"errors"_s, message}});
    }

private:
    ShopOrder makeOrder(const QString& shop, const QString& currency, const QDateTime& created, std::mt19937_64& rng)
    {
        ShopOrder o;
        o.id = ++m_nextId;
        o.fulfillmentOrderId = ++m_nextId;
        o.shop = shop;
        o.number = 1001 + m_ordersPerShop[shop]++;
        o.created = created;
        o.updated = created.addSecs(qint64(rng() % 300));
        o.currency = currency;
        const seed::Person& p = seed::person(rng);
        const QString name = QString::fromUtf16(p.name);
        o.firstName = name.section(u' ', 0, 0);
        o.lastName = name.section(u' ', 1);
        o.email = rng() % 4 == 0 ? QString() : u"customer%1@example.com"_s.arg(rng() % 10000);
        o.address1 = u"%1 avenue du Parc"_s.arg(rng() % 9000 + 1);
        o.city = QString::fromUtf16(p.city);
        o.province = QString::fromUtf16(p.region);
        o.zip = QString::fromUtf16(p.postal);
        o.country = QString::fromUtf16(p.country);
        const int count = int(rng() % 3) + 1;
        for (int i = 0; i < count; ++i) {
            const seed::Product& product = seed::product(rng);
            o.lines.append({++m_nextId, seed::indexOf(product), QString::fromUtf16(product.sku),
                            QString::fromUtf16(product.title), rng() % 3 == 0 ? 2 : 1, 0, product.minor});
        }
        o.shippingMinor = qint64(rng() % 3) * 500;
        o.taxMinor = o.subtotal() * 14975 / 100000; // QC GST+QST
        if (rng() % 5 == 0)
            o.discountMinor = o.lines.first().unitMinor / 5;
        const int fate = int(rng() % 20);
        if (fate == 0) {
            o.cancelledAt = o.updated.addSecs(3600);
            o.updated = o.cancelledAt;
            o.financial = u"REFUNDED"_s;
        } else if (fate == 1) {
            o.financial = u"PENDING"_s;
        } else if (fate < 9 && created.secsTo(m_base) > 86400) {
            for (ShopLine& l : o.lines)
                l.fulfilled = l.quantity;
            o.fulfillments.append({++m_nextId, u"Canada Post"_s,
                                   u"7316%1"_s.arg(rng() % 1000000000000ULL, 12, 10, QLatin1Char('0')),
                                   created.addDays(1)});
            o.updated = created.addDays(1);
        }
        return o;
    }

    QJsonObject orderJson(const ShopOrder& o) const
    {
        QJsonArray lines;
        QJsonArray foLines;
        QStringList lineCursors;
        for (const ShopLine& l : o.lines) {
            QJsonObject line {
                {u"__typename"_s, u"LineItem"_s},
                {u"id"_s, gid("LineItem", l.id)},
                {u"title"_s, l.title},
                {u"quantity"_s, l.quantity},
                {u"currentQuantity"_s, l.quantity},
                {u"fulfillableQuantity"_s, o.cancelledAt.isValid() ? 0 : l.quantity - l.fulfilled},
                {u"originalUnitPriceSet"_s, moneyBag(l.unitMinor, o.currency)},
                {u"sku"_s, l.sku.isEmpty() ? QJsonValue() : QJsonValue(l.sku)},
                {u"variant"_s, QJsonObject {{u"id"_s, gid("ProductVariant", productId(o.shop, l.product) + 100)}}}};
            lines << line;
            lineCursors << QString::fromLatin1(QByteArray::number(l.id).toBase64());
            foLines << QJsonObject {{u"id"_s, gid("FulfillmentOrderLineItem", l.id + 1)},
                                    {u"totalQuantity"_s, l.quantity},
                                    {u"remainingQuantity"_s, o.cancelledAt.isValid() ? 0 : l.quantity - l.fulfilled},
                                    {u"lineItem"_s, line}};
        }
        QJsonArray fulfillments;
        for (const ShopFulfillment& f : o.fulfillments) {
            fulfillments << QJsonObject {
                {u"id"_s, gid("Fulfillment", f.id)},
                {u"status"_s, u"SUCCESS"_s},
                {u"createdAt"_s, seed::iso(f.createdAt)},
                {u"trackingInfo"_s,
                 QJsonArray {
                     QJsonObject {{u"company"_s, f.company}, {u"number"_s, f.number}, {u"url"_s, QJsonValue()}}}}};
        }
        const QJsonObject fulfillmentOrder {
            {u"id"_s, gid("FulfillmentOrder", o.fulfillmentOrderId)},
            {u"status"_s, o.fulfillmentOrderStatus()},
            // A delivery promise on every other order; the rest say nothing.
            {u"fulfillBy"_s, o.id % 2 == 0 ? QJsonValue(seed::iso(o.created.addDays(2))) : QJsonValue()},
            {u"lineItems"_s, connection(foLines, lineCursors, false, false)}};
        const QJsonObject address {{u"name"_s, QString(o.firstName + u' ' + o.lastName)},
                                   {u"firstName"_s, o.firstName},
                                   {u"lastName"_s, o.lastName},
                                   {u"address1"_s, o.address1},
                                   {u"address2"_s, QJsonValue()},
                                   {u"company"_s, QJsonValue()},
                                   {u"city"_s, o.city},
                                   {u"province"_s, o.province.isEmpty() ? QJsonValue() : QJsonValue(o.province)},
                                   {u"provinceCode"_s, o.province.isEmpty() ? QJsonValue() : QJsonValue(o.province)},
                                   {u"zip"_s, o.zip},
                                   {u"country"_s, o.country},
                                   {u"countryCodeV2"_s, o.country},
                                   {u"phone"_s, QJsonValue()}};
        return QJsonObject {
            {u"__typename"_s, u"Order"_s},
            {u"id"_s, gid("Order", o.id)},
            {u"name"_s, u"#%1"_s.arg(o.number)},
            {u"createdAt"_s, seed::iso(o.created)},
            {u"processedAt"_s, seed::iso(o.created)},
            {u"updatedAt"_s, seed::iso(o.updated)},
            {u"cancelledAt"_s, o.cancelledAt.isValid() ? QJsonValue(seed::iso(o.cancelledAt)) : QJsonValue()},
            {u"cancelReason"_s, o.cancelledAt.isValid() ? QJsonValue(u"CUSTOMER"_s) : QJsonValue()},
            {u"displayFinancialStatus"_s, o.financial},
            {u"displayFulfillmentStatus"_s, o.fulfillmentStatus()},
            {u"currencyCode"_s, o.currency},
            {u"email"_s, o.email.isEmpty() ? QJsonValue() : QJsonValue(o.email)},
            {u"phone"_s, QJsonValue()},
            {u"note"_s, QJsonValue()},
            {u"customer"_s,
             QJsonObject {{u"id"_s, gid("Customer", o.id + 7)},
                          {u"displayName"_s, QString(o.firstName + u' ' + o.lastName)},
                          {u"firstName"_s, o.firstName},
                          {u"lastName"_s, o.lastName},
                          {u"email"_s, o.email.isEmpty() ? QJsonValue() : QJsonValue(o.email)}}},
            {u"shippingAddress"_s, address},
            {u"billingAddress"_s, address},
            {u"subtotalPriceSet"_s, moneyBag(o.subtotal(), o.currency)},
            {u"totalPriceSet"_s, moneyBag(o.total(), o.currency)},
            {u"totalTaxSet"_s, moneyBag(o.taxMinor, o.currency)},
            {u"totalShippingPriceSet"_s, moneyBag(o.shippingMinor, o.currency)},
            {u"totalDiscountsSet"_s, moneyBag(o.discountMinor, o.currency)},
            {u"totalRefundedSet"_s, moneyBag(o.cancelledAt.isValid() ? o.total() : 0, o.currency)},
            {u"lineItems"_s, connection(lines, lineCursors, false, false)},
            {u"fulfillments"_s, fulfillments},
            {u"fulfillmentOrders"_s,
             connection(QJsonArray {fulfillmentOrder},
                        {QString::fromLatin1(QByteArray::number(o.fulfillmentOrderId).toBase64())}, false, false)},
        };
    }

    // ---- OAuth

    QString hmacFor(const QUrlQuery& query, const QString& secret) const
    {
        QList<QPair<QString, QString>> items = query.queryItems(QUrl::FullyDecoded);
        items.removeIf([](const auto& item) { return item.first == "hmac"_L1 || item.first == "signature"_L1; });
        std::sort(items.begin(), items.end());
        QStringList parts;
        for (const auto& [key, value] : items)
            parts << key + u'=' + value;
        return QString::fromLatin1(
            QMessageAuthenticationCode::hash(parts.join(u'&').toUtf8(), secret.toUtf8(), QCryptographicHash::Sha256)
                .toHex());
    }

    Response authorize(const Request& r)
    {
        const QString shop = r.match.captured(1);
        const QString clientId = r.query.queryItemValue(u"client_id"_s);
        const QUrl redirect(r.query.queryItemValue(u"redirect_uri"_s, QUrl::FullyDecoded));
        if (!m_server.user(u"shopify"_s, shop))
            return Response::html(404,
                                  u"<!doctype html><title>Shopify sandbox</title><h1>There is no store here</h1>"_s);
        if (!m_server.config().clients.contains(clientId) || !redirect.isValid() || redirect.isRelative())
            return Response::html(400,
                                  u"<!doctype html><title>Shopify sandbox</title><h1>Oauth error invalid_request: "
                                  "The redirect_uri or client_id is not valid</h1>"_s);
        if (m_server.config().autoApprove)
            return approve(r.query, shop);
        return m_server.consentPage(
            u"Shopify"_s, clientId,
            r.query.queryItemValue(u"scope"_s, QUrl::FullyDecoded).split(u',', Qt::SkipEmptyParts), r.query,
            u"shopify"_s, u"/shops/"_s + shop + u"/admin/oauth/decision"_s);
    }

    Response decision(const Request& r)
    {
        const auto decision = SandboxServer::readDecision(r);
        if (!decision.approved) {
            // Shopify has no denial redirect: the merchant stays in the admin. The sandbox says so in a page.
            return Response::html(200,
                                  u"<!doctype html><title>Shopify sandbox</title><h1>Installation cancelled</h1>"_s);
        }
        return approve(decision.original, r.match.captured(1));
    }

    Response approve(const QUrlQuery& query, const QString& shop)
    {
        AuthorizationCode code;
        code.provider = u"shopify"_s;
        code.userId = shop;
        code.clientId = query.queryItemValue(u"client_id"_s, QUrl::FullyDecoded);
        code.redirectUri = query.queryItemValue(u"redirect_uri"_s, QUrl::FullyDecoded);
        code.scopes = query.queryItemValue(u"scope"_s, QUrl::FullyDecoded).split(u',', Qt::SkipEmptyParts);
        code.expiresAt = m_server.now().addSecs(600);
        const QString text = m_server.issueCode(code, QString());
        QUrl target(code.redirectUri);
        QUrlQuery q;
        q.addQueryItem(u"code"_s, text);
        q.addQueryItem(u"host"_s,
                       QString::fromLatin1((shop + u"/admin"_s).toUtf8().toBase64(QByteArray::OmitTrailingEquals)));
        q.addQueryItem(u"shop"_s, shop);
        q.addQueryItem(u"state"_s, query.queryItemValue(u"state"_s, QUrl::FullyDecoded));
        q.addQueryItem(u"timestamp"_s, QString::number(m_server.now().toSecsSinceEpoch()));
        q.addQueryItem(u"hmac"_s, hmacFor(q, m_server.config().clients.value(code.clientId)));
        target.setQuery(q);
        return Response::redirect(target);
    }

    Response accessToken(const Request& r)
    {
        const QString shop = r.match.captured(1);
        QString clientId;
        QString secret;
        QString codeText;
        if (r.header("content-type").startsWith("application/json")) {
            const QJsonObject body = r.jsonBody();
            clientId = body.value("client_id"_L1).toString();
            secret = body.value("client_secret"_L1).toString();
            codeText = body.value("code"_L1).toString();
        } else {
            const QUrlQuery form = r.form();
            clientId = form.queryItemValue(u"client_id"_s, QUrl::FullyDecoded);
            secret = form.queryItemValue(u"client_secret"_s, QUrl::FullyDecoded);
            codeText = form.queryItemValue(u"code"_s, QUrl::FullyDecoded);
        }
        if (!m_server.config().clients.contains(clientId) || m_server.config().clients.value(clientId) != secret)
            return Response::json(400,
                                  QJsonObject {{u"error"_s, u"invalid_client"_s},
                                               {u"error_description"_s, u"Client credentials are invalid"_s}});
        AuthorizationCode* it = m_server.code(codeText);
        if (!it || it->provider != "shopify"_L1 || it->used || it->userId != shop || it->clientId != clientId ||
            it->expiresAt <= m_server.now())
            return Response::json(
                400,
                QJsonObject {{u"error"_s, u"invalid_request"_s},
                             {u"error_description"_s, u"The authorization code was not found or was already used"_s}});
        it->used = true;
        // Offline tokens never expire.
        const QString token =
            m_server.issueToken({u"shopify"_s, shop, u"access"_s, clientId, it->scopes, {}, false, 0}, u"shpat_"_s);
        return Response::json(200, QJsonObject {{u"access_token"_s, token}, {u"scope"_s, it->scopes.join(u',')}});
    }

    // ---- Admin GraphQL

    static QJsonObject graphError(const QString& message, const QString& code = u"BAD_REQUEST"_s)
    {
        return QJsonObject {{u"message"_s, message}, {u"extensions"_s, QJsonObject {{u"code"_s, code}}}};
    }

    Response graphqlRequest(const Request& r)
    {
        const QString shop = r.match.captured(1);
        QString userId;
        if (auto error =
                m_server.authorize(QString::fromUtf8(r.header("x-shopify-access-token")), u"shopify"_s, *this, &userId))
            return *error;
        if (userId != shop)
            return errorResponse(401, {});
        const QJsonObject body = r.jsonBody();
        QString parseError;
        const auto operation = graphql::parse(body.value("query"_L1).toString(), body.value("variables"_L1).toObject(),
                                              body.value("operationName"_L1).toString(), &parseError);
        if (!operation)
            return Response::json(200,
                                  QJsonObject {{u"errors"_s, QJsonArray {graphError(parseError, u"PARSE_ERROR"_s)}}});

        QJsonObject data;
        QJsonArray errors;
        for (const graphql::Field& field : operation->selections) {
            QJsonValue full;
            if (operation->type == "query"_L1 && field.name == "shop"_L1)
                full = shopJson(shop);
            else if (operation->type == "query"_L1 && field.name == "orders"_L1) {
                full = ordersConnection(shop, field.arguments, &errors);
                churn(
                    m_server, m_orders, [&](const ShopOrder& o) { return o.shop == shop; },
                    [this](ShopOrder& o) { o.updated = std::max(m_server.now(), o.updated.addSecs(1)); });
            } else if (operation->type == "query"_L1 && field.name == "order"_L1)
                full = findOrder(shop, field.arguments.value("id"_L1).toString());
            else if (operation->type == "query"_L1 && field.name == "products"_L1)
                full = productsConnection(shop, field.arguments, &errors);
            else if (operation->type == "mutation"_L1 && field.name == "fulfillmentCreate"_L1)
                full = fulfillmentCreate(shop, field.arguments.value("fulfillment"_L1).toObject());
            else if (operation->type == "mutation"_L1 && field.name == "orderCancel"_L1)
                full = orderCancel(shop, field.arguments);
            else
                errors << graphError(u"Field '%1' doesn't exist on type '%2'"_s.arg(
                                         field.name, operation->type == "query"_L1 ? u"QueryRoot"_s : u"Mutation"_s),
                                     u"undefinedField"_s);
            data.insert(field.key(), graphql::project(full, field.selections));
        }
        QJsonObject answer {{u"data"_s, data},
                            {u"extensions"_s,
                             QJsonObject {{u"cost"_s,
                                           QJsonObject {{u"requestedQueryCost"_s, 10},
                                                        {u"actualQueryCost"_s, 10},
                                                        {u"throttleStatus"_s,
                                                         QJsonObject {{u"maximumAvailable"_s, 2000.0},
                                                                      {u"currentlyAvailable"_s, 1990},
                                                                      {u"restoreRate"_s, 100.0}}}}}}}};
        if (!errors.isEmpty())
            answer.insert(u"errors"_s, errors);
        return Response::json(200, answer);
    }

    QJsonObject shopJson(const QString& domain) const
    {
        const User* u = m_server.user(u"shopify"_s, domain);
        return QJsonObject {
            {u"__typename"_s, u"Shop"_s},
            {u"id"_s, gid("Shop", 60000000 + qHash(domain) % 1000000)},
            {u"name"_s, u->displayName},
            {u"email"_s, u->email},
            {u"myshopifyDomain"_s, domain},
            {u"currencyCode"_s, u->marketplaceId},
            {u"ianaTimezone"_s, u"America/Toronto"_s},
            {u"plan"_s,
             QJsonObject {{u"displayName"_s, u"Basic"_s}, {u"partnerDevelopment"_s, false}, {u"shopifyPlus"_s, false}}},
            {u"primaryDomain"_s,
             QJsonObject {{u"id"_s, gid("Domain", 9000 + qHash(domain) % 1000)},
                          {u"host"_s, domain},
                          {u"url"_s, QString(u"https://"_s + domain)}}}};
    }

    /// The id of a shop's product (a variant's is 100 more): one per seed product.
    static qint64 productId(const QString& shop, qsizetype product)
    {
        return 7000000000LL + qint64(qHash(shop) % 1000) * 1000 + product;
    }

    /// Products of a shop: one per seed product, one variant each, stocked at one location.
    QJsonValue productsConnection(const QString& shop, const QJsonObject& args, QJsonArray* errors) const
    {
        const int first = args.value("first"_L1).toInt(0);
        if (first < 1 || first > 250) {
            *errors << graphError(u"you must provide one of first or last, at most 250"_s);
            return QJsonValue::Null;
        }
        const qint64 base = productId(shop, 0);
        const qsizetype start = args.value("after"_L1).toString().isEmpty()
            ? 0
            : QByteArray::fromBase64(args.value("after"_L1).toString().toLatin1()).toLongLong() - base + 1;
        const qsizetype count = qsizetype(std::size(seed::kProducts));
        QJsonArray nodes;
        QStringList cursors;
        for (qsizetype i = start; i < std::min<qsizetype>(start + first, count); ++i) {
            const seed::Product& p = seed::kProducts[i];
            const qint64 id = base + i;
            const int quantity = int((qHash(shop) + quint64(i) * 7) % 25);
            const QString sku = QString::fromUtf16(p.sku);
            const QJsonObject level {
                {u"id"_s, u"gid://shopify/InventoryLevel/%1?inventory_item_id=%2"_s.arg(id + 300).arg(id + 200)},
                {u"location"_s,
                 QJsonObject {{u"id"_s, gid("Location", base / 1000)}, {u"name"_s, u"Entrepôt principal"_s}}},
                {u"quantities"_s,
                 QJsonArray {QJsonObject {{u"id"_s, gid("InventoryQuantity", id + 400)},
                                          {u"name"_s, u"available"_s},
                                          {u"quantity"_s, quantity}}}}};
            const QJsonObject inventoryItem {
                {u"id"_s, gid("InventoryItem", id + 200)},
                {u"sku"_s, sku.isEmpty() ? QJsonValue() : QJsonValue(sku)},
                {u"tracked"_s, true},
                {u"inventoryLevels"_s,
                 connection(QJsonArray {level}, {QString::fromLatin1(QByteArray::number(id + 300).toBase64())}, false,
                            false)}};
            const QJsonObject variant {{u"id"_s, gid("ProductVariant", id + 100)},
                                       {u"title"_s, u"Default Title"_s},
                                       {u"sku"_s, sku.isEmpty() ? QJsonValue() : QJsonValue(sku)},
                                       {u"price"_s, seed::decimal(p.minor)},
                                       {u"inventoryQuantity"_s, quantity},
                                       {u"inventoryItem"_s, inventoryItem}};
            nodes << QJsonObject {
                {u"__typename"_s, u"Product"_s},
                {u"id"_s, gid("Product", id)},
                {u"title"_s, QString::fromUtf16(p.title)},
                {u"handle"_s,
                 QString::fromUtf16(p.title).toLower().replace(QRegularExpression(u"[^a-z0-9]+"_s), u"-"_s)},
                {u"status"_s, u"ACTIVE"_s},
                {u"totalInventory"_s, quantity},
                {u"updatedAt"_s, seed::iso(m_base.addDays(-2))},
                {u"variants"_s,
                 connection(QJsonArray {variant}, {QString::fromLatin1(QByteArray::number(id + 100).toBase64())}, false,
                            false)}};
            cursors << QString::fromLatin1(QByteArray::number(id).toBase64());
        }
        return connection(nodes, cursors, start + first<count, start> 0);
    }

    QJsonValue findOrder(const QString& shop, const QString& id) const
    {
        for (const ShopOrder& o : m_orders) {
            if (o.shop == shop && gid("Order", o.id) == id)
                return orderJson(o);
        }
        return QJsonValue::Null;
    }

    /// One term of Shopify's search syntax, the part clients use for incremental sync: updated_at/created_at with
    /// >, >=, <, <= (or none: equal) and a time.
    struct SearchTerm {
        bool updated = false;
        QString op;
        QDateTime at;
    };

    /// Parses a search query (several terms joined by spaces or AND) once per request; `error` says what is wrong.
    static QList<SearchTerm> parseSearch(const QString& query, QString* error)
    {
        static const QRegularExpression term(u"(updated_at|created_at):(>=|<=|>|<)?'?\"?([0-9T:.Z+-]+)'?\"?"_s);
        QList<SearchTerm> terms;
        QString rest = query;
        auto it = term.globalMatch(query);
        while (it.hasNext()) {
            const auto m = it.next();
            rest.replace(m.captured(0), QString());
            const QDateTime at = QDateTime::fromString(m.captured(3), Qt::ISODateWithMs);
            if (!at.isValid()) {
                *error = u"Invalid date in search query: %1"_s.arg(m.captured(3));
                return {};
            }
            terms << SearchTerm {m.captured(1) == "updated_at"_L1, m.captured(2), at};
        }
        rest.replace(u"AND"_s, QString());
        if (!rest.trimmed().isEmpty())
            *error = u"Unsupported search terms in the sandbox: %1"_s.arg(rest.trimmed());
        return terms;
    }

    static bool matches(const ShopOrder& o, const QList<SearchTerm>& terms)
    {
        for (const SearchTerm& t : terms) {
            const QDateTime& value = t.updated ? o.updated : o.created;
            const bool ok = t.op == ">"_L1 ? value > t.at
                : t.op == ">="_L1          ? value >= t.at
                : t.op == "<"_L1           ? value < t.at
                : t.op == "<="_L1          ? value <= t.at
                                           : value == t.at;
            if (!ok)
                return false;
        }
        return true;
    }

    QJsonValue ordersConnection(const QString& shop, const QJsonObject& args, QJsonArray* errors) const
    {
        const int first = args.value("first"_L1).toInt(0);
        if (first < 1 || first > 250) {
            *errors << graphError(u"you must provide one of first or last, at most 250"_s, u"BAD_REQUEST"_s);
            return QJsonValue::Null;
        }
        const QString sortKey = args.value("sortKey"_L1).toString(u"ID"_s);
        const bool reverse = args.value("reverse"_L1).toBool(false);
        QString searchError;
        const QList<SearchTerm> search = parseSearch(args.value("query"_L1).toString(), &searchError);
        if (!searchError.isEmpty()) {
            *errors << graphError(searchError);
            return QJsonValue::Null;
        }
        QList<const ShopOrder*> list;
        for (const ShopOrder& o : m_orders) {
            if (o.shop == shop && matches(o, search))
                list << &o;
        }
        std::sort(list.begin(), list.end(), [&](const ShopOrder* a, const ShopOrder* b) {
            if (sortKey == "UPDATED_AT"_L1 && a->updated != b->updated)
                return a->updated < b->updated;
            if (sortKey == "CREATED_AT"_L1 && a->created != b->created)
                return a->created < b->created;
            return a->id < b->id;
        });
        if (reverse)
            std::reverse(list.begin(), list.end());
        // A cursor is a position in the sort (the node's sort value and id), as Shopify's are, not an index: an
        // order that changes after it was read moves on in an UPDATED_AT sort, and the next page starts after the
        // position read, wherever that node went.
        const auto sortValue = [&](const ShopOrder* o) -> qint64 {
            if (sortKey == "UPDATED_AT"_L1)
                return o->updated.toMSecsSinceEpoch();
            if (sortKey == "CREATED_AT"_L1)
                return o->created.toMSecsSinceEpoch();
            return o->id;
        };
        const auto cursorOf = [&](const ShopOrder* o) {
            return QString::fromLatin1(
                QJsonDocument(QJsonObject {{u"last_id"_s, o->id}, {u"last_value"_s, QString::number(sortValue(o))}})
                    .toJson(QJsonDocument::Compact)
                    .toBase64());
        };
        qsizetype start = 0;
        const QString after = args.value("after"_L1).toString();
        if (!after.isEmpty()) {
            const QJsonObject position = QJsonDocument::fromJson(QByteArray::fromBase64(after.toLatin1())).object();
            bool valueOk = false;
            const qint64 lastValue = position.value("last_value"_L1).toString().toLongLong(&valueOk);
            const qint64 lastId = position.value("last_id"_L1).toInteger(-1);
            if (!valueOk || lastId < 0) {
                *errors << graphError(u"Invalid cursor for current pagination sort."_s);
                return QJsonValue::Null;
            }
            const auto beyond = [&](const ShopOrder* o) {
                const std::pair<qint64, qint64> here {sortValue(o), o->id};
                const std::pair<qint64, qint64> there {lastValue, lastId};
                return reverse ? here < there : here > there;
            };
            start = std::find_if(list.cbegin(), list.cend(), beyond) - list.cbegin();
        }
        QJsonArray nodes;
        QStringList cursors;
        for (qsizetype i = start; i < std::min<qsizetype>(start + first, list.size()); ++i) {
            nodes << orderJson(*list.at(i));
            cursors << cursorOf(list.at(i));
        }
        return connection(nodes, cursors, start + first<list.size(), start> 0);
    }

    QJsonObject fulfillmentCreate(const QString& shop, const QJsonObject& input)
    {
        const auto failure = [](const QString& message) {
            return QJsonObject {
                {u"fulfillment"_s, QJsonValue()},
                {u"userErrors"_s,
                 QJsonArray {QJsonObject {{u"field"_s, QJsonArray {u"fulfillment"_s}}, {u"message"_s, message}}}}};
        };
        const QJsonArray groups = input.value("lineItemsByFulfillmentOrder"_L1).toArray();
        if (groups.isEmpty())
            return failure(u"lineItemsByFulfillmentOrder must not be empty"_s);
        QList<std::pair<ShopOrder*, QList<std::pair<ShopLine*, int>>>> plan;
        for (const QJsonValue& group : groups) {
            const QString foId = group.toObject().value("fulfillmentOrderId"_L1).toString();
            auto order = std::find_if(m_orders.begin(), m_orders.end(), [&](const ShopOrder& o) {
                return o.shop == shop && gid("FulfillmentOrder", o.fulfillmentOrderId) == foId;
            });
            if (order == m_orders.end())
                return failure(u"Fulfillment order does not exist."_s);
            if (order->fulfillmentOrderStatus() == "CLOSED"_L1 || order->fulfillmentOrderStatus() == "CANCELLED"_L1)
                return failure(u"Fulfillment order %1 has an unfulfillable status= %2."_s.arg(
                    foId, order->fulfillmentOrderStatus().toLower()));
            QList<std::pair<ShopLine*, int>> lines;
            const QJsonArray requested = group.toObject().value("fulfillmentOrderLineItems"_L1).toArray();
            for (ShopLine& l : order->lines) {
                int quantity = requested.isEmpty() ? l.quantity - l.fulfilled : 0; // no list: everything remaining
                for (const QJsonValue& item : requested) {
                    if (item.toObject().value("id"_L1).toString() == gid("FulfillmentOrderLineItem", l.id + 1))
                        quantity = item.toObject().value("quantity"_L1).toInt();
                }
                if (quantity > l.quantity - l.fulfilled)
                    return failure(u"Invalid fulfillment order line item quantity requested."_s);
                if (quantity > 0)
                    lines.append({&l, quantity});
            }
            plan.append({&*order, lines});
        }
        ShopFulfillment f;
        f.id = ++m_nextId;
        const QJsonObject tracking = input.value("trackingInfo"_L1).toObject();
        f.company = tracking.value("company"_L1).toString();
        f.number = tracking.value("number"_L1).toString();
        f.createdAt = m_server.now();
        for (auto& [order, lines] : plan) {
            for (auto& [line, quantity] : lines)
                line->fulfilled += quantity;
            order->fulfillments << f;
            order->updated = m_server.now();
            m_server.recordAction(u"shopify"_s, u"ship"_s, gid("Order", order->id), f.number);
        }
        return QJsonObject {
            {u"fulfillment"_s,
             QJsonObject {{u"id"_s, gid("Fulfillment", f.id)},
                          {u"status"_s, u"SUCCESS"_s},
                          {u"createdAt"_s, seed::iso(f.createdAt)},
                          {u"trackingInfo"_s,
                           QJsonArray {QJsonObject {
                               {u"company"_s, f.company}, {u"number"_s, f.number}, {u"url"_s, QJsonValue()}}}}}},
            {u"userErrors"_s, QJsonArray()}};
    }

    /// orderCancel (2025-01): cancels at once here (Shopify runs a job); refunds and restocking are accepted
    /// as given. A cancelled order answers orderCancelUserErrors INVALID, a fulfilled one too.
    QJsonObject orderCancel(const QString& shop, const QJsonObject& arguments)
    {
        const auto failure = [](const QString& code, const QString& message) {
            const QJsonArray errors {
                QJsonObject {{u"code"_s, code}, {u"field"_s, QJsonArray {u"orderId"_s}}, {u"message"_s, message}}};
            return QJsonObject {
                {u"job"_s, QJsonValue()}, {u"orderCancelUserErrors"_s, errors}, {u"userErrors"_s, errors}};
        };
        static const QStringList reasons {u"CUSTOMER"_s,  u"DECLINED"_s, u"FRAUD"_s,
                                          u"INVENTORY"_s, u"STAFF"_s,    u"OTHER"_s};
        if (!reasons.contains(arguments.value("reason"_L1).toString()))
            return failure(u"INVALID"_s, u"Reason is not valid."_s);
        const QString id = arguments.value("orderId"_L1).toString();
        auto order = std::find_if(m_orders.begin(), m_orders.end(),
                                  [&](const ShopOrder& o) { return o.shop == shop && gid("Order", o.id) == id; });
        if (order == m_orders.end())
            return failure(u"NOT_FOUND"_s, u"Order does not exist."_s);
        if (order->cancelledAt.isValid())
            return failure(u"INVALID"_s, u"Order has already been cancelled."_s);
        if (!order->fulfillments.isEmpty())
            return failure(u"INVALID"_s, u"Cannot cancel an order that has fulfillments."_s);
        order->cancelledAt = m_server.now();
        order->updated = order->cancelledAt;
        if (order->financial == "PAID"_L1)
            order->financial = u"REFUNDED"_s;
        m_server.recordAction(u"shopify"_s, u"cancel"_s, id, arguments.value("reason"_L1).toString());
        return QJsonObject {{u"job"_s, QJsonObject {{u"id"_s, gid("Job", ++m_nextId)}, {u"done"_s, true}}},
                            {u"orderCancelUserErrors"_s, QJsonArray()},
                            {u"userErrors"_s, QJsonArray()}};
    }

    /// An order's history ends when it is made (no marketplace reports a change from the future).
    static void endHistoryAt(ShopOrder& o, const QDateTime& now)
    {
        o.updated = std::min(o.updated, now);
        if (o.cancelledAt.isValid())
            o.cancelledAt = std::min(o.cancelledAt, now);
    }

    bool cancelOrder(const QString& orderId) override
    {
        for (ShopOrder& o : m_orders) {
            if (gid("Order", o.id) == orderId && !o.cancelledAt.isValid()) {
                o.cancelledAt = std::max(m_server.now(), o.updated.addSecs(1)); // a change comes after the last one
                o.updated = o.cancelledAt;
                return true;
            }
        }
        return false;
    }

    SandboxServer& m_server;
    QList<ShopOrder> m_orders;
    QHash<QString, int> m_ordersPerShop; ///< how many orders each shop has had (its next order number)
    qint64 m_nextId = 0;
    QDateTime m_base;
    qint64 m_lastTick = 0;
};

} // namespace

Provider* makeShopify(SandboxServer& server)
{
    return new Shopify(server);
}

} // namespace md::sandbox
