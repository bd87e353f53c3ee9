// Every table model under QAbstractItemModelTester (alive as long as the model) while rows are loaded,
// inserted, changed and removed; sort values are raw, not display text.

#include "TestDatabase.h"
#include "models/AccountsModel.h"
#include "models/ListingsModel.h"
#include "models/NotificationsModel.h"
#include "models/OrdersModel.h"
#include "models/OutboxModel.h"
#include "models/ReturnsModel.h"
#include "models/StockModel.h"
#include "storage/ChangeFeed.h"
#include "storage/DatabaseWorker.h"
#include "storage/Migrator.h"
#include "storage/repositories/AccountRepository.h"
#include "storage/repositories/OrderRepository.h"

#include <QAbstractItemModelTester>
#include <QBrush>
#include <QElapsedTimer>
#include <QProcess>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace md;

namespace {

template<typename Model, typename Record>
void exercise(Model& model, QList<Record> records, std::function<void(Record&)> change)
{
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), 0);
    model.setRecords(records.mid(0, 1));
    QCOMPARE(model.rowCount(), 1);
    model.upsert(records.mid(1)); // insert the rest in one batch
    QCOMPARE(model.rowCount(), records.size());

    Record changed = records.at(0);
    change(changed);
    model.upsert({changed});
    QCOMPARE(model.rowCount(), records.size());
    QCOMPARE(model.data(model.index(0, 0), roleOf(Role::Id)).toLongLong(), records.at(0).id);

    for (int column = 0; column < model.columnCount(); ++column) {
        QVERIFY(!model.headerData(column, Qt::Horizontal, Qt::DisplayRole).toString().isEmpty());
        QVERIFY(model.data(model.index(0, column), roleOf(Role::Sort)).isValid());
    }

    model.removeId(records.at(1).id);
    QCOMPARE(model.rowCount(), records.size() - 1);
    QCOMPARE(model.rowOfId(records.at(1).id), -1);
    model.removeId(999999); // unknown id: nothing happens
    model.setRecords({});
    QCOMPARE(model.rowCount(), 0);
}

Order order(qint64 id, const QString& number, qint64 totalMinor, const QDateTime& created)
{
    Order o;
    o.id = id;
    o.accountId = 1;
    o.houseName = u"Warehouse-A"_s;
    o.externalId = number;
    o.orderNumber = number;
    o.status = u"PAID"_s;
    o.currency = u"USD"_s;
    o.totalMinor = totalMinor;
    o.marketplaceCreatedAt = created;
    return o;
}

} // namespace

class TestModels : public QObject {
    Q_OBJECT

private slots:
    void accountsModel()
    {
        AccountsModel model;
        QList<AccountRow> rows(3);
        for (int i = 0; i < rows.size(); ++i) {
            rows[i].id = rows[i].account.id = i + 1;
            rows[i].account.houseName = u"House %1"_s.arg(i);
            rows[i].account.externalUserId = u"user%1"_s.arg(i);
            rows[i].tokens = TokenMetadata {};
            rows[i].tokens->accessExpiresAt = QDateTime::currentDateTimeUtc().addSecs(3600 * (i + 1));
        }
        exercise<AccountsModel, AccountRow>(model, rows, [](AccountRow& a) { a.account.active = false; });
    }

