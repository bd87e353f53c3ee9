#include "ui/WarehousePanes.h"

#include "fulfilment/OrderActions.h"
#include "inventory/StockAllocator.h"
#include "logging/LogCategories.h"
#include "models/Format.h"
#include "models/OutboxModel.h"
#include "models/StockModel.h"
#include "storage/DatabaseWorker.h"
#include "storage/repositories/OrderRepository.h"
#include "storage/repositories/StockRepository.h"
#include "ui/DetailsHtml.h"
#include "ui/TablePane.h"
#include "ui/WindowTitles.h"

#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QRegularExpression>
#include <QSpinBox>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace md {

namespace {

/// Why a ledger row exists, in words; an Adjustment says which kind from its reference.
QString reasonText(const StockMovement& m)
{
    switch (m.reason) {
    case StockReason::OrderImport:
        return StockPane::tr("Reserved for an order");
    case StockReason::Ship:
        return StockPane::tr("Shipped");
    case StockReason::Cancel:
        return StockPane::tr("Released by a cancellation");
    case StockReason::Return:
        return StockPane::tr("Returned");
    case StockReason::Adjustment:
        if (m.reference.startsWith(u"receipt"_s))
            return StockPane::tr("Received");
        if (m.reference.startsWith(u"transfer"_s))
            return StockPane::tr("Transferred");
        if (m.reference.startsWith(u"count"_s))
            return StockPane::tr("Counted");
        if (m.reference.startsWith(u"order:"_s))
            return m.reservedDelta < 0 ? StockPane::tr("Reservation released") : StockPane::tr("Reserved by hand");
        return StockPane::tr("Adjusted");
    }
    return {};
}

/// One location's rows of a SKU's ledger, with the numbers of the orders they name.
struct LedgerView {
    QList<StockMovement> rows;
    QHash<qint64, QString> orderNumbers;
};

/// A ledger row's reference in people's words: "Order 12-20001", "Count: two broken", "Receipt: PO 7731".
QString referenceText(const QString& reference, const QHash<qint64, QString>& orderNumbers)
{
    static const QRegularExpression order(u"^order:(\\d+)(?::line:\\d+)?$"_s);
    if (const auto m = order.match(reference); m.hasMatch()) {
        const qint64 id = m.captured(1).toLongLong();
        return orderNumbers.contains(id) ? StockPane::tr("Order %1").arg(orderNumbers.value(id))
                                         : StockPane::tr("An order no longer stored");
    }
    const auto withNote = [&](const QString& prefix, const QString& label) -> std::optional<QString> {
        if (reference == prefix)
            return label;
        if (reference.startsWith(prefix + u": "_s))
            return StockPane::tr("%1: %2").arg(label, reference.mid(prefix.size() + 2));
        return std::nullopt;
    };
    static const QRegularExpression transfer(u"^transfer (to|from) (\\S+)(?:: (.*))?$"_s);
    if (const auto m = transfer.match(reference); m.hasMatch()) {
        const QString where = m.captured(1) == "to"_L1 ? StockPane::tr("Transfer to %1").arg(m.captured(2))
                                                       : StockPane::tr("Transfer from %1").arg(m.captured(2));
        return m.captured(3).isEmpty() ? where : StockPane::tr("%1: %2").arg(where, m.captured(3));
    }
    if (auto text = withNote(u"count"_s, StockPane::tr("Count")))
        return *text;
    if (auto text = withNote(u"receipt"_s, StockPane::tr("Receipt")))
        return *text;
    return reference;
}

QString signedNumber(int n)
{
    return n > 0 ? u"+"_s + QLocale().toString(n) : QLocale().toString(n);
}

} // namespace

// ---- Stock

