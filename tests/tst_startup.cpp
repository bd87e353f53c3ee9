// Starting the real Application in this process, the way a person meets its start-up dialogs: the PostgreSQL
// password prompt (a wrong password said and asked again, the right one connecting and kept in the keychain,
// the app never quitting behind the dialog), and a damaged SQLite file refused untouched with a pre-update copy
// offered in its place.

#include "Application.h"
#include "secrets/SecretStore.h"
#include "storage/Database.h"
#include "storage/DatabaseConfig.h"
#include "storage/Migrator.h"

#include <QApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QInputDialog>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <chrono>

using namespace Qt::StringLiterals;
using namespace md;

namespace {
QString readPgFile(const QString& name)
{
    QFile file(QDir(qEnvironmentVariable("MARKETDESK_TEST_PG_DIR")).filePath(name));
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()).trimmed() : QString();
}

QWidget* visibleTopLevel(const char* className, const QString& objectName = {})
{
    for (QWidget* w : QApplication::topLevelWidgets()) {
        if (w->isVisible() && w->inherits(className) && (objectName.isEmpty() || w->objectName() == objectName))
            return w;
    }
    return nullptr;
}

QByteArray sha256Of(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256)
                                          : QByteArray();
}
} // namespace

class TestStartup : public QObject {
    Q_OBJECT

    /// Runs the application's event loop until `step` (called every 50 ms) says it is done, the app quits by
    /// itself, or a minute passes. Returns whether `step` finished it.
    static bool runUntil(const std::function<bool()>& step)
    {
        bool finished = false;
        QTimer poll;
        poll.setInterval(50);
        QObject::connect(&poll, &QTimer::timeout, qApp, [&] {
            if (!finished && step()) {
                finished = true;
                QTimer::singleShot(300, qApp, [] { QApplication::exit(0); });
            }
        });
        QTimer::singleShot(60000, qApp, [] { QApplication::exit(7); });
        poll.start();
        QApplication::exec();
        return finished;
    }

    /// A migrated SQLite file of more than 256 KiB (a table of ballast), checkpointed.
    static bool migratedWithBallast(const QString& path)
    {
        auto db = Database::open(DatabaseConfig::sqlite(path));
        if (!db || !Migrator().migrate(**db))
            return false;
        QSqlQuery fill((*db)->connection());
        bool ok = fill.exec(u"CREATE TABLE ballast (b TEXT)"_s);
        for (int i = 0; ok && i < 200; ++i)
            ok = fill.exec(u"INSERT INTO ballast VALUES ('%1')"_s.arg(QString(2000, QChar(u'a' + i % 26))));
        return ok && fill.exec(u"PRAGMA wal_checkpoint(TRUNCATE)"_s) && QFileInfo(path).size() > 256 * 1024;
    }

