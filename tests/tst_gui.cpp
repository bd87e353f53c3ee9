// The main window as a person meets it: five panes switched by Ctrl+1…5, empty panes that explain
// themselves, a filter box on Ctrl+F, details of the selected row, layout restored, French on request.
// Screenshots of every pane are written into the build tree (MARKETDESK_SCREENSHOT_DIR).

#include "TestDatabase.h"
#include "domain/Words.h"
#include "fulfilment/OrderActions.h"
#include "fulfilment/PackingSlip.h"
#include "fulfilment/PickList.h"
#include "inventory/StockAllocator.h"
#include "models/AccountsModel.h"
#include "models/Format.h"
#include "models/ListingsModel.h"
#include "models/NotificationsModel.h"
#include "models/OrdersModel.h"
#include "models/OutboxModel.h"
#include "models/ReturnsModel.h"
#include "models/StockModel.h"
#include "notifications/NotificationText.h"
#include "providers/OrderNormalizing.h"
#include "storage/DatabaseWorker.h"
#include "storage/Migrator.h"
#include "storage/repositories/AccountRepository.h"
#include "storage/repositories/HealthEventRepository.h"
#include "storage/repositories/NotificationRepository.h"
#include "storage/repositories/OrderRepository.h"
#include "storage/repositories/OutboxRepository.h"
#include "storage/repositories/StockRepository.h"
#include "storage/repositories/SyncCursorRepository.h"
#include "ui/MainWindow.h"
#include "ui/OrderDialogs.h"
#include "ui/OrdersPane.h"
#include "ui/PackingSlipPrinter.h"
#include "ui/PickListPrinter.h"
#include "ui/ProvidersDialog.h"
#include "ui/TablePane.h"
#include "ui/TrayIcon.h"
#include "ui/WarehousePanes.h"
#include "ui/WindowTitles.h"

#include <QAbstractButton>
#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QColor>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QFrame>
#include <QHeaderView>
#include <QImage>
#include <QInputDialog>
#include <QKeySequence>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QProcess>
#include <QPushButton>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QScrollBar>
#include <QSettings>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableView>
#include <QTest>
#include <QTextBrowser>
#include <QTimer>
#include <QToolButton>
#include <QTranslator>

using namespace Qt::StringLiterals;
using namespace md;

class TestGui : public QObject {
    Q_OBJECT

    QTranslator m_english;
    std::unique_ptr<test::TestDatabase> m_db;
    std::unique_ptr<DatabaseWorker> m_worker;
    AccountsModel m_accounts;
    ListingsModel m_listings;
    std::unique_ptr<OrdersModel> m_orders;
    StockModel m_stock;
    OutboxModel m_outbox;
    ReturnsModel m_returns;
    NotificationsModel m_notifications;

