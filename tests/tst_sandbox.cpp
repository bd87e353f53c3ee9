// The marketplace sandbox over real loopback HTTP: eBay's OAuth, identity, Trading GetUser and Sell
// Fulfillment, held to the official contracts in ../shared/api-contracts; the control API, fault injection,
// the request log and determinism.

#include "OpenApiValidator.h"
#include "SandboxServer.h"

#include <QCryptographicHash>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QMessageAuthenticationCode>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QTcpServer>
#include <QTest>
#include <QUrlQuery>

using namespace Qt::StringLiterals;
using namespace md::sandbox;
using md::test::OpenApiValidator;

namespace {

constexpr auto kClient = "MarketdeskTest-App";
constexpr auto kSecret = "SBX-test-secret";
constexpr auto kRuName = "Marketdesk-Test-RuName";
constexpr auto kAccept = "http://127.0.0.1:9/accept";

struct Reply {
    int status = 0;
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    QByteArray body;
    QHash<QByteArray, QByteArray> headers; // lower-case names
    qint64 elapsedMs = 0;

    QJsonValue json() const
    {
        const QJsonDocument d = QJsonDocument::fromJson(body);
        return d.isArray() ? QJsonValue(d.array()) : QJsonValue(d.object());
    }
    QJsonObject object() const { return json().toObject(); }
};

QString contracts()
{
    return qEnvironmentVariable("MARKETDESK_CONTRACTS_DIR");
}

QJsonObject readJson(const QString& relative)
{
    QFile file(contracts() + u'/' + relative);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(file.readAll()).object();
}

/// application/x-www-form-urlencoded, with every reserved character (including '+') percent-encoded.
QByteArray formBody(const QUrlQuery& form)
{
    QByteArray body;
    for (const auto& [key, value] : form.queryItems(QUrl::FullyDecoded)) {
        if (!body.isEmpty())
            body += '&';
        body += QUrl::toPercentEncoding(key) + '=' + QUrl::toPercentEncoding(value);
    }
    return body;
}

QStringList sortedKeys(const QJsonObject& object)
{
    QStringList keys = object.keys();
    keys.sort();
    return keys;
}

} // namespace

class TestSandbox : public QObject {
    Q_OBJECT

    std::unique_ptr<SandboxServer> m_server;
    QNetworkAccessManager m_net;
    std::optional<OpenApiValidator> m_fulfillment;
    std::optional<OpenApiValidator> m_identity;
    QJsonArray m_transcript; ///< Shopify GraphQL exchanges, checked against the Admin schema by contract.shopify

    /// Sends one of resources/graphql/shopify/NAME.graphql and records the exchange for the schema check.
    QJsonObject shopifyGraphql(const QString& shop, const QString& token, const QString& name,
                               const QJsonObject& variables)
    {
        QFile file(qEnvironmentVariable("MARKETDESK_GRAPHQL_DIR") + u'/' + name + u".graphql"_s);
        if (!file.open(QIODevice::ReadOnly))
            return {};
        const QByteArray body =
            QJsonDocument(QJsonObject {{u"query"_s, QString::fromUtf8(file.readAll())}, {u"variables"_s, variables}})
                .toJson();
        const Reply reply = call("POST", u"/shops/%1/admin/api/2025-01/graphql.json"_s.arg(shop), body,
                                 {{"Content-Type", "application/json"}, {"X-Shopify-Access-Token", token.toUtf8()}});
        m_transcript << QJsonObject {
            {u"document"_s, name}, {u"variables"_s, variables}, {u"response"_s, reply.object()}};
        return reply.object();
    }

    static Config config()
    {
        Config c;
        c.seed = 7;
        c.ordersPerUser = 30;
        c.epoch = QDateTime(QDate(2026, 11, 1), QTime(0, 0), Qt::UTC);
        c.clients.insert(QLatin1StringView(kClient), QLatin1StringView(kSecret));
        c.ruNames.insert(QLatin1StringView(kRuName), QLatin1StringView(kAccept));
        return c;
    }

    Reply call(const QByteArray& method, const QString& pathAndQuery, const QByteArray& body = {},
               QList<QPair<QByteArray, QByteArray>> headers = {}, int timeoutMs = 10000)
    {
        QNetworkRequest request(QUrl(m_server->baseUrl().toString() + pathAndQuery));
        request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
        request.setTransferTimeout(timeoutMs);
        for (const auto& [name, value] : headers)
            request.setRawHeader(name, value);
        QElapsedTimer timer;
        timer.start();
        QNetworkReply* reply = m_net.sendCustomRequest(request, method, body);
        Reply result;
        if (!QTest::qWaitFor([&] { return reply->isFinished(); }, timeoutMs + 5000)) {
            reply->abort();
            result.error = QNetworkReply::TimeoutError;
        }
        result.elapsedMs = timer.elapsed();
        result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        if (result.error == QNetworkReply::NoError)
            result.error = reply->error();
        result.body = reply->readAll();
        for (const auto& [name, value] : reply->rawHeaderPairs())
            result.headers.insert(name.toLower(), value);
        reply->deleteLater();
        return result;
    }

    Reply control(const QByteArray& method, const QString& path, const QJsonObject& body = {})
    {
        return call(method, path, QJsonDocument(body).toJson(), {{"Content-Type", "application/json"}});
    }

    static QByteArray basic(const QString& id = QLatin1StringView(kClient),
                            const QString& secret = QLatin1StringView(kSecret))
    {
        return "Basic " + (id + u':' + secret).toUtf8().toBase64();
    }

    Reply tokenRequest(const QUrlQuery& form, const QByteArray& auth = basic())
    {
        return call("POST", u"/identity/v1/oauth2/token"_s, formBody(form),
                    {{"Authorization", auth}, {"Content-Type", "application/x-www-form-urlencoded"}});
    }

    QString userId(int index)
    {
        return control("GET", u"/_sandbox/users?provider=ebay"_s)
            .json()
            .toArray()
            .at(index)
            .toObject()
            .value("id"_L1)
            .toString();
    }

    /// Runs the consent flow as user `index`; returns the query the browser lands on.
    QUrlQuery consent(int index, const QString& state, const QString& challenge = {},
                      const QString& decision = u"approve"_s)
    {
        QUrlQuery form;
        form.addQueryItem(u"client_id"_s, QLatin1StringView(kClient));
        form.addQueryItem(u"redirect_uri"_s, QLatin1StringView(kRuName));
        form.addQueryItem(u"response_type"_s, u"code"_s);
        form.addQueryItem(u"scope"_s, u"https://api.ebay.com/oauth/api_scope/sell.fulfillment"_s);
        form.addQueryItem(u"state"_s, state);
        if (!challenge.isEmpty()) {
            form.addQueryItem(u"code_challenge"_s, challenge);
            form.addQueryItem(u"code_challenge_method"_s, u"S256"_s);
        }
        form.addQueryItem(u"decision"_s, decision);
        form.addQueryItem(u"user"_s, userId(index));
        const Reply reply =
            call("POST", u"/oauth2/consent"_s, formBody(form), {{"Content-Type", "application/x-www-form-urlencoded"}});
        if (reply.status != 302)
            return {};
        const QUrl location(QString::fromUtf8(reply.headers.value("location")));
        if (!location.toString().startsWith(QLatin1StringView(kAccept)))
            return {};
        return QUrlQuery(location);
    }

    /// A fresh access/refresh token pair for user `index`.
    QJsonObject connect(int index)
    {
        const QUrlQuery landed = consent(index, u"s"_s);
        QUrlQuery form;
        form.addQueryItem(u"grant_type"_s, u"authorization_code"_s);
        form.addQueryItem(u"code"_s, landed.queryItemValue(u"code"_s, QUrl::FullyDecoded));
        form.addQueryItem(u"redirect_uri"_s, QLatin1StringView(kRuName));
        return tokenRequest(form).object();
    }

    static QList<QPair<QByteArray, QByteArray>> bearer(const QJsonObject& tokens)
    {
        return {{"Authorization", "Bearer " + tokens.value("access_token"_L1).toString().toUtf8()}};
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(QFile::exists(contracts() + u"/README.md"_s), qPrintable(u"contracts not found at "_s + contracts()));
        QString error;
        m_fulfillment = OpenApiValidator::load(contracts() + u"/ebay/openapi/sell_fulfillment_v1_oas3.json"_s, &error);
        QVERIFY2(m_fulfillment, qPrintable(error));
        m_identity = OpenApiValidator::load(contracts() + u"/ebay/openapi/commerce_identity_v1_oas3.json"_s, &error);
        QVERIFY2(m_identity, qPrintable(error));
    }

