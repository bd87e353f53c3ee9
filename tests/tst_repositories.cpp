// Repositories against a migrated database on both backends: keys, uniqueness, upserts, transactions.

#include "TestDatabase.h"
#include "storage/Migrator.h"
#include "storage/repositories/AccountRepository.h"
#include "storage/repositories/ActivityLogRepository.h"
#include "storage/repositories/HealthEventRepository.h"
#include "storage/repositories/ListingRepository.h"
#include "storage/repositories/MessageRepository.h"
#include "storage/repositories/NotificationRepository.h"
#include "storage/repositories/OrderRepository.h"
#include "storage/repositories/OutboxRepository.h"
#include "storage/repositories/ReturnRepository.h"
#include "storage/repositories/SavedSearchRepository.h"
#include "storage/repositories/StockRepository.h"
#include "storage/repositories/SyncCursorRepository.h"

#include <QFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace md;

namespace {

Account ebayAccount(const QString& house, const QString& user)
{
    Account a;
    a.provider = Provider::Ebay;
    a.environment = Environment::Sandbox;
    a.houseName = house;
    a.purpose = Purpose::Seller;
    a.externalUserId = user;
    a.username = user + u"_name"_s;
    a.marketplaceId = u"EBAY_US"_s;
    a.connectedAt = QDateTime(QDate(2026, 11, 1), QTime(12, 0), Qt::UTC);
    return a;
}

Order sampleOrder(qint64 accountId, const QString& externalId)
{
    Order o;
    o.accountId = accountId;
    o.houseName = u"Montréal"_s;
    o.externalId = externalId;
    o.orderNumber = u"#"_s + externalId;
    o.status = u"PAID"_s;
    o.paymentStatus = u"PAID"_s;
    o.fulfilmentStatus = u"UNFULFILLED"_s;
    o.buyerName = u"Zoë Ångström"_s;
    o.currency = u"EUR"_s;
    o.subtotalMinor = 1999;
    o.shippingMinor = 450;
    o.taxMinor = 0;
    o.discountMinor = 200;
    o.totalMinor = 2249;
    o.shippingAddress.name = u"Zoë Ångström"_s;
    o.shippingAddress.line1 = u"12 rue de l'Église"_s;
    o.shippingAddress.city = u"Montréal"_s;
    o.shippingAddress.countryCode = u"CA"_s;
    o.marketplaceCreatedAt = QDateTime(QDate(2026, 11, 20), QTime(9, 30), Qt::UTC);
    o.marketplaceUpdatedAt = o.marketplaceCreatedAt;
    o.items = {{0, u"L1"_s, u"SKU-1"_s, u"Blue mug"_s, 2, 750, std::nullopt, {}, {}},
               {0, u"L2"_s, u"SKU-2"_s, u"Tea towel"_s, 1, 499, std::nullopt, {}, {}}};
    return o;
}

} // namespace

class TestRepositories : public QObject {
    Q_OBJECT

    std::unique_ptr<test::TestDatabase> m_test;

    Database& db() { return m_test->db(); }
    qint64 addAccount(const QString& house = u"Warehouse-A"_s, const QString& user = u"seller1"_s)
    {
        auto id = AccountRepository(db()).insert(ebayAccount(house, user));
        if (!id)
            qWarning().noquote() << id.error().toLogString();
        return id ? *id : 0;
    }

private slots:
    void init()
    {
        QFETCH(Backend, backend);
        QString error;
        m_test = test::TestDatabase::create(backend, &error);
        QVERIFY2(m_test, qPrintable(error));
        auto report = Migrator().migrate(db());
        QVERIFY2(report, report ? "" : qPrintable(report.error().toLogString()));
    }
    void cleanup() { m_test.reset(); }

    void accounts_data() { test::addBackendRows(); }
    void accounts()
    {
        AccountRepository repo(db());
        const qint64 id = addAccount();
        QVERIFY(id > 0);
        auto found = repo.findById(id);
        QVERIFY(found && found->has_value());
        const Account& a = **found;
        QCOMPARE(a.houseName, u"Warehouse-A"_s);
        QCOMPARE(a.provider, Provider::Ebay);
        QCOMPARE(a.environment, Environment::Sandbox);
        QCOMPARE(a.purpose, Purpose::Seller);
        QCOMPARE(a.connectedAt, QDateTime(QDate(2026, 11, 1), QTime(12, 0), Qt::UTC));
        QCOMPARE(a.connectedAt.timeSpec(), Qt::UTC);
        QVERIFY(a.active);
        QVERIFY(!a.defaultLocationId.has_value());

        auto byUser = repo.findByExternalUser(Provider::Ebay, Environment::Sandbox, u"seller1"_s);
        QVERIFY(byUser && byUser->has_value());
        QCOMPARE((*byUser)->id, id);
        auto other = repo.findByExternalUser(Provider::Ebay, Environment::Production, u"seller1"_s);
        QVERIFY(other && !other->has_value());

        // Same marketplace user again: refused, one row.
        auto duplicate = repo.insert(ebayAccount(u"Elsewhere"_s, u"seller1"_s));
        QVERIFY(!duplicate);
        QCOMPARE(duplicate.error().code, u"database.unique-violation"_s);

        // House names are unique among active accounts, case-insensitively.
        auto sameHouse = repo.insert(ebayAccount(u"warehouse-a"_s, u"seller2"_s));
        QVERIFY(!sameHouse);
        QCOMPARE(*repo.houseNameTaken(u" WAREHOUSE-A "_s), true);
        QCOMPARE(*repo.houseNameTaken(u"Warehouse-A"_s, id), false);

        // …but an inactive account's name can be reused.
        QVERIFY(repo.setActive(id, false));
        QCOMPARE(*repo.houseNameTaken(u"Warehouse-A"_s), false);
        QVERIFY(repo.insert(ebayAccount(u"Warehouse-A"_s, u"seller2"_s)));
        QCOMPARE(repo.list()->size(), 2);

        Account renamed = **repo.findById(id);
        renamed.houseName = u"  Montréal  "_s;
        renamed.purpose = Purpose::Both;
        QVERIFY(repo.update(renamed));
        QCOMPARE((*repo.findById(id))->houseName, u"Montréal"_s);
        QCOMPARE((*repo.findById(id))->purpose, Purpose::Both);

        QVERIFY(repo.remove(id));
        QVERIFY(!repo.findById(id)->has_value());
    }

