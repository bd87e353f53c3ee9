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

} // namespace md