StockPane::StockPane(TablePane* pane, StockModel* model, DatabaseWorker* worker, QWidget* window)
    : QObject(pane)
    , m_pane(pane)
    , m_model(model)
    , m_worker(worker)
    , m_window(window)
    , m_count(new QPushButton(tr("&Count…"), pane))
    , m_receive(new QPushButton(tr("Rec&eive…"), pane))
{
    m_receive->setObjectName(u"receiveStock"_s);
    m_receive->setToolTip(tr("Record stock that arrived at this location; orders waiting for it are reserved first"));
    m_receive->setEnabled(false);
    pane->addToolWidget(m_receive);
    connect(m_receive, &QPushButton::clicked, this, &StockPane::openReceiveDialog);
    m_count->setObjectName(u"countStock"_s);
    m_count->setToolTip(tr("Record how many you counted on the shelf; the difference goes to the ledger"));
    m_count->setEnabled(false);
    pane->addToolWidget(m_count);
    connect(m_count, &QPushButton::clicked, this, &StockPane::openCountDialog);
    m_transfer = new QPushButton(tr("&Transfer…"), pane);
    m_transfer->setObjectName(u"transferStock"_s);
    m_transfer->setToolTip(tr("Move free stock of this SKU to another location"));
    m_transfer->setEnabled(false);
    pane->addToolWidget(m_transfer);
    connect(m_transfer, &QPushButton::clicked, this, &StockPane::openTransferDialog);
    auto* add = new QPushButton(tr("A&dd stock…"), pane);
    add->setObjectName(u"addStock"_s);
    add->setToolTip(tr("Stock of a SKU at a location, new or not, or a new location"));
    pane->addToolWidget(add);
    connect(add, &QPushButton::clicked, this, &StockPane::openAddDialog);
    connect(pane, &TablePane::currentSourceRowChanged, this, [this](int row) {
        m_count->setEnabled(row >= 0);
        m_receive->setEnabled(row >= 0);
        m_transfer->setEnabled(row >= 0);
        showLedger();
    });
    // The current row changed (a count, an import): so did its ledger. Other rows' changes do not matter here.
    connect(model, &QAbstractItemModel::dataChanged, this,
            [this](const QModelIndex& topLeft, const QModelIndex& bottomRight) {
                const int row = m_pane->currentSourceRow();
                if (row >= topLeft.row() && row <= bottomRight.row())
                    showLedger();
            });
    pane->setDetailsProvider([this](int r) -> QString {
        const StockLevel& l = m_model->record(r);
        using namespace details;
        return table(tr("%1 at %2").arg(l.sku, l.locationCode),
                     {row(tr("On hand"), QLocale().toString(l.onHand)),
                      row(tr("Reserved for orders"), QLocale().toString(l.reserved)),
                      row(tr("Available"), QLocale().toString(l.available())),
                      row(tr("Changed"), format::localTime(l.updatedAt))}) +
            (m_ledgerFor == l.id ? m_ledgerHtml : u"<p>%1</p>"_s.arg(tr("Reading the ledger…").toHtmlEscaped()));
    });
}