    void houseNameLength_data() { test::addBackendRows(); }
    void houseNameLength()
    {
        AccountRepository repo(db());
        QVERIFY(!repo.insert(ebayAccount(QString(65, u'x'), u"u65"_s)));
        QVERIFY(repo.insert(ebayAccount(QString(64, u'x'), u"u64"_s)));
        QVERIFY(!repo.insert(ebayAccount(u"   "_s, u"blank"_s)));
    }

    void tokenMetadataAndScopes_data() { test::addBackendRows(); }
    void tokenMetadataAndScopes()
    {
        AccountRepository repo(db());
        const qint64 id = addAccount();
        QVERIFY(!repo.tokenMetadata(id)->has_value());
        TokenMetadata m;
        m.accountId = id;
        m.accessExpiresAt = QDateTime(QDate(2026, 11, 25), QTime(16, 0), Qt::UTC);
        m.refreshExpiresAt = QDateTime(QDate(2028, 5, 25), QTime(16, 0), Qt::UTC);
        QVERIFY(repo.saveTokenMetadata(m));
        m.lastRefreshError = u"temporarily unavailable"_s;
        m.consecutiveFailures = 2;
        QVERIFY(repo.saveTokenMetadata(m));
        auto read = repo.tokenMetadata(id);
        QVERIFY(read && read->has_value());
        QCOMPARE((*read)->accessExpiresAt, m.accessExpiresAt);
        QCOMPARE((*read)->refreshExpiresAt, m.refreshExpiresAt);
        QVERIFY(!(*read)->reauthDueAt.isValid());
        QCOMPARE((*read)->consecutiveFailures, 2);
        QCOMPARE((*read)->lastRefreshError, u"temporarily unavailable"_s);

        QVERIFY(repo.setScopes(
            id,
            {u"https://api.ebay.com/oauth/api_scope/sell.fulfillment"_s, u"https://api.ebay.com/oauth/api_scope"_s}));
        QVERIFY(repo.setScopes(id, {u"https://api.ebay.com/oauth/api_scope"_s}));
        QCOMPARE(*repo.scopes(id), QStringList {u"https://api.ebay.com/oauth/api_scope"_s});

        // Deleting the account takes its metadata and scopes with it.
        QVERIFY(repo.remove(id));
        QVERIFY(!repo.tokenMetadata(id)->has_value());
        QVERIFY(repo.scopes(id)->isEmpty());
    }

    void orderUpsertIsIdempotent_data() { test::addBackendRows(); }
    void orderUpsertIsIdempotent()
    {
        const qint64 account = addAccount();
        OrderRepository repo(db());
        Order order = sampleOrder(account, u"12-34567-89012"_s);
        auto first = repo.upsert(order);
        QVERIFY2(first, first ? "" : qPrintable(first.error().toLogString()));
        auto second = repo.upsert(order);
        QVERIFY(second);
        QCOMPARE(*second, *first);
        QCOMPARE(*repo.count(), 1);

        // The marketplace changes the order: one line dropped, status moved on, tracking added.
        order.status = u"SHIPPED"_s;
        order.trackingNumber = u"1Z999AA10123456784"_s;
        order.items.removeLast();
        order.items.first().quantity = 3;
        QVERIFY(repo.upsert(order));
        QCOMPARE(*repo.count(), 1);

        auto stored = repo.findByExternalId(account, u"12-34567-89012"_s);
        QVERIFY(stored && stored->has_value());
        const Order& o = **stored;
        QCOMPARE(o.status, u"SHIPPED"_s);
        QCOMPARE(o.trackingNumber, u"1Z999AA10123456784"_s);
        QCOMPARE(o.items.size(), 1);
        QCOMPARE(o.items.first().quantity, 3);
        QCOMPARE(o.items.first().unitPriceMinor, 750);
        QCOMPARE(o.totalMinor, 2249);
        QCOMPARE(o.currency, u"EUR"_s);
        QCOMPARE(o.buyerName, u"Zoë Ångström"_s);
        QCOMPARE(o.shippingAddress, order.shippingAddress);
        QVERIFY(o.billingAddress.isEmpty());
        QCOMPARE(o.marketplaceCreatedAt, order.marketplaceCreatedAt);

        // The same external id on another account is another order.
        const qint64 other = addAccount(u"Montreal"_s, u"seller9"_s);
        QVERIFY(repo.upsert(sampleOrder(other, u"12-34567-89012"_s)));
        QCOMPARE(*repo.count(), 2);
        QCOMPARE(repo.listRecent(10)->size(), 2);
    }

