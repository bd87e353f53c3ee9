#include "ui/OrdersPane.h"

#include "domain/Words.h"
#include "fulfilment/Carriers.h"
#include "fulfilment/OrderActions.h"
#include "fulfilment/OrderExport.h"
#include "fulfilment/PackingSlip.h"
#include "fulfilment/PickList.h"
#include "inventory/StockAllocator.h"
#include "logging/LogCategories.h"
#include "models/AccountsModel.h"
#include "models/Format.h"
#include "models/OrdersModel.h"
#include "providers/OrderNormalizing.h"
#include "storage/DatabaseWorker.h"
#include "storage/repositories/OrderRepository.h"
#include "storage/repositories/StockRepository.h"
#include "ui/DetailsHtml.h"
#include "ui/OrderDialogs.h"
#include "ui/PackingSlipPrinter.h"
#include "ui/PickListPrinter.h"
#include "ui/TablePane.h"
#include "ui/WindowTitles.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QProgressDialog>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QStandardPaths>
#include <QTabBar>
#include <QTableView>
#include <QTextBrowser>
#include <QTimer>
#include <QToolButton>

using namespace Qt::StringLiterals;

namespace md {

namespace {
/// The details' links: the order's Stock dialog, its warehouse note.
constexpr const char* kStockLink = "marketdesk:order-stock";
constexpr const char* kNoteLink = "marketdesk:order-note";
constexpr const char* kMapLinkPrefix = "marketdesk:map-line:"; ///< followed by the line's id

/// A date edit whose lowest value reads `anyText` and means no bound.
QDateEdit* makeDateEdit(const QString& objectName, const QString& anyText, const QString& tooltip, QWidget* parent)
{
    auto* edit = new QDateEdit(parent);
    // Wide enough for "To any day" in every language, not only for a date.
    edit->setMinimumWidth(edit->fontMetrics().horizontalAdvance(anyText) + 48);
    edit->setObjectName(objectName);
    edit->setCalendarPopup(true);
    edit->setMinimumDate(QDate(2000, 1, 1));
    edit->setSpecialValueText(anyText);
    edit->setDate(edit->minimumDate());
    edit->setToolTip(tooltip);
    return edit;
}

QDate chosenDate(const QDateEdit* edit)
{
    return edit->date() == edit->minimumDate() ? QDate() : edit->date();
}

QString orderEventText(const QString& kind, const QString& detail)
{
    const QHash<QString, QString> names {
        {orderevent::Picked, OrdersPane::tr("Picked (on a pick list)")},
        {orderevent::Packed, OrdersPane::tr("Packed")},
        {orderevent::ShipQueued, OrdersPane::tr("Shipment queued")},
        {orderevent::Shipped, OrdersPane::tr("Shipment confirmed by the marketplace")},
        {orderevent::CancelQueued, OrdersPane::tr("Cancellation queued")},
        {orderevent::Cancelled, OrdersPane::tr("Cancellation confirmed by the marketplace")},
        {orderevent::Conflict, OrdersPane::tr("Conflict")},
        {orderevent::Failed, OrdersPane::tr("Refused")},
        {orderevent::Retried, OrdersPane::tr("Sent again")},
        {orderevent::Withdrawn, OrdersPane::tr("Withdrawn")},
    };
    const QString what = names.value(kind, kind);
    return detail.isEmpty() ? what : what + u": "_s + detail;
}

} // namespace

OrdersPane::OrdersPane(TablePane* pane, OrdersModel* model, AccountsModel* accounts, DatabaseWorker* worker,
                       QWidget* window)
    : QObject(pane)
    , m_pane(pane)
    , m_model(model)
    , m_accounts(accounts)
    , m_worker(worker)
    , m_window(window)
{
    pane->setQueryDriven(
        [this](const QString& text) {
            m_text = text;
            applyFilter();
        },
        [this] {
            const OrderFilter f = m_model->filter();
            return f != OrderFilter {};
        });
    buildFilters();
    buildActions();
    m_viewTabs = new QTabBar(pane);
    m_viewTabs->setObjectName(u"orderViews"_s);
    m_viewTabs->setExpanding(false);
    m_viewTabs->setDrawBase(false);
    m_viewTabs->addTab(tr("All orders"));
    m_viewTabs->addTab(tr("To ship"));
    m_viewTabs->setTabToolTip(ToShip,
                              tr("Orders still to ship, the one due first at the top (the marketplace's ship-by "
                                 "date); picked and packed show in Fulfilment."));
    // The tabs, and at the other end of their row how many orders the view holds (the filter row is full).
    auto* top = new QWidget(pane);
    auto* topRow = new QHBoxLayout(top);
    topRow->setContentsMargins(0, 0, 4, 0);
    topRow->addWidget(m_viewTabs);
    topRow->addStretch(1);
    topRow->addWidget(m_count);
    pane->addTopWidget(top);
    connect(m_viewTabs, &QTabBar::currentChanged, this, [this](int index) { setView(View(index)); });
    pane->setDetailsProvider([this](int row) { return detailsHtml(row); });

    QHeaderView* header = pane->view()->horizontalHeader();
    const auto showSort = [header](int column, Qt::SortOrder order) {
        const QSignalBlocker blocker(header);
        header->setSortIndicator(column, order);
    };
    connect(model, &OrdersModel::sortChanged, this, showSort);
    showSort(model->sortColumn(), model->sortOrder().order);

    connect(model, &OrdersModel::detailsReady, this, [this](qint64 id) {
        if (id == currentOrderId())
            m_pane->refreshDetails();
    });
    // Rows read again from the top (a filter, a sort, a refresh with new orders): the order in hand stays current.
    connect(model, &QAbstractItemModel::modelAboutToBeReset, this, [this] {
        if (m_selectWhenRead == 0)
            m_selectWhenRead = currentOrderId();
    });
    connect(model, &OrdersModel::rowsReplaced, this, [this] {
        m_pane->refreshEmptyState();
        const qint64 id = std::exchange(m_selectWhenRead, 0);
        // The order in hand stays current when it is still listed; when it left the list (a filter, a status
        // change), its details go too: they would describe an order no longer shown.
        if (id == 0 || !selectOrder(id))
            m_pane->refreshDetails();
        updateActions();
    });
    connect(model, &OrdersModel::matchCountChanged, this, &OrdersPane::updateCount);
    connect(model, &OrdersModel::readFailed, this,
            [this](const QString& why) { emit message(tr("Orders could not be read: %1").arg(why), 15000); });
    connect(pane, &TablePane::currentSourceRowChanged, this, &OrdersPane::updateActions);
    connect(model, &QAbstractItemModel::dataChanged, this, &OrdersPane::updateActions);
    connect(model, &QAbstractItemModel::modelReset, this, &OrdersPane::updateActions);
    updateCount();
}

void OrdersPane::buildFilters()
{
    m_house = new QComboBox(m_pane);
    m_house->setObjectName(u"houseFilter"_s);
    m_house->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_house->addItem(tr("All houses"), QString());
    m_pane->addToolWidget(m_house);

    m_provider = new QComboBox(m_pane);
    m_provider->setObjectName(u"providerFilter"_s);
    m_provider->addItem(tr("All marketplaces"), QString());
    for (Provider p : {Provider::Ebay, Provider::Shopify, Provider::Amazon})
        m_provider->addItem(providerDisplayName(p), providerKey(p));
    m_pane->addToolWidget(m_provider);

    m_status = new QComboBox(m_pane);
    m_status->setObjectName(u"statusFilter"_s);
    m_status->addItem(tr("Any status"), QString());
    m_status->addItem(tr("Open (to ship)"), orderstatus::Open);
    m_status->addItem(tr("Pending payment"), orderstatus::Pending);
    m_status->addItem(tr("Partially shipped"), orderstatus::PartiallyShipped);
    m_status->addItem(tr("Shipped"), orderstatus::Shipped);
    m_status->addItem(tr("Cancelled"), orderstatus::Cancelled);
    m_pane->addToolWidget(m_status);

    m_from = makeDateEdit(u"fromDate"_s, tr("From any day"), tr("Placed on or after this day"), m_pane);
    m_to = makeDateEdit(u"toDate"_s, tr("To any day"), tr("Placed on or before this day"), m_pane);
    m_pane->addToolWidget(m_from);
    m_pane->addToolWidget(m_to);

    // Also the legend of the bold rows: bold itself, its tooltip says why (Alt+A is the Accounts menu's).
    m_attention = new QCheckBox(tr("Needs a&ttention"), m_pane);
    m_attention->setObjectName(u"attentionFilter"_s);
    QFont legend = m_attention->font();
    legend.setBold(true);
    m_attention->setFont(legend);
    m_attention->setToolTip(tr("Only the orders shown in bold: items waiting for stock or a SKU, or something the "
                               "marketplace sent to look at. Shipped and cancelled orders never need attention."));

    m_count = new QLabel(m_pane);
    m_count->setObjectName(u"orderCount"_s);

    for (QComboBox* combo : {m_house, m_provider, m_status})
        connect(combo, &QComboBox::currentIndexChanged, this, &OrdersPane::applyFilter);
    for (QDateEdit* edit : {m_from, m_to})
        connect(edit, &QDateEdit::dateChanged, this, &OrdersPane::applyFilter);
    connect(m_attention, &QCheckBox::toggled, this, &OrdersPane::applyFilter);
    connect(m_accounts, &QAbstractItemModel::modelReset, this, &OrdersPane::updateHouses);
    connect(m_accounts, &QAbstractItemModel::dataChanged, this, &OrdersPane::updateHouses);
    for (auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
        connect(m_accounts, signal, this, &OrdersPane::updateHouses);
    updateHouses();
}

void OrdersPane::setView(View view)
{
    if (m_viewTabs->currentIndex() != view) {
        m_viewTabs->setCurrentIndex(view); // comes back here through currentChanged
        return;
    }
    const bool toShip = view == ToShip;
    // To ship is a status of its own: open or partly shipped.
    m_status->setEnabled(!toShip);
    m_status->setToolTip(toShip ? tr("The To ship view shows open and partly shipped orders.") : QString());
    if (toShip) {
        m_allOrdersSort = m_model->sortOrder();
        m_model->sort(OrdersModel::ShipBy, Qt::AscendingOrder);
    } else if (m_model->sortOrder().key == OrderSortKey::ShipBy && m_allOrdersSort.key != OrderSortKey::ShipBy) {
        m_model->sort(m_model->sortColumnOf(m_allOrdersSort.key), m_allOrdersSort.order);
    }
    applyFilter();
}

void OrdersPane::setSyncActivity(const QString& text)
{
    m_syncActivity = text;
    updateEmptyText();
}

void OrdersPane::updateEmptyText()
{
    const int accounts = m_accounts->rowCount();
    if (!m_syncActivity.isEmpty()) {
        m_pane->setEmptyText(
            tr("Orders are on their way"),
            tr("%1 — they appear here as they are stored, and stay available offline.").arg(m_syncActivity));
    } else if (accounts > 0) {
        m_pane->setEmptyText(tr("No orders yet"),
                             tr("Orders of the %n connected account(s) appear here after their sync (Accounts → "
                                "Sync orders now, Ctrl+R), and stay available offline.",
                                nullptr, accounts));
    } else {
        m_pane->setEmptyText(tr("No orders yet"),
                             tr("Orders of every connected account will appear here and stay available offline. "
                                "Connect a seller account to start receiving them."));
    }
}

void OrdersPane::updateHouses()
{
    updateEmptyText();
    QStringList houses;
    for (const AccountRow& row : m_accounts->records()) {
        if (!houses.contains(row.account.houseName))
            houses << row.account.houseName;
    }
    TablePane::setChoices(m_house, houses);
}

void OrdersPane::applyFilter()
{
    OrderFilter f;
    f.houseName = m_house->currentData().toString();
    if (const QString key = m_provider->currentData().toString(); !key.isEmpty())
        f.provider = providerFromKey(key);
    f.toShip = m_viewTabs && m_viewTabs->currentIndex() == ToShip;
    f.status = f.toShip ? QString() : m_status->currentData().toString();
    // The days are the person's local days.
    if (const QDate from = chosenDate(m_from); from.isValid())
        f.fromUtc = QDateTime(from, QTime(0, 0)).toUTC();
    if (const QDate to = chosenDate(m_to); to.isValid())
        f.toUtc = QDateTime(to.addDays(1), QTime(0, 0)).toUTC();
    f.needsAttention = m_attention->isChecked();
    f.text = m_text;
    f.ids = m_scannedIds;
    m_showAll->setVisible(!m_scannedIds.isEmpty());
    m_model->setFilter(f);
    updateCount();
}

void OrdersPane::updateCount()
{
    const qint64 count = m_model->matchCount();
    if (count < 0) {
        m_count->setText(tr("Reading…"));
        return;
    }
    const int shown = int(qMin<qint64>(count, std::numeric_limits<int>::max()));
    m_count->setText(m_viewTabs && m_viewTabs->currentIndex() == ToShip ? tr("%Ln to ship", nullptr, shown)
                                                                        : tr("%Ln order(s)", nullptr, shown));
}

void OrdersPane::buildActions()
{
    m_scanBox = new QLineEdit(m_pane);
    m_scanBox->setObjectName(u"scanBox"_s);
    m_scanBox->setPlaceholderText(tr("Scan an order or tracking number"));
    m_scanBox->setToolTip(
        tr("A barcode scanner types the number and Enter; the order opens at once (F3 from anywhere, or Ctrl+E)."));
    m_scanBox->setClearButtonEnabled(true);
    m_scanBox->setMinimumWidth(m_scanBox->fontMetrics().horizontalAdvance(m_scanBox->placeholderText()) + 40);
    m_pane->addActionWidget(m_scanBox);
    // Where the person is looking when a scan finds nothing (not only the status bar).
    m_scanProblem = new QLabel(m_pane);
    m_scanProblem->setObjectName(u"scanProblem"_s);
    m_scanProblem->setStyleSheet(u"QLabel { color: #b00020; font-weight: bold; }"_s);
    m_scanProblem->hide();
    m_pane->addActionWidget(m_scanProblem);
    connect(m_scanBox, &QLineEdit::textEdited, m_scanProblem, &QLabel::hide);
    connect(m_scanBox, &QLineEdit::returnPressed, this, [this] {
        const QString code = m_scanBox->text().trimmed();
        m_scanBox->clear(); // ready for the next scan
        if (!code.isEmpty())
            openCode(code);
    });
    m_showAll = new QPushButton(tr("Show all orders"), m_pane);
    m_showAll->setObjectName(u"showAllOrders"_s);
    m_showAll->setToolTip(tr("The list shows the scanned order only; show every order matching the filters again."));
    m_showAll->hide();
    m_pane->addActionWidget(m_showAll);
    connect(m_showAll, &QPushButton::clicked, this, [this] {
        m_scannedIds.clear(); // the order in hand stays current (see modelAboutToBeReset)
        applyFilter();
    });

    const auto addButton = [&](const QString& text, const QString& name, Action action) {
        auto* button = new QPushButton(text, m_pane);
        button->setObjectName(name);
        button->setEnabled(false);
        m_pane->addActionWidget(button);
        connect(button, &QPushButton::clicked, this, [this, action] { act(action); });
        m_buttons.insert(action, button);
    };
    addButton(tr("&Ship…"), u"shipOrder"_s, Ship);
    addButton(tr("Mark &packed"), u"packOrder"_s, Pack);
    addButton(tr("Cance&l order…"), u"cancelOrder"_s, Cancel);
    // Where an order's stock is reserved is changed from its details (a link under Items): the action row is
    // full at the default window size.
    m_pane->detailsBrowser()->setOpenLinks(false);
    connect(m_pane->detailsBrowser(), &QTextBrowser::anchorClicked, this, [this](const QUrl& url) {
        if (url.toString() == QLatin1StringView(kStockLink))
            act(Stock);
        else if (url.toString() == QLatin1StringView(kNoteLink))
            editNote(currentOrderId());
        else if (url.toString().startsWith(QLatin1StringView(kMapLinkPrefix)))
            openMapping(url.toString().mid(int(qstrlen(kMapLinkPrefix))).toLongLong());
    });

    m_pane->addActionWidget(m_attention, true); // a filter, but the first row is full at 1,000 pixels
    m_pickList = new QToolButton(m_pane);
    m_pickList->setObjectName(u"pickList"_s);
    m_pickList->setText(tr("P&rint"));
    m_pickList->setToolTip(tr("For the selected orders: the pick list (what to take off the shelves, by location "
                              "and SKU) or a packing slip for each parcel"));
    m_pickList->setPopupMode(QToolButton::InstantPopup);
    m_pickList->setEnabled(false);
    auto* menu = new QMenu(m_pickList);
    menu->addSection(tr("Pick list"));
    menu->addAction(tr("&Print pick list…"), this, [this] {
        buildPickList([this](const PickList& list) {
            if (PickListPrinter::print(list, m_window))
                markPicked(list);
        });
    });
    menu->addAction(tr("Save pick list as P&DF…"), this, [this] {
        const QString path = QFileDialog::getSaveFileName(
            m_window, tr("Save pick list"),
            QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation) + u"/pick-list.pdf"_s,
            tr("PDF documents (*.pdf)"));
        if (path.isEmpty())
            return;
        buildPickList([this, path](const PickList& list) {
            if (Status saved = PickListPrinter::savePdf(list, path); !saved) {
                report(tr("Pick list"), saved.error().message);
            } else {
                emit message(tr("Pick list saved to %1.").arg(path), 8000);
                markPicked(list);
            }
        });
    });
    menu->addSection(tr("Packing slips"));
    menu->addAction(tr("Print packing &slips…"), this, [this] {
        buildPackingSlips([this](const PackingSlips& slips) {
            PackingSlipPrinter::print(slips, m_window, PackingSlipPrinter::logosFor(slips));
        });
    });
    menu->addAction(tr("Save packing slips as PD&F…"), this, [this] {
        const QString path = QFileDialog::getSaveFileName(
            m_window, tr("Save packing slips"),
            QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation) + u"/packing-slips.pdf"_s,
            tr("PDF documents (*.pdf)"));
        if (path.isEmpty())
            return;
        buildPackingSlips([this, path](const PackingSlips& slips) {
            if (Status saved = PackingSlipPrinter::savePdf(slips, path, PackingSlipPrinter::logosFor(slips)); !saved)
                report(tr("Packing slips"), saved.error().message);
            else
                emit message(tr("%n packing slip(s) saved to %1.", nullptr, int(slips.orders.size())).arg(path), 8000);
        });
    });
    m_pickList->setMenu(menu);
    m_pane->addActionWidget(m_pickList);

