// Connecting eBay accounts end to end: Marketdesk's real flow and client against the sandbox over loopback
// HTTP, a stand-in browser following the consent redirect, the real keychain, and a real SQLite database.
// Nothing is stored when the person declines, the state is forged or the house name is taken; no token ever
// reaches the database file.

#include "SandboxServer.h"
#include "TestDatabase.h"
#include "auth/ConnectFlow.h"
#include "domain/AccountStatus.h"
#include "providers/amazon/AmazonClient.h"
#include "providers/ebay/EbayClient.h"
#include "providers/facebook/FacebookClient.h"
#include "providers/shopify/ShopifyClient.h"
#include "secrets/SecretKeys.h"
#include "secrets/SecretStore.h"
#include "storage/Migrator.h"
#include "storage/repositories/AccountRepository.h"

#include <QFile>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTest>
#include <QUrlQuery>

using namespace Qt::StringLiterals;
using namespace md;

namespace {
constexpr auto kClient = "Marketdesk-Connect-Test";
constexpr auto kRuName = "Marketdesk-Connect-RuName";
const QString kService = u"Marketdesk Tests Connect"_s;
} // namespace

class TestConnect : public QObject {
    Q_OBJECT

    std::unique_ptr<sandbox::SandboxServer> m_sandbox;
    std::unique_ptr<test::TestDatabase> m_db;
    QNetworkAccessManager m_net;
    std::unique_ptr<SecretStore> m_secrets;
    std::unique_ptr<EbayClient> m_ebay;
    QString m_secret;

    template<typename T> T await(std::function<void(std::function<void(T)>)> call)
    {
        std::optional<T> result;
        call([&](T r) { result.emplace(std::move(r)); });
        if (!QTest::qWaitFor([&] { return result.has_value(); }, 20000))
            qWarning("keychain did not answer");
        return result.value_or(T(Error {u"test.timeout"_s, u"no answer"_s, {}}));
    }

