#include "ui/ConnectDialog.h"

#include "auth/ConnectFlow.h"

#include <QClipboard>
#include <QComboBox>
#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGuiApplication>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
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
    , m_houseProblem(new QLabel(this))
    , m_status(new QLabel(this))
    , m_connect(new QPushButton(tr("Sign in with the browser"), this))
    , m_copyLink(new QPushButton(tr("Copy link"), this))
    , m_paste(new QPushButton(tr("Paste the address you landed on…"), this))
{
    setObjectName(u"connectDialog"_s);
    setWindowTitle(tr("Connect account"));
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
    for (Provider p : {Provider::Ebay, Provider::Shopify, Provider::Amazon, Provider::Facebook})
        m_provider->addItem(providerDisplayName(p), int(p));
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
    form->addRow(tr("&House name:"), m_houseName);
    form->addRow(QString(), m_houseProblem);
    form->addRow(tr("&Marketplace:"), m_provider);
    form->addRow(tr("&Store:"), m_shopDomain);
    form->addRow(tr("&Environment:"), m_environment);
    form->addRow(tr("&Purpose:"), m_purpose);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    buttons->addButton(m_connect, QDialogButtonBox::ActionRole);
    buttons->addButton(m_copyLink, QDialogButtonBox::ActionRole);
    buttons->addButton(m_paste, QDialogButtonBox::ActionRole);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_status);
    layout->addWidget(buttons);

    connect(m_houseName, &QLineEdit::textChanged, this, &ConnectDialog::validate);
    const auto showShop = [this, form] {
        const bool shopify = Provider(m_provider->currentData().toInt()) == Provider::Shopify;
        form->setRowVisible(m_shopDomain, shopify); // one Shopify account per store
    };
    connect(m_provider, &QComboBox::currentIndexChanged, this, showShop);
    showShop();
    connect(m_connect, &QPushButton::clicked, this, &ConnectDialog::startConnecting);
    connect(m_copyLink, &QPushButton::clicked, this, [this] {
        QGuiApplication::clipboard()->setText(m_authorizeUrl.toString());
        showStatus(tr("The link is on the clipboard: open it in a browser where you can sign in."), false);
    });
    connect(m_paste, &QPushButton::clicked, this, &ConnectDialog::pasteLandedAddress);
    connect(buttons, &QDialogButtonBox::rejected, this, [this] {
        m_flow.cancel();
        reject();
    });
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

void ConnectDialog::validate()
{
    const QString problem = m_houseName->text().trimmed().isEmpty() ? QString() : m_check(m_houseName->text());
    m_houseProblem->setText(problem);
    m_houseProblem->setVisible(!problem.isEmpty());
    m_connect->setEnabled(!m_flow.isRunning() && problem.isEmpty() && !m_houseName->text().trimmed().isEmpty());
}

void ConnectDialog::startConnecting()
{
    ConnectRequest request;
    request.provider = Provider(m_provider->currentData().toInt());
    request.environment = Environment(m_environment->currentData().toInt());
    request.purpose = Purpose(m_purpose->currentData().toInt());
    request.houseName = m_houseName->text();
    request.shopDomain = m_shopDomain->text();
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
