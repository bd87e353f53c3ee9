// The outbox against the sandbox over loopback HTTP, with the real clients, keychain and SQLite: the warehouse's
// shipments and cancellations reach each marketplace exactly once — through 5xx answers, rate limits and answers
// cut off after the marketplace applied them — in the order they were made; a marketplace that changed the order
// meanwhile gives a conflict a person sees, never a silent overwrite; stock follows.

#include "SandboxAccounts.h"
#include "auth/TokenManager.h"
#include "fulfilment/Carriers.h"
#include "fulfilment/OrderActions.h"
#include "inventory/StockAllocator.h"
#include "providers/OrderNormalizing.h"
#include "providers/amazon/AmazonFulfilment.h"
#include "providers/amazon/AmazonOrderSource.h"
#include "providers/ebay/EbayFulfilment.h"
#include "providers/ebay/EbayOrderSource.h"
#include "providers/shopify/ShopifyFulfilment.h"
#include "providers/shopify/ShopifyOrderSource.h"
#include "storage/repositories/AccountRepository.h"
#include "storage/repositories/NotificationRepository.h"
#include "storage/repositories/OrderRepository.h"
#include "storage/repositories/OutboxRepository.h"
#include "storage/repositories/StockRepository.h"
#include "sync/OrderImport.h"
#include "sync/OutboxSender.h"
#include "sync/PagedSync.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>

using namespace Qt::StringLiterals;
using namespace md;
using test::SandboxAccounts;

class TestOutbox : public QObject {
    Q_OBJECT

    std::unique_ptr<SandboxAccounts> m_env;
    std::unique_ptr<TokenManager> m_tokens;
    std::unique_ptr<PagedSync> m_sync;
    std::unique_ptr<OutboxSender> m_sender;

    SandboxAccounts& env() { return *m_env; }
    const Database& db() { return env().db(); }

    bool syncOrders(qint64 accountId)
    {
        QSignalSpy finished(m_sync.get(), &PagedSync::finished);
        m_sync->sync(accountId, u"orders"_s);
        return QTest::qWaitFor([&] { return !finished.isEmpty(); }, 60000) &&
            finished.first().at(1).toString().isEmpty();
    }

    /// Runs the sender until nothing is due or under way.
    bool drain(int timeoutMs = 60000)
    {
        QSignalSpy idle(m_sender.get(), &OutboxSender::idle);
        m_sender->kick();
        return QTest::qWaitFor(
            [&] {
                if (idle.isEmpty() || m_sender->isBusy())
                    return false;
                auto due = OutboxRepository(db()).due(QDateTime::currentDateTimeUtc().addSecs(3600));
                return due && due->isEmpty();
            },
            timeoutMs);
    }

    /// Open orders of the account with items, oldest first.
    QList<Order> openOrders(qint64 accountId, int count)
    {
        OrderFilter filter;
        filter.status = orderstatus::Open;
        QList<Order> found;
        auto page = OrderRepository(db()).page(filter, {OrderSortKey::Placed, Qt::AscendingOrder}, std::nullopt, 500);
        for (const Order& o : *page) {
            if (o.accountId == accountId && found.size() < count)
                found << **OrderRepository(db()).findById(o.id);
        }
        return found;
    }

    static QHash<QString, int> quantitiesBySku(const Order& order)
    {
        QHash<QString, int> bySku;
        for (const OrderItem& item : order.items)
            bySku[item.sku] += item.quantity;
        return bySku;
    }

    QString trackingFor(Provider provider, int n)
    {
        // Well-formed numbers of the carrier each test ships with.
        // (The last digit is the check digit: computed, as a real label's is.)
        const auto checked = [](const QString& number) -> QString {
            return number.chopped(1) + Carriers::expectedCheckDigit(number);
        };
        if (provider == Provider::Ebay)
            return checked(u"9400111899223%1"_s.arg(n * 10, 9, 10, QLatin1Char('0'))); // USPS, 22 digits
        if (provider == Provider::Amazon)
            return checked(u"1Z999AA1%1"_s.arg(n * 10, 10, 10, QLatin1Char('0'))); // UPS
        return u"7946%1"_s.arg(n, 8, 10, QLatin1Char('0')); // FedEx, 12 digits
    }
    QString carrierFor(Provider provider)
    {
        return provider == Provider::Ebay ? u"usps"_s : provider == Provider::Amazon ? u"ups"_s : u"fedex"_s;
    }

