#include "auth/AccountSupervisor.h"

#include "auth/HealthMonitor.h"
#include "auth/TokenManager.h"
#include "logging/LogCategories.h"
#include "notifications/AccountAlerts.h"
#include "storage/Database.h"
#include "storage/repositories/AccountRepository.h"

using namespace Qt::StringLiterals;

namespace md {

namespace {
const QString kRefresh = u"refresh"_s;
const QString kAlerts = u"alerts"_s;
const QString kPrune = u"prune"_s;
const QString kHealthPrefix = u"health/"_s;

QDateTime after(std::chrono::seconds delay)
{
    return QDateTime::currentDateTimeUtc().addSecs(delay.count());
}
} // namespace

AccountSupervisor::AccountSupervisor(const Database& database, TokenManager& tokens, HealthMonitor& health,
                                     AccountAlerts& alerts, QObject* parent)
    : QObject(parent)
    , m_database(database)
    , m_tokens(tokens)
    , m_health(health)
    , m_alerts(alerts)
{
    connect(&m_tokens, &TokenManager::refreshStarted, this, &AccountSupervisor::accountUpdated);
    connect(&m_tokens, &TokenManager::refreshFinished, this, [this](qint64 accountId, const QString&) {
        if (Status evaluated = m_alerts.evaluate(accountId, QDateTime::currentDateTimeUtc()); !evaluated)
            qCWarning(lcAuth).noquote() << evaluated.error().toLogString();
        emit accountUpdated(accountId);
        if (m_running)
            scheduleRefreshSweep(); // a backoff or a new expiry moves the next sweep
    });
    connect(&m_health, &HealthMonitor::checked, this, [this](qint64 accountId, const HealthEvent&) {
        if (Status evaluated = m_alerts.evaluate(accountId, QDateTime::currentDateTimeUtc()); !evaluated)
            qCWarning(lcAuth).noquote() << evaluated.error().toLogString();
        emit accountUpdated(accountId);
    });
}

void AccountSupervisor::start()
{
    m_running = true;
    m_scheduler.resume();
    m_scheduler.schedule(kRefresh, QDateTime::currentDateTimeUtc(), [this] { sweepRefresh(); });
    m_scheduler.schedule(kAlerts, after(std::chrono::seconds(1)), [this] { sweepAlerts(); });
    m_scheduler.schedule(kPrune, after(std::chrono::minutes(1)), [this] { prune(); });
    accountsChanged();
}

void AccountSupervisor::stop()
{
    m_running = false;
    m_scheduler.pause();
}

void AccountSupervisor::accountsChanged()
{
    if (!m_running)
        return;
    auto accounts = AccountRepository(m_database).list();
    if (!accounts) {
        qCWarning(lcAuth).noquote() << accounts.error().toLogString();
        return;
    }
    QStringList wanted;
    int position = 0;
    for (const Account& account : std::as_const(*accounts)) {
        if (!account.active || !m_tokens.client(account))
            continue;
        const QString name = kHealthPrefix + QString::number(account.id);
        wanted << name;
        if (!m_scheduler.isScheduled(name))
            scheduleHealth(account.id, after(m_policy.firstHealthDelay + std::chrono::seconds(2 * position++)));
    }
    for (const QString& name : m_scheduler.jobNames()) {
        if (name.startsWith(kHealthPrefix) && !wanted.contains(name))
            m_scheduler.cancel(name);
    }
    scheduleRefreshSweep();
    sweepAlerts();
}

void AccountSupervisor::scheduleHealth(qint64 accountId, const QDateTime& due)
{
    m_scheduler.schedule(kHealthPrefix + QString::number(accountId), due, [this, accountId] {
        m_health.check(accountId);
        scheduleHealth(accountId, after(m_policy.healthInterval));
    });
}

void AccountSupervisor::sweepRefresh()
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    auto due = m_tokens.dueForRefresh(now, nullptr);
    if (!due) {
        qCWarning(lcAuth).noquote() << due.error().toLogString();
    } else {
        for (qint64 accountId : std::as_const(*due))
            m_tokens.refresh(accountId);
    }
    scheduleRefreshSweep();
}

void AccountSupervisor::scheduleRefreshSweep()
{
    QDateTime next;
    if (auto due = m_tokens.dueForRefresh(QDateTime::currentDateTimeUtc(), &next); due && !due->isEmpty())
        next = QDateTime::currentDateTimeUtc(); // something is due now (not under way yet)
    const QDateTime latest = after(m_policy.refreshInterval);
    if (!next.isValid() || next > latest)
        next = latest;
    m_scheduler.schedule(kRefresh, next, [this] { sweepRefresh(); });
}

void AccountSupervisor::sweepAlerts()
{
    auto accounts = AccountRepository(m_database).list();
    if (accounts) {
        const QDateTime now = QDateTime::currentDateTimeUtc();
        for (const Account& account : std::as_const(*accounts)) {
            if (Status evaluated = m_alerts.evaluate(account.id, now); !evaluated)
                qCWarning(lcAuth).noquote() << evaluated.error().toLogString();
        }
    }
    m_scheduler.schedule(kAlerts, after(m_policy.alertInterval), [this] { sweepAlerts(); });
}

void AccountSupervisor::prune()
{
    if (auto pruned = m_health.prune(QDateTime::currentDateTimeUtc()); !pruned)
        qCWarning(lcAuth).noquote() << pruned.error().toLogString();
    m_scheduler.schedule(kPrune, after(m_policy.pruneInterval), [this] { prune(); });
}

} // namespace md
