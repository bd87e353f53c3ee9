#include "ui/OrderDialogs.h"

#include "fulfilment/Carriers.h"
#include "fulfilment/OrderActions.h"
#include "ui/WindowTitles.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QScrollArea>
#include <QSettings>
#include <QSignalBlocker>
#include <QStandardItemModel>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace md {

TrackingEntry::TrackingEntry(const QString& country, QWidget* parent)
    : QObject(parent)
    , m_carrier(new QComboBox(parent))
    , m_tracking(new QLineEdit(parent))
{
    for (const Carrier& c : Carriers::all())
        m_carrier->addItem(c.name, c.id);
    // The carrier used last is the likeliest next.
    const int last = m_carrier->findData(QSettings().value(u"fulfilment/lastCarrier"_s).toString());
    if (last >= 0)
        m_carrier->setCurrentIndex(last);
    m_tracking->setPlaceholderText(tr("Type or scan the label's tracking number"));
    connect(m_carrier, &QComboBox::currentIndexChanged, this, &TrackingEntry::changed);
    // A person who picks the carrier decides; until then the number's shape (and where it goes) names it.
    connect(m_carrier, &QComboBox::activated, this, [this] { m_carrierChosen = true; });
    connect(m_tracking, &QLineEdit::textChanged, this, [this, country] {
        if (!m_carrierChosen) {
            const QString guessed = Carriers::guess(trackingNumber(), country);
            const int index = guessed.isEmpty() ? -1 : m_carrier->findData(guessed);
            if (index >= 0 && index != m_carrier->currentIndex()) {
                const QSignalBlocker quiet(m_carrier);
                m_carrier->setCurrentIndex(index);
            }
        }
        emit changed();
    });
}

QString TrackingEntry::carrierId() const
{
    return m_carrier->currentData().toString();
}

QString TrackingEntry::trackingNumber() const
{
    return Carriers::normalizeTracking(m_tracking->text());
}

bool TrackingEntry::isEmpty() const
{
    return m_tracking->text().trimmed().isEmpty();
}

bool TrackingEntry::isValid() const
{
    return bool(Carriers::validateTracking(carrierId(), trackingNumber()));
}

QString TrackingEntry::problem() const
{
    const Status valid = Carriers::validateTracking(carrierId(), trackingNumber());
    // Nothing typed yet is not an error worth red text.
    return valid || isEmpty() ? QString() : valid.error().message;
}

ShipDialog::ShipDialog(const Order& order, QWidget* parent)
    : QDialog(parent)
    , m_entry(new TrackingEntry(order.shippingAddress.countryCode, this))
    , m_problem(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(u"shipDialog"_s);
    setMinimumWidth(440);
    setWindowTitle(tr("Ship order %1").arg(order.displayNumber()));
    titles::makeRoomForTitle(this);
    auto* layout = new QVBoxLayout(this);
    auto* intro =
        new QLabel(tr("%1 — %2. The shipment is sent to %3 as soon as Marketdesk is online; it waits in the "
                      "outbox until then.")
                       .arg(order.houseName, order.buyerName.isEmpty() ? order.buyerUsername : order.buyerName,
                            providerDisplayName(order.provider)),
                   this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    auto* form = new QFormLayout;
    m_entry->carrierBox()->setObjectName(u"carrier"_s);
    form->addRow(tr("&Carrier:"), m_entry->carrierBox());
    m_entry->trackingEdit()->setObjectName(u"trackingNumber"_s);
    form->addRow(tr("&Tracking number:"), m_entry->trackingEdit());
    layout->addLayout(form);
    m_problem->setObjectName(u"trackingProblem"_s);
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(u"color: #b01c1c"_s);
    layout->addWidget(m_problem);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Ship"));
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, [this] {
        QSettings().setValue(u"fulfilment/lastCarrier"_s, carrierId());
        if (!m_submit) {
            accept();
            return;
        }
        m_submitting = true;
        m_problem->setText(tr("Queuing the shipment…"));
        m_buttons->setEnabled(false);
        m_submit();
    });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_entry, &TrackingEntry::changed, this, &ShipDialog::validate);
    validate();
    m_entry->trackingEdit()->setFocus();
}

QString ShipDialog::carrierId() const
{
    return m_entry->carrierId();
}