    qint64 connectAndSync(Provider provider, const QString& user, const QString& house = u"House"_s)
    {
        auto id = env().connectAccount(provider, house, user);
        if (!id) {
            qWarning().noquote() << id.error().message;
            return 0;
        }
        return syncOrders(*id) ? *id : 0;
    }

    static bool pgCtl(const QString& action)
    {
        return QProcess::execute(QStringLiteral(MARKETDESK_PG_CTL),
                                 {action, qEnvironmentVariable("MARKETDESK_TEST_PG_DIR")}) == 0;
    }

    /// The sandbox, the database (SQLite, or the harness's PostgreSQL server), a sync and a sender. Empty, or
    /// what went wrong.
    QString setUpOn(Backend backend)
    {
        m_env = std::make_unique<SandboxAccounts>();
        sandbox::Config config;
        config.seed = 11;
        config.ordersPerUser = 30;
        const QString problem =
            env().setUp(u"Marketdesk Tests Outbox"_s, config, SandboxAccounts::Placement::InProcess, backend);
        if (!problem.isEmpty())
            return problem;
        env().control(u"/_sandbox/clock"_s,
                      {{u"freeze"_s, true}}); // the marketplace ships and cancels nothing by itself
        m_tokens = std::make_unique<TokenManager>(db(), *env().secrets);
        for (AuthClient* client : env().authClients())
            m_tokens->addClient(client);
        m_sync = std::make_unique<PagedSync>(db(), TokenAccess::direct(*m_tokens));
        m_sync->addSink(std::make_unique<OrderImport>(db()));
        for (const auto& source : env().clients.sources)
            m_sync->addSource(source.get());
        m_sender = std::make_unique<OutboxSender>(db(), TokenAccess::direct(*m_tokens), u"workstation-1"_s);
        for (const auto& client : env().clients.fulfilment)
            m_sender->addClient(client.get());
        OutboxPolicy policy;
        policy.backoffBase = std::chrono::milliseconds(100);
        policy.backoffCap = std::chrono::milliseconds(400);
        m_sender->setPolicy(policy);
        return {};
    }

private slots:
    void init()
    {
        const QString problem = setUpOn(Backend::Sqlite);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
    }

    void cleanup()
    {
        m_sender.reset();
        m_sync.reset();
        m_tokens.reset();
        m_env.reset();
    }

    void shipsOnceThroughFaults_data()
    {
        QTest::addColumn<Provider>("provider");
        QTest::addColumn<QString>("user");
        QTest::addColumn<QString>("route");
        QTest::newRow("eBay") << Provider::Ebay << u"warehouse_a_seller"_s << u"ebay.createShippingFulfillment"_s;
        QTest::newRow("Amazon") << Provider::Amazon << u"maple_goods"_s << u"amazon.confirmShipment"_s;
        QTest::newRow("Shopify") << Provider::Shopify << u"maple-and-co.myshopify.com"_s << u"shopify.graphql"_s;
    }