    void accountsModelShowsStatusTextAndColour()
    {
        AccountsModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const QDateTime now = QDateTime::currentDateTimeUtc();
        QList<AccountRow> rows(4);
        for (int i = 0; i < rows.size(); ++i) {
            rows[i].id = rows[i].account.id = i + 1;
            rows[i].account.houseName = u"House %1"_s.arg(i);
            rows[i].tokens = TokenMetadata {};
            rows[i].tokens->accessExpiresAt = now.addSecs(7200 - 30);
            rows[i].tokens->refreshExpiresAt = now.addDays(500).addSecs(-3600);
        }
        rows[1].tokens->accessExpiresAt = now.addSecs(600); // expiring soon
        rows[2].tokens->revokedAt = now; // revoked
        rows[3].tokens.reset(); // never connected
        rows[0].lastHealth = HealthEvent {1, 1, now, true, 200, {}, {}, {}, 87};
        model.setRecords(rows);
        const auto text = [&](int row, int column) { return model.index(row, column).data().toString(); };
        QCOMPARE(model.status(0), AccountStatus::Healthy);
        QCOMPARE(text(0, AccountsModel::Status), accountStatusText(AccountStatus::Healthy));
        QVERIFY(text(0, AccountsModel::AccessExpires).contains(u"1 h 59 min"_s));
        QVERIFY2(text(0, AccountsModel::ReauthorizationDue).contains(u"499"_s),
                 qPrintable(text(0, AccountsModel::ReauthorizationDue)));
        QVERIFY(text(0, AccountsModel::LastHealth).contains(u"87 ms"_s));
        QCOMPARE(model.status(1), AccountStatus::ExpiringSoon);
        QCOMPARE(model.status(2), AccountStatus::Revoked);
        QCOMPARE(model.status(3), AccountStatus::NotConnected);
        // Colour is never alone: every status has its text, and the colours differ by severity.
        QVERIFY(model.index(2, AccountsModel::Status).data(Qt::ForegroundRole).value<QBrush>().color() !=
                model.index(0, AccountsModel::Status).data(Qt::ForegroundRole).value<QBrush>().color());
        // A refresh under way is not "expiring soon"; a locked keychain wins over everything but Inactive.
        model.setRefreshing({2});
        QCOMPARE(model.status(1), AccountStatus::Healthy);
        model.setKeychainAvailable(false);
        QCOMPARE(text(0, AccountsModel::Status), accountStatusText(AccountStatus::KeychainUnavailable));
        // sync() keeps rows in place: one changed, one gone, one new.
        rows[0].account.houseName = u"Renamed"_s;
        rows.removeAt(3);
        AccountRow added;
        added.id = added.account.id = 9;
        rows << added;
        model.sync(rows);
        QCOMPARE(model.rowCount(), 4);
        QCOMPARE(text(model.rowOfId(1), AccountsModel::House), u"Renamed"_s);
        QCOMPARE(model.rowOfId(4), -1);
        QVERIFY(model.rowOfId(9) >= 0);
    }

    void listingsModel()
    {
        ListingsModel model;
        QList<Listing> rows(3);
        for (int i = 0; i < rows.size(); ++i)
            rows[i] = Listing {i + 1, u"SKU-%1"_s.arg(i), u"Item %1"_s.arg(i), {}, {}, u"USD"_s, 100 * i, i, 0, {}, {}};
        exercise<ListingsModel, Listing>(model, rows, [](Listing& l) { l.quantity = 42; });
    }

    void stockModel()
    {
        StockModel model;
        QList<StockLevel> rows(3);
        for (int i = 0; i < rows.size(); ++i) {
            rows[i].id = i + 1;
            rows[i].sku = u"SKU-%1"_s.arg(i);
            rows[i].locationCode = u"A-0%1"_s.arg(i);
            rows[i].onHand = 10 * i;
            rows[i].reserved = i;
        }
        exercise<StockModel, StockLevel>(model, rows, [](StockLevel& l) { l.reserved = l.onHand; });
        model.setRecords(rows);
        QCOMPARE(model.index(2, StockModel::Available).data().toString(), u"18"_s);
        QCOMPARE(model.index(2, StockModel::Available).data(roleOf(Role::Sort)).toInt(), 18);
    }