QString ShipDialog::trackingNumber() const
{
    return m_entry->trackingNumber();
}

void ShipDialog::showProblem(const QString& message)
{
    m_problem->setText(message);
}

void ShipDialog::submitFinished(const QString& problem)
{
    m_submitting = false;
    m_buttons->setEnabled(true);
    if (problem.isEmpty()) {
        accept();
        return;
    }
    showProblem(problem);
    m_entry->trackingEdit()->setFocus();
}

void ShipDialog::validate()
{
    if (m_submitting)
        return;
    m_problem->setText(m_entry->problem());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(m_entry->isValid());
}

BatchShipDialog::BatchShipDialog(const QList<Order>& orders, QWidget* parent)
    : QDialog(parent)
    , m_summary(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(u"batchShipDialog"_s);
    setWindowTitle(tr("Ship %n order(s)", nullptr, int(orders.size())));
    titles::makeRoomForTitle(this);
    setMinimumWidth(760);
    auto* layout = new QVBoxLayout(this);
    auto* intro = new QLabel(tr("Scan each parcel's label in turn: Enter moves to the next order. Orders left "
                                "without a number stay as they are. Each shipment is sent to its marketplace as "
                                "soon as Marketdesk is online."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    auto* area = new QScrollArea(this);
    area->setWidgetResizable(true);
    auto* rows = new QWidget(area);
    auto* grid = new QGridLayout(rows);
    grid->addWidget(new QLabel(tr("Order"), rows), 0, 0);
    grid->addWidget(new QLabel(tr("Carrier"), rows), 0, 1);
    grid->addWidget(new QLabel(tr("Tracking number"), rows), 0, 2);
    for (const Order& order : orders) {
        Row row;
        row.order = order;
        row.entry = new TrackingEntry(order.shippingAddress.countryCode, rows);
        row.entry->trackingEdit()->setObjectName(u"trackingOf%1"_s.arg(order.id));
        row.entry->carrierBox()->setObjectName(u"carrierOf%1"_s.arg(order.id));
        row.state = new QLabel(rows);
        row.state->setObjectName(u"stateOf%1"_s.arg(order.id));
        row.state->setWordWrap(true);
        row.state->setStyleSheet(u"color: #b01c1c"_s);
        const int r = grid->rowCount();
        const QString where =
            QStringList {order.shippingAddress.city, order.shippingAddress.countryCode}.join(u", "_s).remove(
                QRegularExpression(u"^, |, $"_s));
        auto* name = new QLabel(tr("<b>%1</b> · %2<br>%3")
                                    .arg(order.displayNumber().toHtmlEscaped(), order.houseName.toHtmlEscaped(),
                                         QStringList {order.buyerName, where}.join(u" — "_s).toHtmlEscaped()),
                                rows);
        name->setTextFormat(Qt::RichText);
        grid->addWidget(name, r, 0, Qt::AlignTop);
        grid->addWidget(row.entry->carrierBox(), r, 1, Qt::AlignTop);
        // What is wrong with the number, under it (taking no room while there is nothing to say).
        auto* number = new QVBoxLayout;
        number->setSpacing(2);
        number->addWidget(row.entry->trackingEdit());
        number->addWidget(row.state);
        row.state->hide();
        grid->addLayout(number, r, 2);
        row.entry->trackingEdit()->setMinimumWidth(260);
        connect(row.entry, &TrackingEntry::changed, this, &BatchShipDialog::validate);
        m_rows << row;
    }
    grid->setColumnStretch(2, 1);
    grid->setVerticalSpacing(10);
    grid->setRowStretch(grid->rowCount(), 1);
    area->setWidget(rows);
    layout->addWidget(area, 1);
    // A scanner ends each number with Enter: on to the next order's number, never Ship before the last.
    for (qsizetype i = 0; i < m_rows.size(); ++i) {
        QLineEdit* edit = m_rows.at(i).entry->trackingEdit();
        QLineEdit* next = i + 1 < m_rows.size() ? m_rows.at(i + 1).entry->trackingEdit() : nullptr;
        connect(edit, &QLineEdit::returnPressed, this, [next] {
            if (next)
                next->setFocus();
        });
    }
    m_summary->setObjectName(u"batchSummary"_s);
    layout->addWidget(m_summary);
    m_buttons->button(QDialogButtonBox::Ok)->setObjectName(u"batchShip"_s);
    // Enter is the scanner's: only a click (or Alt+S) ships (see keyPressEvent).
    m_buttons->button(QDialogButtonBox::Ok)->setAutoDefault(false);
    m_buttons->button(QDialogButtonBox::Cancel)->setAutoDefault(false);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, [this] {
        const QList<Shipment> list = shipments();
        if (list.isEmpty())
            return;
        QSettings().setValue(u"fulfilment/lastCarrier"_s, list.last().carrierId);
        if (!m_submit) {
            accept();
            return;
        }
        m_buttons->setEnabled(false);
        m_summary->setText(tr("Queuing %n shipment(s)…", nullptr, int(list.size())));
        m_submit(list);
    });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    validate();
    if (!m_rows.isEmpty())
        m_rows.first().entry->trackingEdit()->setFocus();
}

void BatchShipDialog::keyPressEvent(QKeyEvent* event)
{
    // Enter belongs to the scanner (the next order's number), never to the Ship button (QDialogButtonBox makes
    // it the default when shown).
    if (event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) {
        event->accept();
        return;
    }
    QDialog::keyPressEvent(event);
}

TrackingEntry* BatchShipDialog::entryOf(qint64 orderId) const
{
    for (const Row& row : m_rows) {
        if (row.order.id == orderId)
            return row.entry;
    }
    return nullptr;
}

QList<BatchShipDialog::Shipment> BatchShipDialog::shipments() const
{
    QList<Shipment> list;
    for (const Row& row : m_rows) {
        if (!row.queued && !row.entry->isEmpty() && row.entry->isValid())
            list.append({row.order.id, row.entry->carrierId(), row.entry->trackingNumber()});
    }
    return list;
}

void BatchShipDialog::validate()
{
    int ready = 0;
    int wrong = 0;
    QHash<QString, QString> seen; // number → order that has it
    for (Row& row : m_rows) {
        if (row.queued)
            continue;
        QString problem = row.entry->problem();
        const QString number = row.entry->trackingNumber();
        if (problem.isEmpty() && !row.entry->isEmpty()) {
            if (seen.contains(number))
                problem = tr("Order %1 has this number too: each parcel has its own label.").arg(seen.value(number));
            else
                seen.insert(number, row.order.displayNumber());
        }
        row.state->setText(problem);
        row.state->setVisible(!problem.isEmpty());
        if (!problem.isEmpty())
            ++wrong;
        else if (!row.entry->isEmpty())
            ++ready;
    }
    const int left = int(std::count_if(m_rows.cbegin(), m_rows.cend(), [](const Row& r) { return !r.queued; }));
    m_summary->setText(tr("%1 of %2 ready to ship.").arg(ready).arg(left) +
                       (wrong > 0 ? u" "_s + tr("%n number(s) to correct.", nullptr, wrong) : QString()));
    auto* ship = m_buttons->button(QDialogButtonBox::Ok);
    ship->setText(tr("&Ship %n order(s)", nullptr, ready));
    ship->setEnabled(ready > 0 && wrong == 0);
}

void BatchShipDialog::submitFinished(const QList<qint64>& tried, const QHash<qint64, QString>& problems)
{
    m_buttons->setEnabled(true);
    for (Row& row : m_rows) {
        if (!tried.contains(row.order.id))
            continue;
        if (problems.contains(row.order.id)) {
            continue;
        }
        row.queued = true;
        row.entry->trackingEdit()->setEnabled(false);
        row.entry->carrierBox()->setEnabled(false);
    }
    validate();
    for (Row& row : m_rows) {
        if (problems.contains(row.order.id)) {
            row.state->setText(problems.value(row.order.id));
            row.state->setVisible(true);
        } else if (row.queued) {
            row.state->setText(tr("Queued."));
            row.state->setStyleSheet(u"color: #1b6e20"_s);
            row.state->setVisible(true);
        }
    }
    if (problems.isEmpty() &&
        std::all_of(m_rows.cbegin(), m_rows.cend(), [](const Row& r) { return r.queued || r.entry->isEmpty(); })) {
        accept();
        return;
    }
    if (!problems.isEmpty())
        m_summary->setText(tr("%n shipment(s) refused: see the orders marked.", nullptr, int(problems.size())));
}

CancelOrderDialog::CancelOrderDialog(const Order& order, QWidget* parent)
    : QDialog(parent)
    , m_reason(new QComboBox(this))
    , m_note(new QPlainTextEdit(this))
{
    setObjectName(u"cancelOrderDialog"_s);
    setWindowTitle(tr("Cancel order %1").arg(order.displayNumber()));
    titles::makeRoomForTitle(this);
    auto* layout = new QVBoxLayout(this);
    auto* intro = new QLabel(tr("%1 refunds the buyer and the order's reserved stock is released once %1 confirms. "
                                "This cannot be undone.")
                                 .arg(providerDisplayName(order.provider)),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    auto* form = new QFormLayout;
    m_reason->setObjectName(u"cancelReason"_s);
    for (const CancelReason& reason : OrderActions::cancelReasons(order.provider))
        m_reason->addItem(reason.label, reason.key);
    form->addRow(tr("&Reason:"), m_reason);
    m_note->setObjectName(u"cancelNote"_s);
    m_note->setPlaceholderText(tr("Optional note kept with the order"));
    m_note->setMaximumHeight(80);
    form->addRow(tr("&Note:"), m_note);
    layout->addLayout(form);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Cancel &order"));
    buttons->button(QDialogButtonBox::Cancel)->setText(tr("&Keep order"));
    // Enter never cancels an order: keeping it is the default.
    buttons->button(QDialogButtonBox::Ok)->setAutoDefault(false);
    buttons->button(QDialogButtonBox::Ok)->setDefault(false);
    buttons->button(QDialogButtonBox::Cancel)->setDefault(true);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

QString CancelOrderDialog::reasonKey() const
{
    return m_reason->currentData().toString();
}

QString CancelOrderDialog::note() const
{
    return m_note->toPlainText().trimmed();
}

ReservationsDialog::ReservationsDialog(const Order& order, const QList<OrderItem>& items,
                                       const QList<StockLevel>& levels, QWidget* parent)
    : QDialog(parent)
{
    setObjectName(u"reservationsDialog"_s);
    setWindowTitle(tr("Stock for order %1").arg(order.displayNumber()));
    titles::makeRoomForTitle(this);
    setMinimumWidth(520);
    auto* layout = new QVBoxLayout(this);
    auto* intro = new QLabel(tr("Where each line's stock is reserved. Move it to another location, or release it: a "
                                "released line waits until you reserve it again here, and what it frees goes to "
                                "the oldest order waiting for it."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    auto* form = new QFormLayout;
    for (const OrderItem& item : items) {
        auto* place = new QComboBox(this);
        place->setObjectName(u"placeOfLine%1"_s.arg(item.id));
        place->addItem(item.allocatedLocationId ? tr("Release (not reserved)") : tr("Not reserved"), QVariant());
        for (const StockLevel& level : levels) {
            if (level.sku != item.sku || item.sku.isEmpty())
                continue;
            const bool holds = item.allocatedLocationId == level.locationId;
            place->addItem(holds ? tr("%1 — reserved here").arg(level.locationCode)
                                 : tr("%1 — %n available", nullptr, level.available()).arg(level.locationCode),
                           level.locationId);
            if (holds)
                place->setCurrentIndex(place->count() - 1);
            // Too little there for the whole line: shown, but not offered.
            else if (level.available() < item.quantity)
                qobject_cast<QStandardItemModel*>(place->model())->item(place->count() - 1)->setEnabled(false);
        }
        if (item.sku.isEmpty())
            place->setToolTip(tr("This line has no SKU: map it to a SKU before reserving stock."));
        form->addRow(
            tr("%1 × %2 (%3):").arg(item.quantity).arg(item.title, item.sku.isEmpty() ? tr("no SKU") : item.sku),
            place);
        m_rows.append({item, place});
    }
    layout->addLayout(form);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Apply"));
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

QList<ReservationsDialog::Change> ReservationsDialog::changes() const
{
    QList<Change> list;
    for (const Row& row : m_rows) {
        const QVariant chosen = row.place->currentData();
        const std::optional<qint64> location =
            chosen.isValid() ? std::optional<qint64>(chosen.toLongLong()) : std::nullopt;
        if (location != row.item.allocatedLocationId)
            list.append({row.item.id, location});
    }
    return list;
}

} // namespace md
