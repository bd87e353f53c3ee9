#include "ui/MainWindow.h"

#include "logging/LogCategories.h"
#include "logging/Logging.h"
#include "models/AccountDetails.h"
#include "models/AccountsModel.h"
#include "models/Format.h"
#include "models/ListingsModel.h"
#include "models/NotificationsModel.h"
#include "models/OrdersModel.h"
#include "models/OutboxModel.h"
#include "models/ReturnsModel.h"
#include "models/StockModel.h"
#include "notifications/AccountAlerts.h"
#include "notifications/NotificationText.h"
#include "providers/Marketplace.h"
#include "providers/OrderNormalizing.h"
#include "ui/DetailsHtml.h"
#include "ui/OrdersPane.h"
#include "ui/PackingSlipPrinter.h"
#include "ui/ResponseTimeChart.h"
#include "ui/TablePane.h"
#include "ui/TrayIcon.h"
#include "ui/WarehousePanes.h"
#include "ui/WindowTitles.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFrame>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QRegularExpression>
#include <QSettings>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableView>
#include <QTextBrowser>
#include <QTextDocument>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace md {

using details::money;
using details::row;
using details::table;

MainWindow::MainWindow(const MainWindowContext& context, QWidget* parent)
    : QMainWindow(parent)
    , m_context(context)
{
    setObjectName(u"MainWindow"_s);
    // Ends with the display name, which Qt would otherwise add again ("Marketdesk — demo — Marketdesk").
    setWindowTitle(context.demo ? tr("Demo — Marketdesk") : tr("Marketdesk"));
    setWindowIcon(QIcon(u":/icons/marketdesk.svg"_s));

    m_paneList = new QListWidget(this);
    m_paneList->setObjectName(u"paneList"_s);
    m_paneList->setIconSize(QSize(24, 24));
    m_paneList->setMinimumWidth(150);
    m_stack = new QStackedWidget(this);
    m_stack->setObjectName(u"paneStack"_s);

    auto* splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setObjectName(u"mainSplitter"_s);
    splitter->addWidget(m_paneList);
    splitter->addWidget(m_stack);
    splitter->setStretchFactor(1, 1);
    splitter->setChildrenCollapsible(false);

    // Banners: the keychain's state above the panes, and alerts (when there is no tray) below them.
    auto* central = new QWidget(this);
    auto* centralLayout = new QVBoxLayout(central);
    centralLayout->setContentsMargins(0, 0, 0, 0);
    centralLayout->setSpacing(0);
    QPushButton* retry = nullptr;
    m_keychainBanner = makeBanner(u"keychainBanner"_s, &m_keychainText, &retry, tr("&Retry"));
    connect(retry, &QPushButton::clicked, this, &MainWindow::keychainRetryRequested);
    m_alertBanner = makeBanner(u"alertBanner"_s, &m_alertText, &m_alertReconnect, tr("Re&connect"));
    connect(m_alertReconnect, &QPushButton::clicked, this, [this] {
        m_alertBanner->hide();
        emit accountActionRequested(Reconnect, m_alertAccountId);
    });
    auto* dismiss = new QPushButton(tr("Dismiss"), m_alertBanner);
    dismiss->setObjectName(u"dismissAlert"_s);
    m_alertBanner->layout()->addWidget(dismiss);
    connect(dismiss, &QPushButton::clicked, m_alertBanner, &QWidget::hide);
    centralLayout->addWidget(m_keychainBanner);
    centralLayout->addWidget(splitter, 1);
    // Alerts come and go while a person works: below the panes, so the rows under the mouse never move.
    centralLayout->addWidget(m_alertBanner);
    setCentralWidget(central);

    buildPanes();
    buildActions();

    m_databaseLabel = new QLabel(this);
    m_databaseLabel->setObjectName(u"databaseLabel"_s);
    m_databaseLabel->setText(context.databaseText);
    m_databaseLabel->setToolTip(context.databaseVersion);
    m_networkLabel = new QLabel(this);
    m_networkLabel->setObjectName(u"networkLabel"_s);
    statusBar()->addWidget(m_databaseLabel, 1);
    m_syncLabel = new QLabel(this);
    m_syncLabel->setObjectName(u"syncLabel"_s);
    m_syncCancel = new QPushButton(tr("Cancel sync"), this);
    m_syncCancel->setObjectName(u"syncCancel"_s);
    m_syncCancel->setFlat(true);
    connect(m_syncCancel, &QPushButton::clicked, this, &MainWindow::syncCancelRequested);
    statusBar()->addPermanentWidget(m_syncLabel);
    statusBar()->addPermanentWidget(m_syncCancel);
    setSyncStatus({});
    statusBar()->addPermanentWidget(m_networkLabel);
    if (context.demo) {
        m_demoLabel = new QLabel(tr("Starting the demo marketplace…"), this);
        m_demoLabel->setObjectName(u"demoLabel"_s);
        statusBar()->addPermanentWidget(m_demoLabel);
    }
    if (context.network) {
        connect(context.network, &NetworkStatus::reachabilityChanged, this, &MainWindow::updateNetworkLabel);
        updateNetworkLabel(context.network->reachability());
    } else {
        updateNetworkLabel(NetworkStatus::Reachability::Unknown);
    }

    m_tray = new TrayIcon(this, this);
    connect(m_tray, &TrayIcon::quitRequested, this, [this] {
        close();
        QApplication::quit();
    });
    if (context.notifications) {
        const auto updateAlert = [this] { m_tray->setAlert(m_context.notifications->openCount() > 0); };
        connect(context.notifications, &QAbstractItemModel::modelReset, this, updateAlert);
        connect(context.notifications, &QAbstractItemModel::rowsInserted, this, updateAlert);
        connect(context.notifications, &QAbstractItemModel::dataChanged, this, updateAlert);
        updateAlert();
    }

    restoreLayout();
}