    void outboxModel()
    {
        OutboxModel model;
        QList<OutboxEntry> rows(3);
        for (int i = 0; i < rows.size(); ++i) {
            rows[i].id = i + 1;
            rows[i].action = u"order.ship"_s;
            rows[i].orderNumber = u"N-%1"_s.arg(i);
        }
        rows[1].state = OutboxState::Conflict;
        rows[2].state = OutboxState::Sent;
        exercise<OutboxModel, OutboxEntry>(model, rows, [](OutboxEntry& e) { e.attempts = 3; });
        QVERIFY(OutboxModel::canWithdraw(rows[0]) && !OutboxModel::canRetry(rows[0]));
        QVERIFY(OutboxModel::canRetry(rows[1]) && OutboxModel::canWithdraw(rows[1]));
        QVERIFY(!OutboxModel::canRetry(rows[2]) && !OutboxModel::canWithdraw(rows[2]));
        model.setRecords(rows);
        QCOMPARE(model.index(1, OutboxModel::State).data().toString(), outboxStateDisplayName(OutboxState::Conflict));
        QVERIFY(model.index(1, OutboxModel::State).data(Qt::ForegroundRole).isValid()); // stopped: shown in red too
    }

    void returnsModel()
    {
        ReturnsModel model;
        QList<ReturnRecord> rows(3);
        for (int i = 0; i < rows.size(); ++i) {
            rows[i].id = i + 1;
            rows[i].externalId = u"R%1"_s.arg(i);
            rows[i].currency = u"EUR"_s;
        }
        exercise<ReturnsModel, ReturnRecord>(model, rows, [](ReturnRecord& r) { r.status = u"CLOSED"_s; });
    }

    void notificationsModel()
    {
        NotificationsModel model;
        QList<Notification> rows(3);
        for (int i = 0; i < rows.size(); ++i) {
            rows[i].id = i + 1;
            rows[i].title = u"Alert %1"_s.arg(i);
            rows[i].severity = Severity::Warning;
        }
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setRecords(rows);
        QCOMPARE(model.openCount(), 3);
        rows[0].resolvedAt = QDateTime::currentDateTimeUtc();
        model.upsert({rows[0]});
        QCOMPARE(model.openCount(), 2);
        model.setRecords({});
        exercise<NotificationsModel, Notification>(model, rows, [](Notification& n) { n.readAt = n.createdAt; });
    }

    void ordersModelReadsLazilyInSqlOrder_data() { test::addBackendRows(); }
    void ordersModelReadsLazilyInSqlOrder()
    {
        QFETCH(Backend, backend);
        QString error;
        auto test = test::TestDatabase::create(backend, &error);
        if (!test)
            QSKIP(qPrintable(error));
        QVERIFY(Migrator().migrate(test->db()));
        Account a;
        a.houseName = u"Warehouse-A"_s;
        a.externalUserId = u"u1"_s;
        const qint64 account = *AccountRepository(test->db()).insert(a);
        OrderRepository repo(test->db());
        const QDateTime base(QDate(2026, 11, 1), QTime(8, 0), Qt::UTC);
        QList<qint64> newestFirst;
        {
            Transaction t(test->db());
            for (int i = 0; i < 450; ++i) {
                Order o = order(0, u"N%1"_s.arg(i, 4, 10, QLatin1Char('0')), (i * 7919) % 100000, base.addSecs(60 * i));
                o.accountId = account;
                o.houseName = i % 3 ? u"Warehouse-A"_s : u"Montreal"_s;
                o.items = {OrderItem {0, u"L1"_s, u"SKU-%1"_s.arg(i % 10), u"Mug"_s, 2, 500, {}, {}, {}}};
                auto id = repo.upsert(o);
                QVERIFY2(id, id ? "" : qPrintable(id.error().toLogString()));
                newestFirst.prepend(*id);
            }
            QVERIFY(t.commit());
        }

        DatabaseWorker worker(test->config());
        OrdersModel model(&worker);
        // The first page only; more as the view scrolls.
        QTRY_COMPARE(model.rowCount(), OrdersModel::kPageSize);
        QTRY_COMPARE(model.matchCount(), qint64(450));
        QVERIFY(model.canFetchMore({}));
        model.fetchMore({});
        QVERIFY(!model.canFetchMore({})); // one page at a time
        QTRY_COMPARE(model.rowCount(), 2 * OrdersModel::kPageSize);
        model.fetchMore({});
        QTRY_COMPARE(model.rowCount(), 450);
        QVERIFY(!model.canFetchMore({}));
        QList<qint64> shown;
        for (int r = 0; r < model.rowCount(); ++r)
            shown << model.index(r, 0).data(roleOf(Role::Id)).toLongLong();
        QCOMPARE(shown, newestFirst);
        // From here on every change the model makes is checked against the item-model rules (the tester also
        // fetches more itself whenever it can, which is why it comes after the paging steps).
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);