    // F2 Montreal → Montreal-QC left 44 orders reading "Montreal" and the House filter found none of them.
    void renamingAHouseRenamesEveryCopyOfItsName_data() { test::addBackendRows(); }
    void renamingAHouseRenamesEveryCopyOfItsName()
    {
        const qint64 account = addAccount(u"Montreal"_s, u"seller9"_s);
        const qint64 other = addAccount(u"Toronto"_s, u"seller10"_s);
        OrderRepository orders(db());
        for (int i = 0; i < 3; ++i) {
            Order order = sampleOrder(account, u"M-%1"_s.arg(i));
            order.houseName = u"Montreal"_s;
            QVERIFY(orders.upsert(order));
        }
        Order theirs = sampleOrder(other, u"T-1"_s);
        theirs.houseName = u"Toronto"_s;
        QVERIFY(orders.upsert(theirs));

        Account renamed = **AccountRepository(db()).findById(account);
        renamed.houseName = u"Montreal-QC"_s;
        QVERIFY(AccountRepository(db()).update(renamed));
        OrderFilter filter;
        filter.houseName = u"Montreal-QC"_s;
        QCOMPARE(*orders.count(filter), 3);
        filter.houseName = u"Montreal"_s;
        QCOMPARE(*orders.count(filter), 0);
        QCOMPARE((**orders.findByExternalId(account, u"M-0"_s)).houseName, u"Montreal-QC"_s);
        filter.houseName = u"Toronto"_s;
        QCOMPARE(*orders.count(filter), 1); // another house keeps its own
    }

    // A corrupted SQLite file was written into. Once any statement meets SQLITE_CORRUPT (or a check finds
    // damage), every connection to the file refuses transactions and writes, and a marker beside it makes the
    // next start offer the pre-update copy.
    void aDamagedFileIsNeverWrittenAgain_data()
    {
        QTest::addColumn<Backend>("backend");
        QTest::addColumn<bool>("byAStatement");
        // PostgreSQL looks after its own files: SQLite only.
        QTest::newRow("sqlite, found by integrity_check") << Backend::Sqlite << false;
        QTest::newRow("sqlite, found by an ordinary SELECT") << Backend::Sqlite << true;
    }
    void aDamagedFileIsNeverWrittenAgain()
    {
        QFETCH(bool, byAStatement);
        QTemporaryDir dir;
        const QString path = dir.filePath(u"damaged.sqlite"_s);
        {
            auto db = Database::open(DatabaseConfig::sqlite(path));
            QVERIFY(db);
            QSqlQuery fill((*db)->connection());
            QVERIFY(fill.exec(u"CREATE TABLE ballast (b TEXT)"_s));
            for (int i = 0; i < 400; ++i)
                QVERIFY(fill.exec(u"INSERT INTO ballast VALUES ('%1')"_s.arg(QString(1000, QChar(u'a' + i % 26)))));
            QVERIFY(fill.exec(u"PRAGMA wal_checkpoint(TRUNCATE)"_s));
        }
        {
            QFile file(path);
            QVERIFY(file.open(QIODevice::ReadWrite));
            QVERIFY(file.seek(file.size() / 2));
            file.write(QByteArray(16 * 1024, '\x5a'));
        }
        auto db = Database::open(DatabaseConfig::sqlite(path));
        QVERIFY(db);
        auto other = Database::open(DatabaseConfig::sqlite(path));
        QVERIFY(other);
        QVERIFY(!(*db)->isDamaged());
        if (byAStatement) {
            // A reading statement of the app's own kind (SqlQuery) meets SQLITE_CORRUPT on the damaged pages.
            SqlQuery read(**db, u"SELECT b FROM ballast"_s);
            const Status ran = read.exec();
            bool met = !ran;
            while (!met && read.next()) { }
            met = met || read.raw().lastError().isValid();
            QVERIFY2(met, "the damage is met by reading the whole table");
            QVERIFY((*db)->isDamaged());
        } else {
            const Status checked = (*db)->integrityCheck();
            QVERIFY(!checked);
            QCOMPARE(checked.error().code, u"database.corrupt"_s);
        }
        QVERIFY((*other)->isDamaged()); // every connection to the file
        Transaction transaction(**other);
        QVERIFY(!transaction.isActive());
        QCOMPARE(transaction.error().code, u"database.corrupt"_s);
        SqlQuery write(**other, u"INSERT INTO ballast VALUES ('more')"_s);
        QCOMPARE(write.exec().error().code, u"database.corrupt"_s);
        QVERIFY(QFile::exists(path + u".damaged"_s));
        QCOMPARE((*other)->quickCheck().error().code, u"database.corrupt"_s); // the next start refuses it too
    }