    m_export = new QPushButton(tr("E&xport CSV…"), m_pane);
    m_export->setObjectName(u"exportCsv"_s);
    m_export->setToolTip(tr("Every order matching the search and filters, as a CSV file"));
    m_pane->addActionWidget(m_export);
    connect(m_export, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getSaveFileName(
            m_window, tr("Export orders"),
            QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation) + u"/orders.csv"_s,
            tr("CSV files (*.csv)"));
        if (!path.isEmpty())
            exportCsv(path);
    });
    connect(m_pane->view()->selectionModel(), &QItemSelectionModel::selectionChanged, this, &OrdersPane::updateActions);
}

void OrdersPane::updateActions()
{
    const QList<qint64> selection = selectedOrderIds(); // read once: every action below looks at it
    m_pickList->setEnabled(!selection.isEmpty());
    const int r = m_pane->currentSourceRow();
    if (r < 0 || r >= m_model->rowCount()) {
        for (QPushButton* button : std::as_const(m_buttons)) {
            button->setEnabled(false);
            button->setToolTip({});
        }
        return;
    }
    const Order& o = m_model->record(r);
    const QString cancelProblem = OrderActions::cancelProblem(o);
    m_buttons[Cancel]->setEnabled(cancelProblem.isEmpty());
    m_buttons[Cancel]->setToolTip(cancelProblem);
    // Ship and Mark packed take the whole selection: a batch says how many.
    const int selected = int(selection.size());
    const QList<qint64> shippable = actionable(Ship, selection);
    const QList<qint64> packable = actionable(Pack, selection);
    if (selected > 1) {
        m_buttons[Ship]->setText(tr("&Ship %n…", nullptr, int(shippable.size())));
        m_buttons[Ship]->setToolTip(tr("Ship the selected orders that can be shipped, a tracking number each"));
        m_buttons[Pack]->setText(tr("Mark %n &packed", nullptr, int(packable.size())));
    } else {
        m_buttons[Ship]->setText(tr("&Ship…"));
        m_buttons[Ship]->setToolTip(OrderActions::shipProblem(o));
        m_buttons[Pack]->setText(tr("Mark &packed"));
    }
    m_buttons[Ship]->setEnabled(!shippable.isEmpty());
    m_buttons[Pack]->setEnabled(!packable.isEmpty());
}

