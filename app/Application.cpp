#include "Application.h"

#include "DemoSandbox.h"
#include "auth/ConnectFlow.h"
#include "logging/LogCategories.h"
#include "logging/Logging.h"
#include "models/TableModels.h"
#include "net/NetworkStatus.h"
#include "providers/amazon/AmazonClient.h"
#include "providers/ebay/EbayClient.h"
#include "providers/facebook/FacebookClient.h"
#include "providers/shopify/ShopifyClient.h"
#include "secrets/SecretStore.h"
#include "storage/Database.h"
#include "storage/Migrator.h"
#include "storage/repositories/AccountRepository.h"
#include "ui/ConnectDialog.h"
#include "ui/MainWindow.h"

#include <QApplication>
#include <QDir>
#include <QInputDialog>
#include <QLibraryInfo>
#include <QLocale>
#include <QMessageBox>
#include <QNetworkReply>
#include <QSettings>
#include <QStandardPaths>
#include <QTcpServer>
#include <QThread>
#include <QTimer>
#include <QTranslator>
#include <QUrlQuery>

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

QStringList ebayScopes()
{
    return {u"https://api.ebay.com/oauth/api_scope"_s, u"https://api.ebay.com/oauth/api_scope/sell.fulfillment"_s,
            u"https://api.ebay.com/oauth/api_scope/sell.inventory"_s};
}
} // namespace

Application::Application(CommandLineOptions options, QObject* parent)
    : QObject(parent)
    , m_options(std::move(options))
{
}

Application::~Application()
{
    m_window.reset();
    m_connect.reset();
    m_ebay.reset();
    m_amazon.reset();
    m_shopify.reset();
    m_facebook.reset();
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
        connect(m_demo.get(), &DemoSandbox::ready, this, &Application::demoReady);
        // The demo RuName's accept URL is Marketdesk's own loopback address, as a real one is set at eBay.
        m_demoLoopbackPort = freeLoopbackPort();
        m_demo->start(QString::fromLatin1(kDemoRuName),
                      QUrl(u"http://127.0.0.1:%1/callback"_s.arg(m_demoLoopbackPort)));
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
    connect(m_window.get(), &MainWindow::connectAccountRequested, this, &Application::openConnectDialog);
    setUpConnecting();
    if (m_demo) {
        if (m_demo->baseUrl().isValid())
            demoReady();
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

void Application::setUpConnecting()
{
    // Where eBay is: the demo's sandbox, or the real eBay with the app keys from the settings (the client
    // secret is read from the keychain when needed).
    EbayEndpoints endpoints;
    endpoints.scopes = ebayScopes();
    AmazonEndpoints amazon;
    ShopifyEndpoints shopify;
    FacebookEndpoints facebook;
    facebook.scopes = {u"catalog_management"_s, u"commerce_account_read_orders"_s, u"commerce_account_manage_orders"_s};
    shopify.scopes = {u"read_orders"_s, u"write_orders"_s, u"read_products"_s, u"read_inventory"_s,
                      u"write_fulfillments"_s};
    quint16 port = 0;
    if (m_demo) {
        if (!m_demo->baseUrl().isValid())
            return; // demoReady() sets it up once the sandbox listens
        endpoints.authBaseUrl = endpoints.apiBaseUrl = endpoints.identityBaseUrl = m_demo->baseUrl();
        endpoints.clientId = m_demo->clientId();
        endpoints.ruName = QString::fromLatin1(kDemoRuName);
        amazon.sellerCentralUrl = amazon.lwaUrl = amazon.spApiUrl = m_demo->baseUrl();
        amazon.applicationId = amazon.clientId = m_demo->clientId();
        shopify.shopUrlTemplate = m_demo->baseUrl().toString() + u"/shops/{shop}"_s;
        shopify.clientId = m_demo->clientId();
        facebook.dialogUrl = facebook.graphUrl = m_demo->baseUrl();
        facebook.appId = m_demo->clientId();
        port = m_demoLoopbackPort;
    } else {
        QSettings settings;
        settings.beginGroup(u"providers/ebay"_s);
        endpoints.authBaseUrl = settings.value(u"authBaseUrl"_s, u"https://auth.ebay.com"_s).toUrl();
        endpoints.apiBaseUrl = settings.value(u"apiBaseUrl"_s, u"https://api.ebay.com"_s).toUrl();
        endpoints.identityBaseUrl = settings.value(u"identityBaseUrl"_s, u"https://apiz.ebay.com"_s).toUrl();
        endpoints.clientId = settings.value(u"clientId"_s).toString();
        endpoints.ruName = settings.value(u"ruName"_s).toString();
        port = quint16(settings.value(u"redirectPort"_s, 0).toUInt());
        settings.endGroup();
        settings.beginGroup(u"providers/amazon"_s);
        amazon.sellerCentralUrl = settings.value(u"sellerCentralUrl"_s, u"https://sellercentral.amazon.com"_s).toUrl();
        amazon.lwaUrl = settings.value(u"lwaUrl"_s, u"https://api.amazon.com"_s).toUrl();
        amazon.spApiUrl = settings.value(u"spApiUrl"_s, u"https://sellingpartnerapi-na.amazon.com"_s).toUrl();
        amazon.applicationId = settings.value(u"applicationId"_s).toString();
        amazon.clientId = settings.value(u"clientId"_s).toString();
        settings.endGroup();
        shopify.clientId = settings.value(u"providers/shopify/clientId"_s).toString();
        facebook.appId = settings.value(u"providers/facebook/appId"_s).toString();
    }
    m_connect.reset();
    m_ebay = std::make_unique<EbayClient>(endpoints, &m_http);
    m_amazon = std::make_unique<AmazonClient>(amazon, &m_http);
    m_shopify = std::make_unique<ShopifyClient>(shopify, &m_http);
    m_facebook = std::make_unique<FacebookClient>(facebook, &m_http);
    m_connect = std::make_unique<ConnectFlow>(*m_database, *m_secrets);
    m_connect->addClient(m_ebay.get());
    m_connect->addClient(m_amazon.get());
    m_connect->addClient(m_shopify.get());
    m_connect->addClient(m_facebook.get());
    m_connect->setLoopbackPort(port);
    connect(m_connect.get(), &ConnectFlow::connected, this, [this](qint64) {
        if (Status reloaded = m_accounts->reload(*m_database); !reloaded)
            qCWarning(lcApp).noquote() << reloaded.error().toLogString();
        if (!m_demoPendingHouses.isEmpty()) {
            m_demoPendingHouses.removeFirst();
            if (m_demoPendingHouses.isEmpty() && m_window)
                m_window->showPane(MainWindow::Accounts); // the walkthrough is done: show what it connected
        }
        demoConnectNext();
    });
    connect(m_connect.get(), &ConnectFlow::failed, this, [this](const QString&, const QString&) {
        m_demoPendingHouses.clear(); // the walkthrough stops at the first refusal; the log says why
    });
    connect(m_connect.get(), &ConnectFlow::authorizeUrlReady, this, [this](const QUrl& url) {
        if (m_demoPendingHouses.isEmpty())
            return; // a person's own Connect account…: the dialog opens the browser
        // The walkthrough: the demo consent page approves by itself, so Marketdesk can play the browser.
        QUrl withUser = url;
        QUrlQuery query(url);
        query.addQueryItem(u"sandbox_user"_s, m_demoPendingHouses.first().section(u'|', 1, 1));
        withUser.setQuery(query);
        QNetworkReply* reply = m_http.get(QNetworkRequest(withUser));
        connect(reply, &QNetworkReply::finished, reply, &QObject::deleteLater);
    });
}

void Application::openConnectDialog()
{
    if (!m_connect) {
        QMessageBox::information(m_window.get(), tr("Connect account"),
                                 tr("The demo marketplace is still starting. Try again in a moment."));
        return;
    }
    ConnectFlow* flow = m_connect.get();
    auto* dialog = new ConnectDialog(
        *flow,
        [flow](const QString& name) {
            const Status house = flow->checkHouseName(name);
            return house ? QString() : house.error().message;
        },
        m_window.get());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this] { m_window->showPane(MainWindow::Accounts); });
    dialog->open();
}