MainWindow::~MainWindow() = default;

void MainWindow::buildOrderActions()
{
    m_ordersPane = new OrdersPane(m_panes[Orders], m_context.orders, m_context.accounts, m_context.worker, this);
    connect(m_ordersPane, &OrdersPane::outboxWritten, this, &MainWindow::outboxWritten);
    connect(m_ordersPane, &OrdersPane::message, this,
            [this](const QString& text, int timeout) { statusBar()->showMessage(text, timeout); });
    auto* focusScan = new QAction(this);
    // F3 reaches the scan box from anywhere, the Search box too (a line edit keeps Ctrl+E for itself: end of
    // line); Ctrl+E still works from the table.
    focusScan->setShortcuts({QKeySequence(Qt::Key_F3), QKeySequence(Qt::CTRL | Qt::Key_E)});
    connect(focusScan, &QAction::triggered, this, [this] {
        showPane(Orders);
        m_ordersPane->scanBox()->setFocus();
        m_ordersPane->scanBox()->selectAll();
    });
    addAction(focusScan);
}

qint64 MainWindow::currentOrderId() const
{
    return m_ordersPane->currentOrderId();
}

bool MainWindow::selectOrder(qint64 orderId)
{
    showPane(Orders);
    return m_ordersPane->selectOrder(orderId);
}