    /// The stand-in for the system browser: it loads the consent URL (auto-approved as `user`) and follows
    /// the redirect to Marketdesk's loopback address, as a real browser would.
    void browse(const QUrl& url, const QString& user)
    {
        QUrl withUser = url;
        QUrlQuery query(url);
        query.addQueryItem(u"sandbox_user"_s, user);
        withUser.setQuery(query);
        QNetworkReply* reply = m_net.get(QNetworkRequest(withUser)); // follows the 302 to 127.0.0.1
        connect(reply, &QNetworkReply::finished, reply, &QObject::deleteLater);
    }

private slots:
    void init()
    {
        if (qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"))
            QFAIL("No D-Bus session: run through tests/harness/run-headless.sh (./setup.sh test).");
        sandbox::Config config;
        config.seed = 11;
        m_secret = u"SBX-connect-%1"_s.arg(QDateTime::currentMSecsSinceEpoch());
        config.clients.insert(QLatin1StringView(kClient), m_secret);
        config.autoApprove = true;
        m_sandbox = std::make_unique<sandbox::SandboxServer>(config);
        QVERIFY(m_sandbox->start() != 0);

        QString error;
        m_db = test::TestDatabase::create(Backend::Sqlite, &error);
        QVERIFY2(m_db, qPrintable(error));
        QVERIFY(Migrator().migrate(m_db->db()));

        m_secrets = std::make_unique<SecretStore>(kService);
        QVERIFY(await<Status>([&](auto done) {
            m_secrets->write(secretkeys::clientSecretKey(Provider::Ebay, Environment::Sandbox), m_secret, done);
        }));

        EbayEndpoints endpoints;
        endpoints.authBaseUrl = endpoints.apiBaseUrl = endpoints.identityBaseUrl = m_sandbox->baseUrl();
        endpoints.clientId = QLatin1StringView(kClient);
        endpoints.ruName = QLatin1StringView(kRuName);
        endpoints.scopes = QStringList {u"https://api.ebay.com/oauth/api_scope"_s,
                                        u"https://api.ebay.com/oauth/api_scope/sell.fulfillment"_s};
        m_ebay = std::make_unique<EbayClient>(endpoints, &m_net);
    }

    void cleanup()
    {
        m_ebay.reset();
        m_secrets.reset();
        m_db.reset();
        m_sandbox.reset();
    }

    void connectsTwoHousesAndReconnectsWithoutDuplicates()
    {
        ConnectFlow flow(m_db->db(), *m_secrets);
        flow.addClient(m_ebay.get());
        QSignalSpy connected(&flow, &ConnectFlow::connected);
        QSignalSpy failed(&flow, &ConnectFlow::failed);
        QString browserUser = u"warehouse_a_seller"_s;
        connect(&flow, &ConnectFlow::authorizeUrlReady, this, [&](const QUrl& url) {
            // The RuName's accept URL is the flow's loopback address (configured at eBay in real life).
            m_sandbox->config().ruNames.insert(QLatin1StringView(kRuName), flow.loopbackUri().toString());
            QVERIFY(url.toString().startsWith(m_sandbox->baseUrl().toString() + u"/oauth2/authorize?"_s));
            browse(url, browserUser);
        });

        QVERIFY(flow.start({Provider::Ebay, Environment::Sandbox, u"  Warehouse-A "_s, Purpose::Seller, {}}));
        QTRY_COMPARE_WITH_TIMEOUT(connected.count() + failed.count(), 1, 20000);
        QVERIFY2(failed.isEmpty(), failed.isEmpty() ? "" : qPrintable(failed.first().at(1).toString()));
        const qint64 first = connected.first().first().toLongLong();

        browserUser = u"boutique_montreal"_s;
        QVERIFY(flow.start({Provider::Ebay, Environment::Sandbox, u"Montreal"_s, Purpose::Both, {}}));
        QTRY_COMPARE_WITH_TIMEOUT(connected.count() + failed.count(), 2, 20000);
        QVERIFY(failed.isEmpty());

        AccountRepository accounts(m_db->db());
        const auto all = accounts.list();
        QCOMPARE(all->size(), 2);
        const Account warehouse = **accounts.findById(first);
        QCOMPARE(warehouse.houseName, u"Warehouse-A"_s);
        QCOMPARE(warehouse.username, u"warehouse_a_seller"_s);
        QCOMPARE(warehouse.marketplaceId, u"EBAY_US"_s);
        QVERIFY(warehouse.connectedAt.isValid());
        const auto metadata = accounts.tokenMetadata(first);
        QVERIFY(metadata && metadata->has_value());
        QVERIFY(qAbs(QDateTime::currentDateTimeUtc().secsTo((*metadata)->accessExpiresAt) - 7200) < 120);
        QVERIFY((*metadata)->refreshExpiresAt > QDateTime::currentDateTimeUtc().addDays(500));
        QCOMPARE(accounts.scopes(first)->size(), 2);

        // The tokens are in the keychain, and they work.
        const auto access = await<Result<std::optional<QString>>>([&](auto done) {
            m_secrets->read(
                secretkeys::tokenKey(Provider::Ebay, Environment::Sandbox, warehouse.externalUserId, u"access"_s),
                done);
        });
        QVERIFY(access && access->has_value());
        QNetworkRequest me(m_sandbox->baseUrl().resolved(QUrl(u"/commerce/identity/v1/user/"_s)));
        me.setRawHeader("Authorization", "Bearer " + (*access)->toUtf8());
        QNetworkReply* reply = m_net.get(me);
        QTRY_VERIFY(reply->isFinished());
        QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
        reply->deleteLater();

        // …and nowhere in the database file.
        QFile file(m_db->config().sqlitePath);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        QVERIFY(!bytes.contains((*access)->toUtf8()));
        QVERIFY(!bytes.contains(m_secret.toUtf8()));

        // Connecting the same marketplace user under a new house name asks which name the house keeps (it was
        // renamed without a question); the person chooses the new one, and the account is updated, not doubled.
        browserUser = u"warehouse_a_seller"_s;
        QSignalSpy asked(&flow, &ConnectFlow::houseNameChoiceNeeded);
        connect(&flow, &ConnectFlow::houseNameChoiceNeeded, this, [&] { flow.chooseHouseName(true); });
        QVERIFY(flow.start({Provider::Ebay, Environment::Sandbox, u"Warehouse-A (main)"_s, Purpose::Seller, {}}));
        QTRY_COMPARE_WITH_TIMEOUT(connected.count() + failed.count(), 3, 20000);
        QCOMPARE(asked.count(), 1);
        QCOMPARE(asked.first().at(0).toString(), u"Warehouse-A"_s);
        QVERIFY(failed.isEmpty());
        QCOMPARE(connected.last().first().toLongLong(), first);
        QCOMPARE(accounts.list()->size(), 2);
        QCOMPARE((*accounts.findById(first))->houseName, u"Warehouse-A (main)"_s);
    }

    void connectsAnAmazonSeller()
    {
        QVERIFY(await<Status>([&](auto done) {
            m_secrets->write(secretkeys::clientSecretKey(Provider::Amazon, Environment::Production), m_secret, done);
        }));
        AmazonEndpoints endpoints;
        endpoints.sellerCentralUrl = endpoints.lwaUrl = endpoints.spApiUrl = m_sandbox->baseUrl();
        endpoints.applicationId = endpoints.clientId = QLatin1StringView(kClient);
        AmazonClient amazon(endpoints, &m_net);
        ConnectFlow flow(m_db->db(), *m_secrets);
        flow.addClient(&amazon);
        QSignalSpy connected(&flow, &ConnectFlow::connected);
        QSignalSpy failed(&flow, &ConnectFlow::failed);
        connect(&flow, &ConnectFlow::authorizeUrlReady, this, [&](const QUrl& url) {
            QVERIFY(QUrlQuery(url)
                        .queryItemValue(u"redirect_uri"_s, QUrl::FullyDecoded)
                        .startsWith(u"http://127.0.0.1:"_s));
            browse(url, u"maple_goods"_s);
        });
        QVERIFY(flow.start({Provider::Amazon, Environment::Production, u"Maple Goods"_s, Purpose::Seller, {}}));
        QTRY_COMPARE_WITH_TIMEOUT(connected.count() + failed.count(), 1, 20000);
        QVERIFY2(failed.isEmpty(), failed.isEmpty() ? "" : qPrintable(failed.first().at(1).toString()));

        AccountRepository accounts(m_db->db());
        const Account account = **accounts.findById(connected.first().first().toLongLong());
        QCOMPARE(account.provider, Provider::Amazon);
        QVERIFY(account.externalUserId.startsWith(u'A')); // the selling partner id from the callback
        QCOMPARE(account.username, u"Maple Goods Inc."_s);
        QCOMPARE(account.marketplaceId, u"ATVPDKIKX0DER"_s);
        const TokenMetadata metadata = **accounts.tokenMetadata(account.id);
        const QDateTime now = QDateTime::currentDateTimeUtc();
        QVERIFY(qAbs(now.secsTo(metadata.accessExpiresAt) - 3600) < 120); // 1-hour access tokens
        QVERIFY(qAbs(now.daysTo(metadata.reauthDueAt) - AmazonClient::kAuthorizationDays) <= 1); // yearly consent
        AccountStatusInput status;
        status.hasTokens = true;
        status.tokens = metadata;
        status.now = now;
        QCOMPARE(accountStatus(status), AccountStatus::Healthy);
        status.now = metadata.reauthDueAt.addDays(-20);
        status.tokens.accessExpiresAt = {};
        QCOMPARE(accountStatus(status), AccountStatus::ReauthorizationDue);
    }

    void connectsAShopifyStoreAndChecksItsSignature()
    {
        QVERIFY(await<Status>([&](auto done) {
            m_secrets->write(secretkeys::clientSecretKey(Provider::Shopify, Environment::Production), m_secret, done);
        }));
        ShopifyEndpoints endpoints;
        endpoints.shopUrlTemplate = m_sandbox->baseUrl().toString() + u"/shops/{shop}"_s;
        endpoints.clientId = QLatin1StringView(kClient);
        endpoints.scopes = {u"read_orders"_s, u"write_orders"_s};
        ShopifyClient shopify(endpoints, &m_net);
        ConnectFlow flow(m_db->db(), *m_secrets);
        flow.addClient(&shopify);
        QSignalSpy connected(&flow, &ConnectFlow::connected);
        QSignalSpy failed(&flow, &ConnectFlow::failed);

        // A store name that is not *.myshopify.com is refused before any browser.
        QCOMPARE(flow.start({Provider::Shopify, Environment::Production, u"Maple"_s, Purpose::Seller,
                             u"maple.example.com"_s})
                     .error()
                     .code,
                 u"account.shop-invalid"_s);

        // A callback with a forged signature is not trusted.
        QString state;
        auto capture = connect(&flow, &ConnectFlow::authorizeUrlReady, this, [&](const QUrl& url) {
            state = QUrlQuery(url).queryItemValue(u"state"_s, QUrl::FullyDecoded);
        });
        QVERIFY(flow.start({Provider::Shopify, Environment::Production, u"Maple"_s, Purpose::Seller,
                            u" Maple-And-Co.myshopify.com "_s}));
        QUrlQuery forged;
        forged.addQueryItem(u"code"_s, u"abc"_s);
        forged.addQueryItem(u"shop"_s, u"maple-and-co.myshopify.com"_s);
        forged.addQueryItem(u"state"_s, state);
        forged.addQueryItem(u"timestamp"_s, u"1764000000"_s);
        forged.addQueryItem(u"hmac"_s, QString(64, u'0'));
        QUrl landed(u"http://127.0.0.1/callback"_s);
        landed.setQuery(forged);
        flow.submitLandedAddress(landed);
        QTRY_COMPARE_WITH_TIMEOUT(failed.count(), 1, 20000);
        QCOMPARE(failed.first().first().toString(), u"auth.hmac-mismatch"_s);
        QCOMPARE(AccountRepository(m_db->db()).list()->size(), 0);
        disconnect(capture);

        // The real thing: the sandbox signs the callback with the app's secret.
        connect(&flow, &ConnectFlow::authorizeUrlReady, this, [&](const QUrl& url) { browse(url, {}); });
        QVERIFY(flow.start({Provider::Shopify, Environment::Production, u"Maple"_s, Purpose::Seller,
                            u"maple-and-co.myshopify.com"_s}));
        QTRY_COMPARE_WITH_TIMEOUT(connected.count() + failed.count(), 2, 20000);
        QCOMPARE(connected.count(), 1);
        const Account account = **AccountRepository(m_db->db()).findById(connected.first().first().toLongLong());
        QCOMPARE(account.provider, Provider::Shopify);
        QCOMPARE(account.externalUserId, u"maple-and-co.myshopify.com"_s); // one account per store
        QCOMPARE(account.shopDomain, u"maple-and-co.myshopify.com"_s);
        QCOMPARE(account.username, u"Maple & Co."_s);
        const TokenMetadata metadata = **AccountRepository(m_db->db()).tokenMetadata(account.id);
        QVERIFY(!metadata.accessExpiresAt.isValid()); // offline tokens do not expire
    }

    void connectsAFacebookAccountWithALongLivedToken()
    {
        QVERIFY(await<Status>([&](auto done) {
            m_secrets->write(secretkeys::clientSecretKey(Provider::Facebook, Environment::Production), m_secret, done);
        }));
        FacebookEndpoints endpoints;
        endpoints.dialogUrl = endpoints.graphUrl = m_sandbox->baseUrl();
        endpoints.appId = QLatin1StringView(kClient);
        endpoints.scopes = {u"catalog_management"_s, u"commerce_account_read_orders"_s};
        FacebookClient facebook(endpoints, &m_net);
        ConnectFlow flow(m_db->db(), *m_secrets);
        flow.addClient(&facebook);
        QSignalSpy connected(&flow, &ConnectFlow::connected);
        QSignalSpy failed(&flow, &ConnectFlow::failed);
        connect(&flow, &ConnectFlow::authorizeUrlReady, this, [&](const QUrl& url) { browse(url, {}); });
        QVERIFY(flow.start({Provider::Facebook, Environment::Production, u"Atelier"_s, Purpose::Seller, {}}));
        QTRY_COMPARE_WITH_TIMEOUT(connected.count() + failed.count(), 1, 20000);
        QVERIFY2(failed.isEmpty(), failed.isEmpty() ? "" : qPrintable(failed.first().at(1).toString()));

        const Account account = **AccountRepository(m_db->db()).findById(connected.first().first().toLongLong());
        QCOMPARE(account.provider, Provider::Facebook);
        QCOMPARE(account.username, u"Atelier Côte-des-Neiges"_s);
        const TokenMetadata metadata = **AccountRepository(m_db->db()).tokenMetadata(account.id);
        const QDateTime now = QDateTime::currentDateTimeUtc();
        QVERIFY(qAbs(now.daysTo(metadata.accessExpiresAt) - 60) <= 1); // the long-lived token, not the 2-hour one
        QCOMPARE(metadata.reauthDueAt, metadata.accessExpiresAt); // signing in again is the only renewal
        QVERIFY(!metadata.refreshExpiresAt.isValid());
        const auto refresh = await<Result<std::optional<QString>>>([&](auto done) {
            m_secrets->read(
                secretkeys::tokenKey(Provider::Facebook, Environment::Production, account.externalUserId, u"refresh"_s),
                done);
        });
        QVERIFY(refresh && !refresh->has_value()); // no refresh token stored, not even an empty one
    }

    void houseNameIsCheckedBeforeTheBrowser()
    {
        ConnectFlow flow(m_db->db(), *m_secrets);
        flow.addClient(m_ebay.get());
        QSignalSpy opened(&flow, &ConnectFlow::authorizeUrlReady);
        QCOMPARE(flow.start({Provider::Ebay, Environment::Sandbox, u"   "_s, Purpose::Seller, {}}).error().code,
                 u"account.house-empty"_s);
        QCOMPARE(
            flow.start({Provider::Ebay, Environment::Sandbox, QString(65, u'x'), Purpose::Seller, {}}).error().code,
            u"account.house-too-long"_s);
        Account existing;
        existing.houseName = u"Montreal"_s;
        existing.externalUserId = u"someone"_s;
        QVERIFY(AccountRepository(m_db->db()).insert(existing));
        const Status taken = flow.start({Provider::Ebay, Environment::Sandbox, u"montreal"_s, Purpose::Seller, {}});
        QCOMPARE(taken.error().code, u"account.house-taken"_s);
        QVERIFY(taken.error().message.contains(u"montreal"_s));
        QCOMPARE(opened.count(), 0);
    }

    void refusalsStoreNothing_data()
    {
        QTest::addColumn<QString>("landed"); // query of the address the browser lands on; STATE is the real state
        QTest::addColumn<QString>("code");
        QTest::newRow("denied") << u"state=STATE&error=access_denied"_s << u"auth.denied"_s;
        QTest::newRow("missing code") << u"state=STATE"_s << u"auth.code-missing"_s;
        QTest::newRow("forged state") << u"state=forged&code=abc"_s << u"auth.state-unknown"_s;
        QTest::newRow("no state") << u"code=abc"_s << u"auth.state-unknown"_s;
        QTest::newRow("unknown code") << u"state=STATE&code=not-a-code"_s << u"auth.invalid-grant"_s;
    }
    void refusalsStoreNothing()
    {
        QFETCH(QString, landed);
        QFETCH(QString, code);
        ConnectFlow flow(m_db->db(), *m_secrets);
        flow.addClient(m_ebay.get());
        QSignalSpy failed(&flow, &ConnectFlow::failed);
        QSignalSpy connected(&flow, &ConnectFlow::connected);
        QString state;
        connect(&flow, &ConnectFlow::authorizeUrlReady, this,
                [&](const QUrl& url) { state = QUrlQuery(url).queryItemValue(u"state"_s, QUrl::FullyDecoded); });
        QVERIFY(flow.start({Provider::Ebay, Environment::Sandbox, u"Refused"_s, Purpose::Seller, {}}));
        QVERIFY(!state.isEmpty());
        // The "Paste the address you landed on" path is checked exactly like a loopback callback.
        QUrl address(u"https://accept.example/ebay"_s);
        address.setQuery(QString(landed).replace(u"STATE"_s, QString::fromLatin1(QUrl::toPercentEncoding(state))));
        flow.submitLandedAddress(address);
        QTRY_COMPARE_WITH_TIMEOUT(failed.count(), 1, 20000);
        QCOMPARE(failed.first().first().toString(), code);
        QVERIFY(!failed.first().at(1).toString().isEmpty());
        QCOMPARE(connected.count(), 0);
        QCOMPARE(AccountRepository(m_db->db()).list()->size(), 0);
        QVERIFY(!flow.isRunning());
    }

    /// A plain GET on the loopback receiver, as any local program or page could send: status and body.
    std::pair<int, QString> knock(const QUrl& url)
    {
        QNetworkReply* reply = m_net.get(QNetworkRequest(url));
        if (!QTest::qWaitFor([&] { return reply->isFinished(); }, 10000))
            return {0, u"no answer"_s};
        reply->deleteLater();
        return {reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(),
                QString::fromUtf8(reply->readAll())};
    }

    static quint16 freePort()
    {
        QTcpServer probe;
        probe.listen(QHostAddress::LocalHost, 0);
        return probe.serverPort();
    }

    // curl '127.0.0.1:PORT/callback?state=x' must not end a sign-in that waits (eBay's port is fixed and known):
    // a wrong or missing state is answered 400, never "received", and the attempt goes on to connect.
    void localRequestsWithoutTheRightStateCannotEndASignIn()
    {
        ConnectFlow flow(m_db->db(), *m_secrets);
        flow.addClient(m_ebay.get());
        flow.setLoopbackPort(freePort());
        QSignalSpy connected(&flow, &ConnectFlow::connected);
        QSignalSpy failed(&flow, &ConnectFlow::failed);
        QUrl consent;
        connect(&flow, &ConnectFlow::authorizeUrlReady, this, [&](const QUrl& url) { consent = url; });
        QVERIFY(flow.start({Provider::Ebay, Environment::Sandbox, u"Waiting"_s, Purpose::Seller, {}}));
        m_sandbox->config().ruNames.insert(QLatin1StringView(kRuName), flow.loopbackUri().toString());
        const QString loopback = flow.loopbackUri().toString();
        for (const QString& query : {u"?state=x"_s, u"?state=x&code=abc"_s, u""_s, u"?code=abc"_s,
                                     u"?error=access_denied"_s, u"?state=&code=abc"_s}) {
            const auto [status, body] = knock(QUrl(loopback + query));
            QVERIFY2(status == 400, qPrintable(query + u": "_s + QString::number(status)));
            QVERIFY2(!body.contains(u"received"_s), qPrintable(body));
            QVERIFY(flow.isRunning());
        }
        QCOMPARE(failed.count(), 0);
        browse(consent, u"warehouse_a_seller"_s);
        QTRY_COMPARE_WITH_TIMEOUT(connected.count() + failed.count(), 1, 20000);
        QVERIFY2(failed.isEmpty(), failed.isEmpty() ? "" : qPrintable(failed.first().at(1).toString()));
        QCOMPARE((**AccountRepository(m_db->db()).findById(connected.first().first().toLongLong())).houseName,
                 u"Waiting"_s);
    }

    // Connect → Sign in → Cancel, start another house, approve in the old browser tab: the old tab's answer is
    // refused with a page that says why, and the house being connected gets only its own sign-in.
    void aCancelledSignInsAnswerIsRefusedByTheNextOne()
    {
        ConnectFlow flow(m_db->db(), *m_secrets);
        flow.addClient(m_ebay.get());
        flow.setLoopbackPort(freePort()); // the same port for both attempts, as eBay's RuName fixes it
        QSignalSpy connected(&flow, &ConnectFlow::connected);
        QSignalSpy failed(&flow, &ConnectFlow::failed);
        QList<QUrl> consents;
        connect(&flow, &ConnectFlow::authorizeUrlReady, this, [&](const QUrl& url) { consents << url; });
        QVERIFY(flow.start({Provider::Ebay, Environment::Sandbox, u"First"_s, Purpose::Seller, {}}));
        m_sandbox->config().ruNames.insert(QLatin1StringView(kRuName), flow.loopbackUri().toString());
        flow.cancel();
        QCOMPARE(failed.count(), 1);
        QVERIFY(flow.start({Provider::Ebay, Environment::Sandbox, u"Second"_s, Purpose::Seller, {}}));
        QCOMPARE(consents.size(), 2);

        // The old tab approves as another marketplace user; the sandbox redirects it to the loopback address.
        QUrl old = consents.first();
        QUrlQuery q(old);
        q.addQueryItem(u"sandbox_user"_s, u"boutique_montreal"_s);
        old.setQuery(q);
        QNetworkRequest request(old);
        request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::NoLessSafeRedirectPolicy);
        QNetworkReply* reply = m_net.get(request);
        QTRY_VERIFY_WITH_TIMEOUT(reply->isFinished(), 20000);
        reply->deleteLater();
        QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 400);
        QVERIFY2(QString::fromUtf8(reply->readAll()).contains(u"cancelled"_s),
                 "the page says the sign-in was cancelled");
        QVERIFY(flow.isRunning());
        QCOMPARE(failed.count(), 1);
        QCOMPARE(connected.count(), 0);

