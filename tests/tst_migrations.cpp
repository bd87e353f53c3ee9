// Migrations on both backends: a fresh database reaches the latest schema; a failing step leaves the database
// exactly as it was and names the step; a newer database is refused untouched; SQLite is copied aside first.

#include "TestDatabase.h"
#include "storage/Migrator.h"

#include <QFileInfo>
#include <QSqlQuery>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace md;

class TestMigrations : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<test::TestDatabase> fresh()
    {
        QFETCH(Backend, backend);
        QString error;
        auto db = test::TestDatabase::create(backend, &error);
        if (!db)
            qWarning().noquote() << error;
        return db;
    }

    static QStringList userTables(const Database& db)
    {
        QStringList names = db.tableNames();
        names.removeAll(u"sqlite_sequence"_s);
        return names;
    }

    static int schemaVersion(const Database& db)
    {
        auto version = Migrator::currentVersion(db);
        return version ? *version : -1;
    }

private slots:
    void splitStatements()
    {
        const auto statements = Migrator::splitStatements(
            u"-- a comment;\nCREATE TABLE a (x INTEGER);\n\nCREATE TABLE b (\n  y TEXT\n);\nINSERT INTO a VALUES (1)"_s);
        QCOMPARE(statements.size(), 3);
        QCOMPARE(statements.at(0), u"CREATE TABLE a (x INTEGER)"_s);
        QVERIFY(statements.at(1).startsWith(u"CREATE TABLE b"_s));
        QCOMPARE(statements.at(2), u"INSERT INTO a VALUES (1)"_s);
    }

    void builtinStepsAreNumberedFromOne()
    {
        const auto steps = Migrator::builtinSteps();
        QVERIFY(!steps.isEmpty());
        Migrator migrator(steps);
        for (int i = 0; i < migrator.steps().size(); ++i)
            QCOMPARE(migrator.steps().at(i).version, i + 1);
    }

    void freshDatabaseReachesLatest_data() { test::addBackendRows(); }
    void freshDatabaseReachesLatest()
    {
        auto test = fresh();
        QVERIFY(test);
        QCOMPARE(schemaVersion(test->db()), 0);
        Migrator migrator;
        auto report = migrator.migrate(test->db());
        QVERIFY2(report, report ? "" : qPrintable(report.error().toLogString()));
        QCOMPARE(report->fromVersion, 0);
        QCOMPARE(report->toVersion, migrator.latestVersion());
        QVERIFY(report->backupPath.isEmpty()); // nothing to copy in a new file
        QCOMPARE(schemaVersion(test->db()), migrator.latestVersion());
        const QStringList tables = userTables(test->db());
        for (const char* table : {"accounts",          "token_metadata", "account_scopes", "sync_cursors",
                                  "health_events",     "messages",       "locations",      "stock_items",
                                  "stock_ledger",      "listings",       "listing_offers", "orders",
                                  "order_items",       "returns",        "return_items",   "saved_searches",
                                  "saved_search_hits", "notifications",  "outbox",         "activity_log",
                                  "schema_migrations"}) {
            QVERIFY2(tables.contains(QLatin1StringView(table)), table);
        }

        if (test->db().dialect().isSqlite()) {
            SqlQuery mode(test->db(), u"PRAGMA journal_mode"_s);
            QCOMPARE(mode.execScalar()->toString(), u"wal"_s); // readers never wait for a sync's writes
        }

        // Running again is a no-op.
        auto again = migrator.migrate(test->db());
        QVERIFY(again);
        QVERIFY(again->applied.isEmpty());
    }

    void failingStepLeavesDatabaseUnchanged_data() { test::addBackendRows(); }
    void failingStepLeavesDatabaseUnchanged()
    {
        auto test = fresh();
        QVERIFY(test);
        QList<MigrationStep> steps {
            {1, u"first"_s, u"CREATE TABLE first_table (id ${ID}, name TEXT NOT NULL);"_s},
        };
        QVERIFY(Migrator(steps).migrate(test->db()));
        SqlQuery insert(test->db(), u"INSERT INTO first_table (name) VALUES (:n)"_s);
        insert.bind(u":n"_s, u"kept"_s);
        QVERIFY(insert.exec());
        const QStringList before = userTables(test->db());

        // Step 2 creates a table, alters data, then fails midway: all of it must be rolled back.
        steps.append({2, u"add widgets"_s,
                      u"CREATE TABLE widgets (id ${ID});\n"
                      "UPDATE first_table SET name = 'changed';\n"
                      "INSERT INTO no_such_table VALUES (1);\n"
                      "CREATE TABLE never_created (id ${ID});"_s});
        auto report = Migrator(steps).migrate(test->db());
        QVERIFY(!report);
        QCOMPARE(report.error().code, u"migration.step-failed"_s);
        QVERIFY2(report.error().message.contains(u"step 2"_s), qPrintable(report.error().message));
        QVERIFY2(report.error().message.contains(u"add widgets"_s), qPrintable(report.error().message));
        QVERIFY2(report.error().message.contains(u"no_such_table"_s), qPrintable(report.error().message));

        QCOMPARE(userTables(test->db()), before);
        QCOMPARE(schemaVersion(test->db()), 1);
        SqlQuery name(test->db(), u"SELECT name FROM first_table"_s);
        auto value = name.execScalar();
        QVERIFY(value);
        QCOMPARE(value->toString(), u"kept"_s);
    }

    void failingFirstStepLeavesFreshDatabaseEmpty_data() { test::addBackendRows(); }
    void failingFirstStepLeavesFreshDatabaseEmpty()
    {
        auto test = fresh();
        QVERIFY(test);
        auto report =
            Migrator({{1, u"broken"_s, u"CREATE TABLE t (id ${ID});\nSELEC nonsense;"_s}}).migrate(test->db());
        QVERIFY(!report);
        QVERIFY(report.error().message.contains(u"step 1"_s));
        QCOMPARE(userTables(test->db()), QStringList());
    }

    void newerDatabaseIsRefused_data() { test::addBackendRows(); }
    void newerDatabaseIsRefused()
    {
        auto test = fresh();
        QVERIFY(test);
        const QList<MigrationStep> steps {{1, u"one"_s, u"CREATE TABLE one (id ${ID});"_s},
                                          {2, u"two"_s, u"CREATE TABLE two (id ${ID});"_s}};
        QVERIFY(Migrator(steps).migrate(test->db()));
        const QStringList before = userTables(test->db());

        auto report = Migrator(steps.mid(0, 1)).migrate(test->db());
        QVERIFY(!report);
        QCOMPARE(report.error().code, u"migration.database-newer"_s);
        QVERIFY(report.error().message.contains(u"newer"_s));
        QCOMPARE(userTables(test->db()), before);
        QCOMPARE(schemaVersion(test->db()), 2);
    }

    void sqliteIsCopiedAsideBeforeMigrating()
    {
        QString error;
        auto test = test::TestDatabase::create(Backend::Sqlite, &error);
        QVERIFY2(test, qPrintable(error));
        QList<MigrationStep> steps {{1, u"one"_s, u"CREATE TABLE one (id ${ID}, v TEXT);"_s}};
        QVERIFY(Migrator(steps).migrate(test->db()));
        SqlQuery insert(test->db(), u"INSERT INTO one (v) VALUES ('precious')"_s);
        QVERIFY(insert.exec());

        steps.append({2, u"two"_s, u"DROP TABLE one;"_s});
        auto report = Migrator(steps).migrate(test->db());
        QVERIFY(report);
        QVERIFY(!report->backupPath.isEmpty());
        QVERIFY(QFileInfo::exists(report->backupPath));
        QVERIFY(report->backupPath.contains(u".v1-"_s));

        // The copy holds the data as it was before step 2.
        auto copy = Database::open(DatabaseConfig::sqlite(report->backupPath));
        QVERIFY(copy);
        SqlQuery read(**copy, u"SELECT v FROM one"_s);
        auto value = read.execScalar();
        QVERIFY(value);
        QCOMPARE(value->toString(), u"precious"_s);
    }

    void wrongPostgresPasswordIsReportedAsSuch()
    {
        QString error;
        auto admin = test::TestDatabase::postgresAdminConfig(&error);
        QVERIFY2(admin, qPrintable(error));
        admin->password = u"definitely-not-the-password"_s;
        auto db = Database::open(*admin);
        QVERIFY(!db);
        QCOMPARE(db.error().code, u"database.auth-failed"_s);
    }
};

QTEST_GUILESS_MAIN(TestMigrations)
#include "tst_migrations.moc"
