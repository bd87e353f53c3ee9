#include "ui/ProvidersDialog.h"

#include "ui/WindowTitles.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QSpinBox>
#include <QTabWidget>
#include <QUrl>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;
using md::providerSettings::Field;
using md::providerSettings::fieldLabel;

namespace md {

ProvidersDialog::ProvidersDialog(const QList<ProviderEndpoints>& current, SecretWriter writeSecret, bool demo,
                                 QWidget* parent)
    : QDialog(parent)
    , m_writeSecret(std::move(writeSecret))
{
    setObjectName(u"providersDialog"_s);
    setWindowTitle(tr("Providers"));
    titles::makeRoomForTitle(this);
    auto* layout = new QVBoxLayout(this);
    auto* intro = new QLabel(tr("Marketdesk's own keys for each marketplace, as the marketplace's developer "
                                "portal shows them. Client secrets are kept in the system keychain."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    if (demo) {
        auto* note = new QLabel(tr("Demo mode talks to its demo marketplace; these settings apply when Marketdesk "
                                   "runs normally."),
                                this);
        note->setObjectName(u"demoNote"_s);
        note->setWordWrap(true);
        layout->addWidget(note);
    }
    auto* providers = new QTabWidget(this);
    providers->setObjectName(u"providerTabs"_s);
    for (Provider provider : providerSettings::oauthProviders()) {
        auto* environments = new QTabWidget(providers);
        for (const ProviderEndpoints& e : current) {
            if (e.provider == provider)
                environments->addTab(buildForm(e), environmentDisplayName(e.environment));
        }
        providers->addTab(environments, providerDisplayName(provider));
    }
    layout->addWidget(providers);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &ProvidersDialog::acceptIfValid);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(640, sizeHint().height()); // room for whole addresses
}

QWidget* ProvidersDialog::buildForm(const ProviderEndpoints& e)
{
    auto* page = new QWidget(this);
    auto* form = new QFormLayout(page);
    Fields f;
    f.original = e;
    const QString prefix = providerKey(e.provider) + u'.' + environmentKey(e.environment) + u'.';
    const auto line = [&](Field field, const QString& value, const QString& name) -> QLineEdit* {
        const QString label = fieldLabel(e.provider, field);
        if (label.isEmpty())
            return nullptr;
        auto* edit = new QLineEdit(value, page);
        edit->setObjectName(prefix + name);
        form->addRow(label + u':', edit);
        return edit;
    };
    f.authUrl = line(Field::AuthUrl, e.authUrl, u"authUrl"_s);
    f.apiUrl = line(Field::ApiUrl, e.apiUrl, u"apiUrl"_s);
    f.identityUrl = line(Field::IdentityUrl, e.identityUrl, u"identityUrl"_s);
    f.clientId = line(Field::ClientId, e.clientId, u"clientId"_s);
    f.appName = line(Field::AppName, e.appName, u"appName"_s);
    f.redirectPort = new QSpinBox(page);
    f.redirectPort->setObjectName(prefix + u"redirectPort"_s);
    f.redirectPort->setRange(0, 65535);
    f.redirectPort->setValue(e.redirectPort);
    form->addRow(fieldLabel(e.provider, Field::RedirectPort) + u':', f.redirectPort);
    f.secret = new QLineEdit(page);
    f.secret->setObjectName(prefix + u"secret"_s);
    f.secret->setEchoMode(QLineEdit::Password);
    f.secret->setPlaceholderText(tr("Leave empty to keep the secret in the keychain"));
    form->addRow(tr("Client secret:"), f.secret);
    m_fields << f;
    return page;
}

QList<ProviderEndpoints> ProvidersDialog::endpoints() const
{
    QList<ProviderEndpoints> list;
    for (const Fields& f : m_fields) {
        ProviderEndpoints e = f.original;
        const auto text = [](QLineEdit* edit, const QString& fallback) {
            return edit ? edit->text().trimmed() : fallback;
        };
        e.authUrl = text(f.authUrl, e.authUrl);
        e.apiUrl = text(f.apiUrl, e.apiUrl);
        e.identityUrl = text(f.identityUrl, e.identityUrl);
        e.clientId = text(f.clientId, e.clientId);
        e.appName = text(f.appName, e.appName);
        e.redirectPort = quint16(f.redirectPort->value());
        list << e;
    }
    return list;
}

void ProvidersDialog::acceptIfValid()
{
    for (const Fields& f : std::as_const(m_fields)) {
        for (QLineEdit* edit : {f.authUrl, f.apiUrl, f.identityUrl}) {
            if (!edit)
                continue;
            const QUrl url(edit->text().trimmed().replace(u"{shop}"_s, u"shop"_s), QUrl::StrictMode);
            if (!url.isValid() ||
                !(url.scheme() == "https"_L1 || url.host() == "127.0.0.1"_L1 || url.host() == "localhost"_L1)) {
                QMessageBox::warning(
                    this, tr("Providers"),
                    tr("%1 (%2): \"%3\" is not an https address (plain http is allowed only for this computer).")
                        .arg(providerDisplayName(f.original.provider), environmentDisplayName(f.original.environment),
                             edit->text()));
                edit->setFocus();
                return;
            }
        }
    }
    for (const Fields& f : std::as_const(m_fields)) {
        if (!f.secret->text().isEmpty())
            m_writeSecret(f.original.provider, f.original.environment, f.secret->text());
        f.secret->clear();
    }
    accept();
}

} // namespace md