    MainWindowContext context()
    {
        MainWindowContext c;
        c.accounts = &m_accounts;
        c.listings = &m_listings;
        c.orders = m_orders.get();
        c.worker = m_worker.get();
        c.stock = &m_stock;
        c.outbox = &m_outbox;
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

    /// What an independent reader (zbarimg, as a hand scanner would) finds in the barcodes of a PDF's pages,
    /// rendered at 150 dpi by pdftoppm; the first page is kept as `screenshotName`.png to look at.
    static QStringList barcodesIn(const QString& pdf, const QString& screenshotName)
    {
        const QString dir = qEnvironmentVariable("MARKETDESK_SCREENSHOT_DIR", QDir::tempPath());
        const QString prefix = QDir(dir).filePath(screenshotName);
        QProcess render;
        render.start(u"pdftoppm"_s, {u"-r"_s, u"150"_s, u"-png"_s, pdf, prefix});
        if (!render.waitForFinished(60000) || render.exitCode() != 0) {
            qWarning() << "pdftoppm (poppler-utils, installed by setup.sh) failed:" << render.errorString()
                       << render.readAllStandardError();
            return {};
        }
        QStringList pages = QDir(dir).entryList({screenshotName + u"-*.png"_s}, QDir::Files, QDir::Name);
        // pdftoppm's pages only (name-1.png, name-01.png…), not another screenshot that starts the same way.
        const QRegularExpression pageFile(u"^%1-\\d+\\.png$"_s.arg(QRegularExpression::escape(screenshotName)));
        pages.removeIf([&](const QString& file) { return !pageFile.match(file).hasMatch(); });
        QStringList found;
        for (const QString& page : std::as_const(pages)) {
            QProcess scan;
            scan.start(u"zbarimg"_s,
                       {u"--raw"_s, u"-q"_s, u"-Sdisable"_s, u"-Scode128.enable"_s, QDir(dir).filePath(page)});
            if (!scan.waitForFinished(60000)) {
                qWarning() << "zbarimg (zbar-tools, installed by setup.sh) failed:" << scan.errorString();
                return {};
            }
            found << QString::fromUtf8(scan.readAllStandardOutput()).split(u'\n', Qt::SkipEmptyParts);
        }
        if (!pages.isEmpty()) {
            QFile::remove(prefix + u".png"_s);
            QFile::rename(QDir(dir).filePath(pages.first()), prefix + u".png"_s);
            for (const QString& page : std::as_const(pages))
                QFile::remove(QDir(dir).filePath(page));
        }
        return found;
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
        // As the app does: English carries the plural forms.
        QVERIFY(m_english.load(u":/i18n/marketdesk_en.qm"_s));
        QApplication::installTranslator(&m_english);

        // The orders pane reads a real database (on its worker): 30 orders of one eBay account, 10 shipped.
        QString error;
        m_db = test::TestDatabase::create(Backend::Sqlite, &error);
        QVERIFY2(m_db, qPrintable(error));
        QVERIFY(Migrator().migrate(m_db->db()));
        Account account;
        account.provider = Provider::Ebay;
        account.houseName = u"Warehouse-A"_s;
        account.externalUserId = u"warehouse_a"_s;
        account.marketplaceId = u"EBAY_US"_s;
        const qint64 warehouse = *AccountRepository(m_db->db()).insert(account);
        account.houseName = u"Montreal"_s;
        account.externalUserId = u"montreal"_s;
        const qint64 montreal = *AccountRepository(m_db->db()).insert(account);
        Location shelf;
        shelf.code = u"A-01"_s;
        shelf.name = u"Aisle A, shelf 1"_s;
        const qint64 shelfId = *StockRepository(m_db->db()).addLocation(shelf);

        const QDateTime base(QDate(2026, 11, 20), QTime(9, 30), Qt::UTC);
        const QStringList buyers {u"Zoë Ångström"_s, u"Jean Tremblay"_s, u"山田 太郎"_s};
        OrderRepository repository(m_db->db());
        for (int i = 0; i < 30; ++i) {
            Order o;
            o.accountId = i % 2 ? montreal : warehouse;
            o.houseName = i % 2 ? u"Montreal"_s : u"Warehouse-A"_s;
            o.externalId = u"12-%1"_s.arg(10000 + i);
            o.orderNumber = o.externalId;
            o.buyerName = buyers.at(i % buyers.size());
            o.status = i % 5 ? u"OPEN"_s : u"SHIPPED"_s;
            o.paymentStatus = u"PAID"_s;
            o.fulfilmentStatus = i % 5 ? u"NOT_STARTED"_s : u"FULFILLED"_s;
            o.currency = i % 3 ? u"USD"_s : u"CAD"_s;
            o.totalMinor = 1999 + 137 * i;
            o.marketplaceCreatedAt = base.addSecs(-3600 * i);
            o.shippingAddress.name = o.buyerName;
            o.shippingAddress.city = u"Montréal"_s;
            OrderItem mug {0,  u"L1"_s, u"MUG-%1"_s.arg(i % 4), u"Mug \"Montréal\", blue"_s, 1 + i % 3, 1299, {},
                           {}, {}};
            if (i % 2 == 0)
                mug.allocatedLocationId = shelfId;
            o.items = {mug};
            QVERIFY(repository.upsert(o));
        }
        for (int i = 0; i < 4; ++i) {
            StockMovement delivery;
            delivery.sku = u"MUG-%1"_s.arg(i);
            delivery.locationId = shelfId;
            delivery.onHandDelta = 24;
            delivery.reason = StockReason::Adjustment;
            delivery.reference = u"delivery"_s;
            QVERIFY(StockRepository(m_db->db()).move(delivery));
        }
        QVERIFY(m_accounts.reload(m_db->db()));
        m_stock.setRecords(*StockRepository(m_db->db()).levels());
        m_worker = std::make_unique<DatabaseWorker>(m_db->config());
        m_orders = std::make_unique<OrdersModel>(m_worker.get());
        QTRY_COMPARE(m_orders->rowCount(), 30);
    }

    void cleanupTestCase()
    {
        m_orders.reset();
        m_worker.reset();
        m_db.reset();
    }

    void switchesPanesByShortcut()
    {
        MainWindow window(context());
        showActive(window);
        auto* list = window.findChild<QListWidget*>(u"paneList"_s);
        QVERIFY(list);
        QCOMPARE(list->count(), int(MainWindow::PaneCount));

        const QStringList ids {u"accounts"_s, u"listings"_s, u"orders"_s,       u"stock"_s,
                               u"outbox"_s,   u"returns"_s,  u"notifications"_s};
        for (int i = 0; i < MainWindow::PaneCount; ++i) {
            QTest::keyClick(&window, Qt::Key(Qt::Key_1 + i), Qt::ControlModifier);
            QTRY_COMPARE(int(window.currentPane()), i);
            QCOMPARE(list->currentRow(), i);
            TablePane* pane = window.pane(MainWindow::Pane(i));
            QVERIFY(pane->isVisible());
            QCOMPARE(pane->id(), ids.at(i));
            // Only Accounts, Orders and Stock have rows here: every other pane explains what will appear and how.
            const bool hasRows = i == MainWindow::Orders || i == MainWindow::Accounts || i == MainWindow::Stock;
            QCOMPARE(pane->showsEmptyState(), !hasRows);
            if (!hasRows) {
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

        // The search box runs in SQL over number, buyer, SKU and tracking; the house is a filter of its own.
        QTest::keyClicks(orders->filterEdit(), u"tremblay"_s);
        QTRY_COMPARE(orders->view()->model()->rowCount(), 10);
        auto* house = orders->findChild<QComboBox*>(u"houseFilter"_s);
        QVERIFY(house);
        house->setCurrentIndex(house->findData(u"Montreal"_s));
        // Jean Tremblay is every third buyer, Montreal every second house: rows 1, 7, 13, 19, 25.
        QTRY_COMPARE(orders->view()->model()->rowCount(), 5);
        QTRY_COMPARE(orders->findChild<QLabel*>(u"orderCount"_s)->text(), u"5 orders"_s);
        screenshot(window, u"orders-filtered"_s);

        orders->filterEdit()->setText(u"no such order"_s);
        QTRY_VERIFY(orders->showsEmptyState());
        QVERIFY(orders->findChild<QLabel*>(u"emptyState"_s)->text().contains(u"no such order"_s));
        orders->filterEdit()->clear();
        house->setCurrentIndex(0);
        QTRY_COMPARE(orders->view()->model()->rowCount(), 30);
        QVERIFY(!orders->showsEmptyState());

        orders->view()->sortByColumn(OrdersModel::Total, Qt::DescendingOrder);
        QTRY_COMPARE(orders->view()->model()->index(0, OrdersModel::Number).data().toString(), u"12-10029"_s);
        orders->view()->setFocus();
        orders->view()->selectRow(0);
        auto* details = orders->findChild<QTextBrowser*>(u"details"_s);
        QTRY_VERIFY(details->toPlainText().contains(u"12-10029"_s)); // the largest total
        QVERIFY(details->toPlainText().contains(u"Montréal"_s));
        QTRY_VERIFY2(details->toPlainText().contains(u"MUG-1"_s),
                     qPrintable(details->toPlainText())); // items, read on the worker
        screenshot(window, u"orders-details"_s);
    }

    void scanAnOrderAndShipItThroughTheDialog()
    {
        MainWindow window(context());
        showActive(window);
        OrdersPane* pane = window.ordersPane();
        QSignalSpy done(pane, &OrdersPane::finished);
        QSignalSpy written(&window, &MainWindow::outboxWritten);
        // As the app does: what shows the outbox is read again when it is written.
        connect(&window, &MainWindow::outboxWritten, m_orders.get(), &OrdersModel::refresh);

        // A keyboard-wedge scanner: Ctrl+E is not even needed once the box has focus; it types and sends Enter.
        QTest::keyClick(&window, Qt::Key_E, Qt::ControlModifier);
        QTRY_VERIFY(pane->scanBox()->hasFocus());
        QTest::keyClicks(pane->scanBox(), u"12-10003"_s);
        QTest::keyClick(pane->scanBox(), Qt::Key_Return);
        QTRY_COMPARE(done.size(), 1);
        QCOMPARE(done.last().at(1).toBool(), true);
        QVERIFY(pane->scanBox()->text().isEmpty()); // ready for the next parcel
        const qint64 scanned = (*OrderRepository(m_db->db()).findByCode(u"12-10003"_s)).first().id;
        QTRY_COMPARE(pane->currentOrderId(), scanned);
        QTRY_VERIFY(window.findChild<QPushButton*>(u"showAllOrders"_s)->isVisible());
        screenshot(window, u"orders-scanned"_s);

        // An unknown code leaves nothing selected that could be shipped by mistake, and says so by the scan box.
        QTest::keyClicks(pane->scanBox(), u"NOPE-404"_s);
        QTest::keyClick(pane->scanBox(), Qt::Key_Return);
        QTRY_COMPARE(done.size(), 2);
        QCOMPARE(done.last().at(1).toBool(), false);
        QVERIFY(window.statusBar()->currentMessage().contains(u"NOPE-404"_s));
        QVERIFY(pane->scanProblem()->isVisible());
        QVERIFY(pane->scanProblem()->text().contains(u"NOPE-404"_s));
        QCOMPARE(pane->currentOrderId(), 0);
        QVERIFY(!window.findChild<QPushButton*>(u"shipOrder"_s)->isEnabled());
        QVERIFY(!window.findChild<QPushButton*>(u"packOrder"_s)->isEnabled());
        QVERIFY(!window.findChild<QPushButton*>(u"cancelOrder"_s)->isEnabled());
        screenshot(window, u"orders-scan-not-found"_s);

        // F3 reaches the scan box from the Search box, where Ctrl+E is the line edit's own key.
        pane->pane()->filterEdit()->setFocus();
        QTRY_VERIFY(pane->pane()->filterEdit()->hasFocus());
        QTest::keyClick(pane->pane()->filterEdit(), Qt::Key_F3);
        QTRY_VERIFY(pane->scanBox()->hasFocus());
        QTest::keyClicks(pane->scanBox(), u"12-10003"_s);
        QTest::keyClick(pane->scanBox(), Qt::Key_Return);
        QTRY_COMPARE(done.size(), 3);
        QCOMPARE(done.last().at(1).toBool(), true);
        QVERIFY(pane->pane()->filterEdit()->text().isEmpty()); // the number did not land in Search
        QVERIFY(!pane->scanProblem()->isVisible());
        QTRY_COMPARE(pane->currentOrderId(), scanned);

        auto* ship = window.findChild<QPushButton*>(u"shipOrder"_s);
        QTRY_VERIFY(ship->isEnabled());
        QVERIFY(window.findChild<QPushButton*>(u"packOrder"_s)->isEnabled()); // open, not packed yet
        ship->click();
        ShipDialog* dialog = nullptr;
        QTRY_VERIFY((dialog = window.findChild<ShipDialog*>(u"shipDialog"_s)) && dialog->isVisible());
        auto* carrier = dialog->findChild<QComboBox*>(u"carrier"_s);
        carrier->setCurrentIndex(carrier->findData(u"ups"_s));
        auto* tracking = dialog->findChild<QLineEdit*>(u"trackingNumber"_s);
        auto* ok = dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok);
        QTest::keyClicks(tracking, u"1Z999AA1"_s); // half a number: not yet
        QVERIFY(!ok->isEnabled());
        QVERIFY(!dialog->findChild<QLabel*>(u"trackingProblem"_s)->text().isEmpty());
        QTest::keyClicks(tracking, u"0123456784"_s);
        QTRY_VERIFY(ok->isEnabled());
        screenshot(*dialog, u"ship-dialog"_s);
        ok->click();
        QTRY_COMPARE(done.size(), 4);
        QCOMPARE(done.last().at(0).toString(), u"ship"_s);
        QVERIFY2(done.last().at(1).toBool(), qPrintable(window.statusBar()->currentMessage()));
        QTRY_VERIFY(!window.findChild<ShipDialog*>(u"shipDialog"_s));
        QCOMPARE(written.size(), 1);

        // Written once, with the local change, in the outbox; the row says it waits.
        auto entries = OutboxRepository(m_db->db()).list();
        QVERIFY(entries);
        QCOMPARE(entries->size(), 1);
        QCOMPARE(entries->first().orderId.value_or(0), scanned);
        QCOMPARE((*OrderRepository(m_db->db()).findById(scanned))->trackingNumber, u"1Z999AA10123456784"_s);
        const int row = m_orders->rowOfId(scanned);
        QTRY_COMPARE(m_orders->index(row, OrdersModel::Fulfillment).data().toString(),
                     OrdersModel::actionText(*(*OrderRepository(m_db->db()).findById(scanned))));
        QVERIFY(!ship->isEnabled()); // not twice
        QVERIFY(!window.findChild<QPushButton*>(u"packOrder"_s)->isEnabled()); // nor packed after it went
        screenshot(window, u"orders-shipped"_s);

        window.findChild<QPushButton*>(u"showAllOrders"_s)->click();
        QTRY_COMPARE(m_orders->rowCount(), 30);
        QTRY_COMPARE(pane->currentOrderId(), scanned); // still the one in hand
    }

    void outboxAndStockPanes()
    {
        MainWindow window(context());
        showActive(window);
        // What the app does when a pane changes something: read the rows again.
        const auto reload = [&] {
            m_outbox.sync(*OutboxRepository(m_db->db()).list());
            m_stock.sync(*StockRepository(m_db->db()).levels());
        };
        connect(&window, &MainWindow::outboxWritten, this, reload);
        connect(&window, &MainWindow::stockChanged, this, reload);
        reload();

        // The shipment queued by the scan test waits in the outbox; it can be withdrawn, not retried.
        QTest::keyClick(&window, Qt::Key_5, Qt::ControlModifier);
        QTRY_COMPARE(window.currentPane(), MainWindow::Outbox);
        TablePane* outbox = window.pane(MainWindow::Outbox);
        QCOMPARE(m_outbox.rowCount(), 1);
        outbox->view()->selectRow(0);
        auto* retry = outbox->findChild<QPushButton*>(u"retryOutbox"_s);
        auto* withdraw = outbox->findChild<QPushButton*>(u"withdrawOutbox"_s);
        QVERIFY(!retry->isEnabled());
        QVERIFY(withdraw->isEnabled());
        QVERIFY(outbox->detailsBrowser()->toPlainText().contains(u"12-10003"_s));
        screenshot(window, u"outbox"_s);
        QSignalSpy outboxDone(window.outboxPane(), &OutboxPane::finished);
        QTimer::singleShot(0, &window, [&] {
            auto* box = window.findChild<QMessageBox*>(u"withdrawBox"_s);
            QVERIFY(box);
            for (QAbstractButton* b : box->buttons()) {
                if (box->buttonRole(b) == QMessageBox::AcceptRole)
                    b->click();
            }
        });
        withdraw->click();
        QTRY_COMPARE(outboxDone.size(), 1);
        QVERIFY(outboxDone.first().first().toBool());
        QTRY_COMPARE(m_outbox.record(0).state, OutboxState::Cancelled);
        const Order withdrawn = **OrderRepository(m_db->db()).findById(*m_outbox.record(0).orderId);
        QVERIFY(withdrawn.pendingAction.isEmpty()); // the order no longer waits
        QTRY_VERIFY(!withdraw->isEnabled());

        // Stock: a count writes the difference to the ledger, shown under the row.
        QTest::keyClick(&window, Qt::Key_4, Qt::ControlModifier);
        QTRY_COMPARE(window.currentPane(), MainWindow::Stock);
        TablePane* stock = window.pane(MainWindow::Stock);
        stock->view()->selectRow(0);
        QCOMPARE(m_stock.record(stock->currentSourceRow()).sku, u"MUG-0"_s);
        QTRY_VERIFY(stock->detailsBrowser()->toPlainText().contains(u"delivery"_s));
        QSignalSpy counted(window.stockPane(), &StockPane::finished);
        window.stockPane()->recount(21, u"three broken"_s);
        QTRY_COMPARE(counted.size(), 1);
        QVERIFY(counted.first().first().toBool());
        QTRY_COMPARE(m_stock.index(0, StockModel::OnHand).data().toString(), u"21"_s);
        stock->view()->selectRow(0);
        QTRY_VERIFY(stock->detailsBrowser()->toPlainText().contains(u"three broken"_s));
        screenshot(window, u"stock"_s);
    }

    void exportsTheViewAndPrintsAPickList()
    {
        MainWindow window(context());
        showActive(window);
        window.showPane(MainWindow::Orders);
        OrdersPane* pane = window.ordersPane();
        QSignalSpy done(pane, &OrdersPane::finished);
        auto* status = pane->pane()->findChild<QComboBox*>(u"statusFilter"_s);
        status->setCurrentIndex(status->findData(u"SHIPPED"_s));
        QTRY_COMPARE(m_orders->matchCount(), qint64(6)); // rows 0, 5, …, 25 (one of the others was just shipped
                                                         // locally, but is SHIPPED only once eBay confirms)
        const QString csv =
            QDir(qEnvironmentVariable("MARKETDESK_SCREENSHOT_DIR", QDir::tempPath())).filePath(u"orders-shipped.csv"_s);
        pane->exportCsv(csv);
        QTRY_COMPARE(done.size(), 1);
        QVERIFY(done.last().at(1).toBool());
        QFile file(csv);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
        QCOMPARE(bytes.count("\r\n"), 7); // header and six orders
        QVERIFY(bytes.contains("12-10000,12-10000,Warehouse-A,eBay,"));
        // People's words for people, codes for programs; line items with their SKUs.
        QVERIFY(bytes.contains(",skus,items,status_code,payment_code,fulfillment_code,buyer_note,warehouse_note\r\n"));
        QVERIFY(bytes.contains(",Shipped,Paid,Shipped,no,"));
        QVERIFY(bytes.contains(",MUG-1,\"2 × MUG-1 Mug \"\"Montréal\"\", blue\",SHIPPED,PAID,FULFILLED,,\r\n"));
        QVERIFY(!bytes.contains(",OPEN,")); // only shipped ones were asked for

        status->setCurrentIndex(0);
        QTRY_COMPARE(m_orders->rowCount(), 30);
        pane->pane()->view()->selectAll();
        QTRY_VERIFY(pane->pane()->findChild<QToolButton*>(u"pickList"_s)->isEnabled());
        const QString pdf =
            QDir(qEnvironmentVariable("MARKETDESK_SCREENSHOT_DIR", QDir::tempPath())).filePath(u"pick-list.pdf"_s);
        QFile::remove(pdf);
        PickList built;
        pane->buildPickList([&](const PickList& list) {
            built = list;
            QVERIFY(PickListPrinter::savePdf(list, pdf));
        });
        QTRY_COMPARE(done.size(), 2);
        QCOMPARE(built.orderCount, 30);
        QCOMPARE(built.stops.size(), 2); // shelf A-01, then what is not reserved
        QCOMPARE(built.stops.first().locationCode, u"A-01"_s);
        QVERIFY(built.stops.last().locationCode.isEmpty());
        QFile printed(pdf);
        QVERIFY(printed.open(QIODevice::ReadOnly));
        QVERIFY(printed.read(5) == "%PDF-");

        // Once printed or saved, the list's open orders are picked (shipped and cancelled ones are left alone).
        QCOMPARE(built.orderIds.size(), 30);
        pane->markPicked(built);
        QTRY_COMPARE(done.size(), 3);
        QCOMPARE(done.last().at(0).toString(), u"picked"_s);
        QVERIFY(done.last().at(1).toBool());
        int open = 0;
        for (qint64 id : std::as_const(built.orderIds)) {
            const Order o = **OrderRepository(m_db->db()).findById(id);
            QCOMPARE(o.pickedAt.isValid(), o.status == orderstatus::Open);
            if (o.status != orderstatus::Open)
                continue;
            ++open;
            const auto events = *OrderRepository(m_db->db()).events(id);
            QVERIFY(std::any_of(events.cbegin(), events.cend(),
                                [](const OrderEvent& e) { return e.kind == orderevent::Picked; }));
        }
        QVERIFY2(open > 0 && open < 30, qPrintable(QString::number(open)));
        screenshot(window, u"orders-all-selected"_s);
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
        {
            MainWindow again(context());
            QCOMPARE(again.currentPane(), MainWindow::Returns);
            QCOMPARE(again.size(), QSize(1000, 640));
            QVERIFY2(again.minimumSizeHint().width() <= 1000,
                     qPrintable(QString::number(again.minimumSizeHint().width())));
            // A column the person sized stays as they left it; the columns are no longer fitted for them.
            showActive(again);
            again.pane(MainWindow::Orders)->view()->horizontalHeader()->resizeSection(OrdersModel::Buyer, 333);
            again.close();
        }
        {
            MainWindow third(context());
            showActive(third);
            third.showPane(MainWindow::Orders);
            QApplication::processEvents();
            QCOMPARE(third.pane(MainWindow::Orders)->view()->horizontalHeader()->sectionSize(OrdersModel::Buyer), 333);
            // A layout the person never arranged is fitted to what is shown (the Stock pane here).
            QTableView* stock = third.pane(MainWindow::Stock)->view();
            third.showPane(MainWindow::Stock);
            QTRY_VERIFY(stock->horizontalHeader()->sectionSize(StockModel::Sku) >=
                        static_cast<QAbstractItemView*>(stock)->sizeHintForColumn(StockModel::Sku));
        }
        QSettings().remove(u"MainWindow"_s); // the next tests start from a first start's layout
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

    void accountsPaneShowsStatusDetailsAndActions()
    {
        QString error;
        auto db = test::TestDatabase::create(Backend::Sqlite, &error);
        QVERIFY2(db, qPrintable(error));
        QVERIFY(Migrator().migrate(db->db()));
        AccountRepository repository(db->db());
        const QDateTime now = QDateTime::currentDateTimeUtc();
        const auto add = [&](Provider provider, const QString& house, const QString& user, bool withTokens) {
            Account a;
            a.provider = provider;
            a.environment = Environment::Production;
            a.houseName = house;
            a.externalUserId = user;
            a.username = user;
            a.marketplaceId = provider == Provider::Ebay ? u"EBAY_US"_s : QString();
            a.connectedAt = now.addDays(-3);
            const qint64 id = *repository.insert(a);
            if (withTokens) {
                TokenMetadata t;
                t.accountId = id;
                t.accessExpiresAt = now.addSecs(5400);
                t.refreshExpiresAt = now.addDays(500);
                t.lastRefreshedAt = now.addSecs(-1800);
                (void)repository.saveTokenMetadata(t);
            }
            return id;
        };
        const qint64 warehouse = add(Provider::Ebay, u"Warehouse-A"_s, u"warehouse_a_seller"_s, true);
        const qint64 montreal = add(Provider::Ebay, u"Montreal"_s, u"boutique_montreal"_s, true);
        const qint64 maple = add(Provider::Amazon, u"Maple Goods"_s, u"A2EXAMPLE"_s, true);
        const qint64 booth = add(Provider::OfferUp, u"Booth 4"_s, u"booth4"_s, false);
        QVERIFY(repository.setScopes(warehouse,
                                     {u"https://api.ebay.com/oauth/api_scope/sell.fulfillment"_s,
                                      u"https://api.ebay.com/oauth/api_scope/sell.inventory"_s}));
        TokenMetadata revoked = **repository.tokenMetadata(montreal);
        revoked.revokedAt = now;
        revoked.consecutiveFailures = 1;
        revoked.lastRefreshError = u"eBay no longer accepts this account's authorization."_s;
        QVERIFY(repository.saveTokenMetadata(revoked));
        TokenMetadata failing = **repository.tokenMetadata(maple);
        failing.accessExpiresAt = now.addSecs(400);
        failing.consecutiveFailures = 3;
        failing.lastRefreshError = u"Amazon answered the token refresh with HTTP status 503."_s;
        QVERIFY(repository.saveTokenMetadata(failing));
        HealthEventRepository health(db->db());
        for (int i = 0; i < 30; ++i) {
            const bool ok = i % 11 != 5;
            QVERIFY(health.record(HealthEvent {0, warehouse, now.addSecs(-900 * (30 - i)), ok, ok ? 200 : 503,
                                               ok ? u"Success"_s : QString(), ok ? QString() : u"http.503"_s,
                                               ok ? QString() : u"Service Unavailable"_s, 80 + (i * 37) % 190}));
        }

        QVERIFY(OrderRepository(db->db()).quarantine(
            warehouse, u"12-00000-00001"_s, u"{}"_s,
            u"eBay order 12-00000-00001 could not be read: \"sixty\" is not a decimal amount."_s));
        QVERIFY(SyncCursorRepository(db->db()).save(SyncCursor {
            warehouse, u"orders"_s, u"{\"since\":\"2026-11-20T08:00:00Z\"}"_s, now.addSecs(-300), 0, {}, {}}));
        AccountsModel accounts;
        QAbstractItemModelTester tester(&accounts, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(accounts.reload(db->db()));
        MainWindowContext c = context();
        c.accounts = &accounts;
        c.database = &db->db();
        c.houseNameProblem = [&](const QString& name, qint64 id) {
            return *repository.houseNameTaken(name, id) ? u"An active account is already called \"%1\"."_s.arg(name)
                                                        : QString();
        };
        MainWindow window(c);
        showActive(window);
        window.showPane(MainWindow::Accounts);
        TablePane* pane = window.pane(MainWindow::Accounts);
        QTRY_VERIFY(pane->isVisible());
        QCOMPARE(pane->view()->model()->rowCount(), 4);
        const auto statusOf = [&](qint64 id) {
            return accounts.index(accounts.rowOfId(id), AccountsModel::Status).data().toString();
        };
        QCOMPARE(statusOf(warehouse), accountStatusText(AccountStatus::Healthy));
        QCOMPARE(statusOf(montreal), accountStatusText(AccountStatus::Revoked));
        QCOMPARE(statusOf(maple), accountStatusText(AccountStatus::RefreshFailing));
        QVERIFY(statusOf(booth).contains(u"Manual"_s));
        // A revoked authorization counts down to nothing: it says so instead.
        const QString expiry =
            accounts.index(accounts.rowOfId(montreal), AccountsModel::AccessExpires).data().toString();
        QCOMPARE(expiry, u"revoked — reconnect"_s);

        // Filters by status, marketplace and house.
        auto* status = pane->findChild<QComboBox*>(u"statusFilter"_s);
        QVERIFY(status);
        status->setCurrentIndex(status->findData(accountStatusText(AccountStatus::Revoked)));
        QCOMPARE(pane->view()->model()->rowCount(), 1);
        status->setCurrentIndex(0);
        auto* provider = pane->findChild<QComboBox*>(u"providerFilter"_s);
        provider->setCurrentIndex(provider->findData(u"eBay"_s));
        QCOMPARE(pane->view()->model()->rowCount(), 2);
        provider->setCurrentIndex(0);
        QCOMPARE(pane->view()->model()->rowCount(), 4);

        // Details: status, scopes, a response-time chart and recent checks; actions follow the selection.
        QAction* refresh = window.accountAction(MainWindow::RefreshToken);
        QAction* reconnect = window.accountAction(MainWindow::Reconnect);
        QVERIFY(!refresh->isEnabled());
        const auto select = [&](qint64 id) {
            const QModelIndex source = accounts.index(accounts.rowOfId(id), 0);
            pane->view()->setCurrentIndex(pane->proxy()->mapFromSource(source));
        };
        select(warehouse);
        auto* details = pane->findChild<QTextBrowser*>(u"details"_s);
        QTRY_VERIFY(details->toPlainText().contains(u"sell.fulfillment"_s));
        // One scope a line, nothing of the markup in the words.
        QVERIFY2(
            details->toPlainText().contains(u"sell.fulfillment\nhttps://api.ebay.com/oauth/api_scope/sell.inventory"_s),
            qPrintable(details->toPlainText()));
        QVERIFY(!details->toPlainText().contains(u"<br>"_s));
        QVERIFY(!details->toPlainText().contains(u"&lt;"_s));
        QVERIFY(details->toPlainText().contains(u"Service Unavailable"_s) || details->toPlainText().contains(u"ms"_s));
        QVERIFY(details->toHtml().contains(u"md-chart://health/"_s));
        QVERIFY(details->toPlainText().contains(u"12-00000-00001"_s)); // the quarantined order, and why
        QVERIFY(details->toPlainText().contains(u"is not a decimal amount"_s));

        // Rewind the order sync to a date.
        QSignalSpy rewinds(&window, &MainWindow::rewindRequested);
        QTimer::singleShot(20, this, [] {
            auto* dialog = qobject_cast<QDialog*>(QApplication::activeModalWidget());
            QVERIFY(dialog && dialog->objectName() == "rewindDialog"_L1);
            dialog->findChild<QDateEdit*>(u"rewindDate"_s)->setDate(QDate(2026, 11, 1));
            dialog->accept();
        });
        window.findChild<QAction*>(u"rewindAction"_s)->trigger();
        QCOMPARE(rewinds.count(), 1);
        QCOMPARE(rewinds.first().at(1).toDate(), QDate(2026, 11, 1));
        QVERIFY(refresh->isEnabled());
        QVERIFY(reconnect->isEnabled());
        QSignalSpy actions(&window, &MainWindow::accountActionRequested);
        refresh->trigger();
        QCOMPARE(actions.count(), 1);
        QCOMPARE(actions.last().at(0).value<MainWindow::AccountAction>(), MainWindow::RefreshToken);
        QCOMPARE(actions.last().at(1).toLongLong(), warehouse);
        pane->view()->resizeColumnsToContents();
        screenshot(window, u"accounts-details"_s);
        details->verticalScrollBar()->setValue(details->verticalScrollBar()->maximum());
        screenshot(window, u"accounts-health-chart"_s);

        select(booth); // OfferUp: nothing to sign in to or refresh
        QVERIFY(!reconnect->isEnabled());
        QVERIFY(!refresh->isEnabled());
        QVERIFY(details->toPlainText().contains(u"OfferUp has no public seller API"_s));

        // Rename: a taken name is explained and asked again; a free one is emitted.
        select(warehouse);
        QSignalSpy renamed(&window, &MainWindow::renameRequested);
        QStringList prompts;
        int dialogs = 0;
        std::function<void()> answer = [&] {
            auto* input = qobject_cast<QInputDialog*>(QApplication::activeModalWidget());
            if (!input) {
                QTimer::singleShot(20, answer);
                return;
            }
            prompts << input->labelText();
            input->setTextValue(dialogs++ == 0 ? u"Montreal"_s : u"Aisle 7"_s);
            input->accept();
            if (dialogs < 2)
                QTimer::singleShot(20, answer);
        };
        QTimer::singleShot(20, answer);
        window.findChild<QAction*>(u"renameAction"_s)->trigger();
        QCOMPARE(renamed.count(), 1);
        QCOMPARE(renamed.first().at(1).toString(), u"Aisle 7"_s);
        QVERIFY2(prompts.value(1).contains(u"already called"_s), qPrintable(prompts.join(u" | "_s)));

        // Forget asks, and says what will be deleted.
        QString question;
        QTimer::singleShot(20, this, [&] {
            auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget());
            QVERIFY(box);
            question = box->informativeText();
            screenshot(*box, u"forget-account"_s);
            box->findChild<QAbstractButton*>(u"confirmForget"_s)->click();
        });
        window.accountAction(MainWindow::Forget)->trigger();
        QVERIFY(question.contains(u"keychain"_s));
        QCOMPARE(actions.last().at(0).value<MainWindow::AccountAction>(), MainWindow::Forget);

        // Sync now for the selected seller account; the status bar says what runs and offers Cancel.
        select(warehouse);
        QSignalSpy syncs(&window, &MainWindow::syncRequested);
        QSignalSpy cancels(&window, &MainWindow::syncCancelRequested);
        QAction* syncNow = window.findChild<QAction*>(u"syncNowAction"_s);
        QVERIFY(syncNow->isEnabled());
        syncNow->trigger();
        QCOMPARE(syncs.count(), 1);
        QCOMPARE(syncs.first().first().toLongLong(), warehouse);
        window.setSyncStatus(u"Syncing the orders of Warehouse-A: 200 so far…"_s);
        auto* syncLabel = window.findChild<QLabel*>(u"syncLabel"_s);
        QTRY_VERIFY(syncLabel->isVisible());
        window.findChild<QPushButton*>(u"syncCancel"_s)->click();
        QCOMPARE(cancels.count(), 1);
        screenshot(window, u"sync-status"_s);
        window.setSyncStatus({});
        QVERIFY(!syncLabel->isVisible());
        select(booth);
        QVERIFY(!syncNow->isEnabled()); // OfferUp has no orders to sync

        // The keychain banner explains and offers Retry.
        QSignalSpy retry(&window, &MainWindow::keychainRetryRequested);
        window.setKeychainProblem(u"The system keychain is unavailable or locked."_s);
        auto* banner = window.findChild<QFrame*>(u"keychainBanner"_s);
        QTRY_VERIFY(banner->isVisible());
        accounts.setKeychainAvailable(false);
        QCOMPARE(statusOf(warehouse), accountStatusText(AccountStatus::KeychainUnavailable));
        screenshot(window, u"keychain-banner"_s);
        banner->findChild<QPushButton*>(u"keychainBannerButton"_s)->click();
        QCOMPARE(retry.count(), 1);
        window.setKeychainProblem({});
        QVERIFY(!banner->isVisible());
        accounts.setKeychainAvailable(true);

        // Without a tray, an alert shows in the window, with Reconnect where that is the fix.
        if (!window.tray()->isVisible()) {
            Notification alert;
            alert.accountId = montreal;
            alert.kind = u"token.revoked"_s;
            alert.severity = Severity::Error;
            alert.title = u"Montreal: authorization revoked"_s;
            alert.body = u"eBay no longer accepts this account's authorization."_s;
            // The rows stay where they were under the mouse: the bar opens below them, not above.
            QTableView* table = window.pane(MainWindow::Accounts)->view();
            QApplication::processEvents(); // (the keychain banner just went: let the layout settle first)
            const QPoint before = table->viewport()->mapTo(&window, QPoint(0, 0));
            window.showAlert(alert);
            auto* bar = window.findChild<QFrame*>(u"alertBanner"_s);
            QTRY_VERIFY(bar->isVisible());
            QApplication::processEvents();
            QCOMPARE(table->viewport()->mapTo(&window, QPoint(0, 0)), before);
            QVERIFY(bar->findChild<QLabel*>(u"alertBannerText"_s)->text().contains(u"Montreal"_s));
            screenshot(window, u"alert-banner"_s);
            bar->findChild<QPushButton*>(u"alertBannerButton"_s)->click();
            QCOMPARE(actions.last().at(0).value<MainWindow::AccountAction>(), MainWindow::Reconnect);
            QCOMPARE(actions.last().at(1).toLongLong(), montreal);
        }
    }

    void providersSettingsKeepSecretsOutOfTheSettingsFile()
    {
        QSettings settings;
        QList<ProviderEndpoints> current;
        for (Provider provider : providerSettings::oauthProviders()) {
            for (Environment environment : {Environment::Production, Environment::Sandbox})
                current << providerSettings::load(settings, provider, environment);
        }
        // The environments have their own addresses.
        QCOMPARE(providerSettings::defaults(Provider::Ebay, Environment::Sandbox).apiUrl,
                 u"https://api.sandbox.ebay.com"_s);
        QCOMPARE(providerSettings::defaults(Provider::Ebay, Environment::Production).apiUrl, u"https://api.ebay.com"_s);
        QList<std::tuple<Provider, Environment, QString>> secrets;
        ProvidersDialog dialog(
            current,
            [&](Provider p, Environment e, const QString& secret) {
                secrets.append({p, e, secret});
            },
            false);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto* clientId = dialog.findChild<QLineEdit*>(u"ebay.production.clientId"_s);
        auto* ruName = dialog.findChild<QLineEdit*>(u"ebay.production.appName"_s);
        auto* secret = dialog.findChild<QLineEdit*>(u"ebay.production.secret"_s);
        auto* api = dialog.findChild<QLineEdit*>(u"ebay.production.apiUrl"_s);
        QVERIFY(clientId && ruName && secret && api);
        QCOMPARE(secret->echoMode(), QLineEdit::Password);
        clientId->setText(u"Warehouse-App-PRD"_s);
        ruName->setText(u"Warehouse-App-RuName"_s);
        secret->setText(u"PRD-very-secret-value"_s);
        screenshot(dialog, u"providers-dialog"_s);

        // A plain-http address elsewhere than this computer is refused, and nothing is stored.
        api->setText(u"http://api.example.com"_s);
        QTimer::singleShot(0, this, [] {
            if (auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget()))
                box->accept();
        });
        dialog.findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Save)->click();
        QVERIFY(dialog.isVisible());
        QVERIFY(secrets.isEmpty());
        api->setText(u"https://api.ebay.com"_s);
        dialog.findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Save)->click();
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(secrets.size(), 1);
        QCOMPARE(std::get<2>(secrets.first()), u"PRD-very-secret-value"_s);
        for (const ProviderEndpoints& e : dialog.endpoints())
            providerSettings::save(settings, e);
        settings.sync();
        const ProviderEndpoints saved = providerSettings::load(settings, Provider::Ebay, Environment::Production);
        QCOMPARE(saved.clientId, u"Warehouse-App-PRD"_s);
        QCOMPARE(saved.appName, u"Warehouse-App-RuName"_s);
        QFile file(settings.fileName());
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        QVERIFY(bytes.contains("Warehouse-App-PRD"));
        QVERIFY(!bytes.contains("PRD-very-secret-value"));
    }