QList<qint64> OrdersPane::actionable(Action action, QList<qint64> ids) const
{
    if (ids.isEmpty() && currentOrderId() != 0)
        ids << currentOrderId();
    ids.removeIf([this, action](qint64 id) {
        const int row = m_model->rowOfId(id);
        if (row < 0)
            return true;
        const Order& o = m_model->record(row);
        if (action == Ship)
            return !OrderActions::shipProblem(o).isEmpty();
        // Nothing to pack once a shipment or cancellation waits in the outbox.
        return o.status != orderstatus::Open || o.packedAt.isValid() || !o.pendingAction.isEmpty();
    });
    return ids;
}

qint64 OrdersPane::currentOrderId() const
{
    const int r = m_pane->currentSourceRow();
    return r >= 0 && r < m_model->rowCount() ? m_model->record(r).id : 0;
}

QList<qint64> OrdersPane::selectedOrderIds() const
{
    QList<qint64> ids;
    const QModelIndexList rows = m_pane->view()->selectionModel()->selectedRows();
    QList<int> sourceRows;
    for (const QModelIndex& index : rows)
        sourceRows << m_pane->proxy()->mapToSource(index).row();
    std::sort(sourceRows.begin(), sourceRows.end());
    for (int r : std::as_const(sourceRows))
        ids << m_model->record(r).id;
    return ids;
}