    void shipsOnceThroughFaults()
    {
        QFETCH(Provider, provider);
        QFETCH(QString, user);
        QFETCH(QString, route);
        const qint64 account = connectAndSync(provider, user);
        QVERIFY(account != 0);
        const QList<Order> orders = openOrders(account, 4);
        QCOMPARE(orders.size(), 4);

        // Stock for the first order's lines, reserved as a sync would on import.
        StockRepository stock(db());
        auto shelf = stock.addLocation({0, u"A-01"_s, u"Shelf A-01"_s, true});
        QVERIFY(shelf);
        const QHash<QString, int> ordered = quantitiesBySku(orders.first());
        for (auto it = ordered.cbegin(); it != ordered.cend(); ++it)
            QVERIFY(stock.move({0, it.key(), *shelf, it.value() + 2, 0, StockReason::Adjustment, u"count"_s, {}}));
        QVERIFY(StockAllocator(db()).apply(orders.first().id, orderstatus::Open, std::nullopt));

        OrderActions actions(db());
        QList<qint64> entries;
        for (int i = 0; i < orders.size(); ++i) {
            auto queued = actions.ship({orders.at(i).id, carrierFor(provider), trackingFor(provider, i), {}});
            QVERIFY2(queued, queued ? "" : qPrintable(queued.error().toLogString()));
            entries << *queued;
        }
        // Asked twice, queued once.
        const auto twice = actions.ship({orders.first().id, carrierFor(provider), trackingFor(provider, 0), {}});
        QVERIFY(!twice);
        QCOMPARE(twice.error().code, u"order.cannot-ship"_s);
        QCOMPARE((*OrderRepository(db()).findById(orders.first().id))->pendingAction, u"order.ship"_s);

        // The marketplace fails twice, then cuts the answer off after applying one shipment, then limits the rate.
        env().fault(route, u"status"_s, 2, 503);
        env().fault(route, u"reset"_s, 1);
        env().fault(route, u"rate-limit"_s, 1);
        QVERIFY(drain());

        QStringList expected;
        for (int i = 0; i < orders.size(); ++i) {
            const QString orderId = orders.at(i).externalId;
            expected << u"%1 ship %2 %3"_s.arg(providerKey(provider), orderId, trackingFor(provider, i));
        }
        QCOMPARE(env().applied(), expected); // each once, in the order they were made
        for (int i = 0; i < orders.size(); ++i) {
            const Order o = **OrderRepository(db()).findById(orders.at(i).id);
            QCOMPARE(o.status, orderstatus::Shipped);
            QVERIFY(o.pendingAction.isEmpty());
            QCOMPARE(o.trackingNumber, trackingFor(provider, i));
            const OutboxEntry e = **OutboxRepository(db()).find(entries.at(i));
            QCOMPARE(e.state, OutboxState::Sent);
            const auto events = *OrderRepository(db()).events(o.id);
            QVERIFY(std::any_of(events.cbegin(), events.cend(),
                                [](const OrderEvent& ev) { return ev.kind == "SHIPPED"_L1; }));
        }
        // The first order's reserved stock left the shelf.
        for (auto it = ordered.cbegin(); it != ordered.cend(); ++it) {
            const auto level = **stock.level(it.key(), *shelf);
            QCOMPARE(level.onHand, 2);
            QCOMPARE(level.reserved, 0);
        }
        // Sending again sends nothing; a sync of the shipped orders changes nothing back.
        QVERIFY(drain());
        QVERIFY(syncOrders(account));
        QCOMPARE(env().applied().size(), orders.size());
        QCOMPARE((*OrderRepository(db()).findById(orders.first().id))->status, orderstatus::Shipped);
    }

    // With one marketplace call hanging, only 2 of 32 queued shipments went out in 93 s: the sender sent one entry
    // at a time for every account. Now each account's entries go on their own: a hung eBay call (cut off by its
    // timeout, then looked up and sent once) holds up only that account's shipments.
    void aHungMarketplaceCallDelaysOnlyItsOwnAccount()
    {
        const qint64 ebay = connectAndSync(Provider::Ebay, u"warehouse_a_seller"_s, u"Warehouse-A"_s);
        const qint64 amazon = connectAndSync(Provider::Amazon, u"maple_goods"_s, u"Maple Goods"_s);
        const qint64 shopify = connectAndSync(Provider::Shopify, u"maple-and-co.myshopify.com"_s, u"Maple & Co."_s);
        QVERIFY(ebay && amazon && shopify);
        env().fault(u"ebay.createShippingFulfillment"_s, u"hang"_s, 1);
        OrderActions actions(db());
        QStringList others;
        QStringList ebayShipments;
        // eBay's first: the oldest entries are the ones that wait on the hung call.
        for (const auto& [account, provider, count] : QList<std::tuple<qint64, Provider, int>> {
                 {ebay, Provider::Ebay, 2}, {amazon, Provider::Amazon, 4}, {shopify, Provider::Shopify, 4}}) {
            const QList<Order> orders = openOrders(account, count);
            QCOMPARE(orders.size(), count);
            for (int i = 0; i < count; ++i) {
                QVERIFY(actions.ship({orders.at(i).id, carrierFor(provider), trackingFor(provider, i), {}}));
                const QString line =
                    u"%1 ship %2 %3"_s.arg(providerKey(provider), orders.at(i).externalId, trackingFor(provider, i));
                (provider == Provider::Ebay ? ebayShipments : others) << line;
            }
        }
        QElapsedTimer sending;
        sending.start();
        m_sender->kick();
        const auto appliedOf = [&](const QStringList& wanted) {
            const QStringList applied = env().applied();
            return int(std::count_if(wanted.cbegin(), wanted.cend(),
                                     [&](const QString& line) { return applied.contains(line); }));
        };
        // Well within the hung call's 30-second timeout, every other account's shipments are applied (before: 16 s).
        QTRY_COMPARE_WITH_TIMEOUT(appliedOf(others), int(others.size()), 8000);
        qInfo("%d Amazon and Shopify shipments applied in %lld ms while an eBay call hung", int(others.size()),
              qlonglong(sending.elapsed()));
        // The hung call (the sandbox applies it, then never answers) holds up only its own account's next one.
        QVERIFY(!env().applied().contains(ebayShipments.last()));

        // The hung call times out; the entry is looked up (found applied) and the next one sent: each eBay
        // shipment applied once, in order. The wait says what happened in words (it said "Operation canceled").
        QStringList said;
        connect(m_sender.get(), &OutboxSender::changed, this, [&](qint64 entry, qint64) {
            if (auto e = OutboxRepository(db()).find(entry); e && e->has_value() && !(*e)->lastError.isEmpty())
                said << (*e)->lastError;
        });
        QVERIFY(drain(120000));
        QVERIFY2(!said.filter(u"eBay did not answer within 30 seconds"_s).isEmpty(), qPrintable(said.join(u" | "_s)));
        QVERIFY(said.filter(u"Operation canceled"_s).isEmpty());
        QCOMPARE(appliedOf(ebayShipments), int(ebayShipments.size()));
        const QStringList applied = env().applied();
        QCOMPARE(applied.size(), others.size() + ebayShipments.size());
        QVERIFY(applied.indexOf(ebayShipments.first()) < applied.indexOf(ebayShipments.last()));
    }