    void speaksFrench()
    {
        // An alert raised while the app spoke English (its words are stored as kind and arguments).
        Notification revoked;
        revoked.accountId = m_accounts.record(0).id;
        revoked.kind = u"token.revoked"_s;
        revoked.severity = Severity::Error;
        revoked.episodeKey = u"account/%1/token.revoked"_s.arg(*revoked.accountId);
        const QString house = m_accounts.record(0).account.houseName;
        revoked.args = {{u"house"_s, house}, {u"marketplace"_s, u"ebay"_s}, {u"error"_s, u"invalid_grant"_s}};
        NotificationText::fill(revoked);
        QCOMPARE(revoked.title, house + u": authorization revoked"_s);
        QVERIFY(NotificationRepository(m_db->db()).raise(revoked));
        m_notifications.setRecords(*NotificationRepository(m_db->db()).list());

        QTranslator translator;
        QVERIFY(translator.load(u":/i18n/marketdesk_fr.qm"_s));
        QApplication::installTranslator(&translator);
        {
            MainWindow window(context());
            showActive(window);
            auto* list = window.findChild<QListWidget*>(u"paneList"_s);
            QCOMPARE(list->item(MainWindow::Accounts)->text(), u"Comptes"_s);
            QCOMPARE(list->item(MainWindow::Orders)->text(), u"Commandes"_s);
            QCOMPARE(m_orders->headerData(OrdersModel::Total, Qt::Horizontal, Qt::DisplayRole).toString(), u"Total"_s);
            window.showPane(MainWindow::Accounts);
            screenshot(window, u"pane-accounts-fr"_s);
            // Shown in today's language, though raised in English: rendered from its kind and arguments.
            int row = -1;
            for (int r = 0; r < m_notifications.rowCount(); ++r) {
                if (m_notifications.record(r).kind == u"token.revoked"_s)
                    row = r;
            }
            QVERIFY(row >= 0);
            QCOMPARE(m_notifications.index(row, NotificationsModel::Title).data().toString(),
                     house + u" : autorisation révoquée"_s);
            window.showPane(MainWindow::Notifications);
            window.pane(MainWindow::Notifications)->view()->selectRow(row);
            QTRY_VERIFY2(
                window.pane(MainWindow::Notifications)->detailsBrowser()->toPlainText().contains(u"n’accepte plus"_s),
                qPrintable(window.pane(MainWindow::Notifications)->detailsBrowser()->toPlainText()));
            screenshot(window, u"pane-notifications-fr"_s);
            // Order words too.
            QCOMPARE(Words::orderStatus(u"OPEN"_s), u"Ouverte"_s);
            QCOMPARE(Words::fulfilmentStatus(u"NOT_STARTED"_s), u"Non expédiée"_s);
        }
        QApplication::removeTranslator(&translator);
    }