void StockPane::showLedger()
{
    const int row = m_pane->currentSourceRow();
    if (row < 0)
        return;
    const StockLevel level = m_model->record(row);
    m_worker->run<LedgerView>(
        this,
        [sku = level.sku, location = level.locationId](const Database& db) -> Result<LedgerView> {
            auto ledger = StockRepository(db).ledger(sku);
            if (!ledger)
                return ledger.error();
            LedgerView view;
            QList<qint64> orders;
            static const QRegularExpression order(u"^order:(\\d+)"_s);
            for (const StockMovement& m : std::as_const(*ledger)) {
                if (m.locationId != location)
                    continue;
                view.rows << m;
                if (const auto match = order.match(m.reference); match.hasMatch())
                    orders << match.captured(1).toLongLong();
            }
            auto numbers = OrderRepository(db).displayNumbers(orders);
            if (!numbers)
                return numbers.error();
            view.orderNumbers = std::move(*numbers);
            return view;
        },
        [this, level](Result<LedgerView> ledger) {
            if (!ledger) {
                qCWarning(lcUi).noquote() << "stock ledger not read:" << ledger.error().toLogString();
                return;
            }
            QString rows;
            for (auto it = ledger->rows.crbegin(); it != ledger->rows.crend(); ++it) {
                rows +=
                    u"<tr><td>%1</td><td>%2</td><td align=right>%3</td><td align=right>%4</td><td>%5</td></tr>"_s.arg(
                        format::localTime(it->createdAt).toHtmlEscaped(), reasonText(*it).toHtmlEscaped(),
                        signedNumber(it->onHandDelta), signedNumber(it->reservedDelta),
                        referenceText(it->reference, ledger->orderNumbers).toHtmlEscaped());
            }
            m_ledgerHtml = u"<h3>%1</h3><table cellspacing=4><tr><th align=left>%2</th><th align=left>%3</th>"
                           "<th align=right>%4</th><th align=right>%5</th><th align=left>%6</th></tr>%7</table>"_s.arg(
                               tr("Ledger").toHtmlEscaped(), tr("When").toHtmlEscaped(), tr("Why").toHtmlEscaped(),
                               tr("On hand").toHtmlEscaped(), tr("Reserved").toHtmlEscaped(),
                               tr("Reference").toHtmlEscaped(), rows);
            m_ledgerFor = level.id;
            m_pane->refreshDetails();
        });
}

std::optional<std::pair<int, QString>> StockPane::askQuantity(const QuantityQuestion& q)
{
    QDialog dialog(m_window);
    dialog.setObjectName(q.name + u"Dialog"_s);
    dialog.setWindowTitle(q.title);
    titles::makeRoomForTitle(&dialog);
    auto* layout = new QVBoxLayout(&dialog);
    auto* intro = new QLabel(q.intro, &dialog);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    auto* form = new QFormLayout;
    auto* quantity = new QSpinBox(&dialog);
    quantity->setObjectName(q.name + u"Quantity"_s);
    quantity->setRange(q.minimum, 1'000'000);
    quantity->setValue(q.value);
    form->addRow(q.quantityLabel, quantity);
    auto* note = new QLineEdit(&dialog);
    note->setObjectName(q.name + u"Note"_s);
    note->setPlaceholderText(q.notePlaceholder);
    form->addRow(q.noteLabel, note);
    layout->addLayout(form);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    quantity->setFocus();
    quantity->selectAll();
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    return std::pair<int, QString>(quantity->value(), note->text().trimmed());
}

void StockPane::openCountDialog()
{
    const int row = m_pane->currentSourceRow();
    if (row < 0)
        return;
    const StockLevel level = m_model->record(row);
    const auto answer = askQuantity(
        {u"count"_s, tr("Count %1 at %2").arg(level.sku, level.locationCode),
         tr("Marketdesk has %1 on hand here, %2 of them reserved for orders. Enter what is on the shelf; the "
            "difference is written to the ledger. If it is less than what is reserved, the newest orders here give "
            "way and wait for stock.")
             .arg(level.onHand)
             .arg(level.reserved),
         tr("&Counted:"), 0, level.onHand, tr("&Note:"), tr("Optional: why it differs (breakage, found, …)")});
    if (answer)
        recount(answer->first, answer->second);
}

void StockPane::openReceiveDialog()
{
    const int row = m_pane->currentSourceRow();
    if (row < 0)
        return;
    const StockLevel level = m_model->record(row);
    const auto answer = askQuantity(
        {u"receive"_s, tr("Receive %1 at %2").arg(level.sku, level.locationCode),
         tr("Stock that arrived at this location. Orders waiting for %1 are reserved from it first, oldest order "
            "first.")
             .arg(level.sku),
         tr("&Quantity:"), 1, 1, tr("&Reference:"), tr("Optional: purchase order, supplier, delivery note…")});
    if (answer)
        receive(answer->first, answer->second);
}