    void orderWithoutCurrencyIsRefused_data() { test::addBackendRows(); }
    void orderWithoutCurrencyIsRefused()
    {
        Order order = sampleOrder(addAccount(), u"X1"_s);
        order.currency.clear();
        auto result = OrderRepository(db()).upsert(order);
        QVERIFY(!result);
        QCOMPARE(result.error().code, u"order.currency-invalid"_s);
        QCOMPARE(*OrderRepository(db()).count(), 0);
    }

    void nestedTransactionRollsBackOnlyItsPart_data() { test::addBackendRows(); }
    void nestedTransactionRollsBackOnlyItsPart()
    {
        const qint64 account = addAccount();
        OrderRepository orders(db());
        {
            Transaction outer(db());
            QVERIFY(outer.isActive());
            QVERIFY(orders.upsert(sampleOrder(account, u"A"_s)));
            {
                Transaction inner(db());
                QVERIFY(inner.isActive());
                QVERIFY(orders.upsert(sampleOrder(account, u"B"_s)));
                // inner goes out of scope without commit: B is rolled back
            }
            QVERIFY(outer.commit());
        }
        QCOMPARE(*orders.count(), 1);
        QVERIFY(orders.findByExternalId(account, u"A"_s)->has_value());
        {
            Transaction outer(db());
            QVERIFY(orders.upsert(sampleOrder(account, u"C"_s)));
            // outer rolled back: nothing of it stays
        }
        QCOMPARE(*orders.count(), 1);
    }

    void syncCursors_data() { test::addBackendRows(); }
    void syncCursors()
    {
        const qint64 account = addAccount();
        SyncCursorRepository repo(db());
        QVERIFY(!repo.find(account, u"orders"_s)->has_value());
        SyncCursor c {account, u"orders"_s, u"{\"lastModified\":\"2026-11-20T00:00:00Z\"}"_s, {}, 0, {}, {}};
        QVERIFY(repo.save(c));
        c.checkpoint = u"{\"lastModified\":\"2026-11-21T00:00:00Z\"}"_s;
        c.errorStreak = 3;
        c.lastError = u"HTTP 503"_s;
        QVERIFY(repo.save(c));
        auto read = repo.find(account, u"orders"_s);
        QVERIFY(read && read->has_value());
        QCOMPARE((*read)->checkpoint, c.checkpoint);
        QCOMPARE((*read)->errorStreak, 3);
        QCOMPARE(repo.forAccount(account)->size(), 1);
    }

    void healthEvents_data() { test::addBackendRows(); }
    void healthEvents()
    {
        const qint64 account = addAccount();
        HealthEventRepository repo(db());
        const QDateTime now = QDateTime::currentDateTimeUtc();
        QVERIFY(repo.record({0, account, now.addDays(-40), true, 200, u"Success"_s, {}, {}, 120}));
        QVERIFY(repo.record(
            {0, account, now.addDays(-1), false, 401, u"Failure"_s, u"932"_s, u"Auth token is hard expired."_s, 95}));
        QVERIFY(repo.record({0, account, now, true, 200, u"Success"_s, {}, {}, 88}));
        auto recent = repo.recent(account, 2);
        QVERIFY(recent);
        QCOMPARE(recent->size(), 2);
        QCOMPARE(recent->at(0).responseMs, 88);
        QCOMPARE(recent->at(1).errorCode, u"932"_s);
        QVERIFY(!recent->at(1).healthy);
        QCOMPARE(*repo.pruneBefore(now.addDays(-30)), 1);
        QCOMPARE(repo.recent(account, 10)->size(), 2);
    }

    void notificationsFireOncePerEpisode_data() { test::addBackendRows(); }
    void notificationsFireOncePerEpisode()
    {
        const qint64 account = addAccount();
        NotificationRepository repo(db());
        Notification n;
        n.accountId = account;
        n.kind = u"token.revoked"_s;
        n.severity = Severity::Error;
        n.episodeKey = u"token.revoked/%1"_s.arg(account);
        n.title = u"Warehouse-A was disconnected"_s;
        auto first = repo.raise(n);
        QVERIFY2(first, first ? "" : qPrintable(first.error().toLogString()));
        QVERIFY(first->second);
        auto again = repo.raise(n);
        QVERIFY(again && !again->second);
        QCOMPARE(again->first, first->first);
        QCOMPARE(repo.list()->size(), 1);
        QCOMPARE(repo.list()->first().houseName, u"Warehouse-A"_s);

        QCOMPARE(*repo.resolve(n.episodeKey), 1);
        QCOMPARE(*repo.resolve(n.episodeKey), 0);
        auto next = repo.raise(n); // a new episode after the first was resolved
        QVERIFY(next && next->second);
        QCOMPARE(repo.list()->size(), 2);
        QVERIFY(repo.markRead(next->first));
    }