bool OrdersPane::selectOrder(qint64 orderId)
{
    const int sourceRow = m_model->rowOfId(orderId);
    if (sourceRow < 0)
        return false;
    const QModelIndex index = m_pane->proxy()->mapFromSource(m_model->index(sourceRow, 0));
    if (!index.isValid())
        return false;
    m_pane->view()->setCurrentIndex(index);
    m_pane->view()->selectionModel()->select(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_pane->view()->scrollTo(index);
    return true;
}

void OrdersPane::openCode(const QString& code)
{
    m_worker->run<QList<Order>>(
        this, [code](const Database& db) { return OrderRepository(db).findByCode(code); },
        [this, code](Result<QList<Order>> found) {
            if (!found) {
                qCWarning(lcUi).noquote() << "scan lookup failed:" << found.error().toLogString();
                emit message(tr("The scanned code could not be looked up: %1").arg(found.error().message), 10000);
                emit finished(u"scan"_s, false);
                return;
            }
            if (found->isEmpty()) {
                qCInfo(lcUi).noquote() << "scanned code matches no order";
                // The parcel in hand is not the order shown before: nothing stays selected that could be shipped
                // by mistake, and the details go blank.
                m_selectWhenRead = 0;
                m_pane->view()->selectionModel()->clear();
                updateActions();
                const QString said = tr("No order has the number or tracking number \"%1\".").arg(code);
                m_scanProblem->setText(tr("Not found: %1").arg(code));
                m_scanProblem->setToolTip(said);
                m_scanProblem->show();
                emit message(said, 10000);
                // Two bells: not the single one of a found order's window.
                QApplication::beep();
                QTimer::singleShot(180, this, [] { QApplication::beep(); });
                emit finished(u"scan"_s, false);
                return;
            }
            m_scanProblem->hide();
            QList<qint64> ids;
            for (const Order& o : std::as_const(*found))
                ids << o.id;
            m_selectWhenRead = ids.first();
            if (selectOrder(ids.first()) && m_model->rowCount() == ids.size()) {
                m_selectWhenRead = 0;
            } else {
                // Show exactly what the code names, whatever the other filters said (or the view: a shipped
                // order is not to ship).
                {
                    const QSignalBlocker blocker(m_viewTabs);
                    m_viewTabs->setCurrentIndex(AllOrders);
                    m_status->setEnabled(true);
                }
                for (QComboBox* combo : {m_house, m_provider, m_status}) {
                    const QSignalBlocker blocker(combo);
                    combo->setCurrentIndex(0);
                }
                for (QDateEdit* edit : {m_from, m_to}) {
                    const QSignalBlocker blocker(edit);
                    edit->setDate(edit->minimumDate());
                }
                {
                    const QSignalBlocker blocker(m_attention);
                    m_attention->setChecked(false);
                }
                {
                    const QSignalBlocker blocker(m_pane->filterEdit());
                    m_pane->filterEdit()->clear();
                    m_text.clear();
                }
                m_scannedIds = ids;
                applyFilter();
            }
            emit message(found->size() == 1
                             ? tr("Order %1 (%2).").arg(found->first().displayNumber(), found->first().houseName)
                             : tr("%n orders have the code \"%1\".", nullptr, int(found->size())).arg(code),
                         8000);
            emit finished(u"scan"_s, true);
        });
}

void OrdersPane::act(Action action)
{
    const int r = m_pane->currentSourceRow();
    if (r < 0 || r >= m_model->rowCount())
        return;
    const qint64 id = m_model->record(r).id;
    switch (action) {
    case Ship:
        if (selectedOrderIds().size() > 1)
            shipSelected(actionable(Ship, selectedOrderIds()));
        else
            ship(id);
        break;
    case Pack:
        packOrders(actionable(Pack, selectedOrderIds())); // one order or a selection: the same way
        break;
    case Cancel:
        cancel(id);
        break;
    case Stock:
        openReservations(id);
        break;
    }
}

void OrdersPane::openReservations(qint64 orderId)
{
    const Order order = m_model->record(m_model->rowOfId(orderId));
    struct Reading {
        QList<OrderItem> items;
        QList<StockLevel> levels;
    };
    m_worker->run<Reading>(
        this,
        [orderId](const Database& db) -> Result<Reading> {
            auto items = OrderRepository(db).items(orderId);
            if (!items)
                return items.error();
            auto levels = StockRepository(db).levels();
            if (!levels)
                return levels.error();
            return Reading {*items, *levels};
        },
        [this, order](Result<Reading> read) {
            if (!read) {
                report(tr("Stock for an order"), read.error().message);
                return;
            }
            auto* dialog = new ReservationsDialog(order, read->items, read->levels, m_window);
            dialog->setAttribute(Qt::WA_DeleteOnClose);
            connect(dialog, &QDialog::accepted, this,
                    [this, dialog, id = order.id] { changeReservations(id, dialog->changes()); });
            dialog->open();
        });
}

void OrdersPane::editNote(qint64 orderId)
{
    const int row = m_model->rowOfId(orderId);
    if (row < 0)
        return;
    const Order order = m_model->record(row);
    bool ok = false;
    const QString note = QInputDialog::getMultiLineText(
        m_window, tr("Warehouse note"),
        tr("A note on order %1 for the warehouse (kept here; the marketplace and the buyer never see it):")
            .arg(order.displayNumber()),
        order.warehouseNote, &ok);
    if (ok)
        setNote(orderId, note);
}

void OrdersPane::openMapping(qint64 lineId)
{
    const qint64 orderId = currentOrderId();
    const std::optional<OrderDetails> more = m_model->details(orderId);
    if (!more)
        return;
    OrderItem line;
    for (const OrderItem& item : more->items) {
        if (item.id == lineId)
            line = item;
    }
    if (line.id == 0)
        return;
    m_worker->run<QList<StockLevel>>(
        this, [](const Database& db) { return StockRepository(db).levels(); },
        [this, line](Result<QList<StockLevel>> levels) {
            if (!levels) {
                report(tr("Match to a SKU"), levels.error().message);
                return;
            }
            QStringList skus;
            for (const StockLevel& level : std::as_const(*levels)) {
                if (!skus.contains(level.sku))
                    skus << level.sku;
            }
            std::sort(skus.begin(), skus.end());
            bool ok = false;
            const QString sku = QInputDialog::getItem(
                m_window, tr("Match to a SKU"),
                tr("Which SKU is \"%1\"? Marketdesk remembers it for this marketplace item: later orders of it "
                   "arrive with the SKU, and their stock is reserved.")
                    .arg(line.title),
                skus, -1, true, &ok);
            if (ok && !sku.trimmed().isEmpty())
                mapLine(line.id, sku.trimmed());
        });
}

void OrdersPane::mapLine(qint64 lineId, const QString& sku)
{
    m_worker->run<int>(
        this, [lineId, sku](const Database& db) { return StockAllocator(db).mapToSku(lineId, sku); },
        [this, sku](Result<int> mapped) {
            if (!mapped) {
                report(tr("Match to a SKU"), mapped.error().message);
                emit finished(u"map"_s, false);
                return;
            }
            qCInfo(lcUi).noquote() << *mapped << "order line(s) mapped to a SKU by hand";
            emit message(tr("%n order line(s) now sell %1.", nullptr, *mapped).arg(sku), 8000);
            m_model->refresh();
            emit stockChanged();
            emit finished(u"map"_s, true);
        });
}

void OrdersPane::setNote(qint64 orderId, const QString& note)
{
    m_worker->run(
        this, [orderId, note](const Database& db) { return OrderRepository(db).setWarehouseNote(orderId, note); },
        [this](Status saved) {
            if (!saved) {
                report(tr("Warehouse note"), saved.error().message);
                emit finished(u"note"_s, false);
                return;
            }
            m_model->refresh();
            emit finished(u"note"_s, true);
        });
}

void OrdersPane::changeReservations(qint64 orderId, const QList<ReservationsDialog::Change>& changes)
{
    if (changes.isEmpty())
        return;
    m_worker->run(
        this,
        [changes](const Database& db) -> Status {
            // All or nothing: one transaction for the order's changes.
            Transaction transaction(db);
            if (!transaction.isActive())
                return transaction.error();
            StockAllocator allocator(db);
            for (const ReservationsDialog::Change& change : changes) {
                const Status done = change.locationId ? allocator.moveReservation(change.lineId, *change.locationId)
                                                      : allocator.release(change.lineId);
                if (!done)
                    return done;
            }
            return transaction.commit();
        },
        [this, orderId](Status done) {
            if (!done) {
                report(tr("Stock for an order"), done.error().message);
                emit finished(u"reservations"_s, false);
                return;
            }
            qCInfo(lcUi).noquote() << "reservations of order" << orderId << "changed by hand";
            emit message(tr("The order's stock was changed."), 6000);
            m_model->refresh();
            emit stockChanged();
            emit finished(u"reservations"_s, true);
        });
}

void OrdersPane::report(const QString& what, const QString& text)
{
    qCWarning(lcUi).noquote() << what << "refused:" << text;
    QMessageBox::warning(m_window, what, text);
}

void OrdersPane::ship(qint64 orderId)
{
    const Order order = m_model->record(m_model->rowOfId(orderId));
    auto* dialog = new ShipDialog(order, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    QPointer<ShipDialog> guard(dialog);
    dialog->setSubmitter([this, guard, order] {
        const OrderActions::Shipment shipment {order.id, guard->carrierId(), guard->trackingNumber(), {}};
        m_worker->run<qint64>(
            this, [shipment](const Database& db) { return OrderActions(db).ship(shipment); },
            [this, guard, order](Result<qint64> queued) {
                if (!queued) {
                    qCWarning(lcUi).noquote()
                        << "shipping" << order.displayNumber() << "refused:" << queued.error().toLogString();
                    if (guard)
                        guard->submitFinished(queued.error().message); // kept open to correct it
                    emit finished(u"ship"_s, false);
                    return;
                }
                qCInfo(lcUi).noquote() << "shipment of order" << order.displayNumber() << "queued as outbox entry"
                                       << *queued;
                if (guard)
                    guard->submitFinished({});
                emit message(tr("Shipment of order %1 queued; it is sent to %2 now, or as soon as Marketdesk is "
                                "online.")
                                 .arg(order.displayNumber(), providerDisplayName(order.provider)),
                             10000);
                emit outboxWritten(); // whoever shows the outbox and the orders reads them again
                emit finished(u"ship"_s, true);
            });
    });
    dialog->open();
}

void OrdersPane::shipSelected(const QList<qint64>& orderIds)
{
    QList<Order> orders;
    for (qint64 id : orderIds)
        orders << m_model->record(m_model->rowOfId(id));
    if (orders.isEmpty())
        return;
    auto* dialog = new BatchShipDialog(orders, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    QPointer<BatchShipDialog> guard(dialog);
    dialog->setSubmitter([this, guard](const QList<BatchShipDialog::Shipment>& shipments) {
        QList<qint64> tried;
        for (const BatchShipDialog::Shipment& s : shipments)
            tried << s.orderId;
        shipBatch(shipments, [guard, tried](const QHash<qint64, QString>& problems) {
            if (guard)
                guard->submitFinished(tried, problems);
        });
    });
    dialog->open();
}

void OrdersPane::shipBatch(const QList<BatchShipDialog::Shipment>& shipments,
                           const std::function<void(const QHash<qint64, QString>&)>& done)
{
    // One outbox entry (and transaction) per order: a refusal of one leaves the others queued.
    using Problems = QHash<qint64, QString>;
    m_worker->run<Problems>(
        this,
        [shipments](const Database& db) -> Result<Problems> {
            Problems problems;
            OrderActions actions(db);
            for (const BatchShipDialog::Shipment& s : shipments) {
                if (auto queued = actions.ship({s.orderId, s.carrierId, s.trackingNumber, {}}); !queued) {
                    if (queued.error().code == "database.unreachable"_L1)
                        return queued.error(); // nothing further can go either
                    problems.insert(s.orderId, queued.error().message);
                }
            }
            return problems;
        },
        [this, done, shipments](Result<Problems> result) {
            if (!result) {
                qCWarning(lcUi).noquote() << "batch shipment refused:" << result.error().toLogString();
                Problems all; // nothing went: every order of the batch says why, in the dialog
                for (const BatchShipDialog::Shipment& s : shipments)
                    all.insert(s.orderId, result.error().message);
                if (done)
                    done(all);
                emit finished(u"ship-batch"_s, false);
                return;
            }
            for (auto it = result->cbegin(); it != result->cend(); ++it)
                qCWarning(lcUi).noquote() << "batch shipment of order" << it.key() << "refused:" << it.value();
            const int queued = int(shipments.size() - result->size());
            qCInfo(lcUi) << queued << "shipment(s) of a batch queued," << result->size() << "refused";
            if (queued > 0) {
                emit message(
                    tr("%n shipment(s) queued; they are sent as soon as Marketdesk is online.", nullptr, queued),
                    10000);
                emit outboxWritten();
            }
            if (done)
                done(*result);
            emit finished(u"ship-batch"_s, result->isEmpty());
        });
}

void OrdersPane::packOrders(const QList<qint64>& orderIds)
{
    if (orderIds.isEmpty())
        return;
    m_worker->run<int>(
        this,
        [orderIds](const Database& db) -> Result<int> {
            // All or none: a half-packed batch would be a puzzle on the floor.
            Transaction transaction(db);
            if (!transaction.isActive())
                return transaction.error();
            OrderActions actions(db);
            for (qint64 id : orderIds) {
                if (Status s = actions.markPacked(id); !s)
                    return s.error();
            }
            if (Status committed = transaction.commit(); !committed)
                return committed.error();
            return int(orderIds.size());
        },
        [this](Result<int> packed) {
            if (!packed) {
                report(tr("Mark packed"), packed.error().message);
                emit finished(u"pack"_s, false);
                return;
            }
            emit message(tr("%n order(s) packed.", nullptr, *packed), 5000);
            m_model->refresh();
            emit finished(u"pack"_s, true);
        });
}

template<typename T>
void OrdersPane::readForSelection(const QString& what, const QString& tag,
                                  std::function<Result<T>(const Database&, const QList<qint64>&)> build,
                                  const std::function<void(const T&)>& use)
{
    const QList<qint64> ids = selectedOrderIds();
    if (ids.isEmpty())
        return;
    m_worker->run<T>(
        this, [ids, build](const Database& db) { return build(db, ids); },
        [this, what, tag, use](Result<T> read) {
            if (!read) {
                report(what, read.error().message);
                emit finished(tag, false);
                return;
            }
            use(*read);
            emit finished(tag, true);
        });
}

void OrdersPane::buildPackingSlips(const std::function<void(const PackingSlips&)>& use)
{
    readForSelection<PackingSlips>(tr("Packing slips"), u"slips"_s, &PackingSlips::build, use);
}

void OrdersPane::cancel(qint64 orderId)
{
    const Order order = m_model->record(m_model->rowOfId(orderId));
    auto* dialog = new CancelOrderDialog(order, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog, order] {
        const QString reason = dialog->reasonKey();
        const QString note = dialog->note();
        m_worker->run<qint64>(
            this,
            [id = order.id, reason, note](const Database& db) { return OrderActions(db).cancel(id, reason, note); },
            [this, order](Result<qint64> queued) {
                if (!queued) {
                    report(tr("Cancel order"), queued.error().message);
                    emit finished(u"cancel"_s, false);
                    return;
                }
                emit message(tr("Cancellation of order %1 queued.").arg(order.displayNumber()), 10000);
                emit outboxWritten(); // whoever shows the outbox and the orders reads them again
                emit finished(u"cancel"_s, true);
            });
    });
    dialog->open();
}

void OrdersPane::buildPickList(const std::function<void(const PickList&)>& use)
{
    readForSelection<PickList>(tr("Pick list"), u"picklist"_s, &PickList::build, use);
}

void OrdersPane::markPicked(const PickList& list)
{
    const QList<qint64> ids = list.orderIds;
    m_worker->run<int>(
        this, [ids](const Database& db) { return OrderActions(db).markPicked(ids); },
        [this](Result<int> marked) {
            if (!marked) {
                report(tr("Pick list"), marked.error().message);
                emit finished(u"picked"_s, false);
                return;
            }
            emit message(tr("%n order(s) marked picked.", nullptr, *marked), 5000);
            m_model->refresh();
            emit finished(u"picked"_s, true);
        });
}

void OrdersPane::exportCsv(const QString& path)
{
    // Its own connection: a long export never holds up the pane's reads.
    auto* exporter = new DatabaseWorker(m_worker->config(), this);
    auto cancel = std::make_shared<std::atomic_bool>(false);
    auto written = std::make_shared<std::atomic<qint64>>(0);
    auto* progress = new QProgressDialog(tr("Exporting orders…"), tr("Cancel"), 0, 0, m_window);
    progress->setObjectName(u"exportProgress"_s);
    progress->setWindowTitle(tr("Export orders"));
    titles::makeRoomForTitle(progress);
    progress->setMinimumDuration(500);
    const qint64 expected = m_model->matchCount();
    if (expected > 0)
        progress->setMaximum(int(qMin<qint64>(expected, std::numeric_limits<int>::max())));
    auto* poll = new QTimer(progress);
    connect(poll, &QTimer::timeout, progress, [progress, written, expected] {
        if (expected > 0)
            progress->setValue(int(qMin<qint64>(written->load(), expected)));
        progress->setLabelText(tr("Exporting orders… %1 written").arg(QLocale().toString(written->load())));
    });
    poll->start(100);
    connect(progress, &QProgressDialog::canceled, progress, [cancel] { cancel->store(true); });
    const OrderFilter filter = m_model->filter();
    const OrderSort sort = m_model->sortOrder();
    exporter->run<qint64>(
        this,
        [=](const Database& db) {
            return OrderExport::writeCsv(
                db, filter, sort, path, [written](qint64 n) { written->store(n); }, cancel.get());
        },
        [this, exporter, progress, path](Result<qint64> done) {
            progress->deleteLater();
            exporter->deleteLater();
            if (!done) {
                if (done.error().code != "export.cancelled"_L1)
                    report(tr("Export orders"), done.error().message);
                else
                    emit message(done.error().message, 8000);
                emit finished(u"export"_s, false);
                return;
            }
            emit message(tr("%n order(s) exported to %1.", nullptr, int(*done)).arg(path), 10000);
            emit finished(u"export"_s, true);
        });
}

QString OrdersPane::detailsHtml(int r)
{
    using namespace details;
    const Order& o = m_model->record(r);
    const std::optional<OrderDetails> more = m_model->details(o.id);
    QStringList timeline;
    QStringList lines;
    if (more) {
        for (const OrderEvent& e : more->events) {
            const QString what = e.kind == orderevent::Status
                ? tr("Status %1 → %2").arg(Words::orderStatus(e.detail), Words::orderStatus(e.status))
                : orderEventText(e.kind, e.detail);
            timeline << format::localTime(e.occurredAt) + u"  "_s + what;
        }
        for (const OrderItem& item : more->items) {
            const QString where = item.allocatedLocationId
                ? tr("reserved at %1").arg(more->locationCodes.value(*item.allocatedLocationId))
                : item.waitingReason.isEmpty()
                ? tr("not reserved")
                : tr("waiting — %1").arg(Words::waitingReason(item.waitingReason, item.sku));
            lines << tr("%1 × %2 (%3) %4 — %5")
                         .arg(item.quantity)
                         .arg(item.title, item.sku.isEmpty() ? tr("no SKU") : item.sku,
                              money(item.unitPriceMinor, o.currency), where);
        }
    }
    // A line without SKU is matched to one by a person, once per marketplace item.
    QString mapLinks;
    if (more && o.status != orderstatus::Cancelled) {
        for (const OrderItem& item : more->items) {
            if (item.sku.isEmpty()) {
                mapLinks += u"<tr><th></th><td><a href=\"%1%2\">%3</a></td></tr>"_s.arg(
                    QLatin1StringView(kMapLinkPrefix), QString::number(item.id),
                    tr("Match \"%1\" to a SKU…").arg(item.title).toHtmlEscaped());
            }
        }
    }
    const QString reading = tr("Reading…");
    const std::optional<Carrier> carrier = Carriers::find(o.carrier);
    QString attention;
    if (o.needsAttention) {
        bool waits = false;
        if (more) {
            for (const OrderItem& item : more->items)
                waits = waits || (!item.allocatedLocationId && !item.waitingReason.isEmpty());
        }
        attention = waits ? tr("Some items wait for stock or a SKU (see Items).")
                          : tr("The marketplace sent something to look at: a state this version does not know, or "
                               "items it withholds.");
    }
    return table(tr("Order %1").arg(o.displayNumber()),
                 {row(tr("House"), o.houseName),
                  row(tr("Marketplace"), providerDisplayName(o.provider)),
                  row(tr("Placed"), format::localTime(o.marketplaceCreatedAt)),
                  row(tr("Buyer"), QStringList {o.buyerName, o.buyerUsername, o.buyerEmail}.join(u'\n').trimmed()),
                  row(tr("Status"), Words::orderStatus(o.status)),
                  row(tr("Needs attention"), attention),
                  row(tr("Payment"), Words::paymentStatus(o.paymentStatus)),
                  row(tr("Fulfilment"), Words::floorState(o)),
                  row(tr("Waiting"), OrdersModel::actionText(o)),
                  row(tr("Marketplace said"), o.actionError),
                  row(tr("Items"), more ? lines.join(u'\n') : reading),
                  mapLinks,
                  o.status == orderstatus::Open && o.pendingAction.isEmpty()
                      ? u"<tr><th></th><td><a href=\"%1\">%2</a></td></tr>"_s.arg(
                            QLatin1StringView(kStockLink), tr("Move, release or reserve its stock…").toHtmlEscaped())
                      : QString(),
                  row(tr("Subtotal"), money(o.subtotalMinor, o.currency)),
                  row(tr("Shipping"), money(o.shippingMinor, o.currency)),
                  row(tr("Tax"), money(o.taxMinor, o.currency)),
                  row(tr("Discount"), money(o.discountMinor, o.currency)),
                  row(tr("Total"), money(o.totalMinor, o.currency)),
                  row(tr("Ship to"), o.shippingAddress.formatted()),
                  row(tr("Bill to"), o.billingAddress.formatted()),
                  row(tr("Carrier"), carrier ? carrier->name : o.carrier),
                  row(tr("Tracking"), o.trackingNumber),
                  row(tr("Picked"), format::localTime(o.pickedAt)),
                  row(tr("Packed"), format::localTime(o.packedAt)),
                  row(tr("Buyer's note"), o.notes),
                  row(tr("Warehouse note"), o.warehouseNote),
                  u"<tr><th></th><td><a href=\"%1\">%2</a></td></tr>"_s.arg(
                      QLatin1StringView(kNoteLink),
                      (o.warehouseNote.isEmpty() ? tr("Add a warehouse note…") : tr("Edit the warehouse note…"))
                          .toHtmlEscaped()),
                  row(tr("Timeline"), more ? timeline.join(u'\n') : reading),
                  row(tr("Technical"), tr("%1 · marketplace id %2").arg(Words::technical(o), o.externalId))});
}

} // namespace md
