#pragma once

#include "net/NetworkStatus.h"

#include <QList>
#include <QMainWindow>

class QLabel;
class QListWidget;
class QStackedWidget;

namespace md {

class AccountsModel;
class ListingsModel;
class NotificationsModel;
class OrdersModel;
class ReturnsModel;
class TablePane;
class TrayIcon;

/// What the main window shows; the app wires it.
struct MainWindowContext {
    AccountsModel* accounts = nullptr;
    ListingsModel* listings = nullptr;
    OrdersModel* orders = nullptr;
    ReturnsModel* returns = nullptr;
    NotificationsModel* notifications = nullptr;
    NetworkStatus* network = nullptr;
    QString databaseText; ///< e.g. "SQLite — /home/…/marketdesk.sqlite"
    QString databaseVersion; ///< e.g. "SQLite 3.40.1"
    bool demo = false;
};

/// The main window: a side list of panes (Ctrl+1…5), the panes, a status bar and the tray icon.
class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    /// The panes, in side-list order.
    enum Pane { Accounts, Listings, Orders, Returns, Notifications, PaneCount };
    Q_ENUM(Pane)

    explicit MainWindow(const MainWindowContext& context, QWidget* parent = nullptr);
    ~MainWindow() override;

    Pane currentPane() const;
    void showPane(Pane pane);
    TablePane* pane(Pane pane) const { return m_panes.value(pane); }
    TrayIcon* tray() const { return m_tray; }

    /// Demo mode: what the status bar says about the sandbox marketplace.
    void setDemoStatus(const QString& text);

signals:
    /// Accounts → Connect account… was chosen.
    void connectAccountRequested();

public slots:
    void showAbout();

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    void buildPanes();
    void buildActions();
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
};

} // namespace md
