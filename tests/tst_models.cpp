// Every table model under QAbstractItemModelTester (alive as long as the model) while rows are loaded,
// inserted, changed and removed; sort values are raw, not display text.

#include "TestDatabase.h"
#include "models/TableModels.h"
#include "storage/Migrator.h"
#include "storage/repositories/AccountRepository.h"
#include "storage/repositories/OrderRepository.h"

#include <QAbstractItemModelTester>
#include <QBrush>
#include <QSortFilterProxyModel>
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

    void ordersModel()
    {
        OrdersModel model;
        const QDateTime base(QDate(2026, 11, 1), QTime(8, 0), Qt::UTC);
        QList<Order> rows {order(1, u"A"_s, 900, base), order(2, u"B"_s, 10000, base.addDays(1)),
                           order(3, u"C"_s, 5000, base.addDays(2))};
        exercise<OrdersModel, Order>(model, rows, [](Order& o) { o.status = u"SHIPPED"_s; });
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

    void sortUsesRawValues()
    {
        OrdersModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const QDateTime base(QDate(2026, 11, 1), QTime(8, 0), Qt::UTC);
        // As text "$100.00" < "$9.00" < "$50.00"; as money 9 < 50 < 100.
        model.setRecords({order(1, u"A"_s, 900, base), order(2, u"B"_s, 10000, base), order(3, u"C"_s, 5000, base)});
        QSortFilterProxyModel proxy;
        proxy.setSourceModel(&model);
        proxy.setSortRole(roleOf(Role::Sort));
        proxy.sort(OrdersModel::Total, Qt::AscendingOrder);
        QCOMPARE(proxy.index(0, OrdersModel::Number).data().toString(), u"A"_s);
        QCOMPARE(proxy.index(1, OrdersModel::Number).data().toString(), u"C"_s);
        QCOMPARE(proxy.index(2, OrdersModel::Number).data().toString(), u"B"_s);
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
        OrdersModel orders;
        QAbstractItemModelTester accountsTester(&accounts, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester ordersTester(&orders, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(accounts.reload(test->db()));
        QVERIFY(orders.reload(test->db()));
        QCOMPARE(accounts.rowCount(), 1);
        QCOMPARE(accounts.index(0, AccountsModel::House).data().toString(), u"Montréal"_s);
        QCOMPARE(orders.rowCount(), 1);
        QCOMPARE(orders.index(0, OrdersModel::Total).data(roleOf(Role::Sort)).toLongLong(), 1234);
    }
};

QTEST_MAIN(TestModels)
#include "tst_models.moc"
