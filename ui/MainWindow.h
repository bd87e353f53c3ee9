#pragma once

#include "domain/Account.h"
#include "domain/Notification.h"
#include "net/NetworkStatus.h"

#include <QHash>
#include <QList>
#include <QMainWindow>

#include <functional>

class QAction;
class QFrame;
class QLabel;
class QLineEdit;
class QPushButton;
class QListWidget;
class QStackedWidget;

namespace md {

class AccountsModel;
class Database;
class ListingsModel;
class NotificationsModel;
class OrdersModel;
class OrdersPane;
class OutboxModel;
class OutboxPane;
class StockModel;
class StockPane;
class DatabaseWorker;
class ReturnsModel;
class TablePane;
class TrayIcon;

/// What the main window shows; the app wires it.
struct MainWindowContext {
    AccountsModel* accounts = nullptr;
    ListingsModel* listings = nullptr;
    OrdersModel* orders = nullptr;
    StockModel* stock = nullptr;
    OutboxModel* outbox = nullptr;
    ReturnsModel* returns = nullptr;
    NotificationsModel* notifications = nullptr;
    NetworkStatus* network = nullptr;
    QString databaseText; ///< e.g. "SQLite — /home/…/marketdesk.sqlite"
    QString databaseVersion; ///< e.g. "SQLite 3.40.1"
    bool demo = false;
    const Database* database = nullptr; ///< for the account details (scopes, health, cursors)
    DatabaseWorker* worker = nullptr; ///< the orders pane's reads and writes, off the GUI thread
    /// What is wrong with a house name for an account (empty: fine); renaming checks it.
    std::function<QString(const QString& houseName, qint64 accountId)> houseNameProblem;
};

/// The main window: a side list of panes (Ctrl+1…5), the panes, a status bar and the tray icon.
class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    /// The panes, in side-list order.
    enum Pane { Accounts, Listings, Orders, Stock, Outbox, Returns, Notifications, PaneCount };
    Q_ENUM(Pane)
    /// What can be done to the selected account (Rename and Change purpose have their own signals).
    enum AccountAction { Reconnect, RefreshToken, HealthCheck, Deactivate, Reactivate, Forget };
    Q_ENUM(AccountAction)

    explicit MainWindow(const MainWindowContext& context, QWidget* parent = nullptr);
    ~MainWindow() override;

    Pane currentPane() const;
    void showPane(Pane pane);
    TablePane* pane(Pane pane) const { return m_panes.value(pane); }
    OrdersPane* ordersPane() const { return m_ordersPane; }
    StockPane* stockPane() const { return m_stockPane; }
    OutboxPane* outboxPane() const { return m_outboxPane; }
    TrayIcon* tray() const { return m_tray; }

    /// Demo mode: what the status bar says about the sandbox marketplace.
    void setDemoStatus(const QString& text);
    /// Shows the keychain banner with this explanation and a Retry button (empty: hides it).
    void setKeychainProblem(const QString& message);
    /// A new alert: a desktop notification through the tray, or — without a tray — a bar in the window.
    void showAlert(const md::Notification& notification);
    QAction* accountAction(AccountAction action) const { return m_accountActions.value(action); }
    /// What the status bar says about order syncs (empty: nothing under way); Cancel shows while one runs.
    void setSyncStatus(const QString& text);
    /// Tells the person why something they asked for was refused (a warning box titled `what`; logged too).
    void reportProblem(const QString& what, const QString& text);
    /// The account of the Accounts pane's current row (0: none).
    qint64 currentAccountId() const;
    /// The order of the Orders pane's current row (0: none).
    qint64 currentOrderId() const;
    /// Shows the Orders pane with this order current; false when it is not among the rows shown.
    bool selectOrder(qint64 orderId);

signals:
    /// Accounts → Connect account… was chosen.
    void connectAccountRequested();
    void accountActionRequested(md::MainWindow::AccountAction action, qint64 accountId);
    void renameRequested(qint64 accountId, const QString& houseName);
    void purposeChangeRequested(qint64 accountId, md::Purpose purpose);
    void keychainRetryRequested();
    void providersSettingsRequested();
    void syncRequested(qint64 accountId);
    void syncAllRequested();
    void syncCancelRequested();
    /// Read the account's orders again from this (local) date on.
    void rewindRequested(qint64 accountId, const QDate& from);
    /// The Orders or Outbox pane wrote to the outbox (time to send it and show it again).
    void outboxWritten();
    /// A count changed stock (the Stock pane's rows should be read again).
    void stockChanged();

public slots:
    void showAbout();

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    void buildPanes();
    void buildOrderActions();
    void buildActions();
    void buildAccountActions(QMenu* menu);
    void updateAccountActions();
    void renameCurrentAccount();
    void forgetCurrentAccount();
    QString accountDetailsHtml(int row);
    QFrame* makeBanner(const QString& objectName, QLabel** text, QPushButton** button, const QString& buttonText);
    void updateNetworkLabel(NetworkStatus::Reachability reachability);
    void restoreLayout();
    void saveLayout() const;

    MainWindowContext m_context;
    QListWidget* m_paneList = nullptr;
    QStackedWidget* m_stack = nullptr;
    QList<TablePane*> m_panes;
    QLabel* m_databaseLabel = nullptr;
    QLabel* m_networkLabel = nullptr;
    QLabel* m_demoLabel = nullptr;
    TrayIcon* m_tray = nullptr;
    QHash<int, QAction*> m_accountActions;
    QList<QAction*> m_purposeActions;
    QFrame* m_keychainBanner = nullptr;
    QLabel* m_keychainText = nullptr;
    QFrame* m_alertBanner = nullptr;
    QLabel* m_alertText = nullptr;
    QPushButton* m_alertReconnect = nullptr;
    qint64 m_alertAccountId = 0;
    QPushButton* m_notificationReconnect = nullptr;
    QLabel* m_syncLabel = nullptr;
    QPushButton* m_syncCancel = nullptr;
    QAction* m_syncNow = nullptr;
    QAction* m_rewind = nullptr;
    OrdersPane* m_ordersPane = nullptr;
    StockPane* m_stockPane = nullptr;
    OutboxPane* m_outboxPane = nullptr;
};

} // namespace md