    // The PostgreSQL server restarts while shipments go out: an answer the marketplace gave while the server was
    // down is not lost, and nothing is sent twice. The sender waits for the server, reconnects, and finishes.
    void aPostgresRestartWhileSendingAppliesEachShipmentOnce()
    {
        cleanup();
        const QString problem = setUpOn(Backend::PostgreSQL);
        if (problem.contains(u"not running"_s))
            QSKIP("no PostgreSQL server from the harness");
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        const qint64 account = connectAndSync(Provider::Ebay, u"warehouse_a_seller"_s);
        QVERIFY(account != 0);
        const QList<Order> orders = openOrders(account, 8);
        QCOMPARE(orders.size(), 8);
        OrderActions actions(db());
        QList<qint64> entries;
        for (int i = 0; i < orders.size(); ++i) {
            auto queued = actions.ship({orders.at(i).id, u"usps"_s, trackingFor(Provider::Ebay, i), {}});
            QVERIFY2(queued, queued ? "" : qPrintable(queued.error().toLogString()));
            entries << *queued;
        }
        // Slow answers, so the server stops with calls under way and answers still to record.
        env().fault(u"ebay.createShippingFulfillment"_s, u"latency"_s, -1, 300, 600);
        QSignalSpy changed(m_sender.get(), &OutboxSender::changed);
        m_sender->kick();
        QTRY_VERIFY_WITH_TIMEOUT(!changed.isEmpty(), 30000);
        QVERIFY(pgCtl(u"pause"_s));
        QTest::qWait(4000); // down for a while, with calls answered meanwhile
        QVERIFY(pgCtl(u"resume"_s));
        QVERIFY(drain(120000));
        env().server->clearFaults();

        QStringList expected;
        for (int i = 0; i < orders.size(); ++i)
            expected << u"ebay ship %1 %2"_s.arg(orders.at(i).externalId, trackingFor(Provider::Ebay, i));
        QStringList applied = env().applied();
        applied.sort();
        expected.sort();
        QCOMPARE(applied, expected); // each once
        for (int i = 0; i < orders.size(); ++i) {
            QCOMPARE((**OutboxRepository(db()).find(entries.at(i))).state, OutboxState::Sent);
            QCOMPARE((**OrderRepository(db()).findById(orders.at(i).id)).status, orderstatus::Shipped);
        }
        QVERIFY(!db().isLost());
    }