    void cleanupTestCase()
    {
        const QString path = qEnvironmentVariable("MARKETDESK_GRAPHQL_TRANSCRIPT");
        if (path.isEmpty())
            return;
        QDir().mkpath(QFileInfo(path).absolutePath());
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(QJsonDocument(m_transcript).toJson());
    }

    void init()
    {
        m_server = std::make_unique<SandboxServer>(config());
        QVERIFY(m_server->start() != 0);
    }
    void cleanup() { m_server.reset(); }

    void listensOnLoopbackOnly()
    {
        const auto servers = m_server->servers();
        QCOMPARE(servers.size(), 1);
        QCOMPARE(servers.first()->serverAddress(), QHostAddress(QHostAddress::LocalHost));
    }

    void consentPageOffersEveryUser()
    {
        const Reply page =
            call("GET",
                 u"/oauth2/authorize?client_id=%1&redirect_uri=%2&response_type=code&scope=s&state=abc"_s.arg(
                     QLatin1StringView(kClient), QLatin1StringView(kRuName)));
        QCOMPARE(page.status, 200);
        QVERIFY(page.headers.value("content-type").startsWith("text/html"));
        const QString html = QString::fromUtf8(page.body);
        QVERIFY(html.contains(u"id=approve"_s));
        QVERIFY(html.contains(u"id=deny"_s));
        QVERIFY(html.contains(u"warehouse_a_seller"_s));
        QVERIFY(html.contains(u"boutique_montreal"_s)); // several eBay accounts can be connected
        QVERIFY(html.contains(u"value=\"abc\""_s)); // state travels untouched

        const Reply unknown = call("GET", u"/oauth2/authorize?client_id=nobody&redirect_uri=x&response_type=code"_s);
        QCOMPARE(unknown.status, 400);
    }

    void authorizationCodeFlowMatchesTheContract()
    {
        const QUrlQuery landed = consent(1, u"state-ünïcode/+="_s);
        QCOMPARE(landed.queryItemValue(u"state"_s, QUrl::FullyDecoded), u"state-ünïcode/+="_s);
        QCOMPARE(landed.queryItemValue(u"expires_in"_s), u"299"_s);
        const QString code = landed.queryItemValue(u"code"_s, QUrl::FullyDecoded);
        QVERIFY(code.startsWith(u"v^1.1#"_s));

        QUrlQuery form;
        form.addQueryItem(u"grant_type"_s, u"authorization_code"_s);
        form.addQueryItem(u"code"_s, code);
        form.addQueryItem(u"redirect_uri"_s, QLatin1StringView(kRuName));

        const Reply badClient = tokenRequest(form, basic(QLatin1StringView(kClient), u"wrong"_s));
        QCOMPARE(badClient.status, 401);
        QCOMPARE(badClient.object().value("error"_L1).toString(), u"invalid_client"_s);

        const Reply granted = tokenRequest(form);
        QCOMPARE(granted.status, 200);
        const QJsonObject sample = readJson(u"ebay/oauth/token_response_authorization_code.json"_s);
        QVERIFY(!sample.isEmpty());
        QCOMPARE(sortedKeys(granted.object()), sortedKeys(sample));
        QCOMPARE(granted.object().value("token_type"_L1), sample.value("token_type"_L1));
        QCOMPARE(granted.object().value("expires_in"_L1).toInt(), 7200);
        QCOMPARE(granted.object().value("refresh_token_expires_in"_L1).toInt(), 47304000);

        // Codes are single-use: the replay gets eBay's own invalid_grant body.
        const Reply replay = tokenRequest(form);
        QCOMPARE(replay.status, 400);
        QCOMPARE(replay.object(), readJson(u"ebay/oauth/token_error_invalid_code.json"_s));

        // Refresh: a new access token, the refresh token is not rotated.
        QUrlQuery refresh;
        refresh.addQueryItem(u"grant_type"_s, u"refresh_token"_s);
        refresh.addQueryItem(u"refresh_token"_s, granted.object().value("refresh_token"_L1).toString());
        const Reply refreshed = tokenRequest(refresh);
        QCOMPARE(refreshed.status, 200);
        QCOMPARE(sortedKeys(refreshed.object()),
                 sortedKeys(readJson(u"ebay/oauth/token_response_refresh_token.json"_s)));
        QVERIFY(refreshed.object().value("access_token"_L1) != granted.object().value("access_token"_L1));

        // Revoked: the next refresh is invalid_grant, exactly as eBay words it.
        const Reply revoked =
            control("POST", u"/_sandbox/revoke"_s, {{u"provider"_s, u"ebay"_s}, {u"userId"_s, userId(1)}});
        QVERIFY(revoked.object().value("revoked"_L1).toInt() >= 2);
        const Reply afterRevoke = tokenRequest(refresh);
        QCOMPARE(afterRevoke.status, 400);
        QCOMPARE(afterRevoke.object(), readJson(u"ebay/oauth/token_error_invalid_refresh_token.json"_s));
    }

    void expiredCodeIsRefused()
    {
        const QString code = consent(0, u"s"_s).queryItemValue(u"code"_s, QUrl::FullyDecoded);
        QVERIFY(control("POST", u"/_sandbox/clock"_s, {{u"advanceSeconds"_s, 300}}).status == 200);
        QUrlQuery form;
        form.addQueryItem(u"grant_type"_s, u"authorization_code"_s);
        form.addQueryItem(u"code"_s, code);
        form.addQueryItem(u"redirect_uri"_s, QLatin1StringView(kRuName));
        QCOMPARE(tokenRequest(form).object().value("error"_L1).toString(), u"invalid_grant"_s);
    }

    void deniedConsentReturnsAccessDenied()
    {
        const QUrlQuery landed = consent(0, u"xyz"_s, {}, u"deny"_s);
        QCOMPARE(landed.queryItemValue(u"error"_s), u"access_denied"_s);
        QCOMPARE(landed.queryItemValue(u"state"_s), u"xyz"_s);
        QVERIFY(!landed.hasQueryItem(u"code"_s));
    }