void MainWindow::buildPanes()
{
    struct Spec {
        QString id;
        QString title;
        QString icon;
        QAbstractItemModel* model;
        QString emptyTitle;
        QString emptyHint;
    };
    const QList<Spec> specs {
        {u"accounts"_s, tr("Accounts"), u":/icons/accounts.svg"_s, m_context.accounts, tr("No accounts yet"),
         tr("Your marketplace accounts will appear here, each under its house name. You connect an account by "
            "signing in to eBay, Shopify, Amazon or Facebook in your browser; Marketdesk keeps its tokens in the "
            "system keychain.")},
        {u"listings"_s, tr("Listings"), u":/icons/listings.svg"_s, m_context.listings, tr("No listings yet"),
         tr("Products you sell will appear here with their offers on each account, once an account is "
            "connected and its listings are synchronized.")},
        {u"orders"_s, tr("Orders"), u":/icons/orders.svg"_s, m_context.orders, tr("No orders yet"),
         tr("Orders of every connected account will appear here and stay available offline. Connect a seller "
            "account to start receiving them.")},
        {u"stock"_s, tr("Stock"), u":/icons/stock.svg"_s, m_context.stock, tr("No stock recorded"),
         tr("Stock per SKU and location will appear here: on hand, reserved for orders and available, with the "
            "ledger of every change. Imported orders reserve from it.")},
        {u"outbox"_s, tr("Outbox"), u":/icons/outbox.svg"_s, m_context.outbox, tr("Nothing sent yet"),
         tr("Every shipment and cancellation you make is written here first, then sent to its marketplace. "
            "What waits for the network, or needs you, stays here with its state.")},
        {u"returns"_s, tr("Returns"), u":/icons/returns.svg"_s, m_context.returns, tr("No returns"),
         tr("Returns that buyers open on any connected account will appear here for you to receive, inspect "
            "and restock.")},
        {u"notifications"_s, tr("Notifications"), u":/icons/notifications.svg"_s, m_context.notifications,
         tr("No notifications"),
         tr("Warnings about expiring or failing account connections and other events that need attention will "
            "appear here.")},
    };
    for (const Spec& spec : specs) {
        auto* pane = new TablePane(spec.id, spec.model, m_stack);
        pane->setEmptyText(spec.emptyTitle, spec.emptyHint);
        m_stack->addWidget(pane);
        m_panes << pane;
        auto* item = new QListWidgetItem(QIcon(spec.icon), spec.title, m_paneList);
        item->setToolTip(tr("%1 (Ctrl+%2)").arg(spec.title).arg(m_panes.size()));
    }
    connect(m_paneList, &QListWidget::currentRowChanged, m_stack, &QStackedWidget::setCurrentIndex);

    TablePane* accountsPane = m_panes[Accounts];
    accountsPane->setDetailsProvider([this](int r) { return accountDetailsHtml(r); });
    accountsPane->addColumnFilter(AccountsModel::Provider, tr("All marketplaces"), u"providerFilter"_s);
    accountsPane->addColumnFilter(AccountsModel::Status, tr("Any status"), u"statusFilter"_s);
    accountsPane->addColumnFilter(AccountsModel::House, tr("All houses"), u"houseFilter"_s);
    connect(accountsPane, &TablePane::currentSourceRowChanged, this, &MainWindow::updateAccountActions);
    connect(m_context.accounts, &QAbstractItemModel::dataChanged, this, &MainWindow::updateAccountActions);
    connect(m_context.accounts, &QAbstractItemModel::modelReset, this, &MainWindow::updateAccountActions);
    connect(m_context.accounts, &QAbstractItemModel::rowsRemoved, this, &MainWindow::updateAccountActions);
    auto* listings = m_context.listings;
    m_panes[Listings]->setDetailsProvider([listings](int r) {
        const Listing& l = listings->record(r);
        return table(l.title,
                     {row(tr("SKU"), l.sku), row(tr("Price"), money(l.priceMinor, l.currency)),
                      row(tr("Quantity"), QLocale().toString(l.quantity)), row(tr("Condition"), l.condition),
                      row(tr("Description"), l.description)});
    });
    buildOrderActions();
    m_stockPane = new StockPane(m_panes[Stock], m_context.stock, m_context.worker, this);
    connect(m_stockPane, &StockPane::changed, this, &MainWindow::stockChanged);
    connect(m_ordersPane, &OrdersPane::stockChanged, this, &MainWindow::stockChanged);
    m_outboxPane = new OutboxPane(m_panes[Outbox], m_context.outbox, m_context.worker, this);
    connect(m_outboxPane, &OutboxPane::changed, this, &MainWindow::outboxWritten);
    const auto show = [this](const QString& text, int timeout) { statusBar()->showMessage(text, timeout); };
    connect(m_stockPane, &StockPane::message, this, show);
    connect(m_outboxPane, &OutboxPane::message, this, show);
    auto* returns = m_context.returns;
    m_panes[Returns]->setDetailsProvider([returns](int r) {
        const ReturnRecord& x = returns->record(r);
        return table(tr("Return %1").arg(x.externalId),
                     {row(tr("House"), x.houseName), row(tr("Opened"), format::localTime(x.openedAt)),
                      row(tr("Status"), x.status), row(tr("Reason"), x.reason),
                      row(tr("Buyer's comment"), x.buyerComment), row(tr("Refund"), money(x.refundMinor, x.currency))});
    });
    auto* notifications = m_context.notifications;
    m_notificationReconnect = new QPushButton(tr("Re&connect"), m_panes[Notifications]);
    m_notificationReconnect->setObjectName(u"reconnectFromNotification"_s);
    m_notificationReconnect->setEnabled(false);
    m_panes[Notifications]->addToolWidget(m_notificationReconnect);
    const auto updateReconnect = [this, notifications] {
        const int r = m_panes[Notifications]->currentSourceRow();
        const bool offers = r >= 0 && notifications->record(r).accountId &&
            !notifications->record(r).resolvedAt.isValid() && alertOffersReconnect(notifications->record(r).kind);
        m_notificationReconnect->setEnabled(offers);
    };
    connect(m_panes[Notifications], &TablePane::currentSourceRowChanged, this, updateReconnect);
    connect(notifications, &QAbstractItemModel::modelReset, this, updateReconnect);
    connect(m_notificationReconnect, &QPushButton::clicked, this, [this, notifications] {
        const int r = m_panes[Notifications]->currentSourceRow();
        if (r >= 0 && notifications->record(r).accountId)
            emit accountActionRequested(Reconnect, *notifications->record(r).accountId);
    });
    m_panes[Notifications]->setDetailsProvider([notifications](int r) {
        const Notification& n = notifications->record(r);
        const NotificationText::Text text = NotificationText::of(n); // in today's language
        return table(text.title,
                     {row(tr("House"), n.houseName), row(tr("Severity"), severityDisplayName(n.severity)),
                      row(tr("Raised"), format::localTime(n.createdAt)),
                      row(tr("Resolved"), format::localTime(n.resolvedAt)), row(tr("Details"), text.body)});
    });
}

