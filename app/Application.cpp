#include "Application.h"

#include "DemoSandbox.h"
#include "DemoWalkthrough.h"
#include "accounts/AccountService.h"
#include "auth/AccountSupervisor.h"
#include "auth/ConnectFlow.h"
#include "auth/HealthMonitor.h"
#include "auth/TokenManager.h"
#include "core/Settings.h"
#include "domain/Words.h"
#include "logging/LogCategories.h"
#include "logging/Logging.h"
#include "models/AccountsModel.h"
#include "models/ListingsModel.h"
#include "models/LiveRefresh.h"
#include "models/NotificationsModel.h"
#include "models/OrdersModel.h"
#include "models/OutboxModel.h"
#include "models/ReturnsModel.h"
#include "models/StockModel.h"
#include "net/NetworkStatus.h"
#include "notifications/AccountAlerts.h"
#include "notifications/NotificationText.h"
#include "providers/AuthClient.h"
#include "providers/Marketplace.h"
#include "providers/OrderSource.h"
#include "providers/ProviderSettings.h"
#include "secrets/SecretKeys.h"
#include "secrets/SecretStore.h"
#include "storage/ChangeFeed.h"
#include "storage/Database.h"
#include "storage/DatabaseWorker.h"
#include "storage/Migrator.h"
#include "storage/repositories/AccountRepository.h"
#include "storage/repositories/OrderRepository.h"
#include "storage/repositories/OutboxRepository.h"
#include "storage/repositories/StockRepository.h"
#include "sync/PagedSync.h"
#include "sync/SyncService.h"
#include "ui/ConnectDialog.h"
#include "ui/MainWindow.h"
#include "ui/ProvidersDialog.h"
#include "ui/TablePane.h"
#include "ui/TrayIcon.h"

#include <QApplication>
#include <QDir>
#include <QFileInfo>
#include <QIcon>
#include <QInputDialog>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLibraryInfo>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTcpServer>
#include <QThread>
#include <QTimer>
#include <QTranslator>

using namespace Qt::StringLiterals;

