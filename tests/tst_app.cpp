// The real marketdesk executable, started the way a person starts it: it creates its database and log in the
// data folder and shows its window; a database written by a newer version is refused with a clear message and
// left untouched.

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class TestApp : public QObject {
    Q_OBJECT

    static QString appPath() { return qEnvironmentVariable("MARKETDESK_APP"); }

    static int run(const QStringList& arguments, QByteArray* output)
    {
        QProcess process;
        process.setProcessChannelMode(QProcess::MergedChannels);
        process.start(appPath(), arguments);
        if (!process.waitForFinished(60000)) {
            process.kill();
            process.waitForFinished();
            return -1;
        }
        *output = process.readAll();
        return process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2;
    }

    static QByteArray readLog(const QString& dataDir)
    {
        QFile log(QDir(dataDir).filePath(u"logs/marketdesk.log"_s));
        return log.open(QIODevice::ReadOnly) ? log.readAll() : QByteArray();
    }

private slots:
    void initTestCase() { QVERIFY2(QFile::exists(appPath()), qPrintable(appPath())); }

    void startsAndCreatesItsDatabase()
    {
        QTemporaryDir data;
        QByteArray output;
        QCOMPARE(run({u"--data-dir"_s, data.path(), u"--exit-after"_s, u"2"_s}, &output), 0);
        QVERIFY2(QFile::exists(data.filePath(u"marketdesk.sqlite"_s)), output.constData());
        const QByteArray log = readLog(data.path());
        QVERIFY2(log.contains("database migrated from version 0 to"), log.constData());
        QVERIFY2(log.contains("ready with SQLite"), log.constData());
        QVERIFY(QFile::exists(data.filePath(u"Marketdesk/Marketdesk.conf"_s))); // window layout saved on quit

        // A second start finds the schema current: nothing to migrate, no copy taken.
        QCOMPARE(run({u"--data-dir"_s, data.path(), u"--exit-after"_s, u"1"_s}, &output), 0);
        QVERIFY(QDir(data.path()).entryList({u"*.bak"_s}).isEmpty());
    }

    void demoStartsItsOwnMarketplace()
    {
        QTemporaryDir data;
        QByteArray output;
        QCOMPARE(run({u"--demo"_s, u"--data-dir"_s, data.path(), u"--exit-after"_s, u"6"_s}, &output), 0);
        const QByteArray log = readLog(data.path());
        QVERIFY2(log.contains("demo sandbox listening on http://127.0.0.1:"), log.constData());
        QVERIFY2(log.contains("demo sandbox stopped"), log.constData());
        QVERIFY(QFile::exists(data.filePath(u"marketdesk.sqlite"_s)));

        // The first run connects two eBay houses through the real OAuth path (consent auto-approved).
        QVERIFY2(log.contains("connected Warehouse-A as marketplace user warehouse_a_seller"), log.constData());
        QVERIFY2(log.contains("connected Montreal as marketplace user boutique_montreal"), log.constData());
        QVERIFY2(log.contains("connected Maple Goods as marketplace user Maple Goods Inc."), log.constData());
        QVERIFY2(log.contains("connected Maple & Co. as marketplace user Maple & Co."), log.constData());
        {
            auto db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"demo"_s);
            db.setDatabaseName(data.filePath(u"marketdesk.sqlite"_s));
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY(q.exec(u"SELECT house_name FROM accounts ORDER BY house_name"_s));
            QStringList houses;
            while (q.next())
                houses << q.value(0).toString();
            QCOMPARE(houses, (QStringList {u"Maple & Co."_s, u"Maple Goods"_s, u"Montreal"_s, u"Warehouse-A"_s}));
            db.close();
        }
        QSqlDatabase::removeDatabase(u"demo"_s);

        // A second start finds them and connects nothing again.
        QCOMPARE(run({u"--demo"_s, u"--data-dir"_s, data.path(), u"--exit-after"_s, u"3"_s}, &output), 0);
        QCOMPARE(readLog(data.path()).count("demo: connecting the"), 4);
    }

    void refusesANewerDatabase()
    {
        QTemporaryDir data;
        {
            auto db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"newer"_s);
            db.setDatabaseName(data.filePath(u"marketdesk.sqlite"_s));
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY(q.exec(u"CREATE TABLE schema_migrations (version INTEGER PRIMARY KEY, description TEXT NOT NULL, "
                           "applied_at BIGINT NOT NULL)"_s));
            QVERIFY(q.exec(u"INSERT INTO schema_migrations VALUES (999, 'from the future', 0)"_s));
            db.close();
        }
        QSqlDatabase::removeDatabase(u"newer"_s);
        const QByteArray before = [&] {
            QFile f(data.filePath(u"marketdesk.sqlite"_s));
            return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
        }();

        QByteArray output;
        QCOMPARE(run({u"--data-dir"_s, data.path(), u"--exit-after"_s, u"1"_s}, &output), 3);
        QVERIFY2(output.contains("newer Marketdesk (schema version 999"), output.constData());
        QVERIFY(readLog(data.path()).contains("migration.database-newer"));
        QFile after(data.filePath(u"marketdesk.sqlite"_s));
        QVERIFY(after.open(QIODevice::ReadOnly));
        QCOMPARE(after.readAll(), before);
    }

    void refusesABadDatabaseAddress()
    {
        QTemporaryDir data;
        QByteArray output;
        QCOMPARE(run({u"--data-dir"_s, data.path(), u"--database"_s, u"mysql://x@y/z"_s, u"--exit-after"_s, u"1"_s},
                     &output),
                 2);
        QVERIFY2(output.contains("Unsupported database type \"mysql\""), output.constData());
    }
};

QTEST_GUILESS_MAIN(TestApp)
#include "tst_app.moc"