    void pkceIsVerified()
    {
        const QByteArray verifier = "dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk";
        const QString challenge =
            QString::fromLatin1(QCryptographicHash::hash(verifier, QCryptographicHash::Sha256)
                                    .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
        for (const QByteArray& presented : {QByteArray("wrong-verifier"), verifier}) {
            QUrlQuery form;
            form.addQueryItem(u"grant_type"_s, u"authorization_code"_s);
            form.addQueryItem(u"code"_s, consent(0, u"s"_s, challenge).queryItemValue(u"code"_s, QUrl::FullyDecoded));
            form.addQueryItem(u"redirect_uri"_s, QLatin1StringView(kRuName));
            form.addQueryItem(u"code_verifier"_s, QString::fromLatin1(presented));
            QCOMPARE(tokenRequest(form).status, presented == verifier ? 200 : 400);
        }
    }

    void identityMatchesTheContract()
    {
        const QJsonObject tokens = connect(2);
        const Reply me = call("GET", u"/commerce/identity/v1/user/"_s, {}, bearer(tokens));
        QCOMPARE(me.status, 200);
        const QStringList problems = m_identity->validateResponse(u"/user/"_s, u"get"_s, 200, me.json());
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
        QCOMPARE(me.object().value("username"_L1).toString(), u"berlin_trader"_s);

        const Reply anonymous = call("GET", u"/commerce/identity/v1/user/"_s);
        QCOMPARE(anonymous.status, 401);
        QCOMPARE(anonymous.object().value("errors"_L1).toArray().first().toObject().value("errorId"_L1).toInt(), 1001);
    }

    void tradingGetUserSpeaksXml()
    {
        const QJsonObject tokens = connect(0);
        const auto getUser = [&](const QByteArray& token) {
            return call(
                "POST", u"/ws/api.dll"_s,
                "<?xml version=\"1.0\" encoding=\"utf-8\"?><GetUserRequest xmlns=\"urn:ebay:apis:eBLBaseComponents\"/>",
                {{"Content-Type", "text/xml"},
                 {"X-EBAY-API-CALL-NAME", "GetUser"},
                 {"X-EBAY-API-SITEID", "0"},
                 {"X-EBAY-API-COMPATIBILITY-LEVEL", "967"},
                 {"X-EBAY-API-IAF-TOKEN", token}});
        };
        const Reply ok = getUser(tokens.value("access_token"_L1).toString().toUtf8());
        QCOMPARE(ok.status, 200);
        QVERIFY(ok.body.contains("<Ack>Success</Ack>"));
        QVERIFY(ok.body.contains("<UserID>warehouse_a_seller</UserID>"));

        control("POST", u"/_sandbox/clock"_s, {{u"advanceSeconds"_s, 7201}});
        const Reply expired = getUser(tokens.value("access_token"_L1).toString().toUtf8());
        QCOMPARE(expired.status, 200); // Trading answers errors inside the XML
        QVERIFY(expired.body.contains("<Ack>Failure</Ack>"));
        QVERIFY(expired.body.contains("<ErrorCode>21917053</ErrorCode>"));
        QFile sample(contracts() + u"/ebay/trading/GetUser_response_failure_expired_iaf_token.xml"_s);
        QVERIFY(sample.open(QIODevice::ReadOnly));
        const QByteArray sampleText = sample.readAll();
        for (const char* element : {"<ShortMessage>", "<LongMessage>", "<SeverityCode>", "<ErrorClassification>"})
            QVERIFY2(sampleText.contains(element) && expired.body.contains(element), element);

        // An expired token on REST calls is 401 with eBay's error body.
        QCOMPARE(call("GET", u"/commerce/identity/v1/user/"_s, {}, bearer(tokens)).status, 401);
    }

    void ordersMatchTheContractAndPageWithoutGapsOrDuplicates()
    {
        const QJsonObject tokens = connect(0);
        QSet<QString> seen;
        int total = -1;
        for (int offset = 0;; offset += 7) {
            const Reply page =
                call("GET", u"/sell/fulfillment/v1/order?limit=7&offset=%1"_s.arg(offset), {}, bearer(tokens));
            QCOMPARE(page.status, 200);
            const QStringList problems = m_fulfillment->validateResponse(u"/order"_s, u"get"_s, 200, page.json());
            QVERIFY2(problems.isEmpty(), qPrintable(problems.mid(0, 10).join(u'\n')));
            total = page.object().value("total"_L1).toInt();
            const QJsonArray orders = page.object().value("orders"_L1).toArray();
            for (const QJsonValue& order : orders) {
                const QString id = order.toObject().value("orderId"_L1).toString();
                QVERIFY2(!seen.contains(id), qPrintable(id));
                seen.insert(id);
            }
            if (!page.object().contains("next"_L1))
                break;
        }
        QCOMPARE(seen.size(), total);
        QVERIFY(total >= 30);

        const Reply bad = call("GET", u"/sell/fulfillment/v1/order?limit=500"_s, {}, bearer(tokens));
        QCOMPARE(bad.status, 400);
        const QJsonArray errors = bad.object().value("errors"_L1).toArray();
        QVERIFY(!errors.isEmpty());
        const QStringList problems = m_fulfillment->validate(m_fulfillment->namedSchema(u"Error"_s), errors.first());
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
    }

    void ordersFilterByLastModifiedAndStatus()
    {
        const QJsonObject tokens = connect(0);
        const QString from = u"2026-10-25T00:00:00.000Z"_s;
        const Reply page =
            call("GET",
                 u"/sell/fulfillment/v1/order?limit=200&filter=%1"_s.arg(QString::fromLatin1(QUrl::toPercentEncoding(
                     u"lastmodifieddate:[%1..],orderfulfillmentstatus:{NOT_STARTED|IN_PROGRESS}"_s.arg(from)))),
                 {}, bearer(tokens));
        QCOMPARE(page.status, 200);
        const QJsonArray orders = page.object().value("orders"_L1).toArray();
        QVERIFY(!orders.isEmpty());
        for (const QJsonValue& value : orders) {
            const QJsonObject order = value.toObject();
            QVERIFY(order.value("lastModifiedDate"_L1).toString() >= from);
            QVERIFY(order.value("orderFulfillmentStatus"_L1).toString() != "FULFILLED"_L1);
        }
        const Reply garbage = call("GET", u"/sell/fulfillment/v1/order?filter=color:blue"_s, {}, bearer(tokens));
        QCOMPARE(garbage.status, 400);
    }

    void shippingIsRecordedOnceAndConflictsAreReported()
    {
        const QJsonObject tokens = connect(0);
        const Reply page =
            call("GET", u"/sell/fulfillment/v1/order?limit=200&filter=orderfulfillmentstatus:%7BNOT_STARTED%7D"_s, {},
                 bearer(tokens));
        QJsonObject order;
        for (const QJsonValue& value : page.object().value("orders"_L1).toArray()) {
            if (value.toObject().value("cancelStatus"_L1).toObject().value("cancelState"_L1) == "NONE_REQUESTED"_L1)
                order = value.toObject();
        }
        QVERIFY(!order.isEmpty());
        const QString id = order.value("orderId"_L1).toString();
        QJsonArray lines;
        for (const QJsonValue& line : order.value("lineItems"_L1).toArray())
            lines << QJsonObject {{u"lineItemId"_s, line.toObject().value("lineItemId"_L1)},
                                  {u"quantity"_s, line.toObject().value("quantity"_L1)}};
        const QByteArray body = QJsonDocument(QJsonObject {{u"lineItems"_s, lines},
                                                           {u"shippingCarrierCode"_s, u"USPS"_s},
                                                           {u"trackingNumber"_s, u"9400111899223856928499"_s},
                                                           {u"shippedDate"_s, u"2026-11-01T10:00:00.000Z"_s}})
                                    .toJson();
        QList<QPair<QByteArray, QByteArray>> headers = bearer(tokens);
        headers << qMakePair(QByteArray("Content-Type"), QByteArray("application/json"));
        control("DELETE", u"/_sandbox/requests"_s);

        const Reply shipped =
            call("POST", u"/sell/fulfillment/v1/order/%1/shipping_fulfillment"_s.arg(id), body, headers);
        QCOMPARE(shipped.status, 201);
        QVERIFY(shipped.headers.value("location").contains("/shipping_fulfillment/"));
        // eBay answers 201 with the fulfillment's Location and no JSON body: no JSON content type on an empty body.
        QVERIFY(shipped.body.isEmpty());
        QVERIFY2(!shipped.headers.value("content-type").contains("json"),
                 shipped.headers.value("content-type").constData());

        const Reply again =
            call("POST", u"/sell/fulfillment/v1/order/%1/shipping_fulfillment"_s.arg(id), body, headers);
        QCOMPARE(again.status, 409); // already shipped: the client must show a conflict

        const Reply after = call("GET", u"/sell/fulfillment/v1/order/%1"_s.arg(id), {}, bearer(tokens));
        QCOMPARE(after.object().value("orderFulfillmentStatus"_L1).toString(), u"FULFILLED"_s);
        const QStringList orderProblems =
            m_fulfillment->validateResponse(u"/order/{orderId}"_s, u"get"_s, 200, after.json());
        QVERIFY2(orderProblems.isEmpty(), qPrintable(orderProblems.join(u'\n')));
        const Reply fulfillments =
            call("GET", u"/sell/fulfillment/v1/order/%1/shipping_fulfillment"_s.arg(id), {}, bearer(tokens));
        const QStringList problems = m_fulfillment->validateResponse(u"/order/{orderId}/shipping_fulfillment"_s,
                                                                     u"get"_s, 200, fulfillments.json());
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
        QCOMPARE(fulfillments.object().value("total"_L1).toInt(), 1);

        // The request log shows what the client sent, with the token masked.
        const QJsonArray log =
            control("GET", u"/_sandbox/requests?route=ebay.createShippingFulfillment"_s).json().toArray();
        QCOMPARE(log.size(), 2);
        QCOMPARE(log.at(0).toObject().value("status"_L1).toInt(), 201);
        const QString authorization =
            log.at(0).toObject().value("headers"_L1).toObject().value("authorization"_L1).toString();
        QVERIFY(!authorization.contains(tokens.value("access_token"_L1).toString()));
        QVERIFY(log.at(0).toObject().value("body"_L1).toString().contains(u"9400111899223856928499"_s));
    }

    void sameSeedSameMarketplace()
    {
        const auto firstPage = [this] {
            return call("GET", u"/sell/fulfillment/v1/order?limit=50"_s, {}, bearer(connect(0)))
                .object()
                .value("orders"_L1);
        };
        control("POST", u"/_sandbox/clock"_s, {{u"freeze"_s, true}});
        const QJsonValue a = firstPage();
        control("POST", u"/_sandbox/reset"_s);
        const QJsonValue b = firstPage();
        QCOMPARE(a, b);
        control("POST", u"/_sandbox/seed"_s, {{u"seed"_s, 8}});
        QVERIFY(firstPage() != a);
    }

    void marketplaceMovesOnOverTime()
    {
        const QJsonObject tokens = connect(0);
        control("POST", u"/_sandbox/clock"_s, {{u"freeze"_s, true}});
        const int before =
            call("GET", u"/sell/fulfillment/v1/order?limit=1"_s, {}, bearer(tokens)).object().value("total"_L1).toInt();
        control("POST", u"/_sandbox/clock"_s, {{u"advanceSeconds"_s, 6 * 3600}});
        const QJsonObject fresh = connect(0); // the old access token has expired meanwhile
        const int after =
            call("GET", u"/sell/fulfillment/v1/order?limit=1"_s, {}, bearer(fresh)).object().value("total"_L1).toInt();
        QVERIFY2(after > before, qPrintable(u"%1 → %2"_s.arg(before).arg(after)));
    }

    void faultsAreInjected()
    {
        const QJsonObject tokens = connect(0);
        const QString path = u"/sell/fulfillment/v1/order?limit=5"_s;
        const auto fault = [this](const QJsonObject& f) {
            QCOMPARE(control("POST", u"/_sandbox/faults"_s, f).status, 201);
        };

        fault({{u"route"_s, u"ebay.getOrders"_s}, {u"kind"_s, u"status"_s}, {u"status"_s, 503}, {u"count"_s, 1}});
        const Reply unavailable = call("GET", path, {}, bearer(tokens));
        QCOMPARE(unavailable.status, 503);
        QVERIFY(unavailable.object().contains("errors"_L1));
        QCOMPARE(call("GET", path, {}, bearer(tokens)).status, 200); // count 1: the next one succeeds

        fault({{u"route"_s, u"ebay.getOrders"_s}, {u"kind"_s, u"rate-limit"_s}, {u"retryAfter"_s, 3}, {u"count"_s, 1}});
        const Reply limited = call("GET", path, {}, bearer(tokens));
        QCOMPARE(limited.status, 429);
        QCOMPARE(limited.headers.value("retry-after"), QByteArray("3"));

        fault({{u"route"_s, u"ebay.getOrders"_s}, {u"kind"_s, u"malformed"_s}, {u"count"_s, 1}});
        const Reply malformed = call("GET", path, {}, bearer(tokens));
        QCOMPARE(malformed.status, 200);
        QJsonParseError parseError;
        QJsonDocument::fromJson(malformed.body, &parseError);
        QVERIFY(parseError.error != QJsonParseError::NoError);

        fault({{u"route"_s, u"ebay.getOrders"_s}, {u"kind"_s, u"truncated"_s}, {u"count"_s, 1}});
        QVERIFY(call("GET", path, {}, bearer(tokens)).error != QNetworkReply::NoError);

        fault({{u"route"_s, u"ebay.getOrders"_s}, {u"kind"_s, u"reset"_s}, {u"count"_s, 1}});
        QVERIFY(call("GET", path, {}, bearer(tokens)).error != QNetworkReply::NoError);

        fault({{u"route"_s, u"ebay.getOrders"_s}, {u"kind"_s, u"wrong-content-type"_s}, {u"count"_s, 1}});
        QVERIFY(call("GET", path, {}, bearer(tokens)).headers.value("content-type").startsWith("text/html"));

        fault({{u"route"_s, u"ebay.getOrders"_s}, {u"kind"_s, u"latency"_s}, {u"delayMs"_s, 400}, {u"count"_s, 1}});
        const Reply slow = call("GET", path, {}, bearer(tokens));
        QCOMPARE(slow.status, 200);
        QVERIFY(slow.elapsedMs >= 380);

        fault({{u"route"_s, u"ebay.getOrders"_s}, {u"kind"_s, u"hang"_s}, {u"count"_s, 1}});
        const Reply hung = call("GET", path, {}, bearer(tokens), 500);
        QVERIFY(hung.error != QNetworkReply::NoError);
        QCOMPARE(call("GET", path, {}, bearer(tokens)).status, 200);

        QCOMPARE(control("POST", u"/_sandbox/faults"_s, {{u"kind"_s, u"gremlins"_s}}).status, 400);
    }

    void callLimitAnswers429()
    {
        control("POST", u"/_sandbox/config"_s, {{u"callLimitPerToken"_s, 2}});
        const QJsonObject tokens = connect(0);
        QCOMPARE(call("GET", u"/commerce/identity/v1/user/"_s, {}, bearer(tokens)).status, 200);
        QCOMPARE(call("GET", u"/commerce/identity/v1/user/"_s, {}, bearer(tokens)).status, 200);
        const Reply third = call("GET", u"/commerce/identity/v1/user/"_s, {}, bearer(tokens));
        QCOMPARE(third.status, 429);
        QVERIFY(third.headers.contains("retry-after"));
    }

    void amazonAuthorizationAndOrdersMatchTheContracts()
    {
        QString error;
        const auto sellers = OpenApiValidator::load(contracts() + u"/amazon/models/sellers.json"_s, &error);
        QVERIFY2(sellers, qPrintable(error));
        const auto orders = OpenApiValidator::load(contracts() + u"/amazon/models/orders_2026-01-01.json"_s, &error);
        QVERIFY2(orders, qPrintable(error));

        // Seller Central consent → the app's redirect with state, selling_partner_id and spapi_oauth_code.
        const Reply page =
            call("GET",
                 u"/apps/authorize/consent?application_id=%1&state=st&redirect_uri=%2&version=beta"_s.arg(
                     QLatin1StringView(kClient),
                     QString::fromLatin1(QUrl::toPercentEncoding(u"http://127.0.0.1:9/amazon"_s))));
        QCOMPARE(page.status, 200);
        const QString sellerId = control("GET", u"/_sandbox/users?provider=amazon"_s)
                                     .json()
                                     .toArray()
                                     .first()
                                     .toObject()
                                     .value("id"_L1)
                                     .toString();
        QUrlQuery form;
        form.addQueryItem(u"application_id"_s, QLatin1StringView(kClient));
        form.addQueryItem(u"state"_s, u"st"_s);
        form.addQueryItem(u"redirect_uri"_s, u"http://127.0.0.1:9/amazon"_s);
        form.addQueryItem(u"decision"_s, u"approve"_s);
        form.addQueryItem(u"user"_s, sellerId);
        const Reply approved = call("POST", u"/apps/authorize/decision"_s, formBody(form),
                                    {{"Content-Type", "application/x-www-form-urlencoded"}});
        QCOMPARE(approved.status, 302);
        const QUrlQuery landed(QUrl(QString::fromUtf8(approved.headers.value("location"))));
        QCOMPARE(landed.queryItemValue(u"state"_s), u"st"_s);
        QCOMPARE(landed.queryItemValue(u"selling_partner_id"_s), sellerId);

        // Login with Amazon: client credentials in the body, answers shaped like the samples.
        QUrlQuery exchange;
        exchange.addQueryItem(u"grant_type"_s, u"authorization_code"_s);
        exchange.addQueryItem(u"code"_s, landed.queryItemValue(u"spapi_oauth_code"_s, QUrl::FullyDecoded));
        exchange.addQueryItem(u"client_id"_s, QLatin1StringView(kClient));
        exchange.addQueryItem(u"client_secret"_s, QLatin1StringView(kSecret));
        const auto lwa = [&](const QUrlQuery& f) {
            return call("POST", u"/auth/o2/token"_s, formBody(f),
                        {{"Content-Type", "application/x-www-form-urlencoded"}});
        };
        const Reply tokens = lwa(exchange);
        QCOMPARE(tokens.status, 200);
        QCOMPARE(sortedKeys(tokens.object()),
                 sortedKeys(readJson(u"amazon/lwa/token_response_authorization_code.json"_s)));
        QCOMPARE(tokens.object().value("expires_in"_L1).toInt(), 3600);
        QVERIFY(tokens.object().value("access_token"_L1).toString().startsWith(u"Atza|"_s));
        const QList<QPair<QByteArray, QByteArray>> auth {
            {"x-amz-access-token", tokens.object().value("access_token"_L1).toString().toUtf8()}};

        const Reply participations = call("GET", u"/sellers/v1/marketplaceParticipations"_s, {}, auth);
        QCOMPARE(participations.status, 200);
        QVERIFY(participations.headers.contains("x-amzn-ratelimit-limit"));
        QStringList problems =
            sellers->validateResponse(u"/sellers/v1/marketplaceParticipations"_s, u"get"_s, 200, participations.json());
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));