void MainWindow::buildActions()
{
    QMenu* fileMenu = menuBar()->addMenu(tr("&File"));
    QAction* quit = fileMenu->addAction(QIcon::fromTheme(u"application-exit"_s), tr("&Quit"));
    quit->setObjectName(u"quitAction"_s);
    quit->setShortcut(QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);
    connect(quit, &QAction::triggered, this, [this] {
        close();
        QApplication::quit();
    });

    QMenu* accountsMenu = menuBar()->addMenu(tr("&Accounts"));
    QAction* connectAccount = accountsMenu->addAction(QIcon::fromTheme(u"list-add"_s), tr("&Connect account…"));
    connectAccount->setObjectName(u"connectAccountAction"_s);
    connectAccount->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N));
    connect(connectAccount, &QAction::triggered, this, &MainWindow::connectAccountRequested);
    buildAccountActions(accountsMenu);
    accountsMenu->addSeparator();
    m_syncNow = accountsMenu->addAction(QIcon::fromTheme(u"view-refresh"_s), tr("&Sync orders now"));
    m_syncNow->setObjectName(u"syncNowAction"_s);
    m_syncNow->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_R));
    connect(m_syncNow, &QAction::triggered, this, [this] {
        if (const qint64 id = currentAccountId())
            emit syncRequested(id);
    });
    m_panes[Accounts]->view()->addAction(m_syncNow);
    QAction* rewind = accountsMenu->addAction(tr("Re&wind order sync…"));
    rewind->setObjectName(u"rewindAction"_s);
    connect(rewind, &QAction::triggered, this, [this] {
        const qint64 id = currentAccountId();
        if (!id)
            return;
        QDialog dialog(this);
        dialog.setObjectName(u"rewindDialog"_s);
        dialog.setWindowTitle(tr("Rewind order sync"));
        titles::makeRoomForTitle(&dialog);
        auto* layout = new QVBoxLayout(&dialog);
        auto* label = new QLabel(tr("Read this account's orders again from:"), &dialog);
        auto* date = new QDateEdit(QDate::currentDate().addDays(-7), &dialog);
        date->setObjectName(u"rewindDate"_s);
        date->setCalendarPopup(true);
        date->setMaximumDate(QDate::currentDate());
        auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
        connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
        connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
        layout->addWidget(label);
        layout->addWidget(date);
        layout->addWidget(buttons);
        if (dialog.exec() == QDialog::Accepted)
            emit rewindRequested(id, date->date());
    });
    m_rewind = rewind;
    QAction* logo = accountsMenu->addAction(tr("Packing-slip &logo…"));
    logo->setObjectName(u"slipLogoAction"_s);
    logo->setToolTip(tr("The image printed at the top of this house's packing slips"));
    connect(logo, &QAction::triggered, this, [this] {
        const qint64 id = currentAccountId();
        if (!id)
            return;
        const QString path = QFileDialog::getOpenFileName(
            this, tr("Packing-slip logo"), QStandardPaths::writableLocation(QStandardPaths::PicturesLocation),
            tr("Images (*.png *.jpg *.jpeg *.svg *.bmp)"));
        if (path.isEmpty())
            return;
        if (Status set = PackingSlipPrinter::setLogo(id, path); !set)
            QMessageBox::warning(this, tr("Packing-slip logo"), set.error().message);
        else
            statusBar()->showMessage(tr("The logo is printed on this house's packing slips from now on."), 8000);
    });
    QAction* syncAll = accountsMenu->addAction(tr("Sync &all accounts"));
    syncAll->setObjectName(u"syncAllAction"_s);
    syncAll->setShortcut(QKeySequence::Refresh);
    connect(syncAll, &QAction::triggered, this, &MainWindow::syncAllRequested);
    updateAccountActions();
    accountsMenu->addSeparator();
    QAction* providers = accountsMenu->addAction(QIcon::fromTheme(u"preferences-system"_s), tr("&Providers…"));
    providers->setObjectName(u"providersAction"_s);
    connect(providers, &QAction::triggered, this, &MainWindow::providersSettingsRequested);

    QMenu* viewMenu = menuBar()->addMenu(tr("&View"));
    for (int index = 0; index < m_panes.size(); ++index) {
        QAction* action = viewMenu->addAction(m_paneList->item(index)->icon(), m_paneList->item(index)->text());
        action->setObjectName(u"show_%1"_s.arg(m_panes.at(index)->id()));
        action->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + index)));
        action->setShortcutContext(Qt::WindowShortcut);
        connect(action, &QAction::triggered, this, [this, index] { showPane(Pane(index)); });
    }
    viewMenu->addSeparator();
    QAction* find = viewMenu->addAction(QIcon::fromTheme(u"edit-find"_s), tr("&Filter"));
    find->setObjectName(u"filterAction"_s);
    find->setShortcut(QKeySequence::Find);
    connect(find, &QAction::triggered, this, [this] { m_panes.at(currentPane())->focusFilter(); });

    QMenu* helpMenu = menuBar()->addMenu(tr("&Help"));
    QAction* about = helpMenu->addAction(tr("&About Marketdesk"));
    about->setObjectName(u"aboutAction"_s);
    about->setMenuRole(QAction::AboutRole);
    connect(about, &QAction::triggered, this, &MainWindow::showAbout);
}

