// The main window as a person meets it: five panes switched by Ctrl+1…5, empty panes that explain
// themselves, a filter box on Ctrl+F, details of the selected row, layout restored, French on request.
// Screenshots of every pane are written into the build tree (MARKETDESK_SCREENSHOT_DIR).

#include "models/TableModels.h"
#include "ui/MainWindow.h"
#include "ui/TablePane.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QSettings>
#include <QSortFilterProxyModel>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>
#include <QTextBrowser>
#include <QTimer>
#include <QTranslator>

using namespace Qt::StringLiterals;
using namespace md;

class TestGui : public QObject {
    Q_OBJECT

    AccountsModel m_accounts;
    ListingsModel m_listings;
    OrdersModel m_orders;
    ReturnsModel m_returns;
    NotificationsModel m_notifications;

    MainWindowContext context()
    {
        MainWindowContext c;
        c.accounts = &m_accounts;
        c.listings = &m_listings;
        c.orders = &m_orders;
        c.returns = &m_returns;
        c.notifications = &m_notifications;
        c.databaseText = u"SQLite — /tmp/test.sqlite"_s;
        c.databaseVersion = u"SQLite 3"_s;
        return c;
    }

    /// Shortcuts reach only the active window; there is no window manager under the harness's Xvfb to
    /// activate it on show.
    static void showActive(QWidget& window)
    {
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window));
    }

    static void screenshot(QWidget& window, const QString& name)
    {
        const QString dir = qEnvironmentVariable("MARKETDESK_SCREENSHOT_DIR", QDir::tempPath());
        QDir().mkpath(dir);
        const QString path = QDir(dir).filePath(name + u".png"_s);
        QVERIFY2(window.grab().save(path), qPrintable(path));
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QApplication::setOrganizationName(u"MarketdeskTests"_s);
        QApplication::setApplicationName(u"tst_gui"_s);
        QSettings().clear();

        const QDateTime base(QDate(2026, 11, 20), QTime(9, 30), Qt::UTC);
        QList<Order> orders;
        const QStringList buyers {u"Zoë Ångström"_s, u"Jean Tremblay"_s, u"山田 太郎"_s};
        for (int i = 0; i < 30; ++i) {
            Order o;
            o.id = i + 1;
            o.accountId = 1;
            o.houseName = i % 2 ? u"Montreal"_s : u"Warehouse-A"_s;
            o.externalId = u"12-%1"_s.arg(10000 + i);
            o.orderNumber = o.externalId;
            o.buyerName = buyers.at(i % buyers.size());
            o.status = i % 5 ? u"PAID"_s : u"SHIPPED"_s;
            o.paymentStatus = u"PAID"_s;
            o.fulfillmentStatus = i % 5 ? u"NOT_STARTED"_s : u"FULFILLED"_s;
            o.currency = i % 3 ? u"USD"_s : u"CAD"_s;
            o.totalMinor = 1999 + 137 * i;
            o.marketplaceCreatedAt = base.addSecs(-3600 * i);
            o.shippingAddress.name = o.buyerName;
            o.shippingAddress.city = u"Montréal"_s;
            orders << o;
        }
        m_orders.setRecords(orders);
    }

    void switchesPanesByShortcut()
    {
        MainWindow window(context());
        showActive(window);
        auto* list = window.findChild<QListWidget*>(u"paneList"_s);
        QVERIFY(list);
        QCOMPARE(list->count(), int(MainWindow::PaneCount));

        const QStringList ids {u"accounts"_s, u"listings"_s, u"orders"_s, u"returns"_s, u"notifications"_s};
        for (int i = 0; i < MainWindow::PaneCount; ++i) {
            QTest::keyClick(&window, Qt::Key(Qt::Key_1 + i), Qt::ControlModifier);
            QTRY_COMPARE(int(window.currentPane()), i);
            QCOMPARE(list->currentRow(), i);
            TablePane* pane = window.pane(MainWindow::Pane(i));
            QVERIFY(pane->isVisible());
            QCOMPARE(pane->id(), ids.at(i));
            // Only Orders has rows here: every other pane explains what will appear and how.
            QCOMPARE(pane->showsEmptyState(), i != MainWindow::Orders);
            if (i != MainWindow::Orders) {
                auto* empty = pane->findChild<QLabel*>(u"emptyState"_s);
                QVERIFY(empty->isVisible());
                QVERIFY(empty->text().size() > 60);
            }
            screenshot(window, u"pane-"_s + ids.at(i));
        }
    }

    void filterAndDetails()
    {
        MainWindow window(context());
        showActive(window);
        QTest::keyClick(&window, Qt::Key_3, Qt::ControlModifier);
        TablePane* orders = window.pane(MainWindow::Orders);
        QTRY_VERIFY(orders->isVisible());

        QTest::keyClick(&window, Qt::Key_F, Qt::ControlModifier);
        QTRY_VERIFY(orders->filterEdit()->hasFocus());
        QCOMPARE(orders->view()->model()->rowCount(), 30);

        QTest::keyClicks(orders->filterEdit(), u"tremblay montreal"_s);
        // Jean Tremblay is every third buyer, Montreal every second house: rows 1, 7, 13, 19, 25.
        QTRY_COMPARE(orders->view()->model()->rowCount(), 5);
        screenshot(window, u"orders-filtered"_s);

        orders->filterEdit()->setText(u"no such order"_s);
        QVERIFY(orders->showsEmptyState());
        QVERIFY(orders->findChild<QLabel*>(u"emptyState"_s)->text().contains(u"no such order"_s));
        orders->filterEdit()->clear();
        QVERIFY(!orders->showsEmptyState());

        orders->view()->sortByColumn(OrdersModel::Total, Qt::DescendingOrder);
        orders->view()->setFocus();
        orders->view()->selectRow(0);
        auto* details = orders->findChild<QTextBrowser*>(u"details"_s);
        QTRY_VERIFY(details->toPlainText().contains(u"12-10029"_s)); // the largest total
        QVERIFY(details->toPlainText().contains(u"Montréal"_s));
        screenshot(window, u"orders-details"_s);
    }

    void restoresLayout()
    {
        {
            MainWindow window(context());
            showActive(window);
            window.resize(1000, 640);
            window.showPane(MainWindow::Returns);
            window.close();
        }
        MainWindow again(context());
        QCOMPARE(again.currentPane(), MainWindow::Returns);
        QCOMPARE(again.size(), QSize(1000, 640));
    }

    void statusBarShowsDatabaseAndNetwork()
    {
        MainWindow window(context());
        auto* database = window.findChild<QLabel*>(u"databaseLabel"_s);
        auto* network = window.findChild<QLabel*>(u"networkLabel"_s);
        QVERIFY(database && network);
        QCOMPARE(database->text(), u"SQLite — /tmp/test.sqlite"_s);
        QVERIFY(!network->text().isEmpty());
    }

    void aboutNamesEveryVersion()
    {
        MainWindow window(context());
        showActive(window);
        QString text;
        // The About box is modal: read and close it from the event loop it runs.
        QTimer::singleShot(0, &window, [&] {
            auto* box = window.findChild<QMessageBox*>(u"aboutBox"_s);
            QVERIFY(box);
            text = box->text();
            screenshot(*box, u"about"_s);
            box->accept();
        });
        window.findChild<QAction*>(u"aboutAction"_s)->trigger();
        QVERIFY2(text.contains(QString::fromLatin1(qVersion())), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral(MARKETDESK_QTKEYCHAIN_VERSION)), qPrintable(text));
        QVERIFY2(text.contains(u"spdlog"_s) && text.contains(u"1."_s), qPrintable(text));
        QVERIFY2(text.contains(u"SQLite 3"_s), qPrintable(text));
    }

    void speaksFrench()
    {
        QTranslator translator;
        QVERIFY(translator.load(u":/i18n/marketdesk_fr.qm"_s));
        QApplication::installTranslator(&translator);
        {
            MainWindow window(context());
            showActive(window);
            auto* list = window.findChild<QListWidget*>(u"paneList"_s);
            QCOMPARE(list->item(MainWindow::Accounts)->text(), u"Comptes"_s);
            QCOMPARE(list->item(MainWindow::Orders)->text(), u"Commandes"_s);
            QCOMPARE(m_orders.headerData(OrdersModel::Total, Qt::Horizontal, Qt::DisplayRole).toString(), u"Total"_s);
            window.showPane(MainWindow::Accounts);
            screenshot(window, u"pane-accounts-fr"_s);
        }
        QApplication::removeTranslator(&translator);
    }
};

QTEST_MAIN(TestGui)
#include "tst_gui.moc"