        browse(consents.last(), u"warehouse_a_seller"_s);
        QTRY_COMPARE_WITH_TIMEOUT(connected.count() + failed.count(), 2, 20000);
        QCOMPARE(connected.count(), 1);
        const Account account = **AccountRepository(m_db->db()).findById(connected.first().first().toLongLong());
        QCOMPARE(account.houseName, u"Second"_s);
        QCOMPARE(account.username, u"warehouse_a_seller"_s);
        QCOMPARE(AccountRepository(m_db->db()).list()->size(), 1);
    }

    void cancelStopsListening()
    {
        ConnectFlow flow(m_db->db(), *m_secrets);
        flow.addClient(m_ebay.get());
        QSignalSpy failed(&flow, &ConnectFlow::failed);
        QVERIFY(flow.start({Provider::Ebay, Environment::Sandbox, u"Later"_s, Purpose::Seller, {}}));
        const QUrl loopback = flow.loopbackUri();
        flow.cancel();
        QCOMPARE(failed.count(), 1);
        QCOMPARE(failed.first().first().toString(), u"auth.cancelled"_s);
        QNetworkReply* reply = m_net.get(QNetworkRequest(loopback));
        QTRY_VERIFY(reply->isFinished());
        QCOMPARE(reply->error(), QNetworkReply::ConnectionRefusedError);
        reply->deleteLater();
    }
};

QTEST_GUILESS_MAIN(TestConnect)
#include "tst_connect.moc"