void MainWindow::buildAccountActions(QMenu* menu)
{
    struct Spec {
        AccountAction action;
        QString text;
        QString icon;
        QString name;
    };
    const QList<Spec> specs {
        {Reconnect, tr("&Reconnect…"), u"view-refresh"_s, u"reconnectAction"_s},
        {RefreshToken, tr("Refresh &token now"), u"view-refresh"_s, u"refreshTokenAction"_s},
        {HealthCheck, tr("Run &health check"), u"system-run"_s, u"healthCheckAction"_s},
        {Deactivate, tr("&Deactivate"), u"media-playback-pause"_s, u"deactivateAction"_s},
        {Reactivate, tr("Reac&tivate"), u"media-playback-start"_s, u"reactivateAction"_s},
        {Forget, tr("&Forget account…"), u"edit-delete"_s, u"forgetAction"_s},
    };
    QTableView* view = m_panes[Accounts]->view();
    view->setContextMenuPolicy(Qt::ActionsContextMenu);
    menu->addSeparator();
    QAction* rename = new QAction(QIcon::fromTheme(u"edit-rename"_s), tr("Re&name house…"), this);
    rename->setObjectName(u"renameAction"_s);
    rename->setShortcut(QKeySequence(Qt::Key_F2));
    connect(rename, &QAction::triggered, this, &MainWindow::renameCurrentAccount);
    m_accountActions.insert(-1, rename);
    QMenu* purpose = new QMenu(tr("Change &purpose"), this);
    purpose->setObjectName(u"purposeMenu"_s);
    for (Purpose p : {Purpose::Seller, Purpose::Buyer, Purpose::Both}) {
        QAction* action = purpose->addAction(purposeDisplayName(p));
        action->setObjectName(u"purpose_"_s + purposeKey(p));
        action->setCheckable(true);
        action->setData(int(p));
        connect(action, &QAction::triggered, this, [this, p] {
            if (const qint64 id = currentAccountId())
                emit purposeChangeRequested(id, p);
        });
        m_purposeActions << action;
    }
    for (const Spec& spec : specs) {
        auto* action = new QAction(QIcon::fromTheme(spec.icon), spec.text, this);
        action->setObjectName(spec.name);
        m_accountActions.insert(spec.action, action);
        if (spec.action == Forget) {
            connect(action, &QAction::triggered, this, &MainWindow::forgetCurrentAccount);
        } else {
            connect(action, &QAction::triggered, this, [this, a = spec.action] {
                if (const qint64 id = currentAccountId())
                    emit accountActionRequested(a, id);
            });
        }
        if (spec.action == Deactivate) {
            menu->addAction(rename);
            menu->addMenu(purpose);
            view->addAction(rename);
            view->addAction(purpose->menuAction());
        }
        menu->addAction(action);
        view->addAction(action);
    }
    // The most used ones also as buttons, on the row under the filters (beside them they did not fit at the
    // default window size).
    for (AccountAction a : {Reconnect, RefreshToken, HealthCheck}) {
        auto* button = new QPushButton(m_accountActions.value(a)->icon(),
                                       m_accountActions.value(a)->text().remove(u'&').remove(u'…'), m_panes[Accounts]);
        button->setObjectName(m_accountActions.value(a)->objectName() + u"Button"_s);
        connect(button, &QPushButton::clicked, m_accountActions.value(a), &QAction::trigger);
        connect(m_accountActions.value(a), &QAction::enabledChanged, button, &QWidget::setEnabled);
        m_panes[Accounts]->addActionWidget(button);
    }
    updateAccountActions();
}

qint64 MainWindow::currentAccountId() const
{
    const int r = m_panes.isEmpty() ? -1 : m_panes[Accounts]->currentSourceRow();
    return r >= 0 ? m_context.accounts->record(r).id : 0;
}