void Application::demoReady()
{
    if (!m_database || m_demoSecretStored)
        return; // the database is not open yet (showWindow() comes back here), or this already ran
    m_demoSecretStored = true;
    if (!m_connect)
        setUpConnecting(); // showWindow() already did when the sandbox was up first
    // The demo app's secret lives in the demo keychain, like a real one.
    const QList<std::pair<Provider, Environment>> keys {
        {Provider::Facebook, Environment::Production}, {Provider::Facebook, Environment::Sandbox},
        {Provider::Shopify, Environment::Production},  {Provider::Shopify, Environment::Sandbox},
        {Provider::Amazon, Environment::Production},   {Provider::Amazon, Environment::Sandbox},
        {Provider::Ebay, Environment::Production},     {Provider::Ebay, Environment::Sandbox}};
    for (const auto& [provider, environment] : keys) {
        const bool last = provider == Provider::Ebay && environment == Environment::Sandbox;
        m_secrets->write(
            ConnectFlow::clientSecretKey(provider, environment), m_demo->clientSecret(),
            [this, last](const Status& written) {
                if (!written) {
                    qCWarning(lcApp).noquote() << "demo app secret not stored:" << written.error().toLogString();
                    return;
                }
                if (!last)
                    return;
                // First run: connect two eBay houses, an Amazon seller and a Shopify store through the real OAuth path.
                auto accounts = AccountRepository(*m_database).list();
                if (accounts && accounts->isEmpty()) {
                    m_demoPendingHouses = {u"Warehouse-A|warehouse_a_seller|ebay"_s,
                                           u"Montreal|boutique_montreal|ebay"_s, u"Maple Goods|maple_goods|amazon"_s,
                                           u"Maple & Co.|maple-and-co.myshopify.com|shopify"_s};
                    demoConnectNext();
                }
            });
    }
}

void Application::demoConnectNext()
{
    if (m_demoPendingHouses.isEmpty() || !m_connect || m_connect->isRunning())
        return;
    ConnectRequest request;
    request.provider = providerFromKey(m_demoPendingHouses.first().section(u'|', 2, 2)).value_or(Provider::Ebay);
    request.environment = Environment::Sandbox;
    request.houseName = m_demoPendingHouses.first().section(u'|', 0, 0);
    request.purpose = Purpose::Seller;
    if (request.provider == Provider::Shopify)
        request.shopDomain = m_demoPendingHouses.first().section(u'|', 1, 1);
    qCInfo(lcApp).noquote() << "demo: connecting the" << providerDisplayName(request.provider) << "house"
                            << request.houseName;
    if (Status started = m_connect->start(request); !started) {
        qCWarning(lcApp).noquote() << "demo:" << started.error().toLogString();
        m_demoPendingHouses.clear();
    }
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