        // Sorting runs in SQL: the smallest total of all 450 comes first, not of the rows read so far.
        QSignalSpy sorted(&model, &OrdersModel::sortChanged);
        model.sort(OrdersModel::Total, Qt::AscendingOrder);
        QCOMPARE(sorted.size(), 1);
        QTRY_COMPARE(model.index(0, OrdersModel::Number).data().toString(), u"N0000"_s); // total 0
        model.sort(OrdersModel::Buyer, Qt::AscendingOrder); // not sortable: the sort stays, the view is told
        QCOMPARE(sorted.size(), 2);
        QCOMPARE(sorted.last().at(0).toInt(), int(OrdersModel::Total));
        QCOMPARE(model.sortOrder().key, OrderSortKey::Total);

        // Filters too; an answer to a filter already replaced is dropped.
        OrderFilter montreal;
        montreal.houseName = u"Montreal"_s;
        OrderFilter search;
        search.text = u"SKU-7"_s;
        model.setFilter(montreal);
        model.setFilter(search);
        QTRY_COMPARE(model.matchCount(), qint64(45));
        QTRY_VERIFY(!model.isLoading());
        QCOMPARE(model.rowCount(), 45);
        QVERIFY(!model.canFetchMore({}));
        model.setFilter(montreal);
        QTRY_COMPARE(model.matchCount(), qint64(150));
        QTRY_COMPARE(model.rowCount(), 150);
        for (int r = 0; r < model.rowCount(); ++r)
            QCOMPARE(model.index(r, OrdersModel::House).data().toString(), u"Montreal"_s);

        // A refresh after a change in place keeps the rows (no reset, the view keeps its selection) and shows it.
        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
        QSignalSpy changes(&model, &QAbstractItemModel::dataChanged);
        const qint64 first = model.record(0).id;
        QVERIFY(repo.setStatus(first, u"SHIPPED"_s, u"FULFILLED"_s));
        model.refresh();
        QTRY_COMPARE(model.index(0, OrdersModel::Status).data().toString(), u"Shipped"_s); // in words
        QCOMPARE(resets.size(), 0);
        QVERIFY(changes.size() >= 1);
        // A new order that sorts first changes the rows: they are read again and it shows.
        Order cheapest = order(0, u"NEW"_s, 0, base.addDays(30));
        cheapest.accountId = account;
        cheapest.houseName = u"Montreal"_s;
        cheapest.totalMinor = -1;
        QVERIFY(repo.upsert(cheapest));
        model.refresh();
        QTRY_COMPARE(model.index(0, OrdersModel::Number).data().toString(), u"NEW"_s);
        QCOMPARE(model.rowCount(), 151);