        // searchOrders pages with nextToken; every page conforms; no order twice.
        QSet<QString> seen;
        QString next;
        QJsonObject unshipped;
        do {
            QString query = u"/orders/2026-01-01/orders?lastUpdatedAfter=2026-09-01T00:00:00Z&maxResultsPerPage=8"
                            "&includedData=BUYER,RECIPIENT,PROCEEDS,FULFILLMENT,PACKAGES"_s;
            if (!next.isEmpty())
                query += u"&paginationToken="_s + QString::fromLatin1(QUrl::toPercentEncoding(next));
            const Reply result = call("GET", query, {}, auth);
            QCOMPARE(result.status, 200);
            problems = orders->validateResponse(u"/orders/2026-01-01/orders"_s, u"get"_s, 200, result.json());
            QVERIFY2(problems.isEmpty(), qPrintable(problems.mid(0, 10).join(u'\n')));
            for (const QJsonValue& o : result.object().value("orders"_L1).toArray()) {
                QVERIFY(!seen.contains(o.toObject().value("orderId"_L1).toString()));
                seen.insert(o.toObject().value("orderId"_L1).toString());
                if (o.toObject().value("fulfillment"_L1).toObject().value("fulfillmentStatus"_L1) == "UNSHIPPED"_L1)
                    unshipped = o.toObject();
            }
            next = result.object().value("pagination"_L1).toObject().value("nextToken"_L1).toString();
        } while (!next.isEmpty());
        QCOMPARE(seen.size(), 30);
        QVERIFY(!unshipped.isEmpty());
        QCOMPARE(call("GET", u"/orders/2026-01-01/orders?maxResultsPerPage=8"_s, {}, auth).status, 400);

