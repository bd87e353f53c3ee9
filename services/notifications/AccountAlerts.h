#pragma once

#include "core/Result.h"
#include "domain/Account.h"
#include "domain/HealthEvent.h"
#include "domain/Notification.h"
#include "domain/TokenMetadata.h"

#include <QCoreApplication>
#include <QObject>
#include <QVariantMap>

#include <optional>

namespace md {

class Database;

/// Everything accountAlerts() looks at; no I/O.
struct AlertInput {
    Account account;
    std::optional<TokenMetadata> tokens; ///< nullopt for an account without tokens (OfferUp).
    QList<HealthEvent> recentHealth; ///< newest first
    QDateTime lastHealthy; ///< UTC; the last successful health check (invalid: none recorded)
    QDateTime now; ///< UTC
};

/// One condition that deserves a person's attention, as a notification would carry it.
struct Alert {
    QString kind; ///< e.g. "token.revoked"
    Severity severity = Severity::Warning;
    QString episodeKey; ///< "account/ID/KIND": open at most once per episode
    QString title;
    QString body;
    bool offersReconnect = false; ///< Reconnecting the account is the fix.
    QVariantMap args; ///< what title and body are rendered from (see NotificationText)
};

/// The alerts that apply to an account now: access token about to expire while refreshing fails; refresh failed
/// more than 2 times in a row; health failed more than 3 times in a row; no successful health check for over an
/// hour; revoked; re-authorization due within 30, 7 or 1 days. Inactive accounts have none.
QList<Alert> accountAlerts(const AlertInput& input);
/// The prefix of every episode key of an account's alerts.
QString alertEpisodePrefix(qint64 accountId);
/// Whether a notification of this kind is fixed by reconnecting the account.
bool alertOffersReconnect(const QString& kind);

/// Keeps the Notifications table in step with accountAlerts(): raises what applies (once per episode) and
/// resolves what no longer does.
class AccountAlerts : public QObject {
    Q_OBJECT
public:
    explicit AccountAlerts(const Database& database, QObject* parent = nullptr);

    /// Reads the account's state and applies its alerts.
    Status evaluate(qint64 accountId, const QDateTime& now);
    /// Applies alerts computed from `input`.
    Status apply(const AlertInput& input);
    /// Resolves every open alert of the account (deactivated, forgotten).
    Status clear(qint64 accountId);

signals:
    /// A notification was opened now (not on later cycles of the same episode).
    void raised(const md::Notification& notification);
    /// Notifications were opened or resolved.
    void changed();

private:
    const Database& m_database;
};

} // namespace md
