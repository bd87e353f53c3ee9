#pragma once

#include "providers/ProviderSettings.h"

#include <QDialog>
#include <QHash>

#include <functional>

class QLineEdit;
class QSpinBox;

namespace md {

/// Settings → Providers: per marketplace and environment, the base addresses and this app's keys (client id,
/// RuName, application id, redirect port), and the client secret — which goes to the keychain, never to the
/// settings file.
class ProvidersDialog : public QDialog {
    Q_OBJECT
public:
    /// Stores a client secret in the keychain (asynchronously).
    using SecretWriter = std::function<void(Provider, Environment, const QString& secret)>;

    ProvidersDialog(const QList<ProviderEndpoints>& current, SecretWriter writeSecret, bool demo,
                    QWidget* parent = nullptr);

    /// What the person set (valid once accepted).
    QList<ProviderEndpoints> endpoints() const;

private:
    struct Fields {
        ProviderEndpoints original;
        QLineEdit* authUrl = nullptr;
        QLineEdit* apiUrl = nullptr;
        QLineEdit* identityUrl = nullptr;
        QLineEdit* clientId = nullptr;
        QLineEdit* appName = nullptr;
        QSpinBox* redirectPort = nullptr;
        QLineEdit* secret = nullptr;
    };
    QWidget* buildForm(const ProviderEndpoints& endpoints);
    void acceptIfValid();

    QList<Fields> m_fields;
    SecretWriter m_writeSecret;
};

} // namespace md
