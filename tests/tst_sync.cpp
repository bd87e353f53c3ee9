// Incremental order sync against the sandbox over loopback HTTP, with the real clients, normalizers,
// repositories, keychain and SQLite: the final database holds exactly the marketplace's orders — with faults on
// (500s, 429 with Retry-After, cut bodies, reset connections), re-run, and after the marketplace moved on —
// with no duplicate and no gap; unreadable orders are quarantined with their raw body while the page goes on.

#include "SandboxAccounts.h"
#include "auth/TokenManager.h"
#include "providers/amazon/AmazonOrderSource.h"
#include "providers/ebay/EbayOrderSource.h"
#include "providers/shopify/ShopifyOrderSource.h"
#include "storage/repositories/AccountRepository.h"
#include "storage/repositories/OrderRepository.h"
#include "storage/repositories/SyncCursorRepository.h"
#include "sync/OrderSync.h"
#include "sync/SyncService.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QSet>

using namespace Qt::StringLiterals;
using namespace md;
using test::SandboxAccounts;

class TestSync : public QObject {
    Q_OBJECT

    std::unique_ptr<SandboxAccounts> m_env;
    std::unique_ptr<TokenManager> m_tokens;
    std::unique_ptr<EbayOrderSource> m_ebay;
    std::unique_ptr<AmazonOrderSource> m_amazon;
    std::unique_ptr<ShopifyOrderSource> m_shopify;
    std::unique_ptr<OrderSync> m_sync;

    SandboxAccounts& env() { return *m_env; }

    QString token(qint64 accountId)
    {
        auto t = SandboxAccounts::await<Result<QString>>([&](auto done) { m_tokens->accessToken(accountId, done); });
        return t ? *t : QString();
    }

    QSet<QString> marketplaceOrderIds(qint64 accountId)
    {
        return env().marketplaceOrderIds(**AccountRepository(env().db()).findById(accountId), token(accountId));
    }
    QSet<QString> storedOrderIds(qint64 accountId) { return env().storedOrderIds(accountId); }

    QString runSync(qint64 accountId, int timeoutMs = 60000)
    {
        QSignalSpy finished(m_sync.get(), &OrderSync::finished);
        m_sync->sync(accountId);
        if (!QTest::qWaitFor([&] { return !finished.isEmpty(); }, timeoutMs))
            return u"timeout"_s;
        const QString code = finished.first().at(1).toString();
        return code.isEmpty() ? u"ok"_s : code + u": "_s + finished.first().at(2).toString();
    }

private slots:
    void init()
    {
        m_env = std::make_unique<SandboxAccounts>();
        sandbox::Config config;
        config.seed = 5;
        // Several pages of each marketplace; many more where orders change between every two pages.
        config.ordersPerUser = QByteArrayView(QTest::currentTestFunction()).startsWith("ordersChanged") ? 1500 : 260;
        const QString problem = env().setUp(u"Marketdesk Tests Sync"_s, config);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        m_tokens = std::make_unique<TokenManager>(env().db(), *env().secrets);
        for (AuthClient* client : env().authClients())
            m_tokens->addClient(client);
        const QUrl base = env().server->baseUrl();
        m_ebay = std::make_unique<EbayOrderSource>(base, &env().network);
        m_amazon = std::make_unique<AmazonOrderSource>(base, &env().network);
        m_shopify =
            std::make_unique<ShopifyOrderSource>(base.toString() + u"/shops/{shop}"_s, u"2025-01"_s, &env().network);
        m_sync = std::make_unique<OrderSync>(env().db(), TokenAccess::direct(*m_tokens));
        m_sync->addSource(m_ebay.get());
        m_sync->addSource(m_amazon.get());
        m_sync->addSource(m_shopify.get());
        SyncPolicy policy;
        policy.backoffBase = std::chrono::milliseconds(50);
        m_sync->setPolicy(policy);
    }

    void cleanup()
    {
        m_sync.reset();
        m_shopify.reset();
        m_amazon.reset();
        m_ebay.reset();
        m_tokens.reset();
        m_env.reset();
    }

    void eachMarketplaceSyncsExactlyItsOrders_data()
    {
        QTest::addColumn<Provider>("provider");
        QTest::addColumn<QString>("user");
        QTest::newRow("eBay") << Provider::Ebay << u"warehouse_a_seller"_s;
        QTest::newRow("Amazon") << Provider::Amazon << u"maple_goods"_s;
        QTest::newRow("Shopify") << Provider::Shopify << u"maple-and-co.myshopify.com"_s;
    }

