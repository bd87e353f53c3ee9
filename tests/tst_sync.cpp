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
#include "sync/OrderImport.h"
#include "sync/PagedSync.h"
#include "sync/SyncService.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QSet>
#include <QTimer>

using namespace Qt::StringLiterals;
using namespace md;
using test::SandboxAccounts;

/// A resource the product does not have, to show the engine is not about orders: notes, one table, pages from
/// memory. Its source is inside this process and simulates nothing outside it; the engine, the cursor table, the
/// transactions and the token are the real ones.
struct Note {
    QString id;
    QString text;
};

class NoteSource : public TypedPageSource<Note> {
public:
    QList<QList<QJsonObject>> pages;
    int failuresLeft = 1; ///< transient failures before the first page is given
    Provider provider() const override { return Provider::Ebay; }
    QString resource() const override { return u"notes"_s; }
    Result<Note> normalize(const QJsonObject& item) const override
    {
        if (!item.contains("text"_L1))
            return Error {u"note.unreadable"_s, u"a note without text"_s, {}};
        return Note {item.value("id"_L1).toString(), item.value("text"_L1).toString()};
    }
    QString externalId(const QJsonObject& item) const override { return item.value("id"_L1).toString(); }

protected:
    void fetchRaw(const Account&, const QString& accessToken, const QJsonObject& checkpoint, RawCallback done) override
    {
        QTimer::singleShot(0, this, [this, accessToken, checkpoint, done = std::move(done)] {
            if (accessToken.isEmpty()) {
                done(Error {QString::fromLatin1(kAuth), u"no token"_s, {}});
                return;
            }
            if (failuresLeft > 0) {
                --failuresLeft;
                done(Error {QString::fromLatin1(kTransient), u"the notes server hiccuped"_s, {}});
                return;
            }
            const int at = checkpoint.value("page"_L1).toInt();
            RawPage page;
            page.items = pages.value(at);
            page.checkpoint = QJsonObject {{u"page"_s, at + 1}};
            page.more = at + 1 < pages.size();
            done(page);
        });
    }
    QString idOf(const Note& note) const override { return note.id; }
};

class NoteSink : public TypedPageSink<Note> {
public:
    explicit NoteSink(const Database& database)
        : m_database(database)
    {
    }
    QString resource() const override { return u"notes"_s; }

protected:
    Result<PageOutcome> storeEntries(const Account& account, const Page<Note>& page) override
    {
        PageOutcome outcome;
        for (const PageEntry<Note>& entry : page.entries) {
            if (!entry.value) {
                ++outcome.quarantined;
                continue;
            }
            if (entry.value->text == "refuse"_L1)
                return Error {u"note.refused"_s, u"the sink refused a note"_s, {}};
            SqlQuery insert(m_database, u"INSERT INTO test_notes (account_id, id, text) VALUES (:a, :i, :t)"_s);
            insert.bind(u":a"_s, account.id);
            insert.bind(u":i"_s, entry.value->id);
            insert.bind(u":t"_s, entry.value->text);
            if (auto done = insert.exec(); !done)
                return done.error();
            ++outcome.imported;
        }
        return outcome;
    }

private:
    const Database& m_database;
};

class TestSync : public QObject {
    Q_OBJECT

    std::unique_ptr<SandboxAccounts> m_env;
    std::unique_ptr<TokenManager> m_tokens;
    std::unique_ptr<EbayOrderSource> m_ebay;
    std::unique_ptr<AmazonOrderSource> m_amazon;
    std::unique_ptr<ShopifyOrderSource> m_shopify;
    std::unique_ptr<PagedSync> m_sync;

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
        QSignalSpy finished(m_sync.get(), &PagedSync::finished);
        m_sync->sync(accountId, u"orders"_s);
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
        m_sync = std::make_unique<PagedSync>(env().db(), TokenAccess::direct(*m_tokens));
        m_sync->addSink(std::make_unique<OrderImport>(env().db()));
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
        QSignalSpy progress(m_sync.get(), &PagedSync::progress);
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
        m_sync = std::make_unique<PagedSync>(env().db(), TokenAccess::direct(*m_tokens));
        m_sync->addSink(std::make_unique<OrderImport>(env().db()));
        for (const auto& source : env().clients.sources)
            m_sync->addSource(source.get());
        auto id = env().connectAccount(Provider::Ebay, u"House"_s, u"warehouse_a_seller"_s);
        QVERIFY(id);
        // Slow pages, so the server stops while the pass is under way.
        env().fault(u"ebay.getOrders"_s, u"latency"_s, -1, 200, 400);

