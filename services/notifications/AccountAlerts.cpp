#include "notifications/AccountAlerts.h"

#include "auth/AccountStatus.h"
#include "logging/LogCategories.h"
#include "storage/Database.h"
#include "storage/repositories/AccountRepository.h"
#include "storage/repositories/CatalogRepositories.h"

using namespace Qt::StringLiterals;

namespace md {

namespace {

constexpr int kRefreshFailureLimit = 2; // alert when more than this many refreshes failed in a row
constexpr int kHealthFailureLimit = 3; // alert when more than this many health checks failed in a row
constexpr qint64 kHealthStaleSeconds = 3600;

} // namespace

QString alertEpisodePrefix(qint64 accountId)
{
    return u"account/%1/"_s.arg(accountId);
}

bool alertOffersReconnect(const QString& kind)
{
    return kind == "token.revoked"_L1 || kind.startsWith("token.reauthorize"_L1);
}

QList<Alert> accountAlerts(const AlertInput& in)
{
    QList<Alert> alerts;
    const Account& a = in.account;
    if (!a.active || !in.tokens)
        return alerts;
    const TokenMetadata& t = *in.tokens;
    const QString marketplace = providerDisplayName(a.provider);
    const auto add = [&](const QString& kind, Severity severity, const QString& title, const QString& body) {
        alerts.append({kind, severity, alertEpisodePrefix(a.id) + kind, title, body, alertOffersReconnect(kind)});
    };

    if (t.revokedAt.isValid()) {
        add(u"token.revoked"_s, Severity::Error, AccountAlerts::tr("%1: authorization revoked").arg(a.houseName),
            AccountAlerts::tr(
                "%1 no longer accepts the authorization of \"%2\" (%3). Nothing is synced for it until it is "
                "reconnected.")
                .arg(marketplace, a.houseName, t.lastRefreshError));
    } else if (t.consecutiveFailures > 0) {
        const bool expiring = t.accessExpiresAt.isValid() &&
            in.now.secsTo(t.accessExpiresAt) <= std::chrono::seconds(kExpiringSoon).count();
        if (expiring) {
            add(u"token.expiring"_s, Severity::Error,
                AccountAlerts::tr("%1: access token about to expire").arg(a.houseName),
                AccountAlerts::tr("The %1 access token of \"%2\" ends at %3 and refreshing it is failing: %4")
                    .arg(marketplace, a.houseName, t.accessExpiresAt.toLocalTime().toString(u"HH:mm"_s),
                         t.lastRefreshError));
        }
        if (t.consecutiveFailures > kRefreshFailureLimit) {
            add(u"token.refresh-failing"_s, Severity::Error,
                AccountAlerts::tr("%1: token refresh failing").arg(a.houseName),
                AccountAlerts::tr("Refreshing the %1 token of \"%2\" failed %3 times in a row. Last error: %4")
                    .arg(marketplace, a.houseName)
                    .arg(t.consecutiveFailures)
                    .arg(t.lastRefreshError));
        }
    }

    int streak = 0;
    for (const HealthEvent& event : in.recentHealth) {
        if (event.healthy)
            break;
        ++streak;
    }
    if (streak > kHealthFailureLimit) {
        const HealthEvent& last = in.recentHealth.first();
        add(u"health.failing"_s, Severity::Warning, AccountAlerts::tr("%1: health checks failing").arg(a.houseName),
            AccountAlerts::tr("The last %1 health checks of \"%2\" on %3 failed. Last answer: %4")
                .arg(streak)
                .arg(a.houseName, marketplace,
                     last.errorMessage.isEmpty() ? AccountAlerts::tr("HTTP status %1").arg(last.httpStatus)
                                                 : last.errorMessage));
    }
    const QDateTime since = in.lastHealthy.isValid() ? in.lastHealthy : a.connectedAt;
    if (!t.revokedAt.isValid() && since.isValid() && since.secsTo(in.now) > kHealthStaleSeconds) {
        add(u"health.stale"_s, Severity::Warning,
            AccountAlerts::tr("%1: no successful health check for over an hour").arg(a.houseName),
            in.lastHealthy.isValid()
                ? AccountAlerts::tr("\"%1\" on %2 last answered a health check at %3.")
                      .arg(a.houseName, marketplace, in.lastHealthy.toLocalTime().toString(u"yyyy-MM-dd HH:mm"_s))
                : AccountAlerts::tr("\"%1\" on %2 has not answered a health check since it was connected.")
                      .arg(a.houseName, marketplace));
    }

    // Re-authorization: the refresh token's end, Amazon's yearly authorization, Facebook's 60-day token.
    QDateTime due;
    for (const QDateTime& end : {t.refreshExpiresAt, t.reauthDueAt}) {
        if (end.isValid() && (!due.isValid() || end < due))
            due = end;
    }
    if (due.isValid() && !t.revokedAt.isValid()) {
        const qint64 seconds = in.now.secsTo(due);
        const qint64 days = seconds <= 0 ? 0 : (seconds + 86399) / 86400;
        int tier = 0;
        for (int threshold : {1, 7, 30}) {
            if (seconds <= threshold * 86400LL) {
                tier = threshold;
                break;
            }
        }
        if (tier > 0) {
            add(u"token.reauthorize-%1"_s.arg(tier),
                tier == 1       ? Severity::Error
                    : tier == 7 ? Severity::Warning
                                : Severity::Info,
                seconds <= 0 ? AccountAlerts::tr("%1: re-authorization overdue").arg(a.houseName)
                             : QCoreApplication::translate("md::AccountAlerts", "%1: re-authorize within %n day(s)",
                                                           nullptr, int(days))
                                   .arg(a.houseName),
                AccountAlerts::tr(
                    "%1 needs \"%2\" to be authorized again by %3; until then it keeps working. Reconnect the account "
                    "to renew it.")
                    .arg(marketplace, a.houseName, due.toLocalTime().toString(u"yyyy-MM-dd"_s)));
        }
    }
    return alerts;
}

AccountAlerts::AccountAlerts(const Database& database, QObject* parent)
    : QObject(parent)
    , m_database(database)
{
}

Status AccountAlerts::evaluate(qint64 accountId, const QDateTime& now)
{
    AccountRepository accounts(m_database);
    auto account = accounts.findById(accountId);
    if (!account)
        return account.error();
    if (!account->has_value())
        return clear(accountId);
    AlertInput input;
    input.account = **account;
    input.now = now;
    auto tokens = accounts.tokenMetadata(accountId);
    if (!tokens)
        return tokens.error();
    input.tokens = *tokens;
    HealthEventRepository health(m_database);
    auto recent = health.recent(accountId, kHealthFailureLimit + 1);
    if (!recent)
        return recent.error();
    input.recentHealth = *recent;
    auto lastHealthy = health.lastHealthy(accountId);
    if (!lastHealthy)
        return lastHealthy.error();
    input.lastHealthy = *lastHealthy;
    return apply(input);
}

Status AccountAlerts::apply(const AlertInput& input)
{
    NotificationRepository notifications(m_database);
    const QList<Alert> alerts = accountAlerts(input);
    QStringList active;
    bool changedAny = false;
    for (const Alert& alert : alerts) {
        active << alert.episodeKey;
        Notification n;
        n.accountId = input.account.id;
        n.houseName = input.account.houseName;
        n.kind = alert.kind;
        n.severity = alert.severity;
        n.episodeKey = alert.episodeKey;
        n.title = alert.title;
        n.body = alert.body;
        n.createdAt = input.now;
        auto raised = notifications.raise(n);
        if (!raised)
            return raised.error();
        if (raised->second) {
            n.id = raised->first;
            changedAny = true;
            qCWarning(lcAuth).noquote() << "alert:" << alert.title;
            emit this->raised(n);
        }
    }
    auto open = notifications.openEpisodes(alertEpisodePrefix(input.account.id));
    if (!open)
        return open.error();
    for (const QString& key : std::as_const(*open)) {
        if (active.contains(key))
            continue;
        auto resolved = notifications.resolve(key);
        if (!resolved)
            return resolved.error();
        changedAny = changedAny || *resolved > 0;
        qCInfo(lcAuth).noquote() << "resolved" << key;
    }
    if (changedAny)
        emit changed();
    return {};
}

Status AccountAlerts::clear(qint64 accountId)
{
    AlertInput none;
    none.account.id = accountId;
    none.account.active = false;
    return apply(none);
}

} // namespace md