    void outbox_data() { test::addBackendRows(); }
    void outbox()
    {
        const qint64 account = addAccount();
        OutboxRepository repo(db());
        OutboxEntry e;
        e.accountId = account;
        e.action = u"order.ship"_s;
        e.payload = u"{\"order\":\"A\"}"_s;
        e.idempotencyKey = u"ship-A-1"_s;
        auto first = repo.enqueue(e);
        QVERIFY(first);
        auto duplicate = repo.enqueue(e);
        QVERIFY(!duplicate);
        QCOMPARE(duplicate.error().code, u"database.unique-violation"_s);
        e.idempotencyKey = u"ship-B-1"_s;
        auto second = repo.enqueue(e);
        QVERIFY(second);

        const qint64 otherAccount = addAccount(u"Montreal"_s, u"seller2"_s);
        e.accountId = otherAccount;
        e.idempotencyKey = u"ship-C-1"_s;
        auto third = repo.enqueue(e);
        QVERIFY(third);

        // An account's actions reach the marketplace in the order they were made: its second entry waits
        // behind its first, while another account's entry goes ahead.
        const QDateTime now = QDateTime::currentDateTimeUtc();
        auto due = repo.due(now);
        QVERIFY(due);
        QCOMPARE(due->size(), 2);
        QCOMPARE(due->at(0).id, *first); // oldest first
        QCOMPARE(due->at(1).id, *third);
        QCOMPARE(due->at(0).houseName, u"Warehouse-A"_s);

        QVERIFY(repo.markSending(*first));
        QVERIFY(repo.markRetry(*first, u"HTTP 503"_s, now.addSecs(60), true));
        due = repo.due(now);
        QCOMPARE(due->size(), 1); // the first backs off, and the second still waits behind it
        QCOMPARE(due->at(0).id, *third);
        QCOMPARE(*repo.nextAttemptAt(), QDateTime::fromMSecsSinceEpoch(0, Qt::UTC)); // two wait with no time set
        due = repo.due(now.addSecs(61));
        QCOMPARE(due->size(), 2);
        QCOMPARE(due->at(0).id, *first);
        QVERIFY(due->at(0).verifyFirst); // that attempt may have arrived

        QVERIFY(repo.markSent(*first, u"fulfilment-9"_s));
        due = repo.due(now);
        QCOMPARE(due->size(), 2);
        QCOMPARE(due->at(0).id, *second); // its turn now
        auto all = repo.list();
        auto entry = std::find_if(all->cbegin(), all->cend(), [&](const OutboxEntry& x) { return x.id == *first; });
        QCOMPARE(entry->attempts, 1);
        QCOMPARE(entry->state, OutboxState::Sent);
        QCOMPARE(entry->result, u"fulfilment-9"_s);

        // A crash mid-send leaves SENDING: recovery makes it wait again, to be looked up before it is resent.
        QVERIFY(repo.markSending(*second));
        QCOMPARE(*repo.recoverInterrupted(), 1);
        auto recovered = repo.find(*second);
        QCOMPARE((*recovered)->state, OutboxState::Pending);
        QVERIFY((*recovered)->verifyFirst);
        QCOMPARE((*recovered)->attempts, 1);

        // Stopped entries are requeued or withdrawn only by a person; a sent one cannot be withdrawn.
        QVERIFY(repo.markStopped(*third, OutboxState::Conflict, u"already cancelled"_s));
        QCOMPARE(repo.due(now)->size(), 1);
        QVERIFY(repo.requeue(*third));
        QCOMPARE(repo.due(now)->size(), 2);
        QVERIFY(repo.withdraw(*third));
        QCOMPARE((*repo.find(*third))->state, OutboxState::Cancelled);
        const Status again = repo.withdraw(*first);
        QVERIFY(!again);
        QCOMPARE(again.error().code, u"outbox.not-withdrawable"_s);
        const auto counts = repo.countByState();
        QCOMPARE(counts->value(OutboxState::Sent), 1);
        QCOMPARE(counts->value(OutboxState::Pending), 1);
        QCOMPARE(counts->value(OutboxState::Cancelled), 1);

        // Two workstations sharing the database: only one claims an entry; the other's start-up leaves it alone
        // while its lease runs, and the claimer restarted takes it back at once.
        e.idempotencyKey = u"ship-D-1"_s;
        const qint64 fourth = *repo.enqueue(e);
        QCOMPARE(*repo.markSending(fourth, u"desk-1"_s), true);
        QCOMPARE(*repo.markSending(fourth, u"desk-2"_s), false);
        QCOMPARE(*repo.recoverInterrupted(u"desk-2"_s), 0);
        QCOMPARE((*repo.find(fourth))->state, OutboxState::Sending);
        QVERIFY(repo.nextAttemptAt()->isValid()); // its lease ends some time
        QCOMPARE(*repo.recoverInterrupted(u"desk-1"_s), 1);
        QCOMPARE((*repo.find(fourth))->state, OutboxState::Pending);
        QVERIFY((*repo.find(fourth))->verifyFirst);
    }