    void aCancelledOrderIsAConflictNotAnOverwrite_data() { shipsOnceThroughFaults_data(); }
    void aCancelledOrderIsAConflictNotAnOverwrite()
    {
        QFETCH(Provider, provider);
        QFETCH(QString, user);
        const qint64 account = connectAndSync(provider, user);
        QVERIFY(account != 0);
        const Order order = openOrders(account, 1).value(0);
        QVERIFY(order.id != 0);
        auto queued = OrderActions(db()).ship({order.id, carrierFor(provider), trackingFor(provider, 7), {}});
        QVERIFY(queued);
        // Meanwhile the buyer cancels it on the marketplace.
        QCOMPARE(
            env().control(u"/_sandbox/cancel-order"_s, {{u"orderId"_s, order.externalId}}).toObject().value("ok"_L1),
            QJsonValue(true));
        QVERIFY(drain());
        QVERIFY(env().applied().isEmpty());
        const OutboxEntry e = **OutboxRepository(db()).find(*queued);
        QCOMPARE(e.state, OutboxState::Conflict);
        QVERIFY2(e.lastError.contains("cancel"_L1, Qt::CaseInsensitive), qPrintable(e.lastError));
        Order o = **OrderRepository(db()).findById(order.id);
        QCOMPARE(o.pendingAction, u"order.ship"_s);
        QCOMPARE(o.actionError, e.lastError); // shown on the order
        QVERIFY(o.status != orderstatus::Shipped);
        // One notification names the order and the marketplace's reason (the status bar said "queued" before).
        const auto notifications = *NotificationRepository(db()).list();
        QCOMPARE(notifications.size(), 1);
        QVERIFY2(notifications.first().title.contains(order.displayNumber()), qPrintable(notifications.first().title));
        QVERIFY(notifications.first().body.contains(e.lastError));
        QCOMPARE(notifications.first().severity, Severity::Warning);

        // The person withdraws the shipment; the next sync brings the marketplace's word.
        QVERIFY(OrderActions(db()).withdraw(*queued));
        env().control(u"/_sandbox/clock"_s, {{u"advanceSeconds"_s, 180}}); // Amazon lists changes two minutes late
        QVERIFY(syncOrders(account));
        o = **OrderRepository(db()).findById(order.id);
        QVERIFY(o.pendingAction.isEmpty());
        QCOMPARE(o.status, orderstatus::Cancelled);
        QVERIFY(drain());
        QVERIFY(env().applied().isEmpty());
    }

    void aStoppedActionGivesWayToANewRequest()
    {
        const qint64 account = connectAndSync(Provider::Ebay, u"warehouse_a_seller"_s);
        QVERIFY(account != 0);
        const Order order = openOrders(account, 1).value(0);
        QVERIFY(order.id != 0);
        const OrderActions::Shipment shipment {order.id, u"usps"_s, trackingFor(Provider::Ebay, 3), {}};
        auto first = OrderActions(db()).ship(shipment);
        QVERIFY(first);
        env().control(u"/_sandbox/cancel-order"_s, {{u"orderId"_s, order.externalId}});
        QVERIFY(drain());
        QCOMPARE((**OutboxRepository(db()).find(*first)).state, OutboxState::Conflict);

        // The person tries the very same shipment again: the stopped entry gives way, the new one is sent (and
        // stops again, since the order really is cancelled) — nothing reaches the marketplace.
        auto second = OrderActions(db()).ship(shipment);
        QVERIFY2(second, second ? "" : qPrintable(second.error().toLogString()));
        QVERIFY(*second != *first);
        QCOMPARE((**OutboxRepository(db()).find(*first)).state, OutboxState::Cancelled);
        QVERIFY(drain());
        QCOMPARE((**OutboxRepository(db()).find(*second)).state, OutboxState::Conflict);
        QVERIFY(env().applied().isEmpty());
        const auto events = *OrderRepository(db()).events(order.id);
        QVERIFY(
            std::any_of(events.cbegin(), events.cend(), [](const OrderEvent& e) { return e.kind == "WITHDRAWN"_L1; }));
    }

    void cancelReleasesStockOnce_data()
    {
        QTest::addColumn<Provider>("provider");
        QTest::addColumn<QString>("user");
        QTest::addColumn<QString>("route");
        QTest::newRow("eBay") << Provider::Ebay << u"warehouse_a_seller"_s << u"ebay.createCancellation"_s;
        QTest::newRow("Shopify") << Provider::Shopify << u"maple-and-co.myshopify.com"_s << u"shopify.graphql"_s;
    }