    // Needs attention never cleared: after stock arrived the waiting line stayed unreserved. Received in the Stock
    // pane, the waiting order is reserved at once, stops needing attention, and its details say where — and,
    // while it waited, why.
    void receivingStockReservesTheWaitingOrderAndSaysWhy()
    {
        const qint64 shelf = StockRepository(m_db->db()).locations()->first().id;
        Order o;
        o.accountId = m_accounts.record(0).id;
        o.houseName = m_accounts.record(0).account.houseName;
        o.externalId = u"12-20001"_s;
        o.orderNumber = o.externalId;
        o.buyerName = u"Élise Gagnon"_s;
        o.status = u"OPEN"_s;
        o.currency = u"CAD"_s;
        o.totalMinor = 4500;
        o.marketplaceCreatedAt = QDateTime::currentDateTimeUtc();
        o.items = {OrderItem {0, u"L1"_s, u"KETTLE"_s, u"Kettle, copper"_s, 2, 4500, {}, {}, {}}};
        const qint64 id = *OrderRepository(m_db->db()).upsert(o);
        QVERIFY(StockAllocator(m_db->db()).receive(u"KETTLE"_s, shelf, 1, u"sample"_s)); // 1 of the 2
        QVERIFY(*StockAllocator(m_db->db()).apply(id, o.status, std::nullopt)); // short: it waits
        QVERIFY((**OrderRepository(m_db->db()).findById(id)).needsAttention);

        MainWindow window(context());
        showActive(window);
        const auto reload = [&] { m_stock.sync(*StockRepository(m_db->db()).levels()); };
        connect(&window, &MainWindow::stockChanged, this, reload);
        reload();
        window.showPane(MainWindow::Orders);
        m_orders->refresh();
        QTRY_VERIFY(m_orders->rowOfId(id) >= 0);
        QVERIFY(window.ordersPane()->selectOrder(id));
        TablePane* orders = window.pane(MainWindow::Orders);
        QTRY_VERIFY2(orders->detailsBrowser()->toPlainText().contains(u"waiting — Not enough KETTLE available"_s),
                     qPrintable(orders->detailsBrowser()->toPlainText()));

        window.showPane(MainWindow::Stock);
        TablePane* stock = window.pane(MainWindow::Stock);
        int kettle = -1;
        for (int r = 0; r < m_stock.rowCount(); ++r) {
            if (m_stock.record(r).sku == u"KETTLE"_s)
                kettle = r;
        }
        QVERIFY(kettle >= 0);
        stock->view()->selectRow(kettle); // the view is sorted by SKU as the model is
        QCOMPARE(m_stock.record(stock->currentSourceRow()).sku, u"KETTLE"_s);
        QVERIFY(stock->findChild<QPushButton*>(u"receiveStock"_s)->isEnabled());
        QSignalSpy received(window.stockPane(), &StockPane::finished);
        window.stockPane()->receive(5, u"PO 7731"_s);
        QTRY_COMPARE(received.size(), 1);
        QVERIFY(received.first().first().toBool());
        const Order after = **OrderRepository(m_db->db()).findById(id);
        QVERIFY(!after.needsAttention);
        QCOMPARE((*OrderRepository(m_db->db()).items(id)).first().allocatedLocationId, shelf);
        QTRY_COMPARE(m_stock.record(kettle).reserved, 2);
        QTRY_VERIFY(stock->detailsBrowser()->toPlainText().contains(u"Receipt: PO 7731"_s));
        // Ledger references in words: the order's number, not its row id.
        QVERIFY2(stock->detailsBrowser()->toPlainText().contains(u"Order 12-20001"_s),
                 qPrintable(stock->detailsBrowser()->toPlainText()));
        QVERIFY(!stock->detailsBrowser()->toPlainText().contains(u"order:"_s));
        screenshot(window, u"stock-received"_s);

        window.showPane(MainWindow::Orders);
        m_orders->refresh();
        QTRY_VERIFY(!m_orders->record(m_orders->rowOfId(id)).needsAttention);
        QVERIFY(window.ordersPane()->selectOrder(id));
        QTRY_VERIFY2(orders->detailsBrowser()->toPlainText().contains(u"reserved at A-01"_s),
                     qPrintable(orders->detailsBrowser()->toPlainText()));

        // By hand: the Stock… dialog offers the other shelf (with what is available there) and release.
        Location back;
        back.code = u"B-09"_s;
        back.name = u"Back room"_s;
        const qint64 backRoom = *StockRepository(m_db->db()).addLocation(back);
        QVERIFY(StockAllocator(m_db->db()).receive(u"KETTLE"_s, backRoom, 3, {}));
        QTRY_VERIFY(orders->detailsBrowser()->toHtml().contains(u"marketdesk:order-stock"_s));
        QTRY_VERIFY(orders->detailsBrowser()->toPlainText().contains(u"Move, release or reserve its stock…"_s));
        emit orders->detailsBrowser()->anchorClicked(QUrl(u"marketdesk:order-stock"_s)); // the link under Items
        ReservationsDialog* dialog = nullptr;
        QTRY_VERIFY((dialog = window.findChild<ReservationsDialog*>(u"reservationsDialog"_s)) && dialog->isVisible());
        const qint64 lineId = (*OrderRepository(m_db->db()).items(id)).first().id;
        auto* place = dialog->findChild<QComboBox*>(u"placeOfLine%1"_s.arg(lineId));
        QVERIFY(place);
        QStringList offered;
        for (int i = 0; i < place->count(); ++i)
            offered << place->itemText(i);
        QCOMPARE(offered,
                 (QStringList {u"Release (not reserved)"_s, u"A-01 — reserved here"_s, u"B-09 — 3 available"_s}));
        screenshot(*dialog, u"order-stock-dialog"_s);
        place->setCurrentIndex(2);
        QSignalSpy changed(window.ordersPane(), &OrdersPane::finished);
        dialog->accept();
        QTRY_COMPARE(changed.size(), 1);
        QVERIFY(changed.first().at(1).toBool());
        QCOMPARE((*OrderRepository(m_db->db()).items(id)).first().allocatedLocationId, backRoom);
        QCOMPARE((**StockRepository(m_db->db()).level(u"KETTLE"_s, backRoom)).reserved, 2);
        QCOMPARE((**StockRepository(m_db->db()).level(u"KETTLE"_s, shelf)).reserved, 0);
        // Released: the order waits, in bold, saying so.
        window.ordersPane()->changeReservations(id, {{lineId, std::nullopt}});
        QTRY_COMPARE(changed.size(), 2);
        QVERIFY(changed.last().at(1).toBool());
        const OrderItem released = (*OrderRepository(m_db->db()).items(id)).first();
        QVERIFY(!released.allocatedLocationId);
        QCOMPARE(released.waitingReason, waitingreason::Released);
        QVERIFY((**OrderRepository(m_db->db()).findById(id)).needsAttention);

        // A warehouse note: kept, shown, and never touched by a sync of the order.
        QTRY_VERIFY(orders->detailsBrowser()->toHtml().contains(u"marketdesk:order-note"_s));
        window.ordersPane()->setNote(id, u"Fragile: double box"_s);
        QTRY_COMPARE(changed.size(), 3);
        QVERIFY(changed.last().at(1).toBool());
        QVERIFY(OrderRepository(m_db->db()).upsert(o)); // the marketplace's copy, again
        QCOMPARE((**OrderRepository(m_db->db()).findById(id)).warehouseNote, u"Fragile: double box"_s);
        m_orders->refresh();
        QTRY_VERIFY2(orders->detailsBrowser()->toPlainText().contains(u"Fragile: double box"_s),
                     qPrintable(orders->detailsBrowser()->toPlainText()));
        QVERIFY(orders->detailsBrowser()->toPlainText().contains(u"Edit the warehouse note…"_s));
    }

