#include "Application.h"

#include "DemoSandbox.h"
#include "logging/LogCategories.h"
#include "logging/Logging.h"
#include "models/TableModels.h"
#include "net/NetworkStatus.h"
#include "secrets/SecretStore.h"
#include "storage/Database.h"
#include "storage/Migrator.h"
#include "ui/MainWindow.h"

#include <QApplication>
#include <QDir>
#include <QInputDialog>
#include <QLibraryInfo>
#include <QLocale>
#include <QMessageBox>
#include <QSettings>
#include <QStandardPaths>
#include <QThread>
#include <QTimer>
#include <QTranslator>

using namespace Qt::StringLiterals;

namespace md {

namespace {
constexpr auto kKeychainService = "Marketdesk";
constexpr auto kDemoKeychainService = "Marketdesk Demo"; // demo secrets never mix with real ones
} // namespace

Application::Application(CommandLineOptions options, QObject* parent)
    : QObject(parent)
    , m_options(std::move(options))
{
}

Application::~Application()
{
    m_window.reset();
    m_demo.reset();
    m_database.reset();
    Logging::shutdown();
}

bool Application::start()
{
    m_dataDir = m_options.dataDir.isEmpty() ? QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)
                                            : QDir(m_options.dataDir).absolutePath();
    if (m_options.demo && m_options.dataDir.isEmpty())
        m_dataDir = QDir(m_dataDir).filePath(u"demo"_s); // demo data never mixes with real data
    if (!m_options.dataDir.isEmpty()) {
        // Settings follow the data folder, so a --data-dir run touches nothing of the user's own.
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_dataDir);
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_dataDir);
    }
    QDir().mkpath(m_dataDir);
    Logging::initialize({QDir(m_dataDir).filePath(u"logs"_s), true, m_options.verbose});
    qCInfo(lcApp).noquote() << "Marketdesk" << QApplication::applicationVersion() << "starting; data in" << m_dataDir
                            << "; settings in" << QSettings().fileName();

    installTranslations();
    m_secrets =
        std::make_unique<SecretStore>(QString::fromLatin1(m_options.demo ? kDemoKeychainService : kKeychainService));
    if (m_options.demo) {
        m_demo = std::make_unique<DemoSandbox>();
        connect(m_demo.get(), &DemoSandbox::failed, this,
                [](const QString& message) { qCWarning(lcApp).noquote() << message; });
        m_demo->start();
    }

    auto config = chooseDatabase();
    if (!config) {
        fail(config.error(), 2);
        return false;
    }
    m_config = *config;
    if (m_options.exitAfterSeconds > 0)
        QTimer::singleShot(m_options.exitAfterSeconds * 1000, qApp, &QApplication::quit);
    fetchPasswordThenOpen();
    return true;
}