void MainWindow::updateAccountActions()
{
    const int r = m_panes[Accounts]->currentSourceRow();
    const bool has = r >= 0;
    const Account account = has ? m_context.accounts->record(r).account : Account {};
    const MarketplaceCapabilities can = Marketplace::of(account.provider).capabilities();
    const bool oauth = has && can.signsIn;
    const bool connected = has && m_context.accounts->record(r).tokens.has_value();
    const auto enable = [this](int action, bool on) {
        if (QAction* a = m_accountActions.value(action))
            a->setEnabled(on);
    };
    enable(-1, has);
    enable(Reconnect, oauth && account.active);
    enable(RefreshToken, oauth && connected && account.active && can.refreshesTokens);
    enable(HealthCheck, oauth && connected && account.active);
    enable(Deactivate, has && account.active);
    enable(Reactivate, has && !account.active);
    enable(Forget, has);
    if (m_syncNow) {
        const bool syncs = has && account.active && account.purpose != Purpose::Buyer && can.syncsOrders;
        m_syncNow->setEnabled(syncs && connected);
        m_rewind->setEnabled(syncs);
    }
    for (QAction* action : std::as_const(m_purposeActions)) {
        action->setEnabled(has);
        action->setChecked(has && Purpose(action->data().toInt()) == account.purpose);
    }
}

void MainWindow::renameCurrentAccount()
{
    const qint64 id = currentAccountId();
    if (!id)
        return;
    QString name = m_context.accounts->record(m_context.accounts->rowOfId(id)).account.houseName;
    QString problem;
    while (true) {
        bool ok = false;
        name = QInputDialog::getText(this, tr("Rename house"),
                                     problem.isEmpty() ? tr("New house name:")
                                                       : problem + u"\n\n"_s + tr("New house name:"),
                                     QLineEdit::Normal, name, &ok)
                   .trimmed();
        if (!ok)
            return;
        problem = m_context.houseNameProblem ? m_context.houseNameProblem(name, id) : QString();
        if (problem.isEmpty())
            break;
    }
    emit renameRequested(id, name);
}

void MainWindow::forgetCurrentAccount()
{
    const qint64 id = currentAccountId();
    if (!id)
        return;
    const Account account = m_context.accounts->record(m_context.accounts->rowOfId(id)).account;
    QMessageBox box(QMessageBox::Warning, tr("Forget account"),
                    tr("Forget \"%1\" (%2)?").arg(account.houseName, providerDisplayName(account.provider)),
                    QMessageBox::NoButton, this);
    box.setObjectName(u"forgetBox"_s);
    box.setInformativeText(tr("Its tokens are deleted from the system keychain, and its orders, listings, returns, "
                              "messages and health history are deleted from this database. This cannot be undone.\n\n"
                              "Deactivate keeps everything and only stops its synchronization."));
    QPushButton* forget = box.addButton(tr("Forget and delete its data"), QMessageBox::DestructiveRole);
    forget->setObjectName(u"confirmForget"_s);
    QPushButton* deactivate = box.addButton(tr("Deactivate instead"), QMessageBox::AcceptRole);
    deactivate->setObjectName(u"deactivateInstead"_s);
    box.addButton(QMessageBox::Cancel);
    box.setDefaultButton(QMessageBox::Cancel);
    box.exec();
    if (box.clickedButton() == forget)
        emit accountActionRequested(Forget, id);
    else if (box.clickedButton() == deactivate && account.active)
        emit accountActionRequested(Deactivate, id);
}