        // As Amazon documents: lastUpdatedBefore must be at least two minutes before the request, and not before
        // lastUpdatedAfter; a valid one bounds the results and is echoed back.
        control("POST", u"/_sandbox/clock"_s, {{u"freeze"_s, true}});
        const QDateTime now = QDateTime::fromString(
            control("POST", u"/_sandbox/clock"_s, QJsonObject {}).object().value("now"_L1).toString(),
            Qt::ISODateWithMs);
        QVERIFY(now.isValid());
        const auto before = [&](const QDateTime& at) {
            return call("GET",
                        u"/orders/2026-01-01/orders?lastUpdatedAfter=2026-09-01T00:00:00Z&lastUpdatedBefore=%1"_s.arg(
                            at.toUTC().toString(Qt::ISODate)),
                        {}, auth);
        };
        const Reply tooLate = before(now.addSecs(-60));
        QCOMPARE(tooLate.status, 400);
        QVERIFY2(tooLate.body.contains("at least two minutes before"), tooLate.body.constData());
        problems = orders->validateResponse(u"/orders/2026-01-01/orders"_s, u"get"_s, 400, tooLate.json());
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
        QCOMPARE(before(QDateTime::fromString(u"2026-08-31T00:00:00Z"_s, Qt::ISODate)).status, 400);
        const Reply pinned = before(now.addSecs(-180));
        QCOMPARE(pinned.status, 200);
        QCOMPARE(QDateTime::fromString(pinned.object().value("lastUpdatedBefore"_L1).toString(), Qt::ISODate),
                 QDateTime::fromSecsSinceEpoch(now.addSecs(-180).toSecsSinceEpoch(), Qt::UTC));
        control("POST", u"/_sandbox/clock"_s, {{u"freeze"_s, false}});

        // Query values are decoded fully, as Amazon decodes them: %2C between list values is a comma.
        const QString encoded =
            u"/orders/2026-01-01/orders?lastUpdatedAfter=2026-09-01T00:00:00Z&maxResultsPerPage=100"
            "&fulfillmentStatuses=UNSHIPPED%2CPARTIALLY_SHIPPED&includedData=BUYER%2CRECIPIENT%2CFULFILLMENT"_s;
        const QJsonArray filtered = call("GET", encoded, {}, auth).object().value("orders"_L1).toArray();
        QVERIFY(!filtered.isEmpty());
        QVERIFY(filtered.size() < 30);
        for (const QJsonValue& o : filtered) {
            const QJsonObject order = o.toObject();
            const QString status = order.value("fulfillment"_L1).toObject().value("fulfillmentStatus"_L1).toString();
            QVERIFY2(status == "UNSHIPPED"_L1 || status == "PARTIALLY_SHIPPED"_L1, qPrintable(status));
            QVERIFY(order.contains("buyer"_L1));
            QVERIFY(order.contains("recipient"_L1));
            QVERIFY(!order.contains("proceeds"_L1));
        }

        // confirmShipment (v0) → 204, then the order reads SHIPPED; the same package twice is refused.
        QJsonArray items;
        for (const QJsonValue& i : unshipped.value("orderItems"_L1).toArray())
            items << QJsonObject {{u"orderItemId"_s, i.toObject().value("orderItemId"_L1)},
                                  {u"quantity"_s, i.toObject().value("quantityOrdered"_L1)}};
        const QString orderId = unshipped.value("orderId"_L1).toString();
        const QByteArray shipment =
            QJsonDocument(QJsonObject {{u"marketplaceId"_s,
                                        unshipped.value("salesChannel"_L1).toObject().value("marketplaceId"_L1)},
                                       {u"packageDetail"_s,
                                        QJsonObject {{u"packageReferenceId"_s, u"1"_s},
                                                     {u"carrierCode"_s, u"UPS"_s},
                                                     {u"trackingNumber"_s, u"1Z999AA10123456784"_s},
                                                     {u"shipDate"_s, u"2026-11-01T12:00:00Z"_s},
                                                     {u"orderItems"_s, items}}}})
                .toJson();
        QList<QPair<QByteArray, QByteArray>> post = auth;
        post << qMakePair(QByteArray("Content-Type"), QByteArray("application/json"));
        QCOMPARE(call("POST", u"/orders/v0/orders/%1/shipmentConfirmation"_s.arg(orderId), shipment, post).status, 204);
        const Reply again = call("POST", u"/orders/v0/orders/%1/shipmentConfirmation"_s.arg(orderId), shipment, post);
        QCOMPARE(again.status, 400);
        const Reply order =
            call("GET", u"/orders/2026-01-01/orders/%1?includedData=FULFILLMENT,PACKAGES"_s.arg(orderId), {}, auth);
        problems = orders->validateResponse(u"/orders/2026-01-01/orders/{orderId}"_s, u"get"_s, 200, order.json());
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
        QCOMPARE(order.object()
                     .value("order"_L1)
                     .toObject()
                     .value("fulfillment"_L1)
                     .toObject()
                     .value("fulfillmentStatus"_L1)
                     .toString(),
                 u"SHIPPED"_s);