void StockPane::withLocations(std::function<void(const QList<Location>&)> use)
{
    m_worker->run<QList<Location>>(
        this, [](const Database& db) { return StockRepository(db).locations(); },
        [this, use = std::move(use)](Result<QList<Location>> locations) {
            if (!locations) {
                QMessageBox::warning(m_window, tr("Stock"), locations.error().message);
                return;
            }
            use(*locations);
        });
}

void StockPane::openTransferDialog()
{
    const int row = m_pane->currentSourceRow();
    if (row < 0)
        return;
    const StockLevel level = m_model->record(row);
    withLocations([this, level](const QList<Location>& locations) {
        QDialog dialog(m_window);
        dialog.setObjectName(u"transferDialog"_s);
        dialog.setWindowTitle(tr("Transfer %1 from %2").arg(level.sku, level.locationCode));
        titles::makeRoomForTitle(&dialog);
        auto* layout = new QVBoxLayout(&dialog);
        auto* intro = new QLabel(tr("%n free to move (not reserved for orders).", nullptr, level.available()), &dialog);
        layout->addWidget(intro);
        auto* form = new QFormLayout;
        auto* to = new QComboBox(&dialog);
        to->setObjectName(u"transferTo"_s);
        for (const Location& l : locations) {
            if (l.id != level.locationId)
                to->addItem(l.name == l.code ? l.code : u"%1 — %2"_s.arg(l.code, l.name), l.id);
        }
        form->addRow(tr("&To:"), to);
        auto* quantity = new QSpinBox(&dialog);
        quantity->setObjectName(u"transferQuantity"_s);
        quantity->setRange(1, std::max(1, level.available()));
        form->addRow(tr("&Quantity:"), quantity);
        auto* note = new QLineEdit(&dialog);
        note->setPlaceholderText(tr("Optional: why"));
        form->addRow(tr("&Note:"), note);
        layout->addLayout(form);
        auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
        buttons->button(QDialogButtonBox::Ok)->setEnabled(to->count() > 0 && level.available() > 0);
        layout->addWidget(buttons);
        connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
        connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
        if (dialog.exec() == QDialog::Accepted)
            transfer(to->currentData().toLongLong(), quantity->value(), note->text().trimmed());
    });
}

void StockPane::transfer(qint64 toLocationId, int quantity, const QString& note)
{
    changeStock(
        tr("Transfer stock"),
        [toLocationId, quantity, note](const Database& db, const StockLevel& level) {
            return StockAllocator(db).transfer(level.sku, level.locationId, toLocationId, quantity, note);
        },
        [quantity](const StockLevel& level) {
            return tr("%1: %n moved from %2.", nullptr, quantity).arg(level.sku, level.locationCode);
        });
}

void StockPane::openAddDialog()
{
    withLocations([this](const QList<Location>& locations) {
        QDialog dialog(m_window);
        dialog.setObjectName(u"addStockDialog"_s);
        dialog.setWindowTitle(tr("Add stock"));
        titles::makeRoomForTitle(&dialog);
        auto* layout = new QVBoxLayout(&dialog);
        auto* intro = new QLabel(tr("Stock of a SKU at a location — a SKU Marketdesk has not seen yet, or a new "
                                    "location (type its code). Orders waiting for the SKU are reserved from it."),
                                 &dialog);
        intro->setWordWrap(true);
        layout->addWidget(intro);
        auto* form = new QFormLayout;
        auto* sku = new QLineEdit(&dialog);
        sku->setObjectName(u"addSku"_s);
        form->addRow(tr("&SKU:"), sku);
        auto* where = new QComboBox(&dialog);
        where->setObjectName(u"addLocation"_s);
        where->setEditable(true);
        where->setInsertPolicy(QComboBox::NoInsert);
        for (const Location& l : locations)
            where->addItem(l.code, l.id);
        form->addRow(tr("&Location:"), where);
        auto* quantity = new QSpinBox(&dialog);
        quantity->setObjectName(u"addQuantity"_s);
        quantity->setRange(1, 1'000'000);
        form->addRow(tr("&Quantity:"), quantity);
        auto* note = new QLineEdit(&dialog);
        note->setPlaceholderText(tr("Optional: purchase order, supplier, delivery note…"));
        form->addRow(tr("&Reference:"), note);
        layout->addLayout(form);
        auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
        layout->addWidget(buttons);
        connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
        connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
        if (dialog.exec() == QDialog::Accepted)
            addStock(sku->text().trimmed(), where->currentText().trimmed(), quantity->value(), note->text().trimmed());
    });
}