    void eachMarketplaceSyncsExactlyItsOrders()
    {
        QFETCH(Provider, provider);
        QFETCH(QString, user);
        auto id = env().connectAccount(provider, u"House"_s, user);
        QVERIFY2(id, qPrintable(id ? QString() : id.error().message));
        QSignalSpy progress(m_sync.get(), &OrderSync::progress);
        QCOMPARE(runSync(*id), u"ok"_s);
        QVERIFY2(progress.count() > 1, "several pages, each reported");
        const QSet<QString> expected = marketplaceOrderIds(*id);
        QVERIFY(expected.size() > 50);
        QCOMPARE(storedOrderIds(*id), expected);
        QVERIFY(OrderRepository(env().db()).quarantined(*id)->isEmpty());
        const auto cursor = *SyncCursorRepository(env().db()).find(*id, u"orders"_s);
        QVERIFY(cursor.has_value());
        QVERIFY(cursor->lastSuccessAt.isValid());
        QCOMPARE(cursor->errorStreak, 0);

        // Again: nothing new, nothing doubled.
        QCOMPARE(runSync(*id), u"ok"_s);
        QCOMPARE(storedOrderIds(*id), expected);

        // The marketplace moves on (new orders, shipments, cancellations): the next pass catches up.
        env().server->advanceClock(6 * 3600);
        QCOMPARE(runSync(*id), u"ok"_s);
        const QSet<QString> later = marketplaceOrderIds(*id);
        QVERIFY2(later.size() > expected.size(), "the sandbox created orders meanwhile");
        QCOMPARE(storedOrderIds(*id), later);
    }

    void ordersChangedBetweenEveryTwoPagesAreNeitherLostNorDoubled_data() { faultsNeitherDuplicateNorLose_data(); }

    // A busy marketplace changes orders while a pass reads them: each change moves the order on in a list sorted
    // by update, or out of a window whose end is pinned, and an offset or index into that list would step over
    // the orders behind it. After one pass with changes between every two pages, and one more that reads what
    // changed during the first, the database holds every order of the marketplace at its latest change: none
    // lost, none doubled, none stale.
    void ordersChangedBetweenEveryTwoPagesAreNeitherLostNorDoubled()
    {
        QFETCH(Provider, provider);
        QFETCH(QString, user);
        QFETCH(QString, route);
        auto id = env().connectAccount(provider, u"House"_s, user);
        QVERIFY(id);
        env().control(u"/_sandbox/clock"_s, {{u"freeze"_s, true}});
        // Only the churn changes orders here: had a ten-minute tick of the marketplace fallen within the last
        // two minutes of the clock (where the wall clock put it), Amazon would hide the payments it cleared from
        // the expected listing while the database held their earlier state (a failure of the test, not of
        // the sync: seen once in CI).
        env().server->config().movesOnOverTime = false;
        const auto listings = [&] {
            return std::count_if(env().server->requests().cbegin(), env().server->requests().cend(),
                                 [&](const sandbox::LoggedRequest& r) { return r.route == route; });
        };
        const qsizetype before = listings();
        env().server->config().churnPerListing = 7;
        QCOMPARE(runSync(*id, 120000), u"ok"_s);
        const qsizetype firstPass = listings() - before;
        QVERIFY2(firstPass >= 5, "orders changed between many pages");
        env().server->config().churnPerListing = 0;

        // The changes made during the pass show (Amazon's two minutes); the next pass reads them.
        env().server->advanceClock(180);
        QCOMPARE(runSync(*id, 120000), u"ok"_s);
        const qsizetype bothPasses = listings() - before;
        const Account account = **AccountRepository(env().db()).findById(*id);
        const QHash<QString, QDateTime> expected = env().marketplaceOrders(account, token(*id));
        const QHash<QString, QDateTime> stored = env().storedOrders(*id);
        int lost = 0;
        int stale = 0;
        for (auto it = expected.cbegin(); it != expected.cend(); ++it) {
            if (!stored.contains(it.key()))
                ++lost;
            else if (stored.value(it.key()) != it.value())
                ++stale;
        }
        qInfo("%s: %lld orders, %lld requests in the changing pass (%d orders changed), %lld in both passes; "
              "%d lost, %d stale, %lld stored",
              QTest::currentDataTag(), qlonglong(expected.size()), qlonglong(firstPass), int(firstPass) * 7,
              qlonglong(bothPasses), lost, stale, qlonglong(stored.size()));
        QVERIFY(expected.size() >= 1000);
        QCOMPARE(lost, 0);
        QCOMPARE(stale, 0);
        QCOMPARE(storedOrderIds(*id), QSet<QString>(expected.keyBegin(), expected.keyEnd())); // no duplicate
    }