        // Revoked: refresh answers exactly like the LWA sample; an expired access token is 403 with an ErrorList.
        control("POST", u"/_sandbox/revoke"_s, {{u"provider"_s, u"amazon"_s}, {u"userId"_s, sellerId}});
        QUrlQuery refresh;
        refresh.addQueryItem(u"grant_type"_s, u"refresh_token"_s);
        refresh.addQueryItem(u"refresh_token"_s, tokens.object().value("refresh_token"_L1).toString());
        refresh.addQueryItem(u"client_id"_s, QLatin1StringView(kClient));
        refresh.addQueryItem(u"client_secret"_s, QLatin1StringView(kSecret));
        const Reply revoked = lwa(refresh);
        QCOMPARE(revoked.status, 400);
        QCOMPARE(revoked.object(), readJson(u"amazon/lwa/token_error_invalid_grant.json"_s));
        const Reply denied = call("GET", u"/sellers/v1/marketplaceParticipations"_s, {}, auth);
        QCOMPARE(denied.status, 403);
        problems = sellers->validateResponse(u"/sellers/v1/marketplaceParticipations"_s, u"get"_s, 403, denied.json());
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
    }

    void facebookLongLivedTokensAndGraphErrors()
    {
        const QString redirect = u"http://127.0.0.1:9/facebook"_s;
        const QString user = control("GET", u"/_sandbox/users?provider=facebook"_s)
                                 .json()
                                 .toArray()
                                 .at(1)
                                 .toObject()
                                 .value("id"_L1)
                                 .toString();
        QUrlQuery form;
        form.addQueryItem(u"client_id"_s, QLatin1StringView(kClient));
        form.addQueryItem(u"redirect_uri"_s, redirect);
        form.addQueryItem(u"state"_s, u"fb-state"_s);
        form.addQueryItem(u"scope"_s, u"catalog_management,commerce_account_read_orders"_s);
        QCOMPARE(call("GET", u"/v19.0/dialog/oauth?"_s + form.toString(QUrl::FullyEncoded)).status, 200);
        form.addQueryItem(u"decision"_s, u"approve"_s);
        form.addQueryItem(u"user"_s, user);
        const Reply approved = call("POST", u"/v19.0/dialog/oauth/decision"_s, formBody(form),
                                    {{"Content-Type", "application/x-www-form-urlencoded"}});
        QCOMPARE(approved.status, 302);
        const QUrl landedUrl(QString::fromUtf8(approved.headers.value("location")));
        QCOMPARE(landedUrl.fragment(), u"_=_"_s);
        const QUrlQuery landed(landedUrl);
        QCOMPARE(landed.queryItemValue(u"state"_s), u"fb-state"_s);

        QUrlQuery exchange;
        exchange.addQueryItem(u"client_id"_s, QLatin1StringView(kClient));
        exchange.addQueryItem(u"client_secret"_s, QLatin1StringView(kSecret));
        exchange.addQueryItem(u"redirect_uri"_s, redirect);
        exchange.addQueryItem(u"code"_s, landed.queryItemValue(u"code"_s, QUrl::FullyDecoded));
        const QString query = QString::fromLatin1(formBody(exchange));
        const Reply shortLived = call("GET", u"/v19.0/oauth/access_token?"_s + query);
        QCOMPARE(shortLived.status, 200);
        QVERIFY(!shortLived.object().contains("refresh_token"_L1)); // Facebook has none
        const Reply replay = call("GET", u"/v19.0/oauth/access_token?"_s + query);
        QCOMPARE(replay.object().value("error"_L1).toObject().value("error_subcode"_L1).toInt(), 36009);

        QUrlQuery longForm;
        longForm.addQueryItem(u"grant_type"_s, u"fb_exchange_token"_s);
        longForm.addQueryItem(u"client_id"_s, QLatin1StringView(kClient));
        longForm.addQueryItem(u"client_secret"_s, QLatin1StringView(kSecret));
        longForm.addQueryItem(u"fb_exchange_token"_s, shortLived.object().value("access_token"_L1).toString());
        const Reply longLived = call("GET", u"/v19.0/oauth/access_token?"_s + QString::fromLatin1(formBody(longForm)));
        QCOMPARE(longLived.status, 200);
        QCOMPARE(longLived.object().value("expires_in"_L1).toInt(), 60 * 86400);

        const auto auth = bearer(longLived.object());
        const Reply me = call("GET", u"/v19.0/me?fields=id,name"_s, {}, auth);
        QCOMPARE(me.status, 200);
        QCOMPARE(me.object().value("id"_L1).toString(), user);

        control("POST", u"/_sandbox/clock"_s, {{u"advanceSeconds"_s, 61 * 86400}});
        const Reply expired = call("GET", u"/v19.0/me"_s, {}, auth);
        QCOMPARE(expired.status, 400);
        const QJsonObject error = expired.object().value("error"_L1).toObject();
        QCOMPARE(error.value("type"_L1).toString(), u"OAuthException"_s);
        QCOMPARE(error.value("code"_L1).toInt(), 190);
        QVERIFY(error.contains("fbtrace_id"_L1));
    }

    void shopifyOAuthIsSignedAndGraphqlAnswersTheDocuments()
    {
        const QString shop = u"maple-and-co.myshopify.com"_s;
        const QString redirect = u"http://127.0.0.1:9/shopify"_s;
        QUrlQuery form;
        form.addQueryItem(u"client_id"_s, QLatin1StringView(kClient));
        form.addQueryItem(u"scope"_s, u"read_orders,write_orders,read_products"_s);
        form.addQueryItem(u"redirect_uri"_s, redirect);
        form.addQueryItem(u"state"_s, u"nonce-1"_s);
        QCOMPARE(
            call("GET", u"/shops/%1/admin/oauth/authorize?%2"_s.arg(shop, form.toString(QUrl::FullyEncoded))).status,
            200);
        QCOMPARE(call("GET",
                      u"/shops/nowhere.myshopify.com/admin/oauth/authorize?%1"_s.arg(form.toString(QUrl::FullyEncoded)))
                     .status,
                 404);
        form.addQueryItem(u"decision"_s, u"approve"_s);
        const Reply approved = call("POST", u"/shops/%1/admin/oauth/decision"_s.arg(shop), formBody(form),
                                    {{"Content-Type", "application/x-www-form-urlencoded"}});
        QCOMPARE(approved.status, 302);
        const QUrlQuery landed(QUrl(QString::fromUtf8(approved.headers.value("location"))));
        QCOMPARE(landed.queryItemValue(u"shop"_s), shop);
        QCOMPARE(landed.queryItemValue(u"state"_s), u"nonce-1"_s);

        // The callback is signed as Shopify documents: hex HMAC-SHA256 of the other parameters, sorted, k=v&….
        QList<QPair<QString, QString>> items = landed.queryItems(QUrl::FullyDecoded);
        items.removeIf([](const auto& i) { return i.first == "hmac"_L1; });
        std::sort(items.begin(), items.end());
        QStringList message;
        for (const auto& [k, v] : items)
            message << k + u'=' + v;
        const QByteArray expected = QMessageAuthenticationCode::hash(message.join(u'&').toUtf8(), QByteArray(kSecret),
                                                                     QCryptographicHash::Sha256)
                                        .toHex();
        QCOMPARE(landed.queryItemValue(u"hmac"_s).toLatin1(), expected);

        const QByteArray exchange =
            QJsonDocument(QJsonObject {{u"client_id"_s, QLatin1StringView(kClient)},
                                       {u"client_secret"_s, QLatin1StringView(kSecret)},
                                       {u"code"_s, landed.queryItemValue(u"code"_s, QUrl::FullyDecoded)}})
                .toJson();
        const Reply token = call("POST", u"/shops/%1/admin/oauth/access_token"_s.arg(shop), exchange,
                                 {{"Content-Type", "application/json"}});
        QCOMPARE(token.status, 200);
        QCOMPARE(sortedKeys(token.object()), sortedKeys(readJson(u"shopify/oauth/token_response_offline.json"_s)));
        QCOMPARE(call("POST", u"/shops/%1/admin/oauth/access_token"_s.arg(shop), exchange,
                      {{"Content-Type", "application/json"}})
                     .status,
                 400);
        const QString access = token.object().value("access_token"_L1).toString();
        QVERIFY(access.startsWith(u"shpat_"_s));

        const QJsonObject me = shopifyGraphql(shop, access, u"Shop"_s, {});
        QCOMPARE(me.value("data"_L1).toObject().value("shop"_L1).toObject().value("myshopifyDomain"_L1).toString(),
                 shop);
        // A token of one shop opens no other.
        QCOMPARE(call("POST", u"/shops/warehouse-a-store.myshopify.com/admin/api/2025-01/graphql.json"_s,
                      QByteArray("{\"query\":\"{ shop { id } }\"}"),
                      {{"Content-Type", "application/json"}, {"X-Shopify-Access-Token", access.toUtf8()}})
                     .status,
                 401);

        // Cursor pagination with an updated_at search: every order once, in updated order.
        QSet<QString> seen;
        QString after;
        QString previousUpdate;
        QJsonObject open;
        for (int page = 0; page < 20; ++page) {
            QJsonObject variables {{u"first"_s, 7}, {u"query"_s, u"updated_at:>'2026-09-01T00:00:00Z'"_s}};
            if (!after.isEmpty())
                variables.insert(u"after"_s, after);
            const QJsonObject answer = shopifyGraphql(shop, access, u"Orders"_s, variables);
            QVERIFY2(!answer.contains("errors"_L1), QJsonDocument(answer).toJson().constData());
            const QJsonObject orders = answer.value("data"_L1).toObject().value("orders"_L1).toObject();
            for (const QJsonValue& node : orders.value("nodes"_L1).toArray()) {
                const QJsonObject order = node.toObject();
                QVERIFY(!seen.contains(order.value("id"_L1).toString()));
                seen.insert(order.value("id"_L1).toString());
                QVERIFY(order.value("updatedAt"_L1).toString() >= previousUpdate);
                previousUpdate = order.value("updatedAt"_L1).toString();
                if (order.value("displayFulfillmentStatus"_L1) == "UNFULFILLED"_L1 &&
                    order.value("cancelledAt"_L1).isNull())
                    open = order;
            }
            if (!orders.value("pageInfo"_L1).toObject().value("hasNextPage"_L1).toBool())
                break;
            after = orders.value("pageInfo"_L1).toObject().value("endCursor"_L1).toString();
        }
        QCOMPARE(seen.size(), 30);
        QVERIFY(!open.isEmpty());

        // Ship it: fulfillmentCreate on its fulfillment order; a second time the order is closed.
        const QJsonObject fulfillmentOrder =
            open.value("fulfillmentOrders"_L1).toObject().value("nodes"_L1).toArray().first().toObject();
        QJsonArray lines;
        for (const QJsonValue& line : fulfillmentOrder.value("lineItems"_L1).toObject().value("nodes"_L1).toArray())
            lines << QJsonObject {{u"id"_s, line.toObject().value("id"_L1)},
                                  {u"quantity"_s, line.toObject().value("remainingQuantity"_L1)}};
        const QJsonObject input {
            {u"fulfillment"_s,
             QJsonObject {{u"lineItemsByFulfillmentOrder"_s,
                           QJsonArray {QJsonObject {{u"fulfillmentOrderId"_s, fulfillmentOrder.value("id"_L1)},
                                                    {u"fulfillmentOrderLineItems"_s, lines}}}},
                          {u"trackingInfo"_s,
                           QJsonObject {{u"company"_s, u"Canada Post"_s}, {u"number"_s, u"7316000000000001"_s}}},
                          {u"notifyCustomer"_s, false}}}};
        const QJsonObject created = shopifyGraphql(shop, access, u"FulfillmentCreate"_s, input);
        const QJsonObject payload = created.value("data"_L1).toObject().value("fulfillmentCreate"_L1).toObject();
        QVERIFY2(payload.value("userErrors"_L1).toArray().isEmpty(), QJsonDocument(created).toJson().constData());
        QCOMPARE(payload.value("fulfillment"_L1).toObject().value("status"_L1).toString(), u"SUCCESS"_s);
        const QJsonObject again = shopifyGraphql(shop, access, u"FulfillmentCreate"_s, input);
        QCOMPARE(again.value("data"_L1)
                     .toObject()
                     .value("fulfillmentCreate"_L1)
                     .toObject()
                     .value("userErrors"_L1)
                     .toArray()
                     .size(),
                 1);

        // Documents the sandbox cannot read are answered with GraphQL errors, not a crash.
        const Reply broken = call("POST", u"/shops/%1/admin/api/2025-01/graphql.json"_s.arg(shop),
                                  QByteArray("{\"query\":\"{ shop { id \"}"),
                                  {{"Content-Type", "application/json"}, {"X-Shopify-Access-Token", access.toUtf8()}});
        QCOMPARE(broken.status, 200);
        QVERIFY(broken.object().contains("errors"_L1));
    }

    void listingsInventoryAndReturnsAreServed()
    {
        QString error;
        const auto inventory =
            OpenApiValidator::load(contracts() + u"/ebay/openapi/sell_inventory_v1_oas3.json"_s, &error);
        QVERIFY2(inventory, qPrintable(error));
        const auto listings =
            OpenApiValidator::load(contracts() + u"/amazon/models/listingsItems_2021-08-01.json"_s, &error);
        QVERIFY2(listings, qPrintable(error));
        const auto expectConforms = [](const QStringList& problems) {
            return problems.isEmpty() ? QString() : problems.mid(0, 5).join(u'\n');
        };

        // eBay Sell Inventory: items and offers.
        const QJsonObject tokens = connect(0);
        QList<QPair<QByteArray, QByteArray>> auth = bearer(tokens);
        const Reply items = call("GET", u"/sell/inventory/v1/inventory_item?limit=3"_s, {}, auth);
        QCOMPARE(items.status, 200);
        QCOMPARE(expectConforms(inventory->validateResponse(u"/inventory_item"_s, u"get"_s, 200, items.json())),
                 QString());
        const QString sku =
            items.object().value("inventoryItems"_L1).toArray().first().toObject().value("sku"_L1).toString();
        const Reply item = call("GET", u"/sell/inventory/v1/inventory_item/"_s + sku, {}, auth);
        QCOMPARE(expectConforms(inventory->validateResponse(u"/inventory_item/{sku}"_s, u"get"_s, 200, item.json())),
                 QString());
        const QByteArray newItem =
            QJsonDocument(
                QJsonObject {{u"condition"_s, u"NEW"_s},
                             {u"product"_s, QJsonObject {{u"title"_s, u"Théière en fonte"_s}}},
                             {u"availability"_s,
                              QJsonObject {{u"shipToLocationAvailability"_s, QJsonObject {{u"quantity"_s, 4}}}}}})
                .toJson();
        QList<QPair<QByteArray, QByteArray>> put = auth;
        put << qMakePair(QByteArray("Content-Type"), QByteArray("application/json"));
        QCOMPARE(call("PUT", u"/sell/inventory/v1/inventory_item/TEAPOT-08"_s, newItem, put).status,
                 400); // no Content-Language
        put << qMakePair(QByteArray("Content-Language"), QByteArray("en-US"));
        QCOMPARE(call("PUT", u"/sell/inventory/v1/inventory_item/TEAPOT-08"_s, newItem, put).status, 201);
        QCOMPARE(call("PUT", u"/sell/inventory/v1/inventory_item/TEAPOT-08"_s, newItem, put).status, 204);
        const Reply offers = call("GET", u"/sell/inventory/v1/offer?sku="_s + sku, {}, auth);
        QCOMPARE(expectConforms(inventory->validateResponse(u"/offer"_s, u"get"_s, 200, offers.json())), QString());
        const QByteArray offer =
            QJsonDocument(
                QJsonObject {
                    {u"sku"_s, u"TEAPOT-08"_s},
                    {u"marketplaceId"_s, u"EBAY_US"_s},
                    {u"format"_s, u"FIXED_PRICE"_s},
                    {u"availableQuantity"_s, 4},
                    {u"pricingSummary"_s,
                     QJsonObject {{u"price"_s, QJsonObject {{u"value"_s, u"39.90"_s}, {u"currency"_s, u"USD"_s}}}}}})
                .toJson();
        const Reply created = call("POST", u"/sell/inventory/v1/offer"_s, offer, put);
        QCOMPARE(created.status, 201);
        QCOMPARE(expectConforms(inventory->validateResponse(u"/offer"_s, u"post"_s, 201, created.json())), QString());
        QCOMPARE(call("POST", u"/sell/inventory/v1/offer"_s, offer, put).status, 409);
        const Reply published =
            call("POST", u"/sell/inventory/v1/offer/%1/publish"_s.arg(created.object().value("offerId"_L1).toString()),
                 {}, auth);
        QCOMPARE(published.status, 200);
        QCOMPARE(expectConforms(
                     inventory->validateResponse(u"/offer/{offerId}/publish"_s, u"post"_s, 200, published.json())),
                 QString());
        const Reply teapotOffers = call("GET", u"/sell/inventory/v1/offer?sku=TEAPOT-08"_s, {}, auth);
        const QJsonObject teapot = teapotOffers.object().value("offers"_L1).toArray().first().toObject();
        QCOMPARE(teapot.value("pricingSummary"_L1).toObject().value("price"_L1).toObject().value("value"_L1).toString(),
                 u"39.90"_s);
        QCOMPARE(teapot.value("status"_L1).toString(), u"PUBLISHED"_s);

        // eBay Post-Order returns, on routes the (unofficial) route list names, with "Authorization: IAF".
        QFile routes(contracts() + u"/ebay/post-order-UNOFFICIAL/return_oas3.json"_s);
        QVERIFY(routes.open(QIODevice::ReadOnly));
        const QJsonObject paths = QJsonDocument::fromJson(routes.readAll()).object().value("paths"_L1).toObject();
        QVERIFY(paths.contains("/return/search"_L1) && paths.contains("/return/{returnId}"_L1));
        const QList<QPair<QByteArray, QByteArray>> iaf {
            {"Authorization", "IAF " + tokens.value("access_token"_L1).toString().toUtf8()}};
        const Reply returns = call("GET", u"/post-order/v2/return/search?limit=5"_s, {}, iaf);
        QCOMPARE(returns.status, 200);
        const QJsonArray members = returns.object().value("members"_L1).toArray();
        QVERIFY(!members.isEmpty());
        const QString returnId = members.first().toObject().value("returnId"_L1).toString();
        QCOMPARE(call("GET", u"/post-order/v2/return/"_s + returnId, {}, iaf).status, 200);
        QCOMPARE(call("GET", u"/post-order/v2/return/search"_s, {}, auth).status, 401); // Bearer is not IAF

        // Amazon Listings Items.
        control("POST", u"/_sandbox/config"_s, {{u"autoApprove"_s, true}});
        const Reply consent = call(
            "GET",
            u"/apps/authorize/consent?application_id=%1&state=s&redirect_uri=%2"_s.arg(
                QLatin1StringView(kClient), QString::fromLatin1(QUrl::toPercentEncoding(u"http://127.0.0.1:9/a"_s))));
        const QUrlQuery landed(QUrl(QString::fromUtf8(consent.headers.value("location"))));
        QUrlQuery lwa;
        lwa.addQueryItem(u"grant_type"_s, u"authorization_code"_s);
        lwa.addQueryItem(u"code"_s, landed.queryItemValue(u"spapi_oauth_code"_s, QUrl::FullyDecoded));
        lwa.addQueryItem(u"client_id"_s, QLatin1StringView(kClient));
        lwa.addQueryItem(u"client_secret"_s, QLatin1StringView(kSecret));
        const QString amazonToken =
            call("POST", u"/auth/o2/token"_s, formBody(lwa), {{"Content-Type", "application/x-www-form-urlencoded"}})
                .object()
                .value("access_token"_L1)
                .toString();
        const QString seller = landed.queryItemValue(u"selling_partner_id"_s);
        const QList<QPair<QByteArray, QByteArray>> amz {{"x-amz-access-token", amazonToken.toUtf8()},
                                                        {"Content-Type", "application/json"}};
        const Reply search = call(
            "GET",
            u"/listings/2021-08-01/items/%1?marketplaceIds=ATVPDKIKX0DER&includedData=summaries,offers,fulfillmentAvailability"_s
                .arg(seller),
            {}, amz);
        QCOMPARE(search.status, 200);
        QCOMPARE(expectConforms(listings->validateResponse(u"/listings/2021-08-01/items/{sellerId}"_s, u"get"_s, 200,
                                                           search.json())),
                 QString());
        const Reply one = call(
            "GET",
            u"/listings/2021-08-01/items/%1/MUG-BLUE-01?marketplaceIds=ATVPDKIKX0DER&includedData=summaries,offers"_s
                .arg(seller),
            {}, amz);
        QCOMPARE(expectConforms(listings->validateResponse(u"/listings/2021-08-01/items/{sellerId}/{sku}"_s, u"get"_s,
                                                           200, one.json())),
                 QString());
        const QByteArray listing =
            QJsonDocument(
                QJsonObject {
                    {u"productType"_s, u"HOME"_s},
                    {u"attributes"_s,
                     QJsonObject {{u"item_name"_s, QJsonArray {QJsonObject {{u"value"_s, u"Théière en fonte"_s}}}}}}})
                .toJson();
        const Reply submitted = call(
            "PUT", u"/listings/2021-08-01/items/%1/TEAPOT-08?marketplaceIds=ATVPDKIKX0DER"_s.arg(seller), listing, amz);
        QCOMPARE(submitted.status, 200);
        QCOMPARE(expectConforms(listings->validateResponse(u"/listings/2021-08-01/items/{sellerId}/{sku}"_s, u"put"_s,
                                                           200, submitted.json())),
                 QString());
        QCOMPARE(
            call("GET", u"/listings/2021-08-01/items/SOMEONE-ELSE/MUG-BLUE-01?marketplaceIds=ATVPDKIKX0DER"_s, {}, amz)
                .status,
            403);

        // Shopify products with variants and stock per location (Products.graphql, schema-checked via the transcript).
        const QString shop = u"warehouse-a-store.myshopify.com"_s;
        const Reply shopConsent =
            call("GET",
                 u"/shops/%1/admin/oauth/authorize?client_id=%2&scope=read_products&redirect_uri=%3&state=x"_s.arg(
                     shop, QLatin1StringView(kClient),
                     QString::fromLatin1(QUrl::toPercentEncoding(u"http://127.0.0.1:9/s"_s))));
        const QUrlQuery shopLanded(QUrl(QString::fromUtf8(shopConsent.headers.value("location"))));
        const QByteArray exchange =
            QJsonDocument(QJsonObject {{u"client_id"_s, QLatin1StringView(kClient)},
                                       {u"client_secret"_s, QLatin1StringView(kSecret)},
                                       {u"code"_s, shopLanded.queryItemValue(u"code"_s, QUrl::FullyDecoded)}})
                .toJson();
        const QString shopToken = call("POST", u"/shops/%1/admin/oauth/access_token"_s.arg(shop), exchange,
                                       {{"Content-Type", "application/json"}})
                                      .object()
                                      .value("access_token"_L1)
                                      .toString();
        QVERIFY(!shopToken.isEmpty());
        int products = 0;
        QString after;
        for (int page = 0; page < 10; ++page) {
            QJsonObject variables {{u"first"_s, 3}};
            if (!after.isEmpty())
                variables.insert(u"after"_s, after);
            const QJsonObject answer = shopifyGraphql(shop, shopToken, u"Products"_s, variables);
            const QJsonObject connection = answer.value("data"_L1).toObject().value("products"_L1).toObject();
            products += int(connection.value("nodes"_L1).toArray().size());
            if (!connection.value("pageInfo"_L1).toObject().value("hasNextPage"_L1).toBool())
                break;
            after = connection.value("pageInfo"_L1).toObject().value("endCursor"_L1).toString();
        }
        QCOMPARE(products, 8);
    }

    void executableServesWithFlags()
    {
        QProcess sandbox;
        sandbox.start(qEnvironmentVariable("MARKETDESK_SANDBOX"),
                      {u"--port"_s, u"0"_s, u"--seed"_s, u"3"_s, u"--client"_s, u"app:secret"_s, u"--fault"_s,
                       u"ebay.getUser:status:502"_s});
        QVERIFY2(sandbox.waitForStarted(), qPrintable(sandbox.errorString()));
        QTRY_VERIFY_WITH_TIMEOUT(sandbox.canReadLine(), 10000);
        const QString line = QString::fromUtf8(sandbox.readLine()).trimmed();
        QVERIFY2(line.startsWith(u"marketdesk-sandbox listening on http://127.0.0.1:"_s), qPrintable(line));
        const QString base = line.section(u' ', -1);
        const auto get = [&](const QString& path, const QByteArray& token = {}) {
            QNetworkRequest request(QUrl(base + path));
            if (!token.isEmpty())
                request.setRawHeader("Authorization", "Bearer " + token);
            QNetworkReply* reply = m_net.get(request);
            const bool finished = QTest::qWaitFor([&] { return reply->isFinished(); }, 10000);
            const int status = finished ? reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() : -1;
            reply->deleteLater();
            return status;
        };
        QCOMPARE(get(u"/_sandbox/health"_s), 200);
        QCOMPARE(get(u"/commerce/identity/v1/user/"_s, "anything"), 502); // the --fault flag applies
        sandbox.terminate();
        QVERIFY(sandbox.waitForFinished(5000));
        QVERIFY(sandbox.readAllStandardError().contains(
            "sandbox: 502 GET /commerce/identity/v1/user/")); // one line a request
    }

    void autoApproveSkipsTheConsentPage()
    {
        control("POST", u"/_sandbox/config"_s, {{u"autoApprove"_s, true}});
        const Reply r = call(
            "GET",
            u"/oauth2/authorize?client_id=%1&redirect_uri=%2&response_type=code&scope=s&state=q&sandbox_user=boutique_montreal"_s
                .arg(QLatin1StringView(kClient), QLatin1StringView(kRuName)));
        QCOMPARE(r.status, 302);
        QVERIFY(r.headers.value("location").startsWith(kAccept));
    }
};

QTEST_GUILESS_MAIN(TestSandbox)
#include "tst_sandbox.moc"
