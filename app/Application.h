#pragma once

#include "CommandLine.h"
#include "core/Result.h"
#include "domain/Account.h"
#include "domain/Notification.h"
#include "storage/DatabaseConfig.h"

#include <QHash>
#include <QNetworkAccessManager>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <memory>

class QThread;
class QTranslator;

namespace md {

class AccountAlerts;
class AccountService;
class AccountSupervisor;
class AccountsModel;
class ChangeFeed;
class AuthClient;
class HealthMonitor;
class TokenManager;
class SyncService;
struct ProviderEndpoints;
struct Notification;
class ConnectFlow;
class DemoSandbox;
class DemoWalkthrough;
class Database;
class ListingsModel;
class MainWindow;
class NetworkStatus;
class NotificationsModel;
class OrdersModel;
class OutboxModel;
class StockModel;
class DatabaseWorker;
class ReturnsModel;
class SecretStore;

/// Wires services, models and the window together and runs the start-up sequence:
/// paths and logging → translations → database password (keychain) → open and migrate the database on a worker
/// thread → models → main window. Any failure is shown to the person with what to do, and logged.
class Application : public QObject {
    Q_OBJECT
public:
    explicit Application(CommandLineOptions options, QObject* parent = nullptr);
    ~Application() override;

    /// Names the process (organization, application, version, desktop file, icon): settings and data folders
    /// follow from them. Call it right after creating the QApplication.
    static void setIdentity();

    /// Starts the sequence; returns false when it failed before the event loop was needed.
    bool start();
    /// The process exit code a failed start-up asks for, 0 when start-up did not fail.
    int failureExitCode() const { return m_failureExitCode; }

private:
    /// The data folder, its database files, logs and the settings file: the user's alone (0700 / 0600).
    void tightenPermissions() const;
    /// A damaged SQLite database: offers to put the newest pre-update copy in its place (the damaged file kept,
    /// renamed) and, if the person agrees, opens again. False when nothing was restored.
    bool offerRestore(const Error& damage);
    void installTranslations();
    Result<DatabaseConfig> chooseDatabase() const;
    void fetchPasswordThenOpen();
    void openAndMigrate();
    void onMigrated(const Result<QString>& outcome);
    void showWindow();
    void fail(const Error& error, int exitCode);
    void setUpConnecting();
    void setUpAccountCare();
    void setUpSync();
    QList<ProviderEndpoints> currentEndpoints() const;
    void updateSyncStatus();
    /// Reads the Stock and Outbox panes' rows again, on the orders' database worker.
    void reloadWarehouse();
    void openConnectDialog(qint64 reconnectAccountId = 0);
    void onAccountAction(int action, qint64 accountId);
    void renameAccount(qint64 accountId, const QString& houseName);
    void changePurpose(qint64 accountId, Purpose purpose);
    void forgetAccount(qint64 accountId);
    void setActive(qint64 accountId, bool active);
    void accountsChanged();
    void probeKeychain();
    void keychainStateChanged();
    void updateAccountCareRunning();
    void openProvidersSettings();
    void reloadNotifications();
    void reloadAccounts();
    /// PRAGMA integrity_check on a database worker of its own; a damaged file stops every write and says so.
    void checkIntegrity();
    QString houseNameProblem(const QString& houseName, qint64 accountId) const;
    void demoReady();

    CommandLineOptions m_options;
    QString m_dataDir;
    DatabaseConfig m_config;
    static constexpr int kPasswordAttempts = 3;
    int m_passwordAttempts = 0; ///< database passwords asked for at this start
    bool m_passwordTyped = false;
    bool m_newDatabase = false; ///< the SQLite file did not exist before this start ///< the password in m_config was
                                ///< typed: kept in the keychain once it works
    int m_failureExitCode = 0;
    std::unique_ptr<SecretStore> m_secrets;
    std::unique_ptr<DemoSandbox> m_demo;
    quint16 m_demoLoopbackPort = 0;
    std::unique_ptr<DemoWalkthrough> m_walkthrough;
    bool m_demoSettling = false; ///< account care waits until the walkthrough has signed the houses in
    QNetworkAccessManager m_http;
    std::vector<std::unique_ptr<AuthClient>> m_clients;
    std::unique_ptr<ConnectFlow> m_connect;
    std::unique_ptr<TokenManager> m_tokens;
    std::unique_ptr<HealthMonitor> m_health;
    std::unique_ptr<AccountAlerts> m_alerts;
    std::unique_ptr<AccountService> m_accountService;
    std::unique_ptr<AccountSupervisor> m_supervisor;
    std::unique_ptr<SyncService> m_sync;
    DatabaseConfig m_workerConfig; ///< for the sync worker's own connection (a password stays in memory only)
    QHash<qint64, int> m_syncProgress;
    std::unique_ptr<DatabaseWorker> m_ordersWorker; ///< the orders pane's connection, on its own thread
    QTimer* m_tick = nullptr;
    std::unique_ptr<ChangeFeed> m_feed;
    std::unique_ptr<Database> m_database;
    std::unique_ptr<NetworkStatus> m_network;
    std::unique_ptr<AccountsModel> m_accounts;
    std::unique_ptr<ListingsModel> m_listings;
    std::unique_ptr<OrdersModel> m_orders;
    std::unique_ptr<ReturnsModel> m_returns;
    std::unique_ptr<NotificationsModel> m_notifications;
    std::unique_ptr<StockModel> m_stock;
    std::unique_ptr<OutboxModel> m_outbox;
    std::unique_ptr<MainWindow> m_window;
    QList<QTranslator*> m_translators;
};

} // namespace md