    // The ship dialog names the carrier from the number's shape and the destination, catches a mistyped check
    // digit inside the dialog, and lets a person's own choice of carrier stand. "Cancel order" is never the
    // default button of its dialog: Enter keeps the order.
    void shipDialogGuessesTheCarrierAndChecksDigits()
    {
        Order o = m_orders->record(0);
        o.shippingAddress.countryCode = u"CA"_s;
        ShipDialog dialog(o);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto* tracking = dialog.findChild<QLineEdit*>(u"trackingNumber"_s);
        auto* carrier = dialog.findChild<QComboBox*>(u"carrier"_s);
        auto* ship = dialog.findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok);
        QTest::keyClicks(tracking, u"1Z999AA10123456784"_s);
        QCOMPARE(dialog.carrierId(), u"ups"_s);
        QVERIFY(ship->isEnabled());
        tracking->clear();
        QTest::keyClicks(tracking, u"1Z999AA10123456785"_s); // one digit off
        QVERIFY(!ship->isEnabled());
        const QString problem = dialog.findChild<QLabel*>(u"trackingProblem"_s)->text();
        QVERIFY2(problem.contains(u"check digit should be 4"_s), qPrintable(problem));
        screenshot(dialog, u"ship-dialog-check-digit"_s);
        tracking->clear();
        QTest::keyClicks(tracking, u"123456789012"_s); // 12 digits to Canada: Canada Post
        QCOMPARE(dialog.carrierId(), u"canada_post"_s);
        // The person picks FedEx: it stays, whatever is typed next.
        carrier->setCurrentIndex(carrier->findData(u"fedex"_s));
        emit carrier->activated(carrier->currentIndex());
        tracking->clear();
        QTest::keyClicks(tracking, u"1Z999AA10123456784"_s);
        QCOMPARE(dialog.carrierId(), u"fedex"_s);
        QVERIFY(!ship->isEnabled()); // not a FedEx number, and said so
        dialog.reject();

