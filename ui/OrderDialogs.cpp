#include "ui/OrderDialogs.h"

#include "fulfilment/Carriers.h"
#include "fulfilment/OrderActions.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalBlocker>
#include <QStandardItemModel>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace md {

ShipDialog::ShipDialog(const Order& order, QWidget* parent)
    : QDialog(parent)
    , m_carrier(new QComboBox(this))
    , m_tracking(new QLineEdit(this))
    , m_problem(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(u"shipDialog"_s);
    setMinimumWidth(440);
    setWindowTitle(tr("Ship order %1").arg(order.displayNumber()));
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
    m_carrier->setObjectName(u"carrier"_s);
    for (const Carrier& c : Carriers::all())
        m_carrier->addItem(c.name, c.id);
    // The carrier used last is the likeliest next.
    const int last = m_carrier->findData(QSettings().value(u"fulfilment/lastCarrier"_s).toString());
    if (last >= 0)
        m_carrier->setCurrentIndex(last);
    form->addRow(tr("&Carrier:"), m_carrier);
    m_tracking->setObjectName(u"trackingNumber"_s);
    m_tracking->setPlaceholderText(tr("Type or scan the label's tracking number"));
    form->addRow(tr("&Tracking number:"), m_tracking);
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
    connect(m_carrier, &QComboBox::currentIndexChanged, this, &ShipDialog::validate);
    // A person who picks the carrier decides; until then the number's shape (and where it goes) names it.
    connect(m_carrier, &QComboBox::activated, this, [this] { m_carrierChosen = true; });
    connect(m_tracking, &QLineEdit::textChanged, this, [this, country = order.shippingAddress.countryCode] {
        if (!m_carrierChosen) {
            const QString guessed = Carriers::guess(trackingNumber(), country);
            const int index = guessed.isEmpty() ? -1 : m_carrier->findData(guessed);
            if (index >= 0 && index != m_carrier->currentIndex()) {
                const QSignalBlocker quiet(m_carrier);
                m_carrier->setCurrentIndex(index);
            }
        }
        validate();
    });
    validate();
    m_tracking->setFocus();
}

QString ShipDialog::carrierId() const
{
    return m_carrier->currentData().toString();
}

QString ShipDialog::trackingNumber() const
{
    return Carriers::normalizeTracking(m_tracking->text());
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
    m_tracking->setFocus();
}

void ShipDialog::validate()
{
    if (m_submitting)
        return;
    const Status valid = Carriers::validateTracking(carrierId(), trackingNumber());
    // Nothing typed yet is not an error worth red text.
    m_problem->setText(valid || m_tracking->text().isEmpty() ? QString() : valid.error().message);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(bool(valid));
}

CancelOrderDialog::CancelOrderDialog(const Order& order, QWidget* parent)
    : QDialog(parent)
    , m_reason(new QComboBox(this))
    , m_note(new QPlainTextEdit(this))
{
    setObjectName(u"cancelOrderDialog"_s);
    setWindowTitle(tr("Cancel order %1").arg(order.displayNumber()));
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