void Application::installTranslations()
{
    const QLocale locale = m_options.language.isEmpty() ? QLocale::system() : QLocale(m_options.language);
    QLocale::setDefault(locale);
    auto* qtTranslator = new QTranslator(this);
    if (qtTranslator->load(locale, u"qtbase"_s, u"_"_s, QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QApplication::installTranslator(qtTranslator);
        m_translators << qtTranslator;
    }
    auto* appTranslator = new QTranslator(this);
    if (appTranslator->load(locale, u"marketdesk"_s, u"_"_s, u":/i18n"_s)) {
        QApplication::installTranslator(appTranslator);
        m_translators << appTranslator;
    }
    qCInfo(lcApp) << "interface language" << locale.name() << (m_translators.size() > 1 ? "(translated)" : "");
}

Result<DatabaseConfig> Application::chooseDatabase() const
{
    QString address = m_options.database;
    if (address.isEmpty() && !m_options.demo)
        address = QSettings().value(u"database/url"_s).toString();
    if (address.isEmpty())
        return DatabaseConfig::sqlite(QDir(m_dataDir).filePath(u"marketdesk.sqlite"_s));
    return DatabaseConfig::fromUrl(address);
}

void Application::fetchPasswordThenOpen()
{
    const bool needsPassword = m_config.backend == Backend::PostgreSQL && m_config.password.isEmpty() &&
        qEnvironmentVariableIsEmpty("PGPASSWORD");
    if (!needsPassword) {
        openAndMigrate();
        return;
    }
    m_secrets->read(m_config.passwordKey(), [this](Result<std::optional<QString>> secret) {
        if (secret && secret->has_value())
            m_config.password = **secret;
        else if (!secret)
            qCWarning(lcApp).noquote() << "database password not read from the keychain:"
                                       << secret.error().toLogString();
        openAndMigrate();
    });
}

void Application::openAndMigrate()
{
    // Opening a server and migrating may take a while: do it on a worker thread with its own connection.
    auto outcome = std::make_shared<Result<QString>>(QString());
    const DatabaseConfig config = m_config;
    QThread* worker = QThread::create([config, outcome] {
        auto database = Database::open(config);
        if (!database) {
            *outcome = database.error();
            return;
        }
        auto report = Migrator().migrate(**database);
        if (!report) {
            *outcome = report.error();
            return;
        }
        if (!report->applied.isEmpty()) {
            qCInfo(lcMigration) << "database migrated from version" << report->fromVersion << "to" << report->toVersion;
        }
        *outcome = report->backupPath;
    });
    worker->setObjectName(u"md-db-open"_s);
    connect(worker, &QThread::finished, this, [this, worker, outcome] {
        worker->deleteLater();
        onMigrated(*outcome);
    });
    worker->start();
}

void Application::onMigrated(const Result<QString>& outcome)
{
    if (!outcome) {
        if (outcome.error().code == "database.auth-failed"_L1 && !m_askedForPassword) {
            m_askedForPassword = true;
            bool ok = false;
            const QString password = QInputDialog::getText(
                nullptr, tr("Database password"),
                tr("Password for %1 (it will be kept in the system keychain):").arg(m_config.displayName()),
                QLineEdit::Password, {}, &ok);
            if (ok && !password.isEmpty()) {
                m_config.password = password;
                m_secrets->write(m_config.passwordKey(), password, [](const Status& status) {
                    if (!status)
                        qCWarning(lcApp).noquote() << "password not saved:" << status.error().toLogString();
                });
                openAndMigrate();
                return;
            }
        }
        fail(outcome.error(), outcome.error().code.startsWith("migration."_L1) ? 3 : 2);
        return;
    }
    if (!outcome->isEmpty())
        qCInfo(lcApp) << "a copy of the database from before the update is at" << *outcome;

    auto database = Database::open(m_config);
    m_config.password.clear();
    if (!database) {
        fail(database.error(), 2);
        return;
    }
    m_database = std::move(*database);
    showWindow();
}

void Application::showWindow()
{
    m_network = std::make_unique<NetworkStatus>();
    m_accounts = std::make_unique<AccountsModel>();
    m_listings = std::make_unique<ListingsModel>();
    m_orders = std::make_unique<OrdersModel>();
    m_returns = std::make_unique<ReturnsModel>();
    m_notifications = std::make_unique<NotificationsModel>();
    for (const Status& status :
         {m_accounts->reload(*m_database), m_listings->reload(*m_database), m_orders->reload(*m_database),
          m_returns->reload(*m_database), m_notifications->reload(*m_database)}) {
        if (!status)
            qCWarning(lcApp).noquote() << "loading a pane failed:" << status.error().toLogString();
    }

    MainWindowContext context;
    context.accounts = m_accounts.get();
    context.listings = m_listings.get();
    context.orders = m_orders.get();
    context.returns = m_returns.get();
    context.notifications = m_notifications.get();
    context.network = m_network.get();
    context.databaseText = m_config.displayName();
    context.databaseVersion = m_database->serverVersion();
    context.demo = m_options.demo;
    m_window = std::make_unique<MainWindow>(context);
    if (m_demo) {
        const auto showSandbox = [this](const QUrl& url) {
            m_window->setDemoStatus(tr("Demo marketplace at %1").arg(url.toString()));
        };
        if (m_demo->baseUrl().isValid())
            showSandbox(m_demo->baseUrl());
        connect(m_demo.get(), &DemoSandbox::ready, m_window.get(), showSandbox);
        connect(m_demo.get(), &DemoSandbox::failed, m_window.get(),
                [this](const QString& message) { m_window->setDemoStatus(message); });
    }
    m_window->show();
    qCInfo(lcApp).noquote() << "ready with" << m_config.displayName() << "(" << context.databaseVersion << ")";
}

void Application::fail(const Error& error, int exitCode)
{
    qCCritical(lcApp).noquote() << error.toLogString();
    m_failureExitCode = exitCode;
    QMessageBox box(QMessageBox::Critical, tr("Marketdesk cannot start"), error.message, QMessageBox::Close);
    box.setObjectName(u"startupError"_s);
    if (!error.detail.isEmpty())
        box.setDetailedText(error.detail);
    if (m_options.exitAfterSeconds > 0)
        QTimer::singleShot(m_options.exitAfterSeconds * 1000, &box, &QMessageBox::reject);
    box.exec();
    QCoreApplication::exit(exitCode);
}

} // namespace md