    static bool pgCtl(const QString& action)
    {
        return QProcess::execute(QStringLiteral(MARKETDESK_PG_CTL),
                                 {action, qEnvironmentVariable("MARKETDESK_TEST_PG_DIR")}) == 0;
    }

    // The PostgreSQL server stopped for 18 s mid-sync: the app logged 123 errors and never recovered. Now the
    // connection notices the lost server, the page waits for it (rolled back, its cursor unmoved), reconnects
    // with back-off, and the same pass carries on: every order stored once.
    void aPostgresRestartUnderARunningSyncLosesNothing()
    {
        cleanup(); // this test's own set-up: the database on the harness's PostgreSQL server
        m_env = std::make_unique<SandboxAccounts>();
        sandbox::Config config;
        config.seed = 5;
        config.ordersPerUser = 1200;
        QString problem =
            env().setUp(u"Marketdesk Tests Sync"_s, config, SandboxAccounts::Placement::InProcess, Backend::PostgreSQL);
        if (problem.contains(u"not running"_s))
            QSKIP("no PostgreSQL server from the harness");
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        m_tokens = std::make_unique<TokenManager>(env().db(), *env().secrets);
        for (AuthClient* client : env().authClients())
            m_tokens->addClient(client);
        m_sync = std::make_unique<OrderSync>(env().db(), TokenAccess::direct(*m_tokens));
        for (const auto& source : env().clients.sources)
            m_sync->addSource(source.get());
        auto id = env().connectAccount(Provider::Ebay, u"House"_s, u"warehouse_a_seller"_s);
        QVERIFY(id);
        // Slow pages, so the server stops while the pass is under way.
        env().fault(u"ebay.getOrders"_s, u"latency"_s, -1, 200, 400);

        QSignalSpy finished(m_sync.get(), &OrderSync::finished);
        QSignalSpy waiting(m_sync.get(), &OrderSync::waiting);
        QSignalSpy progress(m_sync.get(), &OrderSync::progress);
        m_sync->sync(*id);
        QTRY_VERIFY_WITH_TIMEOUT(!progress.isEmpty() && progress.last().at(1).toInt() > 0, 60000);
        QVERIFY(pgCtl(u"pause"_s));
        QTRY_VERIFY_WITH_TIMEOUT(!waiting.isEmpty() || !finished.isEmpty(), 30000);
        QTest::qWait(4000); // the server stays down for a while
        QVERIFY2(finished.isEmpty(), finished.isEmpty() ? "" : qPrintable(finished.first().at(2).toString()));
        QVERIFY(pgCtl(u"resume"_s));
        QTRY_VERIFY_WITH_TIMEOUT(!finished.isEmpty(), 120000);
        QCOMPARE(finished.first().at(1).toString(), QString()); // the same pass reached the last page
        QVERIFY2(!waiting.isEmpty(), "the sync said it waited for the database");
        QVERIFY(waiting.first().at(1).toString().contains(u"cannot be reached"_s));
        env().server->clearFaults();
        QCOMPARE(storedOrderIds(*id), marketplaceOrderIds(*id));
        QVERIFY(!env().db().isLost());
    }

    void faultsNeitherDuplicateNorLose_data()
    {
        QTest::addColumn<Provider>("provider");
        QTest::addColumn<QString>("user");
        QTest::addColumn<QString>("route");
        QTest::newRow("eBay") << Provider::Ebay << u"boutique_montreal"_s << u"ebay.getOrders"_s;
        QTest::newRow("Amazon") << Provider::Amazon << u"maple_goods"_s << u"amazon.searchOrders"_s;
        QTest::newRow("Shopify") << Provider::Shopify << u"maple-and-co.myshopify.com"_s << u"shopify.graphql"_s;
    }

    void faultsNeitherDuplicateNorLose()
    {
        QFETCH(Provider, provider);
        QFETCH(QString, user);
        QFETCH(QString, route);
        auto id = env().connectAccount(provider, u"House"_s, user);
        QVERIFY(id);
        using K = sandbox::Fault::Kind;
        for (const auto& [kind, status] : QList<std::pair<K, int>> {{K::Status, 500},
                                                                    {K::RateLimit, 429},
                                                                    {K::Truncated, 200},
                                                                    {K::Status, 503},
                                                                    {K::Reset, 200},
                                                                    {K::Malformed, 200}}) {
            sandbox::Fault fault;
            fault.route = route;
            fault.kind = kind;
            fault.status = status;
            fault.retryAfter = 1;
            fault.remaining = 1;
            env().server->addFault(fault);
        }
        QCOMPARE(runSync(*id, 120000), u"ok"_s);
        const QSet<QString> expected = marketplaceOrderIds(*id);
        QCOMPARE(storedOrderIds(*id), expected);
    }