    /// 16 KiB of noise in the middle of the file, as a failing disk leaves it.
    static bool damageMidFile(const QString& path)
    {
        QFile file(path);
        if (!file.open(QIODevice::ReadWrite) || !file.seek(file.size() / 2))
            return false;
        QByteArray noise(16 * 1024, Qt::Uninitialized);
        for (char& c : noise)
            c = char(QRandomGenerator::global()->generate());
        return file.write(noise) == noise.size() && file.flush();
    }

private slots:
    void initTestCase()
    {
        if (qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"))
            QFAIL("No D-Bus session: run through tests/harness/run-headless.sh (./setup.sh test).");
        Application::setIdentity();
    }

    // --database postgresql://… without PGPASSWORD: after OK on the password dialog the process used to exit 0,
    // showing and keeping nothing. A wrong password is said and asked again; the right one opens the window and
    // is kept in the keychain.
    void aDatabasePasswordIsAskedForSaidWhenWrongAndKept()
    {
        const QString url = readPgFile(u"url"_s);
        const QString password = readPgFile(u"password"_s);
        if (url.isEmpty() || password.isEmpty())
            QSKIP("no PostgreSQL server from the harness (ctest fixture postgres)");
        qunsetenv("PGPASSWORD");
        // A database of its own on the harness's server.
        const QString name = u"md_startup_%1"_s.arg(QRandomGenerator::global()->generate());
        {
            auto admin = DatabaseConfig::fromUrl(url);
            QVERIFY(admin);
            admin->password = password;
            auto db = Database::open(*admin);
            QVERIFY2(db, db ? "" : qPrintable(db.error().toLogString()));
            QSqlQuery create((*db)->connection());
            QVERIFY(create.exec(u"CREATE DATABASE "_s + name));
        }
        const QString address = url.section(u'/', 0, -2) + u'/' + name;
        const auto config = DatabaseConfig::fromUrl(address);
        QVERIFY(config);

        QTemporaryDir data;
        CommandLineOptions options;
        options.database = address;
        options.dataDir = data.path();
        Application application(options);
        QStringList prompts;
        bool windowShown = false;
        QVERIFY(application.start());
        const bool finished = runUntil([&] {
            if (auto* dialog = qobject_cast<QInputDialog*>(visibleTopLevel("QInputDialog", u"databasePassword"_s))) {
                prompts << dialog->labelText();
                dialog->setTextValue(prompts.size() == 1 ? u"not-the-password"_s : password);
                dialog->accept();
                return false;
            }
            windowShown = visibleTopLevel("md::MainWindow") != nullptr;
            return windowShown;
        });
        QVERIFY2(finished, "the main window showed (the app did not quit behind the dialog)");
        QCOMPARE(prompts.size(), 2);
        QVERIFY2(prompts.last().contains(u"refused"_s), qPrintable(prompts.last()));

        // Kept in the keychain for the next start (never in the settings file).
        SecretStore secrets(u"Marketdesk"_s);
        std::optional<Result<std::optional<QString>>> kept;
        secrets.read(config->passwordKey(), [&](Result<std::optional<QString>> r) { kept = r; });
        QTRY_VERIFY_WITH_TIMEOUT(kept.has_value(), 20000);
        QVERIFY(*kept && kept->value().has_value());
        QCOMPARE(*kept->value(), password);
        QFile settings(data.filePath(u"Marketdesk/Marketdesk.conf"_s));
        if (settings.open(QIODevice::ReadOnly))
            QVERIFY(!settings.readAll().contains(password.toUtf8()));
        secrets.remove(config->passwordKey(), [](const Status&) {});
    }

    // 16 KiB of noise mid-file: the app used to start and write into it. It is refused before any write, and the
    // copy taken before the last update is offered; restoring it keeps the damaged file aside, untouched.
    void aDamagedDatabaseIsNeverWrittenAndACopyCanReplaceIt()
    {
        QTemporaryDir data;
        const QString path = data.filePath(u"marketdesk.sqlite"_s);
        QVERIFY(migratedWithBallast(path));
        const QString copy = path + u".v4-20261130T120000Z.bak";
        QVERIFY(QFile::copy(path, copy));
        QVERIFY(damageMidFile(path));
        const QByteArray damaged = sha256Of(path);

        CommandLineOptions options;
        options.dataDir = data.path();
        Application application(options);
        QString said;
        bool untouched = true;
        QVERIFY(application.start());
        const bool finished = runUntil([&] {
            if (auto* box = qobject_cast<QMessageBox*>(visibleTopLevel("QMessageBox", u"databaseDamaged"_s))) {
                said = box->text();
                untouched = untouched && sha256Of(path) == damaged;
                auto* restore = box->findChild<QPushButton*>(u"restoreCopy"_s);
                if (!restore)
                    return true;
                restore->click();
                return false;
            }
            return !said.isEmpty() && visibleTopLevel("md::MainWindow") != nullptr;
        });
        QVERIFY2(finished, "the restored database opened in the main window");
        QVERIFY2(said.contains(u"damaged"_s), qPrintable(said));
        QVERIFY2(untouched, "nothing was written to the damaged file before the restore");
        const QStringList aside = QDir(data.path()).entryList({u"marketdesk.sqlite.damaged-*"_s}, QDir::Files);
        QStringList main = aside;
        main.removeIf([](const QString& n) { return n.endsWith(u"-wal"_s) || n.endsWith(u"-shm"_s); });
        QCOMPARE(main.size(), 1);
        QCOMPARE(sha256Of(data.filePath(main.first())), damaged); // kept as it was, never written
        auto db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"restored"_s);
        db.setDatabaseName(path);
        QVERIFY(db.open());
        QSqlQuery check(db);
        QVERIFY(check.exec(u"PRAGMA integrity_check"_s) && check.next());
        QCOMPARE(check.value(0).toString(), u"ok"_s);
        check.finish();
        db.close();
        db = {};
        QSqlDatabase::removeDatabase(u"restored"_s);
    }

    // The file is damaged while the app runs (a failing disk): the background integrity_check, ten minutes after
    // start and then daily, finds it, says so in the window, and every connection stops writing to it.
    void theDailyCheckFindsDamageWhileTheAppRuns()
    {
        QTemporaryDir data;
        const QString path = data.filePath(u"marketdesk.sqlite"_s);
        QVERIFY(migratedWithBallast(path));
        CommandLineOptions options;
        options.dataDir = data.path();
        Application application(options);
        QVERIFY(application.start());
        QTimer* integrity = nullptr;
        int firstDelay = 0;
        QString said;
        const bool finished = runUntil([&] {
            QWidget* window = visibleTopLevel("md::MainWindow");
            if (!window)
                return false;
            if (!integrity) {
                integrity = application.findChild<QTimer*>(u"integrityCheck"_s);
                if (!integrity)
                    return true;
                firstDelay = integrity->isActive() ? integrity->remainingTime() : -1;
                if (!damageMidFile(path))
                    return true;
                integrity->start(0); // the ten minutes are up
                return false;
            }
            auto* banner = window->findChild<QWidget*>(u"alertBanner"_s);
            if (!banner || !banner->isVisible())
                return false;
            for (const QLabel* label : banner->findChildren<QLabel*>())
                said += label->text();
            return true;
        });
        QVERIFY2(integrity, "the integrity check has its timer");
        QVERIFY2(finished, "the damage was said in the window");
        QVERIFY2(firstDelay > 9 * 60 * 1000 && firstDelay <= 10 * 60 * 1000 + 1000, // coarse timers round up
                 qPrintable(QString::number(firstDelay)));
        QVERIFY2(said.contains(u"damaged"_s), qPrintable(said));
        QVERIFY(integrity->isActive()); // and again a day later
        QCOMPARE(integrity->interval(), int(std::chrono::milliseconds(std::chrono::hours(24)).count()));
        QVERIFY(QFile::exists(path + u".damaged"_s)); // the next start offers the copy
        auto db = Database::open(DatabaseConfig::sqlite(path));
        QVERIFY(db);
        QVERIFY((*db)->isDamaged());
        SqlQuery write(**db, u"INSERT INTO ballast VALUES ('more')"_s);
        QCOMPARE(write.exec().error().code, u"database.corrupt"_s);
    }
};

QTEST_MAIN(TestStartup)
#include "tst_startup.moc"
