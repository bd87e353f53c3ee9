#include "ui/ConnectDialog.h"

#include "auth/ConnectFlow.h"
#include "ui/WindowTitles.h"

#include <QClipboard>
#include <QComboBox>
#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGuiApplication>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace md {

ConnectDialog::ConnectDialog(ConnectFlow& flow, HouseNameCheck check, QWidget* parent)
    : QDialog(parent)
    , m_flow(flow)
    , m_check(std::move(check))
    , m_provider(new QComboBox(this))
    , m_environment(new QComboBox(this))
    , m_purpose(new QComboBox(this))
    , m_houseName(new QLineEdit(this))
    , m_shopDomain(new QLineEdit(this))
    , m_username(new QLineEdit(this))
    , m_manualNote(new QLabel(this))
    , m_houseProblem(new QLabel(this))
    , m_status(new QLabel(this))
    , m_connect(new QPushButton(tr("Sign in with the browser"), this))
    , m_copyLink(new QPushButton(tr("Copy link"), this))
    , m_paste(new QPushButton(tr("Paste the address you landed on…"), this))
{
    setObjectName(u"connectDialog"_s);
    setWindowTitle(tr("Connect account"));
    titles::makeRoomForTitle(this);
    m_provider->setObjectName(u"provider"_s);
    m_environment->setObjectName(u"environment"_s);
    m_purpose->setObjectName(u"purpose"_s);
    m_houseName->setObjectName(u"houseName"_s);
    m_houseProblem->setObjectName(u"houseProblem"_s);
    m_status->setObjectName(u"status"_s);
    m_connect->setObjectName(u"connect"_s);
    m_copyLink->setObjectName(u"copyLink"_s);
    m_paste->setObjectName(u"paste"_s);

    m_shopDomain->setObjectName(u"shopDomain"_s);
    m_shopDomain->setPlaceholderText(tr("your-store.myshopify.com"));
    for (Provider p : {Provider::Ebay, Provider::Shopify, Provider::Amazon, Provider::Facebook, Provider::OfferUp})
        m_provider->addItem(providerDisplayName(p), int(p));
    m_username->setObjectName(u"username"_s);
    m_username->setPlaceholderText(tr("the account's OfferUp username"));
    m_manualNote->setObjectName(u"manualNote"_s);
    m_manualNote->setWordWrap(true);
    m_manualNote->setText(tr("OfferUp has no public seller API, so there is nothing to sign in to: Marketdesk keeps "
                             "this account for your records, and its listings will go through an assisted manual "
                             "queue."));
    m_environment->addItem(environmentDisplayName(Environment::Production), int(Environment::Production));
    m_environment->addItem(environmentDisplayName(Environment::Sandbox), int(Environment::Sandbox));
    for (Purpose p : {Purpose::Seller, Purpose::Buyer, Purpose::Both})
        m_purpose->addItem(purposeDisplayName(p), int(p));
    m_houseName->setPlaceholderText(tr("e.g. Warehouse-A, Montreal"));
    m_houseName->setMaxLength(64);
    m_houseProblem->setStyleSheet(u"color: #cf222e"_s);
    m_status->setWordWrap(true);
    m_copyLink->setEnabled(false);
    m_paste->setEnabled(false);

    auto* form = new QFormLayout;
    m_form = form;
    form->addRow(tr("&House name:"), m_houseName);
    form->addRow(QString(), m_houseProblem);
    form->addRow(tr("&Marketplace:"), m_provider);
    form->addRow(tr("&Store:"), m_shopDomain);
    form->addRow(tr("&Username:"), m_username);
    form->addRow(tr("&Environment:"), m_environment);
    form->addRow(tr("&Purpose:"), m_purpose);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    buttons->addButton(m_connect, QDialogButtonBox::ActionRole);
    buttons->addButton(m_copyLink, QDialogButtonBox::ActionRole);
    buttons->addButton(m_paste, QDialogButtonBox::ActionRole);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_manualNote);
    layout->addWidget(m_status);
    layout->addWidget(buttons);

    connect(m_houseName, &QLineEdit::textChanged, this, &ConnectDialog::validate);
    connect(m_username, &QLineEdit::textChanged, this, &ConnectDialog::validate);
    connect(m_provider, &QComboBox::currentIndexChanged, this, &ConnectDialog::updateProviderFields);
    updateProviderFields();
    connect(&m_flow, &ConnectFlow::confirmationNeeded, this,
            [this](const QString& house, const QString& signedInAs, const QString& previous) {
                QMessageBox box(QMessageBox::Question, tr("Another marketplace user"),
                                tr("You signed in as %1; the house \"%2\" was %3.").arg(signedInAs, house, previous),
                                QMessageBox::NoButton, this);
                box.setObjectName(u"replaceUserBox"_s);
                box.setInformativeText(tr("Replace %1 with %2 for this house? Its data stays; from now on it is "
                                          "synchronized as %2.")
                                           .arg(previous, signedInAs));
                QPushButton* replace = box.addButton(tr("Replace"), QMessageBox::AcceptRole);
                replace->setObjectName(u"replaceUser"_s);
                box.addButton(tr("Keep %1").arg(previous), QMessageBox::RejectRole);
                box.exec();
                m_flow.confirmReplacement(box.clickedButton() == replace);
            });
    connect(&m_flow, &ConnectFlow::houseNameChoiceNeeded, this,
            [this](const QString& existing, const QString& requested, const QString& signedInAs) {
                QMessageBox box(
                    QMessageBox::Question, tr("Already connected"),
                    tr("You signed in as %1, who is already connected as the house \"%2\".").arg(signedInAs, existing),
                    QMessageBox::NoButton, this);
                box.setObjectName(u"existingHouseBox"_s);
                box.setInformativeText(tr("Keep the name \"%1\", or rename that house to \"%2\"? Its orders stay "
                                          "with it either way; it is not connected twice.")
                                           .arg(existing, requested));
                QPushButton* keep = box.addButton(tr("Keep \"%1\"").arg(existing), QMessageBox::AcceptRole);
                keep->setObjectName(u"keepHouseName"_s);
                QPushButton* rename = box.addButton(tr("Rename to \"%1\"").arg(requested), QMessageBox::ActionRole);
                rename->setObjectName(u"renameHouse"_s);
                box.setDefaultButton(keep);
                box.setEscapeButton(keep);
                box.exec();
                m_flow.chooseHouseName(box.clickedButton() == rename);
            });
    connect(m_connect, &QPushButton::clicked, this, &ConnectDialog::startConnecting);
    connect(m_copyLink, &QPushButton::clicked, this, [this] {
        QGuiApplication::clipboard()->setText(m_authorizeUrl.toString());
        showStatus(tr("The link is on the clipboard: open it in a browser where you can sign in."), false);
    });
    connect(m_paste, &QPushButton::clicked, this, &ConnectDialog::pasteLandedAddress);
    connect(buttons, &QDialogButtonBox::rejected, this, &ConnectDialog::reject);
    connect(&m_flow, &ConnectFlow::authorizeUrlReady, this, [this](const QUrl& url) {
        m_authorizeUrl = url;
        m_copyLink->setEnabled(true);
        m_paste->setEnabled(true);
        showStatus(tr("Sign in on the marketplace's page in your browser and approve access; this window "
                      "continues by itself."),
                   false);
        if (!QDesktopServices::openUrl(url))
            showStatus(tr("No browser opened. Use Copy link and open it yourself."), true);
    });
    connect(&m_flow, &ConnectFlow::connected, this, [this](qint64 id) {
        m_accountId = id;
        accept();
    });
    connect(&m_flow, &ConnectFlow::failed, this, [this](const QString&, const QString& message) {
        showStatus(message, true);
        m_connect->setEnabled(true);
        m_copyLink->setEnabled(false);
        m_paste->setEnabled(false);
        validate();
    });
    validate();
}