    void aServerThatStaysDownLeavesTheCursorAndSaysWhy()
    {
        auto id = env().connectAccount(Provider::Ebay, u"Warehouse-A"_s, u"warehouse_a_seller"_s);
        QVERIFY(id);
        QCOMPARE(runSync(*id), u"ok"_s);
        const SyncCursor before = **SyncCursorRepository(env().db()).find(*id, u"orders"_s);
        sandbox::Fault down;
        down.route = u"ebay.getOrders"_s;
        down.kind = sandbox::Fault::Kind::Status;
        down.status = 503;
        env().server->addFault(down);
        const QString outcome = runSync(*id);
        QVERIFY2(outcome.startsWith(QLatin1StringView(OrderSource::kTransient)), qPrintable(outcome));
        const SyncCursor after = **SyncCursorRepository(env().db()).find(*id, u"orders"_s);
        QCOMPARE(after.checkpoint, before.checkpoint); // nothing stored, nothing skipped
        QCOMPARE(after.errorStreak, 1);
        QVERIFY(after.lastError.contains(u"503"_s));
        env().server->clearFaults();
        QCOMPARE(runSync(*id), u"ok"_s);
        QCOMPARE((**SyncCursorRepository(env().db()).find(*id, u"orders"_s)).errorStreak, 0);

        // Rewind: the next pass reads the last 40 days again — and still stores each order once.
        QSignalSpy progress(m_sync.get(), &OrderSync::progress);
        QVERIFY(OrderSync::rewind(env().db(), *id, QDateTime::currentDateTimeUtc().addDays(-40)));
        QCOMPARE(runSync(*id), u"ok"_s);
        QVERIFY(progress.last().at(1).toInt() > 200);
        QCOMPARE(storedOrderIds(*id), marketplaceOrderIds(*id));
    }

    void cancelStopsAfterAStoredPageAndDropsThePageAskedForAhead()
    {
        auto id = env().connectAccount(Provider::Ebay, u"Warehouse-A"_s, u"warehouse_a_seller"_s);
        QVERIFY(id);
        QSignalSpy finished(m_sync.get(), &OrderSync::finished);
        QSignalSpy progress(m_sync.get(), &OrderSync::progress);
        // Cancel as soon as the first page with orders is stored (the pass's first answers may be windows being
        // split, which store none): the next page, already asked for, must not be stored.
        connect(m_sync.get(), &OrderSync::progress, this, [&](qint64 account, int imported) {
            if (imported > 0)
                m_sync->cancel(account);
        });
        m_sync->sync(*id);
        QVERIFY(QTest::qWaitFor([&] { return !finished.isEmpty(); }, 60000));
        QCOMPARE(finished.first().at(1).toString(), u"sync.cancelled"_s);
        const int stored = progress.last().at(1).toInt();
        QVERIFY(stored > 0);
        for (qsizetype i = 0; i + 1 < progress.size(); ++i)
            QCOMPARE(progress.at(i).at(1).toInt(), 0); // one page with orders stored, no more
        QCOMPARE(storedOrderIds(*id).size(), stored);
        const auto& log = env().server->requests();
        QVERIFY2(std::count_if(log.cbegin(), log.cend(),
                               [](const sandbox::LoggedRequest& r) { return r.route == "ebay.getOrders"_L1; }) >=
                     progress.size() + 1,
                 "the next page was asked for ahead");
        disconnect(m_sync.get(), &OrderSync::progress, this, nullptr);

        // The next pass resumes after the stored page and ends with exactly the marketplace's orders.
        QCOMPARE(runSync(*id), u"ok"_s);
        QCOMPARE(storedOrderIds(*id), marketplaceOrderIds(*id));
    }