QString MainWindow::accountDetailsHtml(int r)
{
    const AccountRow& rowData = m_context.accounts->record(r);
    const Account& a = rowData.account;
    QStringList rows {row(tr("Marketplace"),
                          providerDisplayName(a.provider) + u" ("_s + environmentDisplayName(a.environment) + u')'),
                      row(tr("Status"), m_context.accounts->index(r, AccountsModel::Status).data().toString()),
                      row(tr("Marketplace user"), a.username),
                      row(tr("User ID"), a.externalUserId),
                      row(tr("Purpose"), purposeDisplayName(a.purpose)),
                      row(tr("Marketplace ID"), a.marketplaceId),
                      row(tr("Shop"), a.shopDomain),
                      row(tr("Connected"), format::localTime(a.connectedAt)),
                      row(tr("Added"), format::localTime(a.createdAt))};
    if (a.provider == Provider::OfferUp) {
        rows << row(tr("Note"),
                    tr("OfferUp has no public seller API: this account is kept for your records, and its "
                       "listings will go through an assisted manual queue."));
    }
    if (const auto& t = rowData.tokens) {
        rows << row(tr("Access token expires"), format::localTime(t->accessExpiresAt))
             << row(tr("Refresh token expires"), format::localTime(t->refreshExpiresAt))
             << row(tr("Re-authorization due"), format::localTime(t->reauthDueAt))
             << row(tr("Last refreshed"), format::localTime(t->lastRefreshedAt))
             << row(tr("Revoked"), format::localTime(t->revokedAt));
        if (t->consecutiveFailures > 0) {
            rows << row(tr("Refresh failures in a row"), QLocale().toString(t->consecutiveFailures))
                 << row(tr("Last refresh error"), t->lastRefreshError);
        }
    }
    QString html = table(a.houseName, rows);
    if (!m_context.database)
        return html;
    auto details = loadAccountDetails(*m_context.database, a.id);
    if (!details)
        return html + u"<p>%1</p>"_s.arg(details.error().message.toHtmlEscaped());
    if (!details->scopes.isEmpty())
        html += u"<h4>%1</h4><p>%2</p>"_s.arg(
            tr("Granted scopes").toHtmlEscaped(),
            // Each scope escaped, one a line (joining with an escaped <br> showed "&lt;br&gt;" between them).
            [&] {
                QStringList escaped;
                for (const QString& scope : std::as_const(details->scopes))
                    escaped << scope.toHtmlEscaped();
                return escaped.join(u"<br>"_s);
            }());
    if (rowData.tokens || !details->health.isEmpty()) {
        QTextBrowser* browser = m_panes[Accounts]->detailsBrowser();
        const QImage chart = renderResponseTimeChart(details->health, QSize(360, 90), palette(), devicePixelRatioF());
        const QUrl chartUrl(u"md-chart://health/%1"_s.arg(a.id));
        browser->document()->addResource(QTextDocument::ImageResource, chartUrl, chart);
        html += u"<h4>%1</h4><p><img src=\"%2\" width=360 height=90></p>"_s.arg(
            tr("Health checks (response times)").toHtmlEscaped(), chartUrl.toString());
        QStringList lines;
        for (const HealthEvent& e : details->health.mid(0, 8)) {
            const QString outcome = e.healthy ? tr("OK") : tr("Failed");
            const QString detail = e.healthy ? tr("%1 ms").arg(e.responseMs)
                                             : QStringList {e.httpStatus ? QString::number(e.httpStatus) : QString(),
                                                            e.ack, e.errorCode, e.errorMessage}
                                                   .filter(QRegularExpression(u"."_s))
                                                   .join(u" · "_s);
            lines << u"<tr><td>%1</td><td><b>%2</b></td><td>%3</td></tr>"_s.arg(
                format::localTime(e.occurredAt).toHtmlEscaped(), outcome.toHtmlEscaped(), detail.toHtmlEscaped());
        }
        if (!lines.isEmpty())
            html += u"<table cellspacing=4>%1</table>"_s.arg(lines.join(QString()));
    }
    if (!details->cursors.isEmpty()) {
        QStringList cursorRows;
        for (const SyncCursor& c : details->cursors) {
            const QString since = QJsonDocument::fromJson(c.checkpoint.toUtf8()).object().value("since"_L1).toString();
            const QDateTime position = QDateTime::fromString(since, Qt::ISODate);
            cursorRows << row(c.resource,
                              tr("changes since %1; last success %2; %3 errors in a row%4")
                                  .arg(format::localTime(position), format::localTime(c.lastSuccessAt))
                                  .arg(c.errorStreak)
                                  .arg(c.lastError.isEmpty() ? QString() : u" — "_s + c.lastError));
        }
        html += table(tr("Synchronization"), cursorRows);
    }
    if (!details->quarantinedOrders.isEmpty()) {
        QStringList kept;
        for (const auto& [id, why] : std::as_const(details->quarantinedOrders))
            kept << row(id, why);
        html += table(tr("Orders that could not be read (kept aside)"), kept);
    }
    return html;
}

QFrame* MainWindow::makeBanner(const QString& objectName, QLabel** text, QPushButton** button,
                               const QString& buttonText)
{
    auto* banner = new QFrame(this);
    banner->setObjectName(objectName);
    banner->setFrameShape(QFrame::StyledPanel);
    banner->setAutoFillBackground(true);
    QPalette colours = banner->palette();
    colours.setColor(QPalette::Window, QColor(0xff, 0xf8, 0xc5));
    colours.setColor(QPalette::WindowText, QColor(0x3d, 0x2e, 0x00));
    banner->setPalette(colours);
    auto* layout = new QHBoxLayout(banner);
    layout->setContentsMargins(10, 6, 10, 6);
    *text = new QLabel(banner);
    (*text)->setWordWrap(true);
    (*text)->setObjectName(objectName + u"Text"_s);
    *button = new QPushButton(buttonText, banner);
    (*button)->setObjectName(objectName + u"Button"_s);
    layout->addWidget(*text, 1);
    layout->addWidget(*button);
    banner->hide();
    return banner;
}

void MainWindow::reportProblem(const QString& what, const QString& text)
{
    qCWarning(lcUi).noquote() << what << "refused:" << text;
    QMessageBox::warning(this, what, text);
}

void MainWindow::setSyncStatus(const QString& text)
{
    m_syncLabel->setText(text);
    m_syncLabel->setVisible(!text.isEmpty());
    m_syncCancel->setVisible(!text.isEmpty());
    if (m_ordersPane)
        m_ordersPane->setSyncActivity(text);
}

