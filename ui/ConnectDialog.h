#pragma once

#include "domain/Account.h"

#include <QDialog>
#include <QUrl>

#include <functional>

class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPushButton;

namespace md {

class ConnectFlow;

/// Accounts → Connect account…: the house name (checked inline), marketplace, environment and purpose; then
/// the system browser for the marketplace's consent page, with Copy link for when no browser opens and Paste the
/// address you landed on for set-ups whose redirect cannot reach this computer.
class ConnectDialog : public QDialog {
    Q_OBJECT
public:
    /// Says what is wrong with a house name for an account (0: a new one; empty when it is fine): empty, too
    /// long, taken.
    using HouseNameCheck = std::function<QString(const QString&, qint64)>;

    ConnectDialog(ConnectFlow& flow, HouseNameCheck check, QWidget* parent = nullptr);

    /// The account connected, once the dialog was accepted.
    qint64 accountId() const { return m_accountId; }
    /// Reconnect mode: renews this account (marketplace and environment fixed, house name prefilled).
    void setReconnect(const Account& account);

    /// Cancel, Escape and closing the window all end the sign-in under way: its answer is refused if it still
    /// comes, and the next Connect dialog can start at once.
    void reject() override;

private:
    void validate();
    void startConnecting();
    void pasteLandedAddress();
    void showStatus(const QString& text, bool error);
    void updateProviderFields();
    bool manual() const;

    ConnectFlow& m_flow;
    HouseNameCheck m_check;
    QComboBox* m_provider;
    QComboBox* m_environment;
    QComboBox* m_purpose;
    QLineEdit* m_houseName;
    QLineEdit* m_shopDomain;
    QLineEdit* m_username;
    QLabel* m_manualNote;
    QFormLayout* m_form = nullptr;
    qint64 m_reconnectId = 0;
    QLabel* m_houseProblem;
    QLabel* m_status;
    QPushButton* m_connect;
    QPushButton* m_copyLink;
    QPushButton* m_paste;
    QUrl m_authorizeUrl;
    qint64 m_accountId = 0;
};

} // namespace md