        QSignalSpy finished(m_sync.get(), &PagedSync::finished);
        QSignalSpy waiting(m_sync.get(), &PagedSync::waiting);
        QSignalSpy progress(m_sync.get(), &PagedSync::progress);
        m_sync->sync(*id, u"orders"_s);
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
        QSignalSpy progress(m_sync.get(), &PagedSync::progress);
        QVERIFY(PagedSync::rewind(env().db(), *id, u"orders"_s, QDateTime::currentDateTimeUtc().addDays(-40)));
        QCOMPARE(runSync(*id), u"ok"_s);
        QVERIFY(progress.last().at(1).toInt() > 200);
        QCOMPARE(storedOrderIds(*id), marketplaceOrderIds(*id));
    }

    void cancelStopsAfterAStoredPageAndDropsThePageAskedForAhead()
    {
        auto id = env().connectAccount(Provider::Ebay, u"Warehouse-A"_s, u"warehouse_a_seller"_s);
        QVERIFY(id);
        QSignalSpy finished(m_sync.get(), &PagedSync::finished);
        QSignalSpy progress(m_sync.get(), &PagedSync::progress);
        // Cancel as soon as the first page with orders is stored (the pass's first answers may be windows being
        // split, which store none): the next page, already asked for, must not be stored.
        connect(m_sync.get(), &PagedSync::progress, this, [&](qint64 account, int imported) {
            if (imported > 0)
                m_sync->cancel(account);
        });
        m_sync->sync(*id, u"orders"_s);
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
        disconnect(m_sync.get(), &PagedSync::progress, this, nullptr);

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

    void aSecondResourceSyncsThroughTheSameEngine()
    {
        auto id = env().connectAccount(Provider::Ebay, u"House"_s, u"warehouse_a_seller"_s);
        QVERIFY(id);
        QVERIFY(SqlQuery(env().db(), u"CREATE TABLE test_notes (account_id BIGINT, id TEXT PRIMARY KEY, text TEXT)"_s)
                    .exec());
        NoteSource notes;
        const auto note = [](const QString& noteId, const QString& text) {
            return QJsonObject {{u"id"_s, noteId}, {u"text"_s, text}};
        };
        notes.pages = {{note(u"n1"_s, u"one"_s), note(u"n2"_s, u"two"_s)},
                       {note(u"n3"_s, u"three"_s), QJsonObject {{u"id"_s, u"n4"_s}}},
                       {note(u"n5"_s, u"five"_s)}};
        m_sync->addSink(std::make_unique<NoteSink>(env().db()));
        m_sync->addSource(&notes);
        const Account account = **AccountRepository(env().db()).findById(*id);
        QCOMPARE(m_sync->resourcesFor(account), (QStringList {u"notes"_s, u"orders"_s}));

        QSignalSpy finished(m_sync.get(), &PagedSync::finished);
        QSignalSpy progress(m_sync.get(), &PagedSync::progress);
        m_sync->sync(*id, u"notes"_s);
        QVERIFY(m_sync->isSyncing(*id, u"notes"_s));
        QVERIFY(!m_sync->isSyncing(*id, u"orders"_s));
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 10000);
        QCOMPARE(finished.first().at(1).toString(), QString()); // past the transient failure, to the last page
        QCOMPARE(finished.first().at(3).toString(), u"notes"_s);
        QCOMPARE(notes.failuresLeft, 0);
        QCOMPARE(progress.count(), 3); // one per stored page
        QCOMPARE(progress.last().at(1).toInt(), 4); // the unreadable note is not counted
        QCOMPARE(progress.last().at(2).toString(), u"notes"_s);
        const auto noteCount = [&] {
            SqlQuery count(env().db(), u"SELECT COUNT(*) FROM test_notes WHERE account_id = :a"_s);
            count.bind(u":a"_s, *id);
            return count.execScalar()->toInt();
        };
        QCOMPARE(noteCount(), 4);
        const auto cursor = *SyncCursorRepository(env().db()).find(*id, u"notes"_s);
        QVERIFY(cursor.has_value());
        QCOMPARE(cursor->checkpoint, u"{\"page\":3}"_s);
        QVERIFY(cursor->lastSuccessAt.isValid());
        QVERIFY(!SyncCursorRepository(env().db()).find(*id, u"orders"_s)->has_value()); // orders untouched

        // A page the sink refuses is rolled back with its cursor: the rows of the page before stay, the cursor
        // points past them, and the error is kept on the resource's cursor.
        QVERIFY(PagedSync::rewind(env().db(), *id, u"notes"_s, QDateTime::currentDateTimeUtc()));
        QVERIFY(SqlQuery(env().db(), u"DELETE FROM test_notes"_s).exec());
        notes.pages[1][0] = note(u"n3"_s, u"refuse"_s);
        finished.clear();
        m_sync->sync(*id, u"notes"_s);
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 10000);
        QCOMPARE(finished.first().at(1).toString(), u"note.refused"_s);
        QCOMPARE(noteCount(), 2);
        const auto stopped = *SyncCursorRepository(env().db()).find(*id, u"notes"_s);
        QCOMPARE(stopped->checkpoint, u"{\"page\":1}"_s);
        QCOMPARE(stopped->errorStreak, 1);
        QCOMPARE(stopped->lastError, u"the sink refused a note"_s);
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

        RawPage page;
        page.items = {good, bad};
        page.checkpoint = QJsonObject {{u"since"_s, u"2026-11-20T00:00:00.000Z"_s}};
        OrderImport sink(env().db());
        auto outcome = m_sync->applyPage(account, sink, m_ebay->read(page));
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
        page.items = {with(bad, u"12-00000-00001"_s, good)};
        QVERIFY(m_sync->applyPage(account, sink, m_ebay->read(page)));
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