void MainWindow::setKeychainProblem(const QString& message)
{
    m_keychainText->setText(message);
    m_keychainBanner->setVisible(!message.isEmpty());
}

void MainWindow::showAlert(const Notification& notification)
{
    const bool critical = notification.severity == Severity::Error;
    const NotificationText::Text text = NotificationText::of(notification);
    if (m_tray->showMessage(text.title, text.body, critical))
        return;
    // No tray: the same alert in the window.
    m_alertText->setText(u"<b>%1</b><br>%2"_s.arg(text.title.toHtmlEscaped(), text.body.toHtmlEscaped()));
    m_alertAccountId = notification.accountId.value_or(0);
    m_alertReconnect->setVisible(m_alertAccountId != 0 && alertOffersReconnect(notification.kind));
    m_alertBanner->show();
}

void MainWindow::setDemoStatus(const QString& text)
{
    if (m_demoLabel)
        m_demoLabel->setText(text);
}

MainWindow::Pane MainWindow::currentPane() const
{
    return Pane(qBound(0, m_stack->currentIndex(), PaneCount - 1));
}

void MainWindow::showPane(Pane pane)
{
    m_paneList->setCurrentRow(pane);
}

void MainWindow::updateNetworkLabel(NetworkStatus::Reachability reachability)
{
    switch (reachability) {
    case NetworkStatus::Reachability::Online:
        m_networkLabel->setText(tr("Online"));
        m_networkLabel->setToolTip(tr("Marketplaces can be reached."));
        break;
    case NetworkStatus::Reachability::Local:
        m_networkLabel->setText(tr("Local network only"));
        m_networkLabel->setToolTip(tr("Marketplaces cannot be reached; local data stays available."));
        break;
    case NetworkStatus::Reachability::Offline:
        m_networkLabel->setText(tr("Offline"));
        m_networkLabel->setToolTip(tr("No network: you can keep reviewing local data; changes wait in the outbox."));
        break;
    case NetworkStatus::Reachability::Unknown:
        m_networkLabel->setText(tr("Network state unknown"));
        m_networkLabel->setToolTip(tr("This system does not report whether it is online."));
        break;
    }
}

void MainWindow::showAbout()
{
    const QString text =
        u"<h2>Marketdesk %1</h2><p>%2</p><table>"_s.arg(QApplication::applicationVersion(),
                                                        tr("Orders, listings and returns of all your marketplace "
                                                           "accounts in one place.")
                                                            .toHtmlEscaped()) +
        row(tr("Qt"), QString::fromLatin1(qVersion())) +
        row(tr("QtKeychain"), QStringLiteral(MARKETDESK_QTKEYCHAIN_VERSION)) +
        row(tr("spdlog"), Logging::spdlogVersion()) + row(tr("Database"), m_context.databaseVersion) +
        row(tr("Data"), m_context.databaseText) + row(tr("Log file"), Logging::logFilePath()) + u"</table>"_s;
    QMessageBox box(QMessageBox::Information, tr("About Marketdesk"), text, QMessageBox::Ok, this);
    box.setObjectName(u"aboutBox"_s);
    box.setIconPixmap(QIcon(u":/icons/marketdesk.svg"_s).pixmap(64, 64));
    box.exec();
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    saveLayout();
    QMainWindow::closeEvent(event);
}

void MainWindow::restoreLayout()
{
    QSettings settings;
    settings.beginGroup(u"MainWindow"_s);
    if (!restoreGeometry(settings.value(u"geometry"_s).toByteArray()))
        resize(1180, 760);
    restoreState(settings.value(u"state"_s).toByteArray());
    if (auto* splitter = findChild<QSplitter*>(u"mainSplitter"_s)) {
        if (!splitter->restoreState(settings.value(u"splitter"_s).toByteArray()))
            splitter->setSizes({190, width() - 190});
    }
    for (TablePane* pane : std::as_const(m_panes))
        pane->restoreState(settings.value(u"pane/"_s + pane->id()).toByteArray());
    showPane(Pane(qBound(0, settings.value(u"currentPane"_s, int(Orders)).toInt(), PaneCount - 1)));
}

void MainWindow::saveLayout() const
{
    QSettings settings;
    settings.beginGroup(u"MainWindow"_s);
    settings.setValue(u"geometry"_s, saveGeometry());
    settings.setValue(u"state"_s, saveState());
    if (auto* splitter = findChild<QSplitter*>(u"mainSplitter"_s))
        settings.setValue(u"splitter"_s, splitter->saveState());
    for (TablePane* pane : m_panes)
        settings.setValue(u"pane/"_s + pane->id(), pane->saveState());
    settings.setValue(u"currentPane"_s, int(currentPane()));
}

} // namespace md