void ConnectDialog::reject()
{
    m_flow.cancel();
    QDialog::reject();
}

bool ConnectDialog::manual() const
{
    return Provider(m_provider->currentData().toInt()) == Provider::OfferUp;
}

void ConnectDialog::updateProviderFields()
{
    const Provider provider = Provider(m_provider->currentData().toInt());
    m_form->setRowVisible(m_shopDomain, provider == Provider::Shopify); // one Shopify account per store
    m_form->setRowVisible(m_username, manual());
    m_manualNote->setVisible(manual());
    m_form->setRowVisible(m_environment, !manual());
    m_connect->setText(manual() ? tr("Add account") : tr("Sign in with the browser"));
    m_copyLink->setVisible(!manual());
    m_paste->setVisible(!manual());
    validate();
    adjustSize();
}

void ConnectDialog::setReconnect(const Account& account)
{
    m_reconnectId = account.id;
    setWindowTitle(tr("Reconnect %1").arg(account.houseName));
    titles::makeRoomForTitle(this);
    m_houseName->setText(account.houseName);
    m_provider->setCurrentIndex(m_provider->findData(int(account.provider)));
    m_environment->setCurrentIndex(m_environment->findData(int(account.environment)));
    m_purpose->setCurrentIndex(m_purpose->findData(int(account.purpose)));
    m_shopDomain->setText(account.shopDomain);
    m_provider->setEnabled(false); // a house is renewed on its own marketplace
    m_environment->setEnabled(false);
    m_shopDomain->setEnabled(false);
    validate();
}

void ConnectDialog::validate()
{
    const QString house = m_houseName->text().trimmed();
    const QString problem = house.isEmpty() ? QString() : m_check(m_houseName->text(), m_reconnectId);
    m_houseProblem->setText(problem);
    m_houseProblem->setVisible(!problem.isEmpty());
    const bool ready = problem.isEmpty() && !house.isEmpty() && (!manual() || !m_username->text().trimmed().isEmpty());
    m_connect->setEnabled(!m_flow.isRunning() && ready);
}

void ConnectDialog::startConnecting()
{
    ConnectRequest request;
    request.provider = Provider(m_provider->currentData().toInt());
    request.environment = Environment(m_environment->currentData().toInt());
    request.purpose = Purpose(m_purpose->currentData().toInt());
    request.houseName = m_houseName->text();
    request.shopDomain = m_shopDomain->text();
    request.reconnectAccountId = m_reconnectId;
    if (manual()) {
        auto added = m_flow.addManualAccount(request, m_username->text());
        if (!added) {
            showStatus(added.error().message, true);
            return;
        }
        m_accountId = *added;
        accept();
        return;
    }
    if (Status started = m_flow.start(request); !started) {
        showStatus(started.error().message, true);
        return;
    }
    m_connect->setEnabled(false);
}

void ConnectDialog::pasteLandedAddress()
{
    bool ok = false;
    const QString text = QInputDialog::getText(this, tr("Paste the address you landed on"),
                                               tr("After approving, copy the whole address from the browser's "
                                                  "address bar and paste it here:"),
                                               QLineEdit::Normal, {}, &ok);
    if (ok && !text.trimmed().isEmpty())
        m_flow.submitLandedAddress(QUrl(text.trimmed()));
}

void ConnectDialog::showStatus(const QString& text, bool error)
{
    m_status->setText(text);
    m_status->setStyleSheet(error ? u"color: #cf222e"_s : QString());
}

} // namespace md
