#include "ui/MainWindow.h"

#include "logging/Logging.h"
#include "models/Format.h"
#include "models/TableModels.h"
#include "ui/TablePane.h"
#include "ui/TrayIcon.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>

using namespace Qt::StringLiterals;

namespace md {

namespace {

QString row(const QString& label, const QString& value)
{
    if (value.isEmpty())
        return {};
    return u"<tr><th align=left valign=top>%1</th><td>%2</td></tr>"_s.arg(
        label.toHtmlEscaped(), value.toHtmlEscaped().replace(u'\n', "<br>"_L1));
}

QString table(const QString& title, const QStringList& rows)
{
    return u"<h3>%1</h3><table cellspacing=4>%2</table>"_s.arg(title.toHtmlEscaped(), rows.join(QString()));
}

QString money(qint64 minor, const QString& currency)
{
    return Money {minor, currency}.format(QLocale());
}

} // namespace

MainWindow::MainWindow(const MainWindowContext& context, QWidget* parent)
    : QMainWindow(parent)
    , m_context(context)
{
    setObjectName(u"MainWindow"_s);
    setWindowTitle(context.demo ? tr("Marketdesk — demo") : tr("Marketdesk"));
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
    setCentralWidget(splitter);

    buildPanes();
    buildActions();

    m_databaseLabel = new QLabel(this);
    m_databaseLabel->setObjectName(u"databaseLabel"_s);
    m_databaseLabel->setText(context.databaseText);
    m_databaseLabel->setToolTip(context.databaseVersion);
    m_networkLabel = new QLabel(this);
    m_networkLabel->setObjectName(u"networkLabel"_s);
    statusBar()->addWidget(m_databaseLabel, 1);
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

    auto* accounts = m_context.accounts;
    m_panes[Accounts]->setDetailsProvider([accounts](int r) {
        const Account& a = accounts->record(r);
        return table(a.houseName,
                     {row(tr("Marketplace"),
                          providerDisplayName(a.provider) + u" ("_s + environmentDisplayName(a.environment) + u')'),
                      row(tr("Marketplace user"), a.username), row(tr("User ID"), a.externalUserId),
                      row(tr("Purpose"), purposeDisplayName(a.purpose)), row(tr("Marketplace ID"), a.marketplaceId),
                      row(tr("Shop"), a.shopDomain), row(tr("Connected"), format::localTime(a.connectedAt)),
                      row(tr("Added"), format::localTime(a.createdAt))});
    });
    auto* listings = m_context.listings;
    m_panes[Listings]->setDetailsProvider([listings](int r) {
        const Listing& l = listings->record(r);
        return table(l.title,
                     {row(tr("SKU"), l.sku), row(tr("Price"), money(l.priceMinor, l.currency)),
                      row(tr("Quantity"), QLocale().toString(l.quantity)), row(tr("Condition"), l.condition),
                      row(tr("Description"), l.description)});
    });
    auto* orders = m_context.orders;
    m_panes[Orders]->setDetailsProvider([orders](int r) {
        const Order& o = orders->record(r);
        return table(
            tr("Order %1").arg(o.orderNumber.isEmpty() ? o.externalId : o.orderNumber),
            {row(tr("House"), o.houseName), row(tr("Placed"), format::localTime(o.marketplaceCreatedAt)),
             row(tr("Buyer"), QStringList {o.buyerName, o.buyerUsername, o.buyerEmail}.join(u'\n').trimmed()),
             row(tr("Status"), o.status), row(tr("Payment"), o.paymentStatus),
             row(tr("Fulfilment"), o.fulfillmentStatus), row(tr("Subtotal"), money(o.subtotalMinor, o.currency)),
             row(tr("Shipping"), money(o.shippingMinor, o.currency)), row(tr("Tax"), money(o.taxMinor, o.currency)),
             row(tr("Discount"), money(o.discountMinor, o.currency)), row(tr("Total"), money(o.totalMinor, o.currency)),
             row(tr("Ship to"), o.shippingAddress.formatted()), row(tr("Carrier"), o.carrier),
             row(tr("Tracking"), o.trackingNumber), row(tr("Notes"), o.notes)});
    });
    auto* returns = m_context.returns;
    m_panes[Returns]->setDetailsProvider([returns](int r) {
        const ReturnRecord& x = returns->record(r);
        return table(tr("Return %1").arg(x.externalId),
                     {row(tr("House"), x.houseName), row(tr("Opened"), format::localTime(x.openedAt)),
                      row(tr("Status"), x.status), row(tr("Reason"), x.reason),
                      row(tr("Buyer's comment"), x.buyerComment), row(tr("Refund"), money(x.refundMinor, x.currency))});
    });
    auto* notifications = m_context.notifications;
    m_panes[Notifications]->setDetailsProvider([notifications](int r) {
        const Notification& n = notifications->record(r);
        return table(n.title,
                     {row(tr("House"), n.houseName), row(tr("Severity"), severityDisplayName(n.severity)),
                      row(tr("Raised"), format::localTime(n.createdAt)),
                      row(tr("Resolved"), format::localTime(n.resolvedAt)), row(tr("Details"), n.body)});
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
