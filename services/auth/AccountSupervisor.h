#pragma once

#include "core/Scheduler.h"

#include <QObject>

#include <chrono>

namespace md {

class AccountAlerts;
class Database;
class HealthMonitor;
class TokenManager;

/// How often the supervisor looks after accounts (Settings → Accounts).
struct SupervisorPolicy {
    std::chrono::seconds refreshInterval {std::chrono::minutes(10)}; ///< token sweep, at the latest
    std::chrono::seconds healthInterval {std::chrono::minutes(15)}; ///< per active account
    std::chrono::seconds alertInterval {std::chrono::minutes(5)}; ///< re-evaluate time-based alerts
    std::chrono::seconds pruneInterval {std::chrono::hours(24)}; ///< health event retention
    std::chrono::seconds firstHealthDelay {5}; ///< after start, before the first health checks (staggered)
};

/// Keeps every active account's tokens fresh and checks its health on one Scheduler:
/// - "refresh": refreshes tokens that end within the refresh window (and retries failed ones after their
///   backoff); runs every refreshInterval, or earlier when a token enters its window;
/// - "health/ID": one health check per active account every healthInterval;
/// - "alerts": re-evaluates alerts that depend on time (re-authorization due, no health check for an hour);
/// - "prune": deletes health events past the retention, daily.
/// Alerts are also evaluated after every refresh and health check.
class AccountSupervisor : public QObject {
    Q_OBJECT
public:
    AccountSupervisor(const Database& database, TokenManager& tokens, HealthMonitor& health, AccountAlerts& alerts,
                      QObject* parent = nullptr);

    void setPolicy(const SupervisorPolicy& policy) { m_policy = policy; }
    const SupervisorPolicy& policy() const { return m_policy; }
    Scheduler& scheduler() { return m_scheduler; }

    void start();
    void stop();
    bool isRunning() const { return m_running; }
    /// Accounts were added, reconnected, deactivated, reactivated or forgotten: schedules follow.
    void accountsChanged();

signals:
    /// Something shown about the account changed (token refreshed or failing, health checked).
    void accountUpdated(qint64 accountId);

private:
    void sweepRefresh();
    void scheduleRefreshSweep();
    void scheduleHealth(qint64 accountId, const QDateTime& due);
    void sweepAlerts();
    void prune();

    const Database& m_database;
    TokenManager& m_tokens;
    HealthMonitor& m_health;
    AccountAlerts& m_alerts;
    Scheduler m_scheduler;
    SupervisorPolicy m_policy;
    bool m_running = false;
};

} // namespace md