void StockPane::addStock(const QString& sku, const QString& locationCode, int quantity, const QString& note)
{
    m_worker->run(
        this,
        [sku, locationCode, quantity, note](const Database& db) -> Status {
            if (sku.isEmpty())
                return Error {u"stock.no-sku"_s, tr("Enter the SKU, as on the product's label."), {}};
            Transaction transaction(db);
            if (!transaction.isActive())
                return transaction.error();
            std::optional<qint64> location;
            auto locations = StockRepository(db).locations();
            if (!locations)
                return locations.error();
            for (const Location& l : std::as_const(*locations)) {
                if (l.code.compare(locationCode, Qt::CaseInsensitive) == 0)
                    location = l.id;
            }
            StockAllocator allocator(db);
            if (!location) {
                auto added = allocator.addLocation(locationCode, locationCode); // a new shelf, named by its code
                if (!added)
                    return added.error();
                location = *added;
            }
            if (Status s = allocator.receive(sku, *location, quantity, note); !s)
                return s;
            return transaction.commit();
        },
        [this, sku, locationCode, quantity](Status done) {
            if (!done) {
                qCWarning(lcUi).noquote() << "adding stock refused:" << done.error().toLogString();
                QMessageBox::warning(m_window, tr("Add stock"), done.error().message);
                emit finished(false);
                return;
            }
            emit message(tr("%1 at %2: %n received.", nullptr, quantity).arg(sku, locationCode), 8000);
            m_ledgerFor = -1;
            emit changed();
            emit finished(true);
        });
}

void StockPane::changeStock(const QString& what, std::function<Status(const Database&, const StockLevel&)> change,
                            std::function<QString(const StockLevel&)> done)
{
    const int row = m_pane->currentSourceRow();
    if (row < 0)
        return;
    const StockLevel level = m_model->record(row);
    m_worker->run(
        this, [level, change = std::move(change)](const Database& db) { return change(db, level); },
        [this, level, what, done = std::move(done)](Status changed) {
            if (!changed) {
                qCWarning(lcUi).noquote() << what << "refused:" << changed.error().toLogString();
                QMessageBox::warning(m_window, what, changed.error().message);
                emit this->changed(); // show what it is now
                emit finished(false);
                return;
            }
            const QString said = done(level);
            qCInfo(lcUi).noquote() << said;
            emit message(said, 8000);
            m_ledgerFor = -1;
            emit this->changed();
            emit finished(true);
        });
}

void StockPane::recount(int counted, const QString& note)
{
    changeStock(
        tr("Count stock"),
        [counted, note](const Database& db, const StockLevel& level) {
            return StockAllocator(db).recount(level.sku, level.locationId, level.onHand, counted, note);
        },
        [counted](const StockLevel& level) {
            return tr("%1 at %2: %3 on hand.").arg(level.sku, level.locationCode).arg(counted);
        });
}

void StockPane::receive(int quantity, const QString& note)
{
    changeStock(
        tr("Receive stock"),
        [quantity, note](const Database& db, const StockLevel& level) {
            return StockAllocator(db).receive(level.sku, level.locationId, quantity, note);
        },
        [quantity](const StockLevel& level) {
            return tr("%1 at %2: %n received.", nullptr, quantity).arg(level.sku, level.locationCode);
        });
}

// ---- Outbox