    void theServiceSyncsOnItsWorkerThread()
    {
        auto id = env().connectAccount(Provider::Shopify, u"Maple & Co."_s, u"maple-and-co.myshopify.com"_s);
        QVERIFY(id);
        QList<ProviderEndpoints> endpoints;
        for (Provider p : {Provider::Ebay, Provider::Amazon, Provider::Shopify}) {
            ProviderEndpoints e = providerSettings::defaults(p, Environment::Sandbox);
            e.apiUrl = p == Provider::Shopify ? env().server->baseUrl().toString() + u"/shops/{shop}"_s
                                              : env().server->baseUrl().toString();
            endpoints << e;
        }
        SyncService service(env().database->config(), *m_tokens, endpoints);
        QSignalSpy finished(&service, &SyncService::finished);
        QSignalSpy progress(&service, &SyncService::progress);
        service.start();
        service.setAccounts(*AccountRepository(env().db()).list());
        service.syncNow(*id);
        QVERIFY(service.syncing().contains(*id));
        service.syncNow(*id); // already under way: not doubled
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 60000);
        QCOMPARE(finished.first().at(1).toString(), QString());
        QVERIFY(progress.count() > 1);
        QVERIFY(service.syncing().isEmpty());
        QCOMPARE(storedOrderIds(*id), marketplaceOrderIds(*id)); // written by the worker's own connection
    }

    void eachDataFolderIsItsOwnOutboxSender()
    {
        // Two Marketdesk instances on one computer with their own --data-dir, sharing a database, must not take
        // each other's sends for their own; the same folder restarted is the same sender.
        QCOMPARE(SyncService::senderId(u"/srv/a"_s), SyncService::senderId(u"/srv/a"_s));
        QVERIFY(SyncService::senderId(u"/srv/a"_s) != SyncService::senderId(u"/srv/b"_s));
        QVERIFY(SyncService::senderId(u"/srv/a"_s) != SyncService::senderId({}));
        QCOMPARE(SyncService::senderId(u"/srv/a"_s).size(), 16);
    }

    void anUnreadableOrderIsQuarantinedAndThePageGoesOn()
    {
        auto id = env().connectAccount(Provider::Ebay, u"Warehouse-A"_s, u"warehouse_a_seller"_s);
        QVERIFY(id);
        const Account account = **AccountRepository(env().db()).findById(*id);
        QFile fixture(QFINDTESTDATA("data/orders/ebay_order.json"));
        QVERIFY(fixture.open(QIODevice::ReadOnly));
        const QJsonObject good = QJsonDocument::fromJson(fixture.readAll()).object();
        QJsonObject bad = good;
        bad[u"orderId"_s] = u"12-00000-00001"_s;
        QJsonObject pricing = bad.value("pricingSummary"_L1).toObject();
        pricing[u"total"_s] = QJsonObject {{u"value"_s, u"sixty-two"_s}, {u"currency"_s, u"USD"_s}};
        bad[u"pricingSummary"_s] = pricing;

        OrderPage page;
        page.orders = {good, bad};
        page.checkpoint = QJsonObject {{u"since"_s, u"2026-11-20T00:00:00.000Z"_s}};
        auto outcome = m_sync->applyPage(account, *m_ebay, page);
        QVERIFY2(outcome, outcome ? "" : qPrintable(outcome.error().message));
        QCOMPARE(outcome->imported, 1);
        QCOMPARE(outcome->quarantined, 1);
        QVERIFY(OrderRepository(env().db()).findByExternalId(*id, u"12-10482-39571"_s)->has_value());
        const auto kept = *OrderRepository(env().db()).quarantined(*id);
        QCOMPARE(kept.size(), 1);
        QCOMPARE(kept.first().first, u"12-00000-00001"_s);
        QVERIFY2(kept.first().second.contains(u"sixty-two"_s), qPrintable(kept.first().second));
        SqlQuery raw(env().db(), u"SELECT raw_body FROM order_quarantine WHERE account_id = :a"_s);
        raw.bind(u":a"_s, *id);
        QVERIFY(raw.execScalar()->toString().contains(u"sixty-two"_s)); // the raw body, for a person to look at
        QCOMPARE((**SyncCursorRepository(env().db()).find(*id, u"orders"_s)).checkpoint,
                 u"{\"since\":\"2026-11-20T00:00:00.000Z\"}"_s);

        // Corrected on the marketplace, it is read and leaves the quarantine.
        page.orders = {with(bad, u"12-00000-00001"_s, good)};
        QVERIFY(m_sync->applyPage(account, *m_ebay, page));
        QVERIFY(OrderRepository(env().db()).quarantined(*id)->isEmpty());
        QVERIFY(OrderRepository(env().db()).findByExternalId(*id, u"12-00000-00001"_s)->has_value());
    }

private:
    static QJsonObject with(const QJsonObject&, const QString& orderId, QJsonObject good)
    {
        good[u"orderId"_s] = orderId;
        return good;
    }
};

QTEST_MAIN(TestSync)
#include "tst_sync.moc"