namespace md {

namespace {
constexpr auto kKeychainService = "Marketdesk";
constexpr auto kDemoKeychainService = "Marketdesk Demo"; // demo secrets never mix with real ones
constexpr auto kDemoRuName = "Marketdesk-Demo-RuName";

quint16 freeLoopbackPort()
{
    QTcpServer probe;
    return probe.listen(QHostAddress::LocalHost, 0) ? probe.serverPort() : 0;
}

constexpr auto kKeychainProbeKey = "probe/keychain-reachable"; // never written: reading it only asks the keychain
} // namespace

Application::Application(CommandLineOptions options, QObject* parent)
    : QObject(parent)
    , m_options(std::move(options))
{
}

Application::~Application()
{
    m_window.reset();
    m_orders.reset();
    m_ordersWorker.reset(); // its connection closes on its thread before the process tears SQL down
    m_feed.reset(); // so does the change feed's
    m_sync.reset(); // joins the sync thread before the token manager it asks goes
    m_supervisor.reset();
    m_health.reset();
    m_tokens.reset();
    m_alerts.reset();
    m_connect.reset();
    m_clients.clear();
    m_walkthrough.reset();
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
    // Until the main window shows, a start-up dialog (the database password, a restore offer) may be the only
    // window: closing it must not quit the app while the database opens behind it.
    QApplication::setQuitOnLastWindowClosed(false);
    QDir().mkpath(m_dataDir);
    tightenPermissions();
    Logging::initialize({QDir(m_dataDir).filePath(u"logs"_s), true, m_options.verbose});
    qCInfo(lcApp).noquote() << "Marketdesk" << QApplication::applicationVersion() << "starting; data in" << m_dataDir
                            << "; settings in" << QSettings().fileName();

    installTranslations();
    m_secrets =
        std::make_unique<SecretStore>(QString::fromLatin1(m_options.demo ? kDemoKeychainService : kKeychainService));
    if (m_options.demo) {
        m_demoSettling = true; // account care waits for the demo houses to sign in to the fresh sandbox
        m_demo = std::make_unique<DemoSandbox>();
        m_walkthrough = std::make_unique<DemoWalkthrough>(*m_demo, m_http);
        connect(m_walkthrough.get(), &DemoWalkthrough::settled, this, [this](bool connectedFirstTime) {
            m_demoSettling = false;
            updateAccountCareRunning();
            if (m_window && connectedFirstTime)
                m_window->showPane(MainWindow::Accounts); // the first walkthrough is done: show what it connected
        });
        connect(m_demo.get(), &DemoSandbox::failed, this,
                [](const QString& message) { qCWarning(lcApp).noquote() << message; });
        connect(m_demo.get(), &DemoSandbox::ready, this, &Application::demoReady);
        // The demo RuName's accept URL is Marketdesk's own loopback address, as a real one is set at eBay.
        m_demoLoopbackPort = freeLoopbackPort();
        m_demo->start(QString::fromLatin1(kDemoRuName), QUrl(u"http://127.0.0.1:%1/callback"_s.arg(m_demoLoopbackPort)),
                      m_options.demoOrders);
    }

    auto config = chooseDatabase();
    if (!config) {
        fail(config.error(), 2);
        return false;
    }
    m_config = *config;
    m_newDatabase = m_config.backend == Backend::Sqlite && !QFile::exists(m_config.sqlitePath);
    if (m_options.exitAfterSeconds > 0)
        QTimer::singleShot(m_options.exitAfterSeconds * 1000, qApp, &QApplication::quit);
    fetchPasswordThenOpen();
    return true;
}

void Application::tightenPermissions() const
{
    // New files are 0600 (main() sets the umask); files of earlier versions, or copied in, are made so too. Only
    // Marketdesk's own entries: --data-dir may name a folder that holds other things.
    constexpr auto kFolder = QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner;
    constexpr auto kFile = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
    const QDir data(m_dataDir);
    QFile::setPermissions(m_dataDir, kFolder);
    for (const QString& name : data.entryList({u"marketdesk.sqlite*"_s, u"*.bak"_s}, QDir::Files | QDir::Hidden))
        QFile::setPermissions(data.filePath(name), kFile);
    const QDir logs(data.filePath(u"logs"_s));
    if (logs.exists()) {
        QFile::setPermissions(logs.path(), kFolder);
        for (const QString& name : logs.entryList({u"marketdesk*.log"_s}, QDir::Files))
            QFile::setPermissions(logs.filePath(name), kFile);
    }
    const QString settings = QSettings().fileName();
    if (QFile::exists(settings)) {
        QFile::setPermissions(settings, kFile);
        QFile::setPermissions(QFileInfo(settings).absolutePath(), kFolder);
    }
}

void Application::setIdentity()
{
    QApplication::setOrganizationName(u"Marketdesk"_s);
    QApplication::setApplicationName(u"Marketdesk"_s);
    QApplication::setApplicationDisplayName(u"Marketdesk"_s);
    QApplication::setApplicationVersion(QStringLiteral(MARKETDESK_VERSION));
    QApplication::setDesktopFileName(u"marketdesk"_s);
    QApplication::setWindowIcon(QIcon(u":/icons/marketdesk.svg"_s));
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
    // Without a translation for the locale, English: it has the plural forms ("1 order", "2 orders").
    if (appTranslator->load(locale, u"marketdesk"_s, u"_"_s, u":/i18n"_s) ||
        appTranslator->load(u"marketdesk_en"_s, u":/i18n"_s)) {
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
    auto config = DatabaseConfig::fromUrl(address);
    if (config && config->backend == Backend::Sqlite) {
        // A file named by hand is created only in a folder that exists: a typo never makes a folder tree.
        const QFileInfo file(config->sqlitePath);
        if (!file.absoluteDir().exists()) {
            return Error {u"database.folder-missing"_s,
                          tr("The folder %1 does not exist, so there is no database %2 in it. Check the path, or "
                             "create the folder first.")
                              .arg(QDir::toNativeSeparators(file.absolutePath()), file.fileName()),
                          {}};
        }
    }
    return config;
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
        // A damaged SQLite file is never written to: checked before any migration or write.
        if (Status sound = (*database)->quickCheck(); !sound) {
            *outcome = sound.error();
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
        if (outcome.error().code == "database.auth-failed"_L1 && m_passwordAttempts < kPasswordAttempts) {
            const bool refused = m_passwordAttempts > 0 || !m_config.password.isEmpty();
            ++m_passwordAttempts;
            QInputDialog dialog;
            dialog.setObjectName(u"databasePassword"_s);
            dialog.setWindowTitle(tr("Database password"));
            dialog.setLabelText((refused
                                     ? tr("The server refused this password for %1. Type it again:")
                                     : tr("Password for %1 (it will be kept in the system keychain once it works):"))
                                    .arg(m_config.displayName()));
            dialog.setTextEchoMode(QLineEdit::Password);
            if (dialog.exec() == QDialog::Accepted && !dialog.textValue().isEmpty()) {
                m_config.password = dialog.textValue();
                m_passwordTyped = true;
                openAndMigrate();
                return;
            }
        }
        if (outcome.error().code == "database.corrupt"_L1 && offerRestore(outcome.error()))
            return;
        fail(outcome.error(), outcome.error().code.startsWith("migration."_L1) ? 3 : 2);
        return;
    }
    if (m_passwordTyped) {
        // The password worked: kept in the keychain (never in the settings) for the next start.
        m_secrets->write(m_config.passwordKey(), m_config.password, [](const Status& status) {
            if (!status)
                qCWarning(lcApp).noquote()
                    << "database password not kept in the keychain:" << status.error().toLogString();
            else
                qCInfo(lcApp) << "database password kept in the keychain";
        });
        m_passwordTyped = false;
    }
    if (!outcome->isEmpty())
        qCInfo(lcApp) << "a copy of the database from before the update is at" << *outcome;

    auto database = Database::open(m_config);
    m_workerConfig = m_config; // the sync worker opens its own connection
    m_config.password.clear();
    if (!database) {
        fail(database.error(), 2);
        return;
    }
    m_database = std::move(*database);
    showWindow();
}

bool Application::offerRestore(const Error& damage)
{
    if (m_config.backend != Backend::Sqlite)
        return false;
    const QFileInfo file(m_config.sqlitePath);
    // The newest copy Marketdesk took before a schema update, beside the database.
    const QFileInfoList copies =
        file.absoluteDir().entryInfoList({file.fileName() + u".v*.bak"_s}, QDir::Files, QDir::Time);
    qCCritical(lcApp).noquote() << damage.toLogString();
    QMessageBox box(QMessageBox::Critical, tr("The database is damaged"), damage.message, QMessageBox::NoButton);
    box.setObjectName(u"databaseDamaged"_s);
    box.setDetailedText(damage.detail);
    QPushButton* restore = nullptr;
    if (!copies.isEmpty()) {
        const QFileInfo& copy = copies.first();
        box.setInformativeText(tr("Marketdesk has not written to it. The copy taken on %1 can replace it; the damaged "
                                  "file is kept beside it, renamed.")
                                   .arg(QLocale().toString(copy.lastModified(), QLocale::LongFormat)));
        restore = box.addButton(
            tr("Restore the copy of %1").arg(QLocale().toString(copy.lastModified().date(), QLocale::ShortFormat)),
            QMessageBox::AcceptRole);
        restore->setObjectName(u"restoreCopy"_s);
    } else {
        box.setInformativeText(tr("Marketdesk has not written to it, and there is no copy of it here. Restore a "
                                  "backup of %1, then start Marketdesk again.")
                                   .arg(QDir::toNativeSeparators(file.absoluteFilePath())));
    }
    box.addButton(tr("Quit"), QMessageBox::RejectRole);
    if (m_options.exitAfterSeconds > 0)
        QTimer::singleShot(m_options.exitAfterSeconds * 1000, &box, &QMessageBox::reject);
    box.exec();
    if (!restore || box.clickedButton() != restore)
        return false;
    const QString aside = u"%1.damaged-%2"_s.arg(file.absoluteFilePath(),
                                                 QDateTime::currentDateTimeUtc().toString(u"yyyyMMdd'T'HHmmss'Z'"_s));
    if (!QFile::rename(file.absoluteFilePath(), aside) ||
        !QFile::copy(copies.first().absoluteFilePath(), file.absoluteFilePath())) {
        fail({u"database.restore-failed"_s,
              tr("The copy could not replace the damaged database in %1.")
                  .arg(QDir::toNativeSeparators(file.absolutePath())),
              {}},
             2);
        return true;
    }
    for (const QString& suffix : {u"-wal"_s, u"-shm"_s, u".damaged"_s})
        QFile::rename(file.absoluteFilePath() + suffix, aside + suffix); // they belong to the damaged file
    QFile::setPermissions(file.absoluteFilePath(), QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    qCWarning(lcApp).noquote() << "restored" << copies.first().fileName() << "; the damaged database is" << aside;
    openAndMigrate();
    return true;
}

void Application::showWindow()
{
    m_network = std::make_unique<NetworkStatus>();
    m_accounts = std::make_unique<AccountsModel>();
    m_listings = std::make_unique<ListingsModel>();
    m_ordersWorker = std::make_unique<DatabaseWorker>(m_workerConfig);
    m_orders = std::make_unique<OrdersModel>(m_ordersWorker.get());
    // Every committed change — this process's, another one's on the same file, another workstation's — comes
    // back through the feed, and the views re-read what they show.
    m_feed = std::make_unique<ChangeFeed>(m_workerConfig);
    m_orders->follow(*m_feed);
    // The stock and outbox panes re-read every 2 s at most, the accounts (last sync, token state; read on the GUI
    // thread) every 5 s: a sync commits page after page, and each commit moves stock and a cursor.
    auto* warehouse = new LiveRefresh(
        std::chrono::seconds(2), [this] { reloadWarehouse(); }, this);
    auto* accounts = new LiveRefresh(
        std::chrono::seconds(5), [this] { reloadAccounts(); }, this);
    connect(m_feed.get(), &ChangeFeed::changed, this, [this, warehouse, accounts](const QString& aggregate) {
        if (aggregate == "stock"_L1 || aggregate == "outbox"_L1 || aggregate == "orders"_L1)
            warehouse->request();
        if (aggregate == "accounts"_L1 || aggregate == "sync"_L1)
            accounts->request();
        if (aggregate == "notifications"_L1)
            reloadNotifications();
    });
    connect(m_feed.get(), &ChangeFeed::unavailable, this, [](const QString& message) {
        qCWarning(lcApp).noquote() << "change feed unavailable; panes change only on this window's actions:" << message;
    });
    m_feed->start();
    m_returns = std::make_unique<ReturnsModel>();
    m_notifications = std::make_unique<NotificationsModel>();
    m_stock = std::make_unique<StockModel>();
    m_outbox = std::make_unique<OutboxModel>();
    for (const Status& status : {m_accounts->reload(*m_database), m_listings->reload(*m_database),
                                 m_returns->reload(*m_database), m_notifications->reload(*m_database)}) {
        if (!status)
            qCWarning(lcApp).noquote() << "loading a pane failed:" << status.error().toLogString();
    }

    MainWindowContext context;
    context.accounts = m_accounts.get();
    context.listings = m_listings.get();
    context.orders = m_orders.get();
    context.worker = m_ordersWorker.get();
    context.returns = m_returns.get();
    context.notifications = m_notifications.get();
    context.stock = m_stock.get();
    context.outbox = m_outbox.get();
    context.network = m_network.get();
    context.databaseText = m_config.displayName();
    context.databaseVersion = m_database->serverVersion();
    context.demo = m_options.demo;
    context.database = m_database.get();
    context.houseNameProblem = [this](const QString& name, qint64 accountId) {
        return houseNameProblem(name, accountId);
    };
    m_window = std::make_unique<MainWindow>(context);
    connect(m_window.get(), &MainWindow::connectAccountRequested, this, [this] { openConnectDialog(); });
    connect(m_window.get(), &MainWindow::accountActionRequested, this,
            [this](MainWindow::AccountAction action, qint64 id) { onAccountAction(action, id); });
    connect(m_window.get(), &MainWindow::renameRequested, this, &Application::renameAccount);
    connect(m_window.get(), &MainWindow::purposeChangeRequested, this, &Application::changePurpose);
    connect(m_window.get(), &MainWindow::keychainRetryRequested, this, &Application::probeKeychain);
    connect(m_window.get(), &MainWindow::providersSettingsRequested, this, &Application::openProvidersSettings);
    connect(m_window.get(), &MainWindow::syncRequested, this, [this](qint64 id) {
        if (m_sync)
            m_sync->syncNow(id);
    });
    connect(m_window.get(), &MainWindow::syncAllRequested, this, [this] {
        if (m_sync)
            m_sync->syncAll();
    });
    connect(m_window.get(), &MainWindow::rewindRequested, this, [this](qint64 id, const QDate& from) {
        if (m_sync && m_sync->syncing().contains(id)) {
            QMessageBox::information(m_window.get(), tr("Rewind order sync"),
                                     tr("This account's orders are syncing right now; rewind when it is done."));
            return;
        }
        // Local midnight of that day: the next pass reads every order changed since.
        if (Status saved = PagedSync::rewind(*m_database, id, QString::fromLatin1(OrderSource::kResource),
                                             QDateTime(from, QTime(0, 0)));
            !saved) {
            QMessageBox::warning(m_window.get(), tr("Rewind order sync"), saved.error().message);
            return;
        }
        qCInfo(lcApp).noquote() << "order sync of account" << id << "rewound to" << from.toString(Qt::ISODate);
        if (m_sync)
            m_sync->syncNow(id);
    });
    // Ship/Cancel in the Orders pane, Retry/Withdraw in the Outbox pane: the entry goes now (the views hear of
    // the change from the feed).
    connect(m_window.get(), &MainWindow::outboxWritten, this, [this] {
        if (m_sync)
            m_sync->sendOutbox();
    });
    reloadWarehouse();
    connect(m_window.get(), &MainWindow::syncCancelRequested, this, [this] {
        if (m_sync)
            m_sync->cancelAll();
    });
    connect(m_window->tray(), &TrayIcon::messageClicked, this, [this] {
        m_window->show();
        m_window->raise();
        m_window->activateWindow();
        m_window->showPane(MainWindow::Notifications);
    });
    m_alerts = std::make_unique<AccountAlerts>(*m_database);
    // What a person does to an account: whoever holds something of it reacts to what the service announces.
    m_accountService = std::make_unique<AccountService>(*m_database, *m_secrets);
    connect(m_accountService.get(), &AccountService::changed, this, &Application::accountsChanged);
    connect(m_accountService.get(), &AccountService::activeChanged, this, [this](qint64 id, bool active) {
        if (m_tokens)
            m_tokens->forget(id);
        if (!active && m_alerts)
            (void)m_alerts->clear(id); // nothing to warn about while it is off
    });
    connect(m_accountService.get(), &AccountService::forgotten, this, [this](qint64 id) {
        if (m_tokens)
            m_tokens->forget(id);
    });
    connect(m_alerts.get(), &AccountAlerts::raised, m_window.get(), &MainWindow::showAlert);
    connect(m_alerts.get(), &AccountAlerts::changed, this, &Application::reloadNotifications);
    connect(m_secrets.get(), &SecretStore::stateChanged, this, &Application::keychainStateChanged);
    connect(m_network.get(), &NetworkStatus::reachabilityChanged, this, &Application::updateAccountCareRunning);
    m_tick = new QTimer(this);
    m_tick->setInterval(std::chrono::seconds(30)); // "expires in …" columns move on
    connect(m_tick, &QTimer::timeout, m_accounts.get(), &AccountsModel::tick);
    m_tick->start();
    // The deeper check of the SQLite file, in the background: ten minutes after start, then daily.
    auto* integrity = new QTimer(this);
    integrity->setObjectName(u"integrityCheck"_s);
    integrity->setSingleShot(true);
    connect(integrity, &QTimer::timeout, this, [this, integrity] {
        checkIntegrity();
        integrity->start(std::chrono::hours(24));
    });
    integrity->start(std::chrono::minutes(10));
    setUpConnecting();
    probeKeychain();
    if (m_demo) {
        if (m_demo->baseUrl().isValid())
            demoReady(); // the sandbox was up before the database: the walkthrough starts now
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
    QApplication::setQuitOnLastWindowClosed(true);
    if (m_newDatabase) {
        // A first start: say where the (empty) database is, so a mistyped path is noticed at once.
        const QString where = QDir::toNativeSeparators(m_config.sqlitePath);
        qCInfo(lcApp).noquote() << "a new, empty database was created at" << where;
        m_window->statusBar()->showMessage(tr("A new, empty database was created at %1.").arg(where), 30000);
    }
    qCInfo(lcApp).noquote() << "ready with" << m_config.displayName() << "(" << context.databaseVersion << ")";
}

void Application::setUpConnecting()
{
    // One client per marketplace and environment: the demo's sandbox, or the addresses and app keys of the
    // Providers settings (the client secrets are read from the keychain when needed).
    if (m_demo && !m_demo->baseUrl().isValid())
        return; // demoReady() sets it up once the sandbox listens
    m_sync.reset();
    m_supervisor.reset();
    m_health.reset();
    m_tokens.reset();
    m_connect.reset();
    m_clients.clear();
    m_connect = std::make_unique<ConnectFlow>(*m_database, *m_secrets);
    m_tokens = std::make_unique<TokenManager>(*m_database, *m_secrets);
    for (const ProviderEndpoints& endpoints : currentEndpoints()) {
        std::unique_ptr<AuthClient> client = Marketplace::of(endpoints.provider).authClient(endpoints, &m_http);
        if (!client)
            continue;
        m_connect->addClient(client.get(), endpoints.environment);
        m_tokens->addClient(client.get(), endpoints.environment);
        if (endpoints.redirectPort != 0)
            m_connect->setLoopbackPort(endpoints.provider, endpoints.environment, endpoints.redirectPort);
        m_clients.push_back(std::move(client));
    }
    connect(m_connect.get(), &ConnectFlow::connected, this, [this](qint64 accountId) {
        m_tokens->forget(accountId); // a reconnect brought new tokens
        accountsChanged();
    });
    if (m_walkthrough)
        m_walkthrough->attach(*m_connect);
    setUpAccountCare();
    setUpSync();
}

QList<ProviderEndpoints> Application::currentEndpoints() const
{
    // The Providers settings, or — in demo mode — the demo sandbox for every marketplace and environment.
    QSettings settings;
    QList<ProviderEndpoints> list;
    for (Environment environment : {Environment::Production, Environment::Sandbox}) {
        for (Provider provider : providerSettings::oauthProviders()) {
            ProviderEndpoints endpoints = providerSettings::load(settings, provider, environment);
            if (m_demo) {
                const QString base = m_demo->baseUrl().toString();
                endpoints.authUrl = endpoints.apiUrl = endpoints.identityUrl = base;
                if (provider == Provider::Shopify)
                    endpoints.apiUrl = base + u"/shops/{shop}"_s;
                endpoints.clientId = m_demo->clientId();
                endpoints.appName = provider == Provider::Ebay ? QString::fromLatin1(kDemoRuName) : m_demo->clientId();
                endpoints.redirectPort = m_demoLoopbackPort;
            }
            list << endpoints;
        }
    }
    return list;
}

void Application::setUpSync()
{
    m_sync = std::make_unique<SyncService>(m_workerConfig, *m_tokens, currentEndpoints());
    m_sync->setDataFolder(m_dataDir);
    m_sync->setInterval(settings::minutes(QSettings(), settings::kOrdersIntervalMinutes));
    connect(m_sync.get(), &SyncService::progress, this, [this](qint64 id, int entries, const QString& resource) {
        if (resource != QLatin1StringView(OrderSource::kResource))
            return;
        m_syncProgress.insert(id, entries);
        updateSyncStatus();
    });
    connect(m_sync.get(), &SyncService::waiting, this, [this](qint64, const QString& message) {
        if (m_window)
            m_window->statusBar()->showMessage(tr("Database server unreachable, retrying… %1").arg(message), 30000);
    });
    connect(m_sync.get(), &SyncService::syncingChanged, this, &Application::updateSyncStatus);
    connect(m_sync.get(), &SyncService::outboxRefused, this, [this](const Notification& notification) {
        if (m_window)
            m_window->showAlert(notification); // the tray, or the window's bar
        reloadNotifications();
    });
    connect(m_sync.get(), &SyncService::unavailable, this,
            [](const QString& message) { qCWarning(lcApp).noquote() << "order sync unavailable:" << message; });
    connect(m_sync.get(), &SyncService::finished, this,
            [this](qint64 id, const QString& code, const QString& message, const QString& resource) {
                if (resource == QLatin1StringView(OrderSource::kResource))
                    m_syncProgress.remove(id);
                updateSyncStatus();
                if (!code.isEmpty() && code != "sync.cancelled"_L1 && m_window) {
                    auto account = AccountRepository(*m_database).findById(id);
                    const QString house = account && account->has_value() ? (*account)->houseName : QString();
                    m_window->statusBar()->showMessage(
                        tr("Syncing the %1 of %2 failed: %3").arg(Words::syncedResource(resource), house, message),
                        15000);
                }
            });
    m_sync->start();
    if (auto accounts = AccountRepository(*m_database).list(); accounts)
        m_sync->setAccounts(*accounts);
    updateAccountCareRunning();
}

void Application::checkIntegrity()
{
    if (m_config.backend != Backend::Sqlite)
        return;
    // A connection and thread of its own: on a large file the check takes a while, and the Orders pane's worker
    // keeps answering meanwhile.
    auto* checker = new DatabaseWorker(m_workerConfig, this);
    checker->run<bool>(
        this,
        [](const Database& db) -> Result<bool> {
            if (Status sound = db.integrityCheck(); !sound)
                return sound.error();
            return true;
        },
        [this, checker](Result<bool> sound) {
            checker->deleteLater();
            if (sound || sound.error().code != "database.corrupt"_L1)
                return;
            // Every connection of this process stops writing to the file (see Database::isDamaged()).
            Notification n;
            n.kind = u"database.corrupt"_s;
            n.severity = Severity::Error;
            n.episodeKey = u"database/damaged"_s;
            n.args.insert(u"message"_s, sound.error().message);
            NotificationText::fill(n);
            n.createdAt = QDateTime::currentDateTimeUtc();
            if (m_window)
                m_window->showAlert(n);
        });
}

void Application::reloadWarehouse()
{
    m_ordersWorker->run<QList<StockLevel>>(
        this, [](const Database& db) { return StockRepository(db).levels(); },
        [this](Result<QList<StockLevel>> levels) {
            if (levels)
                m_stock->sync(*levels);
            else
                qCWarning(lcApp).noquote() << "stock not read:" << levels.error().toLogString();
        });
    m_ordersWorker->run<QList<OutboxEntry>>(
        this, [](const Database& db) { return OutboxRepository(db).list(); },
        [this](Result<QList<OutboxEntry>> entries) {
            if (entries)
                m_outbox->sync(*entries);
            else
                qCWarning(lcApp).noquote() << "outbox not read:" << entries.error().toLogString();
        });
}

void Application::updateSyncStatus()
{
    if (!m_window || !m_sync)
        return;
    const QSet<qint64> syncing = m_sync->syncing();
    if (syncing.isEmpty()) {
        m_window->setSyncStatus({});
        return;
    }
    int orders = 0;
    for (qint64 id : syncing)
        orders += m_syncProgress.value(id);
    QString house;
    if (syncing.size() == 1) {
        auto account = AccountRepository(*m_database).findById(*syncing.cbegin());
        if (account && account->has_value())
            house = (*account)->houseName;
    }
    m_window->setSyncStatus(syncing.size() == 1
                                ? tr("Syncing the orders of %1: %2 so far…").arg(house).arg(orders)
                                : tr("Syncing %1 accounts: %2 orders so far…").arg(syncing.size()).arg(orders));
}

void Application::setUpAccountCare()
{
    // Token refresh, health checks and alerts, on the intervals of the settings (minutes).
    const QSettings stored;
    RefreshPolicy refresh;
    refresh.refreshAhead = settings::minutes(stored, settings::kRefreshAheadMinutes);
    m_tokens->setPolicy(refresh);
    SupervisorPolicy policy;
    policy.refreshInterval = settings::minutes(stored, settings::kRefreshIntervalMinutes);
    policy.healthInterval = settings::minutes(stored, settings::kHealthIntervalMinutes);
    m_health = std::make_unique<HealthMonitor>(*m_database, *m_tokens);
    m_health->setWriter(m_ordersWorker.get());
    m_supervisor = std::make_unique<AccountSupervisor>(*m_database, *m_tokens, *m_health, *m_alerts);
    m_supervisor->setPolicy(policy);
    const auto refreshing = [this] {
        QSet<qint64> ids;
        for (const AccountRow& row : m_accounts->records()) {
            if (m_tokens->isRefreshing(row.id))
                ids.insert(row.id);
        }
        m_accounts->setRefreshing(ids);
    };
    connect(m_tokens.get(), &TokenManager::refreshStarted, this, refreshing);
    connect(m_tokens.get(), &TokenManager::refreshFinished, this, refreshing);
    connect(m_supervisor.get(), &AccountSupervisor::accountUpdated, this, &Application::reloadAccounts);
    updateAccountCareRunning();
}

void Application::probeKeychain()
{
    // Reading a key that is never written asks the keychain whether it answers, without touching anything.
    m_secrets->read(QString::fromLatin1(kKeychainProbeKey), [](const Result<std::optional<QString>>&) {});
}

void Application::keychainStateChanged()
{
    const bool available = m_secrets->state() != SecretStore::State::Unavailable;
    if (available)
        qCInfo(lcApp) << "keychain available";
    else
        qCWarning(lcApp) << "keychain unavailable: accounts cannot sign in; working on local data";
    m_accounts->setKeychainAvailable(available);
    if (m_window) {
        m_window->setKeychainProblem(
            available ? QString()
                      : tr("The system keychain is unavailable or locked, so accounts cannot sign in to their "
                           "marketplaces. Local data stays available, and nothing secret is written anywhere else. "
                           "Unlock the keychain (or start its service), then choose Retry."));
    }
    updateAccountCareRunning();
}

void Application::updateAccountCareRunning()
{
    // Refreshes and health checks need the keychain and a network: without them they would only record
    // failures (and alert about accounts that are fine). Local data stays available either way.
    if (!m_supervisor)
        return;
    const bool keychain = m_secrets->state() != SecretStore::State::Unavailable;
    const bool online = !m_network || m_network->reachability() != NetworkStatus::Reachability::Offline;
    const bool run = keychain && online && !m_demoSettling;
    if (m_sync)
        m_sync->setPaused(!run);
    if (run && !m_supervisor->isRunning()) {
        qCInfo(lcApp) << "account care running";
        m_supervisor->start();
    } else if (!run && m_supervisor->isRunning()) {
        qCInfo(lcApp) << "account care paused:" << (keychain ? "offline" : "no keychain");
        m_supervisor->stop();
    }
}

QString Application::houseNameProblem(const QString& houseName, qint64 accountId) const
{
    const Status house = AccountService::checkHouseName(*m_database, houseName, accountId);
    return house ? QString() : house.error().message;
}

void Application::reloadAccounts()
{
    if (Status reloaded = m_accounts->reload(*m_database); !reloaded)
        qCWarning(lcApp).noquote() << reloaded.error().toLogString();
}

void Application::accountsChanged()
{
    reloadAccounts();
    if (m_supervisor)
        m_supervisor->accountsChanged();
    if (m_sync) {
        if (auto accounts = AccountRepository(*m_database).list(); accounts)
            m_sync->setAccounts(*accounts);
    }
    reloadNotifications();
}

void Application::reloadNotifications()
{
    if (Status reloaded = m_notifications->reload(*m_database); !reloaded)
        qCWarning(lcApp).noquote() << reloaded.error().toLogString();
}

void Application::onAccountAction(int action, qint64 accountId)
{
    auto account = AccountRepository(*m_database).findById(accountId);
    if (!account || !account->has_value())
        return;
    const QString house = (*account)->houseName;
    switch (MainWindow::AccountAction(action)) {
    case MainWindow::Reconnect:
        openConnectDialog(accountId);
        break;
    case MainWindow::RefreshToken:
        if (!m_tokens)
            break;
        m_window->statusBar()->showMessage(tr("Refreshing the token of %1…").arg(house));
        m_tokens->refresh(accountId, [this, house](const Result<QString>& token) {
            if (m_window) {
                m_window->statusBar()->showMessage(
                    token ? tr("Refreshed the token of %1.").arg(house)
                          : tr("Refreshing %1 failed: %2").arg(house, token.error().message),
                    10000);
            }
        });
        break;
    case MainWindow::HealthCheck:
        if (m_health) {
            m_window->statusBar()->showMessage(tr("Checking %1…").arg(house), 5000);
            m_health->check(accountId);
        }
        break;
    case MainWindow::Deactivate:
        setActive(accountId, false);
        break;
    case MainWindow::Reactivate:
        setActive(accountId, true);
        break;
    case MainWindow::Forget:
        forgetAccount(accountId);
        break;
    }
}

void Application::setActive(qint64 accountId, bool active)
{
    if (Status changed = m_accountService->setActive(accountId, active); !changed)
        m_window->reportProblem(active ? tr("Reactivate account") : tr("Account"), changed.error().message);
}

void Application::renameAccount(qint64 accountId, const QString& houseName)
{
    if (Status renamed = m_accountService->rename(accountId, houseName); !renamed)
        m_window->reportProblem(tr("Rename house"), renamed.error().message);
}

void Application::changePurpose(qint64 accountId, Purpose purpose)
{
    if (Status changed = m_accountService->changePurpose(accountId, purpose); !changed)
        m_window->reportProblem(tr("Change purpose"), changed.error().message);
}

void Application::forgetAccount(qint64 accountId)
{
    m_accountService->forget(accountId, [this](const Status& forgotten) {
        if (!forgotten && m_window)
            m_window->reportProblem(tr("Forget account"), forgotten.error().message);
    });
}

void Application::openProvidersSettings()
{
    QSettings settings;
    QList<ProviderEndpoints> current;
    for (Provider provider : providerSettings::oauthProviders()) {
        for (Environment environment : {Environment::Production, Environment::Sandbox})
            current << providerSettings::load(settings, provider, environment);
    }
    auto* dialog = new ProvidersDialog(
        current,
        [this](Provider provider, Environment environment, const QString& secret) {
            m_secrets->write(secretkeys::clientSecretKey(provider, environment), secret, [this](const Status& written) {
                if (!written && m_window) {
                    QMessageBox::warning(m_window.get(), tr("Providers"),
                                         tr("The client secret was not stored: %1").arg(written.error().message));
                }
            });
        },
        m_options.demo, m_window.get());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        QSettings saved;
        for (const ProviderEndpoints& endpoints : dialog->endpoints())
            providerSettings::save(saved, endpoints);
        qCInfo(lcApp) << "providers settings saved";
        if (!m_connect || !m_connect->isRunning())
            setUpConnecting(); // new addresses and keys take effect now
    });
    dialog->open();
}

void Application::openConnectDialog(qint64 reconnectAccountId)
{
    if (!m_connect) {
        QMessageBox::information(m_window.get(), tr("Connect account"),
                                 tr("The demo marketplace is still starting. Try again in a moment."));
        return;
    }
    auto* dialog = new ConnectDialog(
        *m_connect, [this](const QString& name, qint64 accountId) { return houseNameProblem(name, accountId); },
        m_window.get());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (reconnectAccountId != 0) {
        auto account = AccountRepository(*m_database).findById(reconnectAccountId);
        if (!account || !account->has_value())
            return;
        dialog->setReconnect(**account);
    }
    connect(dialog, &QDialog::accepted, this, [this] {
        accountsChanged();
        m_window->showPane(MainWindow::Accounts);
    });
    dialog->open();
}

void Application::demoReady()
{
    if (!m_database)
        return; // the database is not open yet (showWindow() comes back here)
    if (!m_connect)
        setUpConnecting(); // showWindow() already did when the sandbox was up first
    m_walkthrough->begin(*m_database, *m_ordersWorker, *m_secrets);
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