    void cancelReleasesStockOnce()
    {
        QFETCH(Provider, provider);
        QFETCH(QString, user);
        QFETCH(QString, route);
        const qint64 account = connectAndSync(provider, user);
        QVERIFY(account != 0);
        const Order order = openOrders(account, 1).value(0);
        QVERIFY(order.id != 0);
        StockRepository stock(db());
        const qint64 shelf = *stock.addLocation({0, u"B-02"_s, u"Shelf B-02"_s, true});
        const QHash<QString, int> ordered = quantitiesBySku(order);
        const QString sku = ordered.cbegin().key();
        for (auto it = ordered.cbegin(); it != ordered.cend(); ++it)
            QVERIFY(stock.move({0, it.key(), shelf, it.value(), 0, StockReason::Adjustment, u"count"_s, {}}));
        QVERIFY(StockAllocator(db()).apply(order.id, orderstatus::Open, std::nullopt));
        QCOMPARE((**stock.level(sku, shelf)).reserved, ordered.value(sku));

        const auto reasons = OrderActions::cancelReasons(provider);
        QVERIFY(!reasons.isEmpty());
        auto queued = OrderActions(db()).cancel(order.id, reasons.first().key, u"Buyer e-mailed"_s);
        QVERIFY2(queued, queued ? "" : qPrintable(queued.error().toLogString()));
        env().fault(route, u"reset"_s, 1); // applied, answer lost: looked up, not cancelled twice
        QVERIFY(drain());
        const QStringList actions = env().applied();
        QCOMPARE(actions.size(), 1);
        QVERIFY2(actions.first().startsWith(u"%1 cancel %2"_s.arg(providerKey(provider), order.externalId)),
                 qPrintable(actions.first()));
        const Order o = **OrderRepository(db()).findById(order.id);
        QCOMPARE(o.status, orderstatus::Cancelled);
        // Released once, by one Cancel row per line in the ledger; the order holds nothing now. What it freed went to
        // the orders waiting for the SKU (oldest first), so what is reserved is exactly what their lines hold.
        int released = 0;
        int cancelRows = 0;
        const auto ledger = stock.ledger(sku);
        QVERIFY(ledger);
        for (const StockMovement& m : *ledger) {
            if (m.reason == StockReason::Cancel) {
                ++cancelRows;
                QVERIFY(m.reference.startsWith(u"order:%1:"_s.arg(order.id)));
                released -= m.reservedDelta;
            }
        }
        QVERIFY(cancelRows >= 1); // one per line
        QCOMPARE(released, ordered.value(sku));
        const auto items = OrderRepository(db()).items(order.id);
        QVERIFY(items);
        for (const OrderItem& item : *items)
            QVERIFY(!item.allocatedLocationId);
        SqlQuery held(db(),
                      u"SELECT COALESCE(SUM(quantity), 0) FROM order_items WHERE sku = :sku AND "
                      "allocated_location_id = :shelf"_s);
        held.bind(u":sku"_s, sku).bind(u":shelf"_s, shelf);
        QCOMPARE((**stock.level(sku, shelf)).reserved, (*held.execScalar()).toInt());
        QCOMPARE((**stock.level(sku, shelf)).onHand, ordered.value(sku));

        // Amazon orders cannot be cancelled by an app: the person is told where to do it.
        Order amazon = o;
        amazon.provider = Provider::Amazon;
        amazon.status = orderstatus::Open;
        QVERIFY(OrderActions::cancelProblem(amazon).contains("Seller Central"_L1));
    }

    void waitsWhilePausedAndRejectsBadTracking()
    {
        const qint64 account = connectAndSync(Provider::Ebay, u"warehouse_a_seller"_s);
        QVERIFY(account != 0);
        const QList<Order> orders = openOrders(account, 2);
        QCOMPARE(orders.size(), 2);
        OrderActions actions(db());
        const auto bad = actions.ship({orders.at(0).id, u"ups"_s, u"1Z12"_s, {}});
        QVERIFY(!bad);
        QCOMPARE(bad.error().code, u"tracking.invalid"_s);
        QVERIFY(bad.error().message.contains("1Z"_L1));
        QVERIFY(OutboxRepository(db()).list()->isEmpty()); // nothing half-written
        QVERIFY((*OrderRepository(db()).findById(orders.at(0).id))->trackingNumber.isEmpty());

        m_sender->setPaused(true); // offline
        QVERIFY(actions.ship({orders.at(0).id, u"ups"_s, u"1z 999 aa1 0123456784"_s, {}}));
        QVERIFY(actions.ship({orders.at(1).id, u"usps"_s, trackingFor(Provider::Ebay, 1), {}}));
        m_sender->kick();
        QTest::qWait(300);
        QVERIFY(env().applied().isEmpty());
        QCOMPARE(OutboxRepository(db()).countByState()->value(OutboxState::Pending), 2);
        m_sender->setPaused(false); // the network is back
        QVERIFY(drain());
        QCOMPARE(env().applied(),
                 (QStringList {u"ebay ship %1 1Z999AA10123456784"_s.arg(orders.at(0).externalId),
                               u"ebay ship %1 %2"_s.arg(orders.at(1).externalId, trackingFor(Provider::Ebay, 1))}));
    }
};

QTEST_GUILESS_MAIN(TestOutbox)
#include "tst_outbox.moc"