    void orderReview_data() { test::addBackendRows(); }
    void orderReview()
    {
        // 60 orders over two houses, five statuses, totals and dates all different; every page walk, filter and
        // search is checked against the same question asked of the list in C++.
        const qint64 a = addAccount(u"Warehouse-A"_s, u"seller1"_s);
        const qint64 b = addAccount(u"Montreal"_s, u"seller2"_s);
        OrderRepository repo(db());
        const QStringList statuses {u"OPEN"_s, u"SHIPPED"_s, u"CANCELLED"_s, u"PENDING"_s, u"PARTIALLY_SHIPPED"_s};
        const QDateTime base = QDateTime(QDate(2026, 11, 1), QTime(8, 0), Qt::UTC);
        QList<Order> all;
        for (int i = 0; i < 60; ++i) {
            Order o = sampleOrder(i % 2 ? b : a, u"E-%1"_s.arg(i));
            o.houseName = i % 2 ? u"Montreal"_s : u"Warehouse-A"_s;
            o.orderNumber = u"MD-%1"_s.arg(1000 + i);
            o.status = statuses.at(i % 5);
            o.totalMinor = (i * 7919) % 1000 + i; // distinct
            o.needsAttention = i % 7 == 0;
            o.marketplaceCreatedAt = base.addSecs(qint64(i % 12) * 3600 + i); // several share an hour
            o.buyerName = i == 13 ? u"Zoë Lévesque"_s : u"Buyer %1"_s.arg(i);
            o.buyerEmail = u"buyer%1@example.com"_s.arg(i);
            o.trackingNumber = i % 3 == 0 ? u"1Z999AA1%1"_s.arg(i, 8, 10, QLatin1Char('0')) : QString();
            o.items.first().sku = i % 4 == 0 ? u"MUG-BLUE-%1"_s.arg(i) : u"TEE-%1"_s.arg(i);
            auto id = repo.upsert(o);
            QVERIFY2(id, id ? "" : qPrintable(id.error().toLogString()));
            o.id = *id;
            all << o;
        }
        const auto walk = [&](const OrderFilter& filter, const OrderSort& sort) {
            QList<qint64> ids;
            std::optional<OrderPosition> after;
            for (int guard = 0; guard < 100; ++guard) {
                auto page = repo.page(filter, sort, after, 7);
                if (!page) {
                    qWarning().noquote() << page.error().toLogString();
                    return QList<qint64>();
                }
                for (const Order& o : std::as_const(*page))
                    ids << o.id;
                if (page->size() < 7)
                    break;
                after = OrderRepository::positionOf(page->last(), sort);
            }
            return ids;
        };
        const auto expect = [&](const std::function<bool(const Order&)>& keep, const OrderSort& sort) {
            QList<Order> kept;
            for (const Order& o : std::as_const(all)) {
                if (keep(o))
                    kept << o;
            }
            std::sort(kept.begin(), kept.end(), [&](const Order& x, const Order& y) {
                const auto key = [&](const Order& o) {
                    const qint64 placed = o.marketplaceCreatedAt.toMSecsSinceEpoch();
                    return sort.key == OrderSortKey::Total ? std::tuple(QString(), o.totalMinor, o.id)
                        : sort.key == OrderSortKey::Status ? std::tuple(o.status, placed, o.id)
                                                           : std::tuple(QString(), placed, o.id);
                };
                return sort.order == Qt::AscendingOrder ? key(x) < key(y) : key(y) < key(x);
            });
            QList<qint64> ids;
            for (const Order& o : std::as_const(kept))
                ids << o.id;
            return ids;
        };
        const auto everything = [](const Order&) { return true; };
        for (OrderSortKey key : {OrderSortKey::Placed, OrderSortKey::Total, OrderSortKey::Status}) {
            for (Qt::SortOrder order : {Qt::DescendingOrder, Qt::AscendingOrder}) {
                const OrderSort sort {key, order};
                QCOMPARE(walk({}, sort), expect(everything, sort));
            }
        }
        const OrderSort newest;
        OrderFilter house;
        house.houseName = u"Montreal"_s;
        QCOMPARE(walk(house, newest), expect([](const Order& o) { return o.houseName == "Montreal"_L1; }, newest));
        OrderFilter status;
        status.status = u"OPEN"_s;
        status.houseName = u"Warehouse-A"_s;
        QCOMPARE(walk(status, {OrderSortKey::Total, Qt::AscendingOrder}),
                 expect([](const Order& o) { return o.status == "OPEN"_L1 && o.houseName == "Warehouse-A"_L1; },
                        {OrderSortKey::Total, Qt::AscendingOrder}));
        OrderFilter provider;
        provider.provider = Provider::Ebay;
        QCOMPARE(walk(provider, newest).size(), 60);
        provider.provider = Provider::Shopify;
        QCOMPARE(walk(provider, newest).size(), 0);
        OrderFilter dates;
        dates.fromUtc = base.addSecs(3 * 3600);
        dates.toUtc = base.addSecs(6 * 3600);
        const auto inRange = [&](const Order& o) {
            return o.marketplaceCreatedAt >= dates.fromUtc && o.marketplaceCreatedAt < dates.toUtc;
        };
        QCOMPARE(walk(dates, newest), expect(inRange, newest));
        QCOMPARE(*repo.count(dates), qint64(expect(inRange, newest).size()));
        OrderFilter attention;
        attention.needsAttention = true;
        // A shipped or cancelled order is never flagged, whatever the marketplace's data said.
        const auto flagged = [](const Order& o) {
            return o.needsAttention && o.status != u"SHIPPED"_s && o.status != u"CANCELLED"_s;
        };
        QCOMPARE(walk(attention, newest), expect(flagged, newest));
        QVERIFY(!expect(flagged, newest).isEmpty());
        OrderFilter chosen; // the orders a scan named, with the other conditions still applying
        chosen.ids = {all.at(3).id, all.at(4).id, all.at(58).id};
        QCOMPARE(walk(chosen, newest), (QList<qint64> {all.at(58).id, all.at(4).id, all.at(3).id}));
        chosen.houseName = u"Warehouse-A"_s;
        QCOMPARE(walk(chosen, newest), (QList<qint64> {all.at(58).id, all.at(4).id}));

        // Free text: prefixes of words of number, buyer, e-mail, SKU and tracking; accents and case folded;
        // every word must match.
        const auto search = [&](const QString& text) {
            OrderFilter f;
            f.text = text;
            return walk(f, newest);
        };
        QCOMPARE(search(u"mug-blue"_s),
                 expect([](const Order& o) { return o.items.first().sku.startsWith("MUG"_L1); }, newest));
        QCOMPARE(search(u"zoe levesque"_s), QList<qint64> {all.at(13).id});
        QCOMPARE(search(u"LÉVES"_s), QList<qint64> {all.at(13).id});
        QCOMPARE(search(u"MD-1042"_s), QList<qint64> {all.at(42).id});
        QCOMPARE(search(u"buyer17@example"_s), QList<qint64> {all.at(17).id});
        QCOMPARE(search(u"1Z999AA100000009"_s), QList<qint64> {all.at(9).id});
        QCOMPARE(search(u"tee-5 montreal"_s), QList<qint64> {}); // house names are a filter, not search text
        QCOMPARE(search(u"\"); DROP TABLE orders; --"_s).size(), 0);
        QCOMPARE(*repo.count({}), qint64(60));
        OrderFilter both;
        both.text = u"tee"_s;
        both.houseName = u"Montreal"_s;
        QCOMPARE(
            walk(both, newest),
            expect(
                [](const Order& o) { return o.houseName == "Montreal"_L1 && o.items.first().sku.startsWith("TEE"_L1); },
                newest));

        // A scanner types an order number, a marketplace id or a tracking number.
        QCOMPARE(repo.findByCode(u"MD-1005"_s)->size(), 1);
        QCOMPARE(repo.findByCode(u"E-7"_s)->first().id, all.at(7).id);
        QCOMPARE(repo.findByCode(u"1Z999AA100000012"_s)->first().id, all.at(12).id);
        QCOMPARE(repo.findByCode(u"MD-10"_s)->size(), 0); // exact only

        // The tracking number the warehouse entered is searchable, and a sync that does not know it keeps it.
        QVERIFY(repo.setShipment(all.at(1).id, u"ups"_s, u"1Z12345E0205271688"_s));
        QCOMPARE(search(u"1z12345e"_s), QList<qint64> {all.at(1).id});
        QVERIFY(repo.upsert(all.at(1)));
        QCOMPARE((*repo.findById(all.at(1).id))->trackingNumber, u"1Z12345E0205271688"_s);
        QCOMPARE(search(u"1z12345e"_s), QList<qint64> {all.at(1).id});

        // Every status change lands in the timeline, whoever made it.
        Order changed = all.at(0);
        changed.status = u"SHIPPED"_s;
        QVERIFY(repo.upsert(changed));
        QVERIFY(repo.setStatus(changed.id, u"CANCELLED"_s, {}));
        QVERIFY(repo.markPacked(changed.id, QDateTime::currentDateTimeUtc()));
        auto events = repo.events(changed.id);
        QVERIFY(events);
        QCOMPARE(events->size(), 3);
        QCOMPARE(events->at(0).kind, u"STATUS"_s);
        QCOMPARE(events->at(0).status, u"SHIPPED"_s);
        QCOMPARE(events->at(0).detail, u"OPEN"_s);
        QCOMPARE(events->at(1).status, u"CANCELLED"_s);
        QCOMPARE(events->at(2).kind, u"PACKED"_s);
        QVERIFY((*repo.findById(changed.id))->packedAt.isValid());
    }