OutboxPane::OutboxPane(TablePane* pane, OutboxModel* model, DatabaseWorker* worker, QWidget* window)
    : QObject(pane)
    , m_pane(pane)
    , m_model(model)
    , m_worker(worker)
    , m_window(window)
    , m_retry(new QPushButton(tr("&Retry"), pane))
    , m_withdraw(new QPushButton(tr("&Withdraw"), pane))
{
    m_retry->setObjectName(u"retryOutbox"_s);
    m_retry->setToolTip(tr("Try a stopped action again; Marketdesk first checks whether the marketplace already "
                           "has it"));
    m_withdraw->setObjectName(u"withdrawOutbox"_s);
    m_withdraw->setToolTip(tr("Do not send this action; the order no longer waits for it"));
    pane->addToolWidget(m_retry);
    pane->addToolWidget(m_withdraw);
    pane->addColumnFilter(OutboxModel::State, tr("Any state"), u"outboxStateFilter"_s);
    connect(m_retry, &QPushButton::clicked, this, [this] { apply(Retry); });
    connect(m_withdraw, &QPushButton::clicked, this, [this] { apply(Withdraw); });
    connect(pane, &TablePane::currentSourceRowChanged, this, &OutboxPane::update);
    connect(model, &QAbstractItemModel::dataChanged, this, &OutboxPane::update);
    connect(model, &QAbstractItemModel::modelReset, this, &OutboxPane::update);
    pane->setDetailsProvider([this](int r) {
        const OutboxEntry& e = m_model->record(r);
        using namespace details;
        return table(
            tr("%1 — order %2").arg(OutboxModel::actionName(e.action), e.orderNumber),
            {row(tr("House"), e.houseName), row(tr("State"), outboxStateDisplayName(e.state)),
             row(tr("Created"), format::localTime(e.createdAt)), row(tr("Attempts"), QLocale().toString(e.attempts)),
             row(tr("Next attempt"), e.state == OutboxState::Pending ? format::localTime(e.nextAttemptAt) : QString()),
             row(tr("Last answer"), e.lastError), row(tr("Marketplace reference"), e.result),
             row(tr("Idempotency key"), e.idempotencyKey)});
    });
    update();
}

void OutboxPane::update()
{
    const int row = m_pane->currentSourceRow();
    const bool any = row >= 0 && row < m_model->rowCount();
    m_retry->setEnabled(any && OutboxModel::canRetry(m_model->record(row)));
    m_withdraw->setEnabled(any && OutboxModel::canWithdraw(m_model->record(row)));
}

void OutboxPane::apply(Step step)
{
    const int row = m_pane->currentSourceRow();
    if (row < 0)
        return;
    const OutboxEntry entry = m_model->record(row);
    if (step == Withdraw) {
        QMessageBox box(QMessageBox::Question, tr("Withdraw action"),
                        tr("%1 of order %2 will not be sent to the marketplace.")
                            .arg(OutboxModel::actionName(entry.action), entry.orderNumber),
                        QMessageBox::Cancel, m_window);
        box.addButton(tr("&Withdraw"), QMessageBox::AcceptRole);
        box.setObjectName(u"withdrawBox"_s);
        if (box.exec() == QMessageBox::Cancel)
            return;
    }
    m_worker->run(
        this,
        [id = entry.id, step](const Database& db) {
            return step == Retry ? OrderActions(db).retry(id) : OrderActions(db).withdraw(id);
        },
        [this, entry, step](Status done) {
            if (!done) {
                qCWarning(lcUi).noquote() << "outbox step refused:" << done.error().toLogString();
                QMessageBox::warning(m_window, tr("Outbox"), done.error().message);
                emit changed();
                emit finished(false);
                return;
            }
            emit message(
                step == Retry
                    ? tr("%1 of order %2 will be tried again.")
                          .arg(OutboxModel::actionName(entry.action), entry.orderNumber)
                    : tr("%1 of order %2 withdrawn.").arg(OutboxModel::actionName(entry.action), entry.orderNumber),
                8000);
            emit changed();
            emit finished(true);
        });
}

} // namespace md
