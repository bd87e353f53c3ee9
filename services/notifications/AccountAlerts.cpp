#include "notifications/AccountAlerts.h"

#include "domain/AccountStatus.h"
#include "logging/LogCategories.h"
#include "notifications/NotificationText.h"
#include "storage/Database.h"
#include "storage/repositories/AccountRepository.h"
#include "storage/repositories/HealthEventRepository.h"
#include "storage/repositories/NotificationRepository.h"

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
    // The words are rendered from kind and arguments (NotificationText), in the language of the moment.
    const auto add = [&](const QString& kind, Severity severity, QVariantMap args) {
        args.insert(u"house"_s, a.houseName);
        args.insert(u"marketplace"_s, providerKey(a.provider));
        const auto text = NotificationText::render(kind, args);
        alerts.append({kind, severity, alertEpisodePrefix(a.id) + kind, text ? text->title : kind,
                       text ? text->body : QString(), alertOffersReconnect(kind), args});
    };
    const auto utc = [](const QDateTime& time) { return time.toUTC().toString(Qt::ISODateWithMs); };

    if (t.revokedAt.isValid()) {
        add(u"token.revoked"_s, Severity::Error, {{u"error"_s, t.lastRefreshError}});
    } else if (t.consecutiveFailures > 0) {
        const bool expiring = t.accessExpiresAt.isValid() &&
            in.now.secsTo(t.accessExpiresAt) <= std::chrono::seconds(kExpiringSoon).count();
        if (expiring) {
            add(u"token.expiring"_s, Severity::Error,
                {{u"expiresAt"_s, utc(t.accessExpiresAt)}, {u"error"_s, t.lastRefreshError}});
        }
        if (t.consecutiveFailures > kRefreshFailureLimit) {
            add(u"token.refresh-failing"_s, Severity::Error,
                {{u"failures"_s, t.consecutiveFailures}, {u"error"_s, t.lastRefreshError}});
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
        add(u"health.failing"_s, Severity::Warning,
            {{u"streak"_s, streak}, {u"error"_s, last.errorMessage}, {u"httpStatus"_s, last.httpStatus}});
    }
    const QDateTime since = in.lastHealthy.isValid() ? in.lastHealthy : a.connectedAt;
    if (!t.revokedAt.isValid() && since.isValid() && since.secsTo(in.now) > kHealthStaleSeconds) {
        add(u"health.stale"_s, Severity::Warning,
            {{u"lastHealthy"_s, in.lastHealthy.isValid() ? utc(in.lastHealthy) : QString()}});
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
                {{u"days"_s, int(days)}, {u"due"_s, utc(due)}});
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
        n.args = alert.args;
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