        // Details are read on the worker and announced.
        QSignalSpy ready(&model, &OrdersModel::detailsReady);
        QVERIFY(!model.details(first).has_value());
        QTRY_COMPARE(ready.size(), 1);
        const auto details = model.details(first);
        QVERIFY(details.has_value());
        QCOMPARE(details->items.size(), 1);
        QCOMPARE(details->items.first().quantity, 2);
        QVERIFY(!details->events.isEmpty()); // the status change above
        QCOMPARE(details->events.last().status, u"SHIPPED"_s);
    }

    static bool pgCtl(const QString& action)
    {
        return QProcess::execute(QStringLiteral(MARKETDESK_PG_CTL),
                                 {action, qEnvironmentVariable("MARKETDESK_TEST_PG_DIR")}) == 0;
    }

    // #14: a write made elsewhere — a second process on the same SQLite file, a second connection (another
    // workstation) on the same PostgreSQL server — reaches an open Orders pane within 2 s, with no refresh asked.
    void aWriteMadeElsewhereReachesTheOrdersPane_data() { test::addBackendRows(); }
    void aWriteMadeElsewhereReachesTheOrdersPane()
    {
        QFETCH(Backend, backend);
        QString error;
        auto test = test::TestDatabase::create(backend, &error);
        if (!test && backend == Backend::PostgreSQL)
            QSKIP(qPrintable(error));
        QVERIFY2(test, qPrintable(error));
        QVERIFY(Migrator().migrate(test->db()));
        Account a;
        a.houseName = u"Warehouse-A"_s;
        a.externalUserId = u"u1"_s;
        const qint64 account = *AccountRepository(test->db()).insert(a);
        Order first = order(0, u"R-1"_s, 500, QDateTime::currentDateTimeUtc().addSecs(-600));
        first.accountId = account;
        QVERIFY(OrderRepository(test->db()).upsert(first));

        ChangeFeed feed(test->config());
        QSignalSpy announced(&feed, &ChangeFeed::changed);
        feed.start();
        DatabaseWorker worker(test->config());
        OrdersModel model(&worker);
        QTRY_COMPARE(model.rowCount(), 1);
        model.follow(feed);
        QTest::qWait(300); // the feed is following (it starts from what is committed now)

        QElapsedTimer elapsed;
        elapsed.start();
        if (backend == Backend::Sqlite) {
            QProcess writer;
            writer.start(qEnvironmentVariable("MARKETDESK_CRASH_WORKER"),
                         {u"--sqlite"_s, test->config().sqlitePath, u"--mode"_s, u"import"_s, u"--accounts"_s,
                          QString::number(account), u"--order"_s, u"R-2"_s});
            QVERIFY(writer.waitForFinished(10000));
            QVERIFY2(writer.exitCode() == 0, writer.readAllStandardError().constData());
        } else {
            auto second = Database::open(test->config());
            QVERIFY(second);
            Order o = order(0, u"R-2"_s, 700, QDateTime::currentDateTimeUtc());
            o.accountId = account;
            QVERIFY(OrderRepository(**second).upsert(o));
        }
        const auto hasR2 = [&] {
            for (int row = 0; row < model.rowCount(); ++row) {
                if (model.record(row).orderNumber == "R-2"_L1)
                    return true;
            }
            return false;
        };
        QTRY_VERIFY_WITH_TIMEOUT(hasR2(), 2000);
        qInfo("a write made elsewhere reached the model in %lld ms", qint64(elapsed.elapsed()));
        QVERIFY(std::any_of(announced.cbegin(), announced.cend(),
                            [](const QList<QVariant>& args) { return args.at(0).toString() == "orders"_L1; }));

        // A rolled-back write is not announced.
        announced.clear();
        {
            Transaction t(test->db());
            Order o = order(0, u"R-3"_s, 900, QDateTime::currentDateTimeUtc());
            o.accountId = account;
            QVERIFY(OrderRepository(test->db()).upsert(o));
        }
        QTest::qWait(int(ChangeFeed::kPollInterval.count()) * 4);
        QVERIFY(announced.isEmpty());
    }

    // After a PostgreSQL restart the Orders pane stayed empty with "A database statement failed:" and no reason.
    // The pane's worker connection says the server cannot be reached, reconnects with back-off once it is back,
    // and the rows come again without anyone asking.
    void ordersModelComesBackAfterAPostgresRestart()
    {
        QString error;
        auto test = test::TestDatabase::create(Backend::PostgreSQL, &error);
        if (!test)
            QSKIP(qPrintable(error));
        QVERIFY(Migrator().migrate(test->db()));
        Account a;
        a.houseName = u"Warehouse-A"_s;
        a.externalUserId = u"u1"_s;
        const qint64 account = *AccountRepository(test->db()).insert(a);
        for (int i = 0; i < 30; ++i) {
            Order o = order(0, u"R%1"_s.arg(i), 100 * i, QDateTime::currentDateTimeUtc().addSecs(-60 * i));
            o.accountId = account;
            QVERIFY(OrderRepository(test->db()).upsert(o));
        }
        DatabaseWorker worker(test->config());
        OrdersModel model(&worker);
        QTRY_COMPARE(model.rowCount(), 30);
        QSignalSpy failed(&model, &OrdersModel::readFailed);

        QVERIFY(pgCtl(u"pause"_s));
        model.refresh();
        QTRY_VERIFY_WITH_TIMEOUT(!failed.isEmpty(), 30000);
        QVERIFY2(failed.first().first().toString().contains(u"cannot be reached"_s),
                 qPrintable(failed.first().first().toString()));
        QCOMPARE(model.rowCount(), 30); // what was shown stays
        QTest::qWait(3000);
        QVERIFY(pgCtl(u"resume"_s));
        // A new order while the pane waits: it shows once the pane has read again by itself.
        Order late = order(0, u"LATE"_s, 1, QDateTime::currentDateTimeUtc().addSecs(60));
        late.accountId = account;
        QTRY_VERIFY_WITH_TIMEOUT(bool(OrderRepository(test->db()).upsert(late)), 60000);
        QTRY_COMPARE_WITH_TIMEOUT(model.rowCount(), 31, 60000);
        QCOMPARE(model.index(0, OrdersModel::Number).data().toString(), u"LATE"_s);
        // Other statements on the same worker run again too (their statements prepared anew).
        bool counted = false;
        worker.run<qint64>(
            this, [](const Database& db) { return OrderRepository(db).count({}); },
            [&](Result<qint64> n) { counted = n && *n == 31; });
        QTRY_VERIFY(counted);
    }

    void ordersModelReportsAnUnreadableDatabase()
    {
        DatabaseConfig broken;
        broken.backend = Backend::Sqlite;
        broken.sqlitePath = u"/nonexistent-dir/for/marketdesk.sqlite"_s;
        DatabaseWorker worker(broken);
        OrdersModel model(&worker);
        QSignalSpy failed(&model, &OrdersModel::readFailed);
        QTRY_COMPARE(failed.size(), 1);
        QVERIFY(!failed.first().first().toString().isEmpty());
        QCOMPARE(model.rowCount(), 0);
        QVERIFY(!model.canFetchMore({}));
    }

    void reloadFromDatabase()
    {
        QString error;
        auto test = test::TestDatabase::create(Backend::Sqlite, &error);
        QVERIFY2(test, qPrintable(error));
        QVERIFY(Migrator().migrate(test->db()));
        Account a;
        a.houseName = u"Montréal"_s;
        a.externalUserId = u"u1"_s;
        auto id = AccountRepository(test->db()).insert(a);
        QVERIFY(id);
        Order o = order(0, u"N1"_s, 1234, QDateTime::currentDateTimeUtc());
        o.accountId = *id;
        QVERIFY(OrderRepository(test->db()).upsert(o));

        AccountsModel accounts;
        QAbstractItemModelTester accountsTester(&accounts, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(accounts.reload(test->db()));
        QCOMPARE(accounts.rowCount(), 1);
        QCOMPARE(accounts.index(0, AccountsModel::House).data().toString(), u"Montréal"_s);
    }
};

QTEST_MAIN(TestModels)
#include "tst_models.moc"
