// The real marketdesk executable, started the way a person starts it: it creates its database and log in the
// data folder and shows its window; a database written by a newer version is refused with a clear message and
// left untouched.

#include "auth/ConnectFlow.h"
#include "secrets/SecretKeys.h"
#include "secrets/SecretStore.h"

#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <grp.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <unistd.h>

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

    /// Starts the app and lets it run until its log satisfies `done` (or `timeoutMs` passes), then asks it to quit
    /// as the desktop does (SIGTERM). Returns the exit code (-1: it had to be killed).
    static int runUntil(const QStringList& arguments, const QString& dataDir,
                        std::function<bool(const QByteArray&)> done, int timeoutMs, QByteArray* output,
                        const QProcessEnvironment& environment = {})
    {
        QProcess process;
        process.setProcessChannelMode(QProcess::MergedChannels);
        if (!environment.isEmpty())
            process.setProcessEnvironment(environment);
        process.start(appPath(), arguments);
        const bool reached = QTest::qWaitFor([&] { return done(readLog(dataDir)); }, timeoutMs);
        if (!reached)
            qWarning("the app's log did not reach the expected state within %d ms", timeoutMs);
        process.terminate();
        if (!process.waitForFinished(20000)) {
            process.kill();
            process.waitForFinished();
            return -1;
        }
        *output = process.readAll();
        return process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2;
    }

    /// Every file the app wrote in its data folder (database and its WAL, settings, logs).
    static QByteArray everythingWritten(const QString& dataDir)
    {
        QByteArray all;
        QDirIterator it(dataDir, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            QFile file(it.next());
            if (file.open(QIODevice::ReadOnly))
                all += file.readAll();
        }
        return all;
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

    // [sync] ordersIntervalMinutes=0 (or abc, -5) made a zero-length timer: thousands of marketplace requests
    // and log lines a minute. A value out of its type or range falls back to its default with one warning.
    void badIntervalSettingsFallBackToTheirDefaults()
    {
        QTemporaryDir data;
        QDir().mkpath(data.filePath(u"Marketdesk"_s));
        QFile conf(data.filePath(u"Marketdesk/Marketdesk.conf"_s));
        QVERIFY(conf.open(QIODevice::WriteOnly));
        conf.write("[sync]\nordersIntervalMinutes=0\n[accounts]\nhealthIntervalMinutes=abc\n"
                   "refreshIntervalMinutes=-5\nrefreshAheadMinutes=0\n");
        conf.close();
        QByteArray output;
        QElapsedTimer running;
        running.start();
        const auto synced = [](const QByteArray& log) { return log.count("in sync;") >= 4; };
        QCOMPARE(runUntil(
                     {u"--demo"_s, u"--data-dir"_s, data.path()}, data.path(),
                     [&](const QByteArray& log) { return synced(log) && running.elapsed() > 15000; }, 60000, &output),
                 0);
        const QByteArray log = readLog(data.path());
        for (const char* key : {"sync/ordersIntervalMinutes=0", "accounts/healthIntervalMinutes=abc",
                                "accounts/refreshIntervalMinutes=-5", "accounts/refreshAheadMinutes=0"}) {
            QVERIFY2(log.count(QByteArray(QByteArray("setting ") + key)) == 1, key);
        }
        QVERIFY(log.contains("is not a whole number from 1 to 1440; using 5"));
        // Four houses synced once each in 15 seconds, and health checked once each: the defaults (5 and 15
        // minutes), not a storm.
        QVERIFY2(log.count("in sync;") == 4, log.right(2000).constData());
        QVERIFY2(log.count("health check of") <= 8, log.right(2000).constData());
    }

    static uint unixMode(const QString& path)
    {
        struct stat st = {};
        return ::stat(QFile::encodeName(path).constData(), &st) == 0 ? st.st_mode & 07777 : 0;
    }

    /// The core dump limit of a running app (Max core file size in /proc/PID/limits), started with an unlimited one.
    static QString coreLimitOf(const QStringList& arguments)
    {
        QProcess process;
        process.setProcessChannelMode(QProcess::MergedChannels);
        process.setChildProcessModifier([] {
            const struct rlimit unlimited = {RLIM_INFINITY, RLIM_INFINITY};
            ::setrlimit(RLIMIT_CORE, &unlimited);
        });
        process.start(appPath(), arguments);
        // The last limit read while the app runs (it is lowered early in main(); the app runs for seconds).
        QString limit;
        while (process.state() != QProcess::NotRunning) {
            QFile limits(u"/proc/%1/limits"_s.arg(process.processId()));
            if (limits.open(QIODevice::ReadOnly)) {
                for (const QByteArray& line : limits.readAll().split('\n')) {
                    if (line.startsWith("Max core file size"))
                        limit = QString::fromLatin1(line.mid(26).simplified());
                }
            }
            process.waitForFinished(100);
        }
        process.waitForFinished(30000);
        return limit;
    }

    /// The owner of /proc/PID/status of the app run as an ordinary user (nobody): that user while the process is
    /// dumpable, root once it made itself non-dumpable (which also keeps debuggers of the same user out). -1 where
    /// it cannot be tried (not root).
    static int statusOwnerOfAppRunAsNobody(const QStringList& extraArguments)
    {
        if (::geteuid() != 0)
            return -1;
        constexpr uid_t kNobody = 65534;
        QTemporaryDir data;
        if (::chown(QFile::encodeName(data.path()).constData(), kNobody, kNobody) != 0)
            return -1;
        QProcess process;
        process.setProcessChannelMode(QProcess::MergedChannels);
        QProcessEnvironment environment;
        environment.insert(u"HOME"_s, data.path());
        environment.insert(u"PATH"_s, qEnvironmentVariable("PATH"));
        environment.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s); // the display belongs to root
        process.setProcessEnvironment(environment);
        process.setChildProcessModifier([] {
            if (::setgroups(0, nullptr) != 0 || ::setgid(kNobody) != 0 || ::setuid(kNobody) != 0)
                ::_exit(99);
        });
        process.start(appPath(),
                      QStringList {u"--data-dir"_s, data.path(), u"--exit-after"_s, u"2"_s} + extraArguments);
        int owner = -1;
        while (process.state() != QProcess::NotRunning) {
            const QFileInfo status(u"/proc/%1/status"_s.arg(process.processId()));
            if (status.exists())
                owner = int(status.ownerId()); // the last reading: prctl() runs first thing in main()
            process.waitForFinished(100);
        }
        process.waitForFinished(30000);
        if (process.exitCode() != 0)
            qWarning().noquote() << "the app as nobody:" << process.exitCode() << process.readAll().right(2000);
        return owner;
    }

    // A running app's memory holds the tokens: no debugger or /proc reader of the same user may look in
    // (PR_SET_DUMPABLE 0), unless a debugging run asks otherwise.
    void aRunningAppIsNotDumpable()
    {
        const int owner = statusOwnerOfAppRunAsNobody({});
        if (owner == -1)
            QSKIP("needs root, to run the app as another user");
        QCOMPARE(owner, 0);
        QCOMPARE(statusOwnerOfAppRunAsNobody({u"--allow-core-dumps"_s}), 65534);
    }

    // A core dump held 41 copies of 8 secrets; buyer names and addresses were readable by every local user.
    void secretsNeverReachACoreDumpAndFilesAreTheUsersAlone()
    {
        QTemporaryDir data;
        QByteArray output;
        QCOMPARE(run({u"--data-dir"_s, data.path(), u"--exit-after"_s, u"1"_s}, &output), 0);
        const QStringList files {data.filePath(u"marketdesk.sqlite"_s), data.filePath(u"logs/marketdesk.log"_s),
                                 data.filePath(u"Marketdesk/Marketdesk.conf"_s)};
        const QStringList folders {data.path(), data.filePath(u"logs"_s), data.filePath(u"Marketdesk"_s)};
        for (const QString& file : files)
            QCOMPARE(unixMode(file), 0600u);
        for (const QString& folder : folders)
            QCOMPARE(unixMode(folder), 0700u);

        // Files of an earlier version (0644, 0755) are tightened at the next start.
        for (const QString& file : files)
            QVERIFY(::chmod(QFile::encodeName(file).constData(), 0644) == 0);
        for (const QString& folder : folders)
            QVERIFY(::chmod(QFile::encodeName(folder).constData(), 0755) == 0);
        QCOMPARE(coreLimitOf({u"--data-dir"_s, data.path(), u"--exit-after"_s, u"2"_s}), u"0 0 bytes"_s);
        for (const QString& file : files)
            QCOMPARE(unixMode(file), 0600u);
        for (const QString& folder : folders)
            QCOMPARE(unixMode(folder), 0700u);

        // Only a debugging run asks otherwise.
        QCOMPARE(coreLimitOf({u"--data-dir"_s, data.path(), u"--exit-after"_s, u"2"_s, u"--allow-core-dumps"_s}),
                 u"unlimited unlimited bytes"_s);
    }

    /// Mounts a small tmpfs on `dir` (root only, as in CI): false where this machine does not allow it.
    static bool mountTmpfs(const QString& dir, const QString& options)
    {
        return QProcess::execute(u"mount"_s, {u"-t"_s, u"tmpfs"_s, u"-o"_s, options, u"tmpfs"_s, dir}) == 0;
    }
    static void unmount(const QString& dir) { QProcess::execute(u"umount"_s, {u"-l"_s, dir}); }

    // A read-only data folder said only "unable to open database file"; a full disk added "rollback failed".
    void aReadOnlyFolderAndAFullDiskAreSaidInWords()
    {
        QTemporaryDir readOnly;
        if (!mountTmpfs(readOnly.path(), u"ro,size=1m"_s))
            QSKIP("mounting a read-only tmpfs needs root (CI runs as root)");
        QByteArray output;
        const int code = run({u"--data-dir"_s, readOnly.path(), u"--exit-after"_s, u"1"_s}, &output);
        unmount(readOnly.path());
        QVERIFY(code != 0);
        QVERIFY2(output.contains("cannot create its database in") && output.contains("the folder is read-only"),
                 output.constData());

        // The demo syncs thousands of orders into a 2 MB disk: it fills mid-sync.
        QTemporaryDir full;
        QVERIFY(mountTmpfs(full.path(), u"size=2m"_s));
        const auto said = [](const QByteArray& text) { return text.contains("disk that holds the database is full"); };
        QByteArray everything;
        QProcess process;
        process.setProcessChannelMode(QProcess::MergedChannels);
        process.start(appPath(), {u"--demo"_s, u"--data-dir"_s, full.path(), u"--demo-orders"_s, u"3000"_s});
        const bool reached = QTest::qWaitFor(
            [&] {
                everything += process.readAll();
                return said(everything);
            },
            90000);
        process.terminate();
        if (!process.waitForFinished(20000))
            process.kill();
        everything += process.readAll();
        const QString database = QDir(full.path()).filePath(u"marketdesk.sqlite"_s);
        QString integrity;
        {
            auto db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"full"_s);
            db.setDatabaseName(database);
            QVERIFY(db.open());
            QSqlQuery check(db);
            QVERIFY(check.exec(u"PRAGMA integrity_check"_s) && check.next());
            integrity = check.value(0).toString();
        }
        QSqlDatabase::removeDatabase(u"full"_s);
        unmount(full.path());
        QVERIFY2(reached, everything.right(3000).constData());
        QVERIFY2(!everything.contains("rollback failed"), everything.right(3000).constData());
        QCOMPARE(integrity, u"ok"_s); // nothing half-written
    }

    // --help and --version answer over SSH: no display, no platform plugin.
    void helpAndVersionNeedNoDisplay()
    {
        QProcess process;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.remove(u"DISPLAY"_s);
        environment.remove(u"WAYLAND_DISPLAY"_s);
        environment.insert(u"QT_QPA_PLATFORM"_s, u"xcb"_s); // with no display, a GUI start would fail
        process.setProcessEnvironment(environment);
        process.setProcessChannelMode(QProcess::MergedChannels);
        for (const QString& option : {u"--help"_s, u"--version"_s}) {
            process.start(appPath(), {option});
            QVERIFY(process.waitForFinished(20000));
            const QByteArray output = process.readAll();
            QCOMPARE(process.exitStatus(), QProcess::NormalExit);
            QVERIFY2(process.exitCode() == 0, output.constData());
            QVERIFY2(output.contains(option == "--help"_L1 ? "--data-dir" : "Marketdesk 0."), output.constData());
        }
    }

    void demoStartsItsOwnMarketplace()
    {
        QTemporaryDir data;
        QByteArray output;
        const auto connectedAndChecked = [](const QByteArray& log) {
            return log.count("connected ") >= 4 && log.count("health check of") >= 4 && log.count("in sync;") >= 4;
        };
        QStringList sandboxCommandLines;
        const auto seeSandbox = [&](const QByteArray& log) {
            // While the demo runs: every marketdesk-sandbox process's command line, as `ps` shows it.
            for (const QString& pid : QDir(u"/proc"_s).entryList(QDir::Dirs)) {
                QFile cmdline(u"/proc/%1/cmdline"_s.arg(pid));
                if (cmdline.open(QIODevice::ReadOnly)) {
                    const QByteArray line = cmdline.readAll().replace('\0', ' ');
                    if (line.contains("marketdesk-sandbox"))
                        sandboxCommandLines << QString::fromUtf8(line);
                }
            }
            return connectedAndChecked(log);
        };
        QCOMPARE(runUntil({u"--demo"_s, u"--data-dir"_s, data.path()}, data.path(), seeSandbox, 60000, &output), 0);
        QVERIFY(!sandboxCommandLines.isEmpty());
        for (const QString& line : sandboxCommandLines)
            QVERIFY2(!line.contains(u"--client "_s) && !line.contains(u"Marketdesk-Demo:"_s), qPrintable(line));
        const QByteArray log = readLog(data.path());
        QVERIFY2(log.contains("demo sandbox listening on http://127.0.0.1:"), log.constData());
        QVERIFY2(log.contains("demo sandbox stopped"), log.constData());
        QVERIFY(QFile::exists(data.filePath(u"marketdesk.sqlite"_s)));

        // The first run connects two eBay houses, an Amazon seller and a Shopify store through the real OAuth path
        // (consent auto-approved), then checks their health on the supervisor's schedule.
        QVERIFY2(log.contains("connected Warehouse-A as marketplace user warehouse_a_seller"), log.constData());
        QVERIFY2(log.contains("connected Montreal as marketplace user boutique_montreal"), log.constData());
        QVERIFY2(log.contains("connected Maple Goods as marketplace user Maple Goods Inc."), log.constData());
        QVERIFY2(log.contains("connected Maple & Co. as marketplace user Maple & Co."), log.constData());
        QVERIFY2(log.contains("health check of Warehouse-A: healthy"), log.constData());
        QStringList userIds;
        {
            auto db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"demo"_s);
            db.setDatabaseName(data.filePath(u"marketdesk.sqlite"_s));
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY(q.exec(u"SELECT house_name, provider, external_user_id FROM accounts ORDER BY house_name"_s));
            QStringList houses;
            while (q.next()) {
                houses << q.value(0).toString();
                userIds << q.value(1).toString() + u'|' + q.value(2).toString();
            }
            QCOMPARE(houses, (QStringList {u"Maple & Co."_s, u"Maple Goods"_s, u"Montreal"_s, u"Warehouse-A"_s}));
            QVERIFY(q.exec(u"SELECT COUNT(*) FROM health_events WHERE healthy"_s) && q.next());
            QVERIFY(q.value(0).toInt() >= 4);
            // The sync worker pulled every house's orders (eBay, Amazon, Shopify) into the database.
            QVERIFY(q.exec(u"SELECT COUNT(DISTINCT house_name), COUNT(*) FROM orders"_s) && q.next());
            QCOMPARE(q.value(0).toInt(), 4);
            QVERIFY(q.value(1).toInt() > 100);
            db.close();
        }
        QSqlDatabase::removeDatabase(u"demo"_s);

        // The tokens and the app secret are in the demo keychain — and nowhere in what the app wrote: database
        // (with its WAL), settings, logs.
        md::SecretStore keychain(u"Marketdesk Demo"_s);
        QStringList secrets;
        const auto read = [&](const QString& key) {
            std::optional<md::Result<std::optional<QString>>> answer;
            keychain.read(key, [&](md::Result<std::optional<QString>> r) { answer.emplace(std::move(r)); });
            QTRY_VERIFY_WITH_TIMEOUT(answer.has_value(), 10000);
            if (*answer && (*answer)->has_value())
                secrets << ***answer;
        };
        for (const QString& user : std::as_const(userIds)) {
            const auto provider = md::providerFromKey(user.section(u'|', 0, 0));
            QVERIFY(provider);
            for (const QString& kind : {u"access"_s, u"refresh"_s})
                read(md::secretkeys::tokenKey(*provider, md::Environment::Sandbox, user.section(u'|', 1), kind));
        }
        read(md::secretkeys::clientSecretKey(md::Provider::Ebay, md::Environment::Sandbox));
        QVERIFY2(secrets.size() >= 7, "4 access tokens, 2 refresh tokens (eBay, Amazon; eBay twice), the app secret");
        const QByteArray written = everythingWritten(data.path()) + output;
        QVERIFY(written.contains("Warehouse-A")); // the search does see the files
        for (const QString& secret : std::as_const(secrets))
            QVERIFY2(!written.contains(secret.toUtf8()),
                     "a secret issued by the sandbox was written outside the keychain");

        // A second start finds them and connects nothing new: its fresh demo marketplace knows none of the old
        // tokens, so the four houses sign in again before account care starts — and nothing is revoked.
        QCOMPARE(runUntil(
                     {u"--demo"_s, u"--data-dir"_s, data.path()}, data.path(),
                     [](const QByteArray& all) { return all.count("in sync;") >= 8; }, 60000, &output),
                 0);
        const QByteArray again = readLog(data.path());
        QCOMPARE(again.count("demo: connecting the"), 4);
        QCOMPARE(again.count("demo: reconnecting the"), 4);
        QVERIFY2(!again.contains("authorization revoked"), again.constData());
        QCOMPARE(again.count("in sync;"), 8);
    }

    void startsWithoutAKeychain()
    {
        // No D-Bus session, so no Secret Service: the app still starts on its local data, says why accounts cannot
        // sign in, and stores nothing (the demo's walkthrough cannot keep tokens, so it connects nothing).
        QTemporaryDir data;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(u"DBUS_SESSION_BUS_ADDRESS"_s, u"unix:path=/nonexistent/marketdesk-test-bus"_s);
        QByteArray output;
        const int code = runUntil(
            {u"--demo"_s, u"--data-dir"_s, data.path()}, data.path(),
            [](const QByteArray& log) {
                return log.contains("keychain unavailable") && log.contains("ready with SQLite");
            },
            30000, &output, environment);
        QCOMPARE(code, 0);
        const QByteArray log = readLog(data.path());
        QVERIFY2(log.contains("keychain unavailable"), log.constData());
        QVERIFY2(log.contains("ready with SQLite"), log.constData());
        QVERIFY2(!log.contains("connected Warehouse-A"), log.constData());
        auto db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"nokeychain"_s);
        db.setDatabaseName(data.filePath(u"marketdesk.sqlite"_s));
        QVERIFY(db.open());
        QSqlQuery q(db);
        QVERIFY(q.exec(u"SELECT COUNT(*) FROM accounts"_s) && q.next());
        QCOMPARE(q.value(0).toInt(), 0);
        db.close();
        db = {};
        QSqlDatabase::removeDatabase(u"nokeychain"_s);
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

    // A mistyped --database silently opened a new empty SQLite file (and made the folders of a wrong path).
    void refusesAMistypedDatabaseAddress_data()
    {
        QTest::addColumn<QString>("address");
        QTest::addColumn<QString>("said");
        QTest::newRow("scheme without //")
            << u"postgresql//db.example/marketdesk"_s << u"is neither a database address nor a file path"_s;
        QTest::newRow("colons") << u"::::"_s << u"is neither a database address nor a file path"_s;
        QTest::newRow("user without scheme")
            << u"marketdesk@db.example/marketdesk"_s << u"is neither a database address nor a file path"_s;
        QTest::newRow("port out of range")
            << u"postgresql://marketdesk@db.example:99999/marketdesk"_s << u"must be a number from 1 to 65535"_s;
        QTest::newRow("port zero") << u"postgresql://marketdesk@db.example:0/marketdesk"_s
                                   << u"must be a number from 1 to 65535"_s;
        QTest::newRow("folder missing") << u"NOWHERE/a/b/marketdesk.sqlite"_s << u"does not exist"_s;
    }
    void refusesAMistypedDatabaseAddress()
    {
        QFETCH(QString, address);
        QFETCH(QString, said);
        QTemporaryDir data;
        QTemporaryDir work;
        address.replace(u"NOWHERE"_s, work.path());
        QByteArray output;
        QProcess process;
        process.setWorkingDirectory(work.path());
        process.setProcessChannelMode(QProcess::MergedChannels);
        process.start(appPath(), {u"--data-dir"_s, data.path(), u"--database"_s, address, u"--exit-after"_s, u"1"_s});
        QVERIFY(process.waitForFinished(30000));
        output = process.readAll();
        QCOMPARE(process.exitCode(), 2);
        QVERIFY2(output.contains(said.toUtf8()), output.constData());
        QVERIFY2(!output.contains("QUrl"), output.constData()); // a sentence, not parser internals
        // Nothing was created: no database file, no folder.
        QCOMPARE(QDir(work.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot), QStringList());
        QVERIFY(QDir(data.path()).entryList({u"*.sqlite"_s}, QDir::Files).isEmpty());
    }

    // The first start on an empty database says where it is.
    void aNewDatabaseSaysWhereItIs()
    {
        QTemporaryDir data;
        QByteArray output;
        const QString file = data.filePath(u"chosen.sqlite"_s);
        QCOMPARE(run({u"--data-dir"_s, data.path(), u"--database"_s, file, u"--exit-after"_s, u"1"_s}, &output), 0);
        QVERIFY2(output.contains((u"a new, empty database was created at "_s + file).toUtf8()), output.constData());
        QCOMPARE(run({u"--data-dir"_s, data.path(), u"--database"_s, file, u"--exit-after"_s, u"1"_s}, &output), 0);
        QVERIFY(!output.contains("a new, empty database"));
    }

    void refusesABadDemoOrderCount()
    {
        QTemporaryDir data;
        QByteArray output;
        for (const QString& count : {u"0"_s, u"many"_s, u"2000000"_s}) {
            QCOMPARE(run({u"--data-dir"_s, data.path(), u"--demo"_s, u"--demo-orders"_s, count}, &output), 2);
            QVERIFY2(output.contains("--demo-orders wants a number from 1 to 1,000,000."), output.constData());
        }
        QVERIFY(!QFile::exists(data.filePath(u"marketdesk.sqlite"_s))); // refused before anything started
    }
};

QTEST_GUILESS_MAIN(TestApp)
#include "tst_app.moc"