    void activityLog_data() { test::addBackendRows(); }
    void activityLog()
    {
        ActivityLogRepository repo(db());
        QVERIFY(repo.append({0, {}, addAccount(), u"user"_s, u"account.rename"_s, u"account"_s, u"1"_s, u"{}"_s}));
        auto recent = repo.recent(10);
        QVERIFY(recent);
        QCOMPARE(recent->size(), 1);
        QCOMPARE(recent->first().action, u"account.rename"_s);
        QVERIFY(recent->first().occurredAt.isValid());
    }

    void stockNeverGoesNegativeOrOverReserved_data() { test::addBackendRows(); }
    void stockNeverGoesNegativeOrOverReserved()
    {
        StockRepository repo(db());
        auto shelf = repo.addLocation({0, u"A-01"_s, u"Aisle A, shelf 1"_s, true});
        QVERIFY(shelf);
        QVERIFY(repo.move({0, u"SKU-1"_s, *shelf, 5, 0, StockReason::Adjustment, u"count"_s, {}}));
        QVERIFY(repo.move({0, u"SKU-1"_s, *shelf, 0, 3, StockReason::OrderImport, u"order A"_s, {}}));

        // Reserving 3 more than the 2 available is refused, and no ledger row is written for it.
        auto over = repo.move({0, u"SKU-1"_s, *shelf, 0, 3, StockReason::OrderImport, u"order B"_s, {}});
        QVERIFY(!over);
        QCOMPARE(over.error().code, u"stock.insufficient"_s);
        // Shipping consumes on hand and reserved together.
        QVERIFY(repo.move({0, u"SKU-1"_s, *shelf, -3, -3, StockReason::Ship, u"order A"_s, {}}));
        QVERIFY(!repo.move({0, u"SKU-1"_s, *shelf, -3, 0, StockReason::Adjustment, u"too many"_s, {}}));

        auto level = repo.level(u"SKU-1"_s, *shelf);
        QVERIFY(level && level->has_value());
        QCOMPARE((*level)->onHand, 2);
        QCOMPARE((*level)->reserved, 0);
        QCOMPARE((*level)->available(), 2);
        auto ledger = repo.ledger(u"SKU-1"_s);
        QCOMPARE(ledger->size(), 3);
        QCOMPARE(ledger->at(2).reason, StockReason::Ship);
        int onHand = 0;
        for (const StockMovement& m : *ledger)
            onHand += m.onHandDelta;
        QCOMPARE(onHand, 2); // the ledger adds up to the level
    }