        CancelOrderDialog cancel(o);
        cancel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&cancel));
        auto* buttons = cancel.findChild<QDialogButtonBox*>();
        QVERIFY(!buttons->button(QDialogButtonBox::Ok)->isDefault());
        QVERIFY(buttons->button(QDialogButtonBox::Cancel)->isDefault());
        QSignalSpy rejected(&cancel, &QDialog::rejected);
        QTest::keyClick(&cancel, Qt::Key_Return);
        QCOMPARE(rejected.size(), 1); // Enter kept the order
    }

    // Floor tools of the Stock pane: stock of a SKU never seen, at a location typed for the first time; a
    // transfer of free stock, shown in the ledger in words.
    void stockPaneAddsStockAndLocationsAndTransfers()
    {
        MainWindow window(context());
        showActive(window);
        const auto reload = [&] { m_stock.sync(*StockRepository(m_db->db()).levels()); };
        connect(&window, &MainWindow::stockChanged, this, reload);
        reload();
        window.showPane(MainWindow::Stock);
        QSignalSpy done(window.stockPane(), &StockPane::finished);
        window.stockPane()->addStock(u"TEAPOT"_s, u"C-07"_s, 5, u"PO 88"_s);
        QTRY_COMPARE(done.size(), 1);
        QVERIFY(done.last().first().toBool());
        qint64 c07 = 0;
        const auto locations = StockRepository(m_db->db()).locations();
        QVERIFY(locations);
        for (const Location& l : *locations) {
            if (l.code == u"C-07"_s)
                c07 = l.id;
        }
        QVERIFY(c07 != 0);
        QCOMPARE((**StockRepository(m_db->db()).level(u"TEAPOT"_s, c07)).onHand, 5);
        const qint64 a01 = locations->first().id; // A-01, first by code
        TablePane* stock = window.pane(MainWindow::Stock);
        int teapot = -1;
        QTRY_VERIFY([&] {
            for (int r = 0; r < m_stock.rowCount(); ++r) {
                if (m_stock.record(r).sku == u"TEAPOT"_s)
                    teapot = r;
            }
            return teapot >= 0;
        }());
        stock->view()->selectRow(stock->view()->model()->index(0, 0).row()); // reset, then the teapot's row
        for (int r = 0; r < stock->view()->model()->rowCount(); ++r) {
            stock->view()->selectRow(r);
            if (m_stock.record(stock->currentSourceRow()).sku == u"TEAPOT"_s)
                break;
        }
        QCOMPARE(m_stock.record(stock->currentSourceRow()).sku, u"TEAPOT"_s);
        QVERIFY(stock->findChild<QPushButton*>(u"transferStock"_s)->isEnabled());
        window.stockPane()->transfer(a01, 2, u"front shelf"_s);
        QTRY_COMPARE(done.size(), 2);
        QVERIFY(done.last().first().toBool());
        QCOMPARE((**StockRepository(m_db->db()).level(u"TEAPOT"_s, c07)).onHand, 3);
        QCOMPARE((**StockRepository(m_db->db()).level(u"TEAPOT"_s, a01)).onHand, 2);
        QTRY_VERIFY2(stock->detailsBrowser()->toPlainText().contains(u"Transfer to A-01: front shelf"_s),
                     qPrintable(stock->detailsBrowser()->toPlainText()));
        screenshot(window, u"stock-transfer"_s);
        // Each row names the product and what the SKU has at every location together.
        QCOMPARE(m_stock.index(stock->currentSourceRow(), StockModel::AllLocations).data().toString(), u"5 of 5"_s);
        int mug = -1;
        for (int r = 0; r < m_stock.rowCount(); ++r) {
            if (m_stock.record(r).sku == u"MUG-1"_s)
                mug = r;
        }
        QVERIFY(mug >= 0);
        QCOMPARE(m_stock.index(mug, StockModel::Product).data().toString(), u"Mug \"Montréal\", blue"_s);
    }

    // At the default window size, in English and in French, every pane's buttons show their whole text inside
    // the window, and no two of a pane's buttons (nor the menus) share an Alt+ key.
    void everyPaneFitsTheDefaultWindowAndItsAltKeysAreUnique_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("en") << u"en"_s;
        QTest::newRow("fr") << u"fr"_s;
    }

    void everyPaneFitsTheDefaultWindowAndItsAltKeysAreUnique()
    {
        QFETCH(QString, language);
        QTranslator translator;
        if (language == u"fr"_s) {
            QVERIFY(translator.load(u":/i18n/marketdesk_fr.qm"_s));
            QApplication::installTranslator(&translator);
        }
        const QLocale before;
        QLocale::setDefault(QLocale(language));
        auto restore = qScopeGuard([&] {
            QApplication::removeTranslator(&translator);
            QLocale::setDefault(before);
        });
        QGuiApplication::setApplicationDisplayName(u"Marketdesk"_s); // as the app does
        auto unnamed = qScopeGuard([] { QGuiApplication::setApplicationDisplayName({}); });
        MainWindow window(context());
        window.resize(1180, 760); // the size a first start opens at
        showActive(window);
        // The desktop adds " — Marketdesk" to a title that does not end with it: said once, not twice.
        QVERIFY2(window.windowTitle().endsWith(u"Marketdesk"_s), qPrintable(window.windowTitle()));
        QCOMPARE(titles::shown(window.windowTitle()), window.windowTitle());
        QStringList menuKeys;
        for (QAction* menu : window.menuBar()->actions()) {
            const QKeySequence key = QKeySequence::mnemonic(menu->text());
            if (!key.isEmpty())
                menuKeys << key.toString();
        }
        QCOMPARE(QSet<QString>(menuKeys.cbegin(), menuKeys.cend()).size(), menuKeys.size());
        for (int i = 0; i < MainWindow::PaneCount; ++i) {
            window.showPane(MainWindow::Pane(i));
            TablePane* pane = window.pane(MainWindow::Pane(i));
            QTRY_VERIFY(pane->isVisible());
            QApplication::processEvents();
            QStringList keys = menuKeys;
            const QString where = u"%1 pane (%2)"_s.arg(pane->id(), language);
            for (QAbstractButton* button : pane->findChildren<QAbstractButton*>()) {
                if (!button->isVisibleTo(&window) || pane->view()->isAncestorOf(button) ||
                    pane->detailsBrowser()->isAncestorOf(button))
                    continue;
                const QString what = u"%1: \"%2\""_s.arg(where, button->text());
                QVERIFY2(button->width() >= button->sizeHint().width(), qPrintable(what + u" is cut"_s));
                const QPoint right = button->mapTo(&window, QPoint(button->width(), 0));
                QVERIFY2(right.x() <= window.width(), qPrintable(what + u" is outside the window"_s));
                const QKeySequence key = QKeySequence::mnemonic(button->text());
                if (key.isEmpty())
                    continue;
                QVERIFY2(!keys.contains(key.toString()), qPrintable(what + u" takes " + key.toString() + u" again"_s));
                keys << key.toString();
            }
            if (i == MainWindow::Orders || i == MainWindow::Stock)
                screenshot(window, u"pane-%1-%2"_s.arg(pane->id(), language));
        }
        if (language == u"fr"_s) {
            // The order floor in French: a ship dialog, a packing slip.
            window.showPane(MainWindow::Orders);
            OrdersPane* orders = window.ordersPane();
            m_orders->refresh();
            qint64 open = 0;
            QTRY_VERIFY([&] {
                for (int r = 0; r < m_orders->rowCount() && !open; ++r) {
                    if (OrderActions::shipProblem(m_orders->record(r)).isEmpty())
                        open = m_orders->record(r).id;
                }
                return open != 0;
            }());
            QVERIFY(orders->selectOrder(open));
            ShipDialog dialog(m_orders->record(m_orders->rowOfId(open)), &window);
            dialog.show();
            QVERIFY(QTest::qWaitForWindowExposed(&dialog));
            QTest::keyClicks(dialog.findChild<QLineEdit*>(u"trackingNumber"_s), u"1Z999AA10123456784"_s);
            screenshot(dialog, u"ship-dialog-fr"_s);
            // Wide enough for its whole title, with the " — Marketdesk" the desktop adds.
            QVERIFY(titles::shown(dialog.windowTitle()).endsWith(u" — Marketdesk"_s));
            QVERIFY(dialog.width() >=
                    QFontMetrics(dialog.font()).horizontalAdvance(titles::shown(dialog.windowTitle())));
            dialog.reject();
            QSignalSpy done(orders, &OrdersPane::finished);
            const QString pdf = QDir(qEnvironmentVariable("MARKETDESK_SCREENSHOT_DIR", QDir::tempPath()))
                                    .filePath(u"packing-slip-fr.pdf"_s);
            orders->buildPackingSlips(
                [&](const PackingSlips& slips) { QVERIFY(PackingSlipPrinter::savePdf(slips, pdf)); });
            QTRY_COMPARE(done.size(), 1);
            QVERIFY(!barcodesIn(pdf, u"packing-slip-fr"_s).isEmpty());
        }
    }

    // The To ship view: orders still to ship, the one due first at the top, by the marketplace's ship-by date
    // (or the default handling time, said as "about"); a date passed says "late" in words.
    void toShipViewListsWhatIsDueFirst()
    {
        const QDateTime now = QDateTime::currentDateTimeUtc();
        const auto make = [&](const QString& number, const QDateTime& placed, const QDateTime& shipBy) {
            Order o;
            o.accountId = m_accounts.record(0).id;
            o.houseName = m_accounts.record(0).account.houseName;
            o.externalId = number;
            o.orderNumber = number;
            o.buyerName = u"Léa Bouchard"_s;
            o.status = orderstatus::Open;
            o.currency = u"CAD"_s;
            o.totalMinor = 2500;
            o.marketplaceCreatedAt = placed;
            o.shipBy = shipBy;
            return *OrderRepository(m_db->db()).upsert(o);
        };
        const qint64 late = make(u"12-30001"_s, now.addDays(-1), now.addSecs(-7200));
        const qint64 later = make(u"12-30002"_s, now.addDays(-3), now.addDays(7));
        qint64 expected = 0;
        for (const QString& status : {orderstatus::Open, orderstatus::PartiallyShipped}) {
            OrderFilter f;
            f.status = status;
            expected += *OrderRepository(m_db->db()).count(f);
        }

        MainWindow window(context());
        showActive(window);
        window.showPane(MainWindow::Orders);
        OrdersPane* pane = window.ordersPane();
        m_orders->refresh();
        const int sortedBefore = m_orders->sortColumn();
        pane->setView(OrdersPane::ToShip);
        QTRY_COMPARE(m_orders->matchCount(), expected);
        QTRY_COMPARE(m_orders->rowCount(), int(expected));
        QCOMPARE(m_orders->sortColumn(), int(OrdersModel::ShipBy));
        QVERIFY(!pane->pane()->findChild<QComboBox*>(u"statusFilter"_s)->isEnabled());
        QCOMPARE(pane->pane()->findChild<QLabel*>(u"orderCount"_s)->text(), u"%1 to ship"_s.arg(expected));
        for (int r = 1; r < m_orders->rowCount(); ++r) {
            QVERIFY2(m_orders->record(r - 1).shipByOrEstimate() <= m_orders->record(r).shipByOrEstimate(),
                     qPrintable(m_orders->record(r).displayNumber()));
            QVERIFY(OrdersModel::stillToShip(m_orders->record(r)));
        }
        // The view shows what a person reads: the time, "late" once past, "about" when the marketplace said nothing.
        const QString lateText = m_orders->index(m_orders->rowOfId(late), OrdersModel::ShipBy).data().toString();
        QVERIFY2(lateText.endsWith(u" — late"_s) && !lateText.startsWith(u"about"_s), qPrintable(lateText));
        const QString laterText = m_orders->index(m_orders->rowOfId(later), OrdersModel::ShipBy).data().toString();
        QCOMPARE(laterText, format::localTime(now.addDays(7)));
        QCOMPARE(m_orders->record(m_orders->rowCount() - 1).id, later); // due last
        const Order estimated = m_orders->record(0);
        QVERIFY(estimated.shipByEstimated);
        QVERIFY(m_orders->index(0, OrdersModel::ShipBy).data().toString().startsWith(u"about "_s));
        screenshot(window, u"orders-to-ship"_s);

        // Back to every order: the status filter and the sort it had come back.
        pane->setView(OrdersPane::AllOrders);
        QTRY_VERIFY(m_orders->matchCount() > expected);
        QCOMPARE(m_orders->sortColumn(), sortedBefore);
        QVERIFY(sortedBefore != int(OrdersModel::ShipBy));
        QVERIFY(pane->pane()->findChild<QComboBox*>(u"statusFilter"_s)->isEnabled());
    }

    // Batch work on a selection: pack them all, ship them with a tracking number each (scanned in turn), print a
    // packing slip each — whose barcodes an independent reader decodes.
    void batchPackShipAndPackingSlips()
    {
        MainWindow window(context());
        showActive(window);
        window.showPane(MainWindow::Orders);
        OrdersPane* pane = window.ordersPane();
        pane->setView(OrdersPane::ToShip);
        m_orders->refresh();
        QTRY_VERIFY(m_orders->rowCount() > 3);
        QTableView* view = pane->pane()->view();
        QList<qint64> ids;
        QItemSelection selection;
        for (int r = 0; r < m_orders->rowCount() && ids.size() < 3; ++r) {
            const Order& o = m_orders->record(r);
            if (!o.pendingAction.isEmpty() || o.packedAt.isValid() || o.status != orderstatus::Open)
                continue;
            ids << o.id;
            const QModelIndex index = pane->pane()->proxy()->mapFromSource(m_orders->index(r, 0));
            selection.select(index, index);
        }
        QCOMPARE(ids.size(), 3);
        // Rows read again (after each action) are new rows: select the orders again by id.
        const auto selectThem = [&] {
            QItemSelection again;
            for (qint64 id : std::as_const(ids)) {
                const QModelIndex index =
                    pane->pane()->proxy()->mapFromSource(m_orders->index(m_orders->rowOfId(id), 0));
                again.select(index, index);
            }
            view->selectionModel()->select(again, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        };
        view->selectionModel()->select(selection, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        view->selectionModel()->setCurrentIndex(selection.indexes().first(), QItemSelectionModel::NoUpdate);
        auto* pack = window.findChild<QPushButton*>(u"packOrder"_s);
        auto* ship = window.findChild<QPushButton*>(u"shipOrder"_s);
        QTRY_COMPARE(pack->text(), u"Mark 3 &packed"_s);
        QCOMPARE(ship->text(), u"&Ship 3…"_s);
        QSignalSpy done(pane, &OrdersPane::finished);
        pack->click();
        QTRY_COMPARE(done.size(), 1);
        QCOMPARE(done.last().at(0).toString(), u"pack"_s);
        QVERIFY(done.last().at(1).toBool());
        for (qint64 id : std::as_const(ids))
            QVERIFY((**OrderRepository(m_db->db()).findById(id)).packedAt.isValid());
        QTRY_COMPARE(m_orders->index(m_orders->rowOfId(ids.first()), OrdersModel::Fulfillment).data().toString(),
                     u"Packed"_s);

        selectThem();
        QTRY_COMPARE(ship->text(), u"&Ship 3…"_s);
        ship->click();
        BatchShipDialog* dialog = nullptr;
        QTRY_VERIFY((dialog = window.findChild<BatchShipDialog*>(u"batchShipDialog"_s)) && dialog->isVisible());
        QPointer<BatchShipDialog> guard(dialog);
        QLineEdit* first = dialog->entryOf(ids.at(0))->trackingEdit();
        QLineEdit* second = dialog->entryOf(ids.at(1))->trackingEdit();
        QTRY_VERIFY(first->hasFocus());
        QTest::keyClicks(first, u"771234567801"_s);
        QTest::keyClick(first, Qt::Key_Return); // as a scanner ends a number: on to the next order
        QTRY_VERIFY(second->hasFocus());
        QVERIFY(guard); // Enter never ships the batch
        QTest::qWait(200); // (a shipment queued by mistake would be under way by now)
        QVERIFY((**OrderRepository(m_db->db()).findById(ids.at(0))).pendingAction.isEmpty());
        QTest::keyClicks(second, u"771234567801"_s); // the same label twice
        auto* batchShip = dialog->findChild<QPushButton*>(u"batchShip"_s);
        auto* secondState = dialog->findChild<QLabel*>(u"stateOf%1"_s.arg(ids.at(1)));
        QVERIFY2(secondState->text().contains(u"has this number too"_s), qPrintable(secondState->text()));
        QVERIFY(!batchShip->isEnabled());
        second->clear();
        QTest::keyClicks(second, u"771234567802"_s);
        QVERIFY2(batchShip->isEnabled(),
                 qPrintable(dialog->findChild<QLabel*>(u"batchSummary"_s)->text() + u" | "_s + secondState->text() +
                            u" | "_s + second->text()));
        QCOMPARE(batchShip->text(), u"&Ship 2 orders"_s); // the third stays: no number
        QCOMPARE(dialog->findChild<QLabel*>(u"batchSummary"_s)->text(), u"2 of 3 ready to ship."_s);
        QCOMPARE(dialog->entryOf(ids.at(0))->carrierId(), u"fedex"_s); // 12 digits, not to Canada
        screenshot(*dialog, u"batch-ship-dialog"_s);
        batchShip->click();
        QTRY_VERIFY(done.size() >= 2 && done.last().at(0).toString() == u"ship-batch"_s);
        QVERIFY(done.last().at(1).toBool());
        QTRY_VERIFY(!guard || !guard->isVisible());
        for (int i = 0; i < 3; ++i) {
            const Order o = **OrderRepository(m_db->db()).findById(ids.at(i));
            QCOMPARE(o.pendingAction, i < 2 ? u"order.ship"_s : QString());
            QCOMPARE(o.trackingNumber, i < 2 ? u"77123456780%1"_s.arg(i + 1) : QString());
        }

        // A packing slip each: house, order number and SKUs as Code 128, which zbarimg reads back.
        QTRY_VERIFY(m_orders->rowOfId(ids.first()) >= 0);
        selectThem();
        const QString dir = qEnvironmentVariable("MARKETDESK_SCREENSHOT_DIR", QDir::tempPath());
        const QString pdf = QDir(dir).filePath(u"packing-slips.pdf"_s);
        // The house's logo, set as the Accounts menu does; a file that is not an image is refused.
        const qint64 house = m_orders->record(m_orders->rowOfId(ids.first())).accountId;
        QImage logo(240, 80, QImage::Format_RGB32);
        logo.fill(QColor(0x1b, 0x6e, 0x20));
        const QString logoFile = QDir(dir).filePath(u"logo-sample.png"_s);
        QVERIFY(logo.save(logoFile));
        QVERIFY(!PackingSlipPrinter::setLogo(house, pdf.left(pdf.size() - 4) + u".missing"_s));
        QVERIFY(PackingSlipPrinter::setLogo(house, logoFile));
        PackingSlips built;
        pane->buildPackingSlips([&](const PackingSlips& slips) {
            built = slips;
            const PackingSlipPrinter::Logos logos = PackingSlipPrinter::logosFor(slips);
            QVERIFY(logos.contains(house));
            QCOMPARE(logos.value(house).size(), QSize(240, 80));
            QVERIFY(PackingSlipPrinter::savePdf(slips, pdf, logos));
        });
        QTRY_VERIFY(done.last().at(0).toString() == u"slips"_s);
        QCOMPARE(built.orders.size(), 3);
        const QStringList read = barcodesIn(pdf, u"packing-slip"_s);
        for (const Order& o : std::as_const(built.orders)) {
            QVERIFY2(read.contains(o.displayNumber()), qPrintable(read.join(u", "_s)));
            for (const OrderItem& item : o.items)
                QVERIFY2(read.contains(item.sku), qPrintable(item.sku));
        }
        // The pick list's SKUs are barcodes too.
        const QString pickPdf = QDir(dir).filePath(u"pick-list-barcodes.pdf"_s);
        pane->buildPickList([&](const PickList& list) { QVERIFY(PickListPrinter::savePdf(list, pickPdf)); });
        QTRY_VERIFY(done.last().at(0).toString() == u"picklist"_s);
        const QStringList picked = barcodesIn(pickPdf, u"pick-list"_s);
        QVERIFY2(picked.contains(built.orders.first().items.first().sku), qPrintable(picked.join(u", "_s)));
    }

    // A line without SKU is matched to one from the order's details; the order stops waiting for a person.
    void aLineWithoutSkuIsMatchedFromTheDetails()
    {
        const qint64 shelf = StockRepository(m_db->db()).locations()->first().id;
        Order o;
        o.accountId = m_accounts.record(0).id;
        o.houseName = m_accounts.record(0).account.houseName;
        o.externalId = u"12-40001"_s;
        o.orderNumber = o.externalId;
        o.buyerName = u"Noé Lavoie"_s;
        o.status = orderstatus::Open;
        o.currency = u"CAD"_s;
        o.totalMinor = 18900;
        o.marketplaceCreatedAt = QDateTime::currentDateTimeUtc();
        OrderItem typewriter;
        typewriter.externalLineId = u"L1"_s;
        typewriter.title = u"Vintage typewriter"_s;
        typewriter.marketplaceItemId = u"110000000004"_s;
        typewriter.quantity = 1;
        o.items = {typewriter};
        const qint64 id = *OrderRepository(m_db->db()).upsert(o);
        QVERIFY(*StockAllocator(m_db->db()).apply(id, o.status, std::nullopt)); // no SKU: it waits
        QVERIFY(StockAllocator(m_db->db()).receive(u"TYPEWRITER"_s, shelf, 1, {}));
        const qint64 lineId = (*OrderRepository(m_db->db()).items(id)).first().id;

        MainWindow window(context());
        showActive(window);
        window.showPane(MainWindow::Orders);
        OrdersPane* pane = window.ordersPane();
        pane->setView(OrdersPane::AllOrders);
        m_orders->refresh();
        QTRY_VERIFY(m_orders->rowOfId(id) >= 0);
        QVERIFY(pane->selectOrder(id));
        QTextBrowser* details = pane->pane()->detailsBrowser();
        QTRY_VERIFY2(details->toPlainText().contains(u"Match \"Vintage typewriter\" to a SKU…"_s),
                     qPrintable(details->toPlainText()));
        QVERIFY(details->toHtml().contains(u"marketdesk:map-line:%1"_s.arg(lineId)));
        QVERIFY(details->toPlainText().contains(u"(no SKU)"_s));
        QSignalSpy done(pane, &OrdersPane::finished);
        pane->mapLine(lineId, u"TYPEWRITER"_s);
        QTRY_COMPARE(done.size(), 1);
        QVERIFY(done.last().at(1).toBool());
        const OrderItem mapped = (*OrderRepository(m_db->db()).items(id)).first();
        QCOMPARE(mapped.sku, u"TYPEWRITER"_s);
        QCOMPARE(mapped.allocatedLocationId, shelf);
        QVERIFY(!(**OrderRepository(m_db->db()).findById(id)).needsAttention);
        QTRY_VERIFY2(details->toPlainText().contains(u"reserved at A-01"_s), qPrintable(details->toPlainText()));
        QVERIFY(!details->toPlainText().contains(u"to a SKU…"_s));
        screenshot(window, u"orders-line-matched"_s);

        // A search the order does not match: it leaves the list, and its details with it.
        QVERIFY(!details->toPlainText().isEmpty());
        pane->pane()->filterEdit()->setText(u"nothing-matches-this"_s);
        QTRY_COMPARE(m_orders->rowCount(), 0);
        QTRY_VERIFY2(details->toPlainText().isEmpty(), qPrintable(details->toPlainText()));
        QVERIFY(!window.findChild<QPushButton*>(u"shipOrder"_s)->isEnabled());
        pane->pane()->filterEdit()->clear();
        QTRY_VERIFY(m_orders->rowCount() > 0);

        // Orders on their way: the empty pane says so, not "connect an account".
        pane->setSyncActivity(u"Syncing Warehouse-A: 200 orders stored"_s);
        QVERIFY(pane->pane()->emptyHint().contains(u"200 orders stored"_s));
        pane->setSyncActivity({});
        QVERIFY2(pane->pane()->emptyHint().contains(u"connected accounts appear here after their sync"_s),
                 qPrintable(pane->pane()->emptyHint()));
    }
};

QTEST_MAIN(TestGui)
#include "tst_gui.moc"