    void messagesAndSavedSearches_data() { test::addBackendRows(); }
    void messagesAndSavedSearches()
    {
        const qint64 account = addAccount();
        MessageRepository messages(db());
        Message m;
        m.accountId = account;
        m.externalId = u"M-1"_s;
        m.subject = u"Où est mon colis ?"_s;
        m.sender = u"buyer42"_s;
        m.sentAt = QDateTime(QDate(2026, 11, 24), QTime(10, 0), Qt::UTC);
        auto id = messages.upsert(m);
        QVERIFY(id);
        QVERIFY(messages.markRead(*id));
        QCOMPARE(*messages.upsert(m), *id); // a re-sync never makes a read message unread
        auto list = messages.forAccount(account);
        QCOMPARE(list->size(), 1);
        QVERIFY(list->first().read);
        QVERIFY(list->first().incoming);
        QCOMPARE(list->first().subject, u"Où est mon colis ?"_s);

        SavedSearchRepository searches(db());
        SavedSearch s;
        s.name = u"Vintage mugs"_s;
        s.query = u"vintage mug"_s;
        auto search = searches.insert(s);
        QVERIFY(search);
        SavedSearchHit hit;
        hit.savedSearchId = *search;
        hit.externalItemId = u"v1|1234|0"_s;
        hit.priceMinor = 1500;
        hit.currency = u"USD"_s;
        QCOMPARE(*searches.recordHit(hit), true);
        QCOMPARE(*searches.recordHit(hit), false); // found again: not a new hit
        QCOMPARE(searches.hits(*search)->size(), 1);
        QCOMPARE(searches.hits(*search)->first().priceMinor, std::optional<qint64>(1500));
        QCOMPARE(searches.list()->first().intervalMinutes, 60);
    }

    void listingsAndReturns_data() { test::addBackendRows(); }
    void listingsAndReturns()
    {
        const qint64 account = addAccount();
        ListingRepository listings(db());
        auto listing = listings.upsert({0, u"SKU-1"_s, u"Blue mug"_s, {}, u"NEW"_s, u"usd"_s, 1299, 4, 0, {}, {}});
        QVERIFY(listing);
        ListingOffer offer;
        offer.listingId = *listing;
        offer.accountId = account;
        offer.externalOfferId = u"5000123"_s;
        offer.currency = u"USD"_s;
        offer.priceMinor = 1299;
        offer.quantity = 4;
        QVERIFY(listings.upsertOffer(offer));
        QVERIFY(listings.upsertOffer(offer));
        auto all = listings.list();
        QCOMPARE(all->size(), 1);
        QCOMPARE(all->first().offerCount, 1);
        QCOMPARE(all->first().currency, u"USD"_s);

        const qint64 orderId = *OrderRepository(db()).upsert(sampleOrder(account, u"R-ORDER"_s));
        ReturnRepository returns(db());
        ReturnRecord r;
        r.accountId = account;
        r.houseName = u"Warehouse-A"_s;
        r.orderId = orderId;
        r.externalId = u"5000012345"_s;
        r.status = u"OPEN"_s;
        r.reason = u"NOT_AS_DESCRIBED"_s;
        r.currency = u"EUR"_s;
        r.refundMinor = 750;
        r.items = {{0, std::nullopt, u"SKU-1"_s, 1, u"DAMAGED"_s, false, 750}};
        auto id = returns.upsert(r);
        QVERIFY(id);
        r.status = u"CLOSED"_s;
        QCOMPARE(*returns.upsert(r), *id);
        QCOMPARE(returns.list()->size(), 1);
        QCOMPARE(returns.list()->first().status, u"CLOSED"_s);
        QCOMPARE(returns.items(*id)->size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestRepositories)
#include "tst_repositories.moc"
