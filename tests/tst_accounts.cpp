// Looking after connected accounts: token refresh (ahead of expiry, single-flight, backoff, revocation), health
// checks with response times, alerts once per episode, retention — with the real clients against the sandbox
// over loopback HTTP, the real keychain and a real SQLite database. The alert rules are table-tested too.

#include "SandboxAccounts.h"
#include "accounts/AccountService.h"
#include "auth/AccountSupervisor.h"
#include "auth/HealthMonitor.h"
#include "auth/TokenManager.h"
#include "domain/AccountStatus.h"
#include "logging/Logging.h"
#include "notifications/AccountAlerts.h"
#include "providers/ProviderSettings.h"
#include "secrets/SecretKeys.h"
#include "storage/repositories/AccountRepository.h"
#include "storage/repositories/HealthEventRepository.h"
#include "storage/repositories/NotificationRepository.h"

#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTimer>

using namespace Qt::StringLiterals;
using namespace md;
using test::SandboxAccounts;

namespace {

int countRequests(const sandbox::SandboxServer& server, const QString& route, const QString& bodyPart = {})
{
    int n = 0;
    for (const sandbox::LoggedRequest& r : server.requests()) {
        if (r.route == route && (bodyPart.isEmpty() || r.body.contains(bodyPart)))
            ++n;
    }
    return n;
}

QList<Notification> openNotifications(const Database& db, const QString& kind)
{
    QList<Notification> open;
    const auto all = NotificationRepository(db).list();
    if (!all)
        return open;
    const QList<Notification> list = *all;
    for (const Notification& n : list) {
        if (n.kind == kind && !n.resolvedAt.isValid())
            open << n;
    }
    return open;
}

} // namespace

class TestAccounts : public QObject {
    Q_OBJECT

    std::unique_ptr<SandboxAccounts> m_envPtr;
    std::unique_ptr<TokenManager> m_tokens;

    SandboxAccounts& env() { return *m_envPtr; }

    TokenMetadata metadata(qint64 id) { return **AccountRepository(env().db()).tokenMetadata(id); }
    Result<std::optional<QString>> keychain(const Account& account, const QString& kind)
    {
        return SandboxAccounts::await<Result<std::optional<QString>>>([&](auto done) {
            env().secrets->read(
                secretkeys::tokenKey(account.provider, account.environment, account.externalUserId, kind), done);
        });
    }
    Account account(qint64 id) { return **AccountRepository(env().db()).findById(id); }

private slots:
    void init()
    {
        sandbox::Config config;
        config.seed = 7;
        config.accessTokenSeconds = 7200;
        m_envPtr = std::make_unique<SandboxAccounts>();
        const QString problem = env().setUp(u"Marketdesk Tests Accounts"_s, config);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        m_tokens = std::make_unique<TokenManager>(env().db(), *env().secrets);
        for (AuthClient* client : env().authClients())
            m_tokens->addClient(client);
    }

    void cleanup()
    {
        m_tokens.reset();
        m_envPtr.reset();
    }

    void backoffGrowsWithJitterUpToTheCap()
    {
        RefreshPolicy policy;
        policy.backoffBase = std::chrono::seconds(30);
        policy.backoffCap = std::chrono::seconds(600);
        QSet<qint64> seen;
        for (int i = 0; i < 50; ++i) {
            const qint64 first = TokenManager::backoff(policy, 1).count();
            QVERIFY2(first >= 15000 && first <= 30000, qPrintable(QString::number(first)));
            seen << first;
            const qint64 third = TokenManager::backoff(policy, 3).count();
            QVERIFY(third >= 60000 && third <= 120000);
            const qint64 late = TokenManager::backoff(policy, 40).count();
            QVERIFY(late >= 300000 && late <= 600000); // capped, never overflowing
        }
        QVERIFY2(seen.size() > 10, "the jitter spreads retries");
    }

    void schedulerRunsJobsInOrderOnOneTimer()
    {
        Scheduler scheduler;
        QStringList ran;
        const QDateTime now = QDateTime::currentDateTimeUtc();
        scheduler.schedule(u"late"_s, now.addMSecs(300), [&] { ran << u"late"_s; });
        scheduler.schedule(u"early"_s, now.addMSecs(100), [&] { ran << u"early"_s; });
        scheduler.schedule(u"cancelled"_s, now.addMSecs(150), [&] { ran << u"cancelled"_s; });
        scheduler.schedule(u"far"_s, now.addDays(3), [&] { ran << u"far"_s; });
        QVERIFY(scheduler.findChildren<QTimer*>().isEmpty()); // one member timer, none per job
        QVERIFY(scheduler.timer().isSingleShot());
        QVERIFY(scheduler.timer().isActive());
        // Armed for the earliest job, not for the far one.
        QVERIFY2(scheduler.timer().remainingTime() <= 100,
                 qPrintable(QString::number(scheduler.timer().remainingTime())));
        scheduler.cancel(u"cancelled"_s);
        // A job that reschedules itself recurs.
        int recurring = 0;
        std::function<void()> again = [&] {
            if (++recurring < 3)
                scheduler.schedule(u"recurring"_s, QDateTime::currentDateTimeUtc().addMSecs(50), again);
        };
        scheduler.schedule(u"recurring"_s, now.addMSecs(50), again);
        QTRY_COMPARE(ran, (QStringList {u"early"_s, u"late"_s}));
        QTRY_COMPARE(recurring, 3);
        QVERIFY(scheduler.isScheduled(u"far"_s));
        QVERIFY2(scheduler.timer().remainingTime() <= Scheduler::kMaxWaitMs, "never sleeps past a few minutes");
    }

    void refreshesATokenBeforeItExpires()
    {
        env().server->config().accessTokenSeconds = 304; // ends 4 s after it enters a 300 s refresh window
        auto id = env().connectAccount(Provider::Ebay, u"Warehouse-A"_s, u"warehouse_a_seller"_s);
        QVERIFY2(id, qPrintable(id ? QString() : id.error().message));
        env().server->config().accessTokenSeconds = 7200;
        const TokenMetadata before = metadata(*id);
        const QString oldToken = **keychain(account(*id), u"access"_s);

        HealthMonitor health(env().db(), *m_tokens);
        AccountAlerts alerts(env().db());
        AccountSupervisor supervisor(env().db(), *m_tokens, health, alerts);
        SupervisorPolicy policy;
        policy.firstHealthDelay = std::chrono::hours(1); // only refreshing here
        supervisor.setPolicy(policy);
        QSignalSpy finished(m_tokens.get(), &TokenManager::refreshFinished);
        supervisor.start();
        // Not yet in the window: the one timer is armed for when it will be.
        QVERIFY(m_tokens->dueForRefresh(QDateTime::currentDateTimeUtc(), nullptr)->isEmpty());
        const qint64 wait = QDateTime::currentDateTimeUtc().msecsTo(supervisor.scheduler().dueAt(u"refresh"_s));
        QVERIFY2(wait > 1000 && wait <= 5000, qPrintable(QString::number(wait)));
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 15000);
        QCOMPARE(finished.first().at(1).toString(), QString());
        QVERIFY2(QDateTime::currentDateTimeUtc() < before.accessExpiresAt, "refreshed before it expired");

        const TokenMetadata after = metadata(*id);
        QVERIFY(after.accessExpiresAt > QDateTime::currentDateTimeUtc().addSecs(7000));
        QVERIFY(after.lastRefreshedAt > before.lastRefreshedAt);
        QCOMPARE(after.consecutiveFailures, 0);
        QCOMPARE(after.refreshExpiresAt, before.refreshExpiresAt); // eBay does not rotate refresh tokens
        const QString newToken = **keychain(account(*id), u"access"_s);
        QVERIFY(newToken != oldToken);
        QCOMPARE(countRequests(*env().server, u"ebay.token"_s, u"grant_type=refresh_token"_s), 1);

        // The new token works: a health check with it passes.
        QSignalSpy checked(&health, &HealthMonitor::checked);
        health.check(*id);
        QTRY_COMPARE_WITH_TIMEOUT(checked.count(), 1, 15000);
        QVERIFY(checked.first().at(1).value<HealthEvent>().healthy);
    }

    void callsDuringARefreshWaitAndGetTheNewToken()
    {
        auto id = env().connectAccount(Provider::Amazon, u"Maple Goods"_s, u"maple_goods"_s);
        QVERIFY2(id, qPrintable(id ? QString() : id.error().message));
        const QString oldToken = **keychain(account(*id), u"access"_s);
        sandbox::Fault slow;
        slow.route = u"amazon.token"_s;
        slow.kind = sandbox::Fault::Kind::Latency;
        slow.delayMs = 700;
        env().server->addFault(slow);

        QList<Result<QString>> answers;
        m_tokens->refresh(*id, [&](Result<QString> t) { answers << t; });
        QVERIFY(m_tokens->isRefreshing(*id));
        for (int i = 0; i < 3; ++i)
            m_tokens->accessToken(*id, [&](Result<QString> t) { answers << t; });
        m_tokens->refresh(*id, [&](Result<QString> t) { answers << t; }); // joins, does not start another
        QTRY_COMPARE_WITH_TIMEOUT(answers.size(), 5, 15000);
        for (const Result<QString>& answer : std::as_const(answers)) {
            QVERIFY(answer);
            QCOMPARE(*answer, answers.first().value());
        }
        QVERIFY(*answers.first() != oldToken);
        QCOMPARE(countRequests(*env().server, u"amazon.token"_s, u"grant_type=refresh_token"_s), 1);
        QCOMPARE(**keychain(account(*id), u"access"_s), *answers.first());
        // A call after it uses the fresh token without refreshing again.
        auto later = SandboxAccounts::await<Result<QString>>([&](auto done) { m_tokens->accessToken(*id, done); });
        QCOMPARE(*later, *answers.first());
        QCOMPARE(countRequests(*env().server, u"amazon.token"_s, u"grant_type=refresh_token"_s), 1);
    }

    void anExpiredTokenIsRefreshedBeforeTheCall()
    {
        env().server->config().accessTokenSeconds = 1;
        auto id = env().connectAccount(Provider::Ebay, u"Montreal"_s, u"boutique_montreal"_s);
        QVERIFY(id);
        env().server->config().accessTokenSeconds = 7200;
        QTest::qWait(1200);
        QVERIFY(metadata(*id).accessExpiresAt <= QDateTime::currentDateTimeUtc());
        QCOMPARE(accountStatus({true, false, true, true, false, false, metadata(*id), QDateTime::currentDateTimeUtc()}),
                 AccountStatus::Expired);
        auto token = SandboxAccounts::await<Result<QString>>([&](auto done) { m_tokens->accessToken(*id, done); });
        QVERIFY(token);
        QCOMPARE(countRequests(*env().server, u"ebay.token"_s, u"grant_type=refresh_token"_s), 1);
        QVERIFY(metadata(*id).accessExpiresAt > QDateTime::currentDateTimeUtc().addSecs(7000));
    }

    void serverErrorsBackOffAndRecover()
    {
        auto id = env().connectAccount(Provider::Ebay, u"Warehouse-A"_s, u"warehouse_a_seller"_s);
        QVERIFY(id);
        sandbox::Fault down;
        down.route = u"ebay.token"_s;
        down.kind = sandbox::Fault::Kind::Status;
        down.status = 503;
        down.remaining = 3;
        env().server->addFault(down);
        RefreshPolicy policy;
        policy.backoffBase = std::chrono::seconds(60);
        policy.refreshAhead = std::chrono::hours(3); // the 2-hour token is always in the window here
        m_tokens->setPolicy(policy);

        qint64 previousWait = 0;
        for (int attempt = 1; attempt <= 3; ++attempt) {
            auto outcome = SandboxAccounts::await<Result<QString>>([&](auto done) { m_tokens->refresh(*id, done); });
            QVERIFY(!outcome);
            QCOMPARE(outcome.error().code, u"net.http-error"_s);
            const TokenMetadata m = metadata(*id);
            QCOMPARE(m.consecutiveFailures, attempt);
            QVERIFY(m.lastRefreshError.contains(u"503"_s));
            QVERIFY(!m.revokedAt.isValid());
            const qint64 wait = QDateTime::currentDateTimeUtc().secsTo(m_tokens->retryAt(*id));
            const qint64 full = 60LL << (attempt - 1);
            QVERIFY2(wait >= full / 2 - 2 && wait <= full,
                     qPrintable(u"attempt %1 waits %2 s"_s.arg(attempt).arg(wait)));
            QVERIFY(wait > previousWait / 2); // grows (jitter allowing)
            previousWait = wait;
            // While backing off, the sweep leaves it alone.
            QVERIFY(!m_tokens->dueForRefresh(QDateTime::currentDateTimeUtc(), nullptr)->contains(*id));
            // (tokens issued inside the window are refreshed at most once a minute)
            const QDateTime retry = std::max(m_tokens->retryAt(*id), metadata(*id).lastRefreshedAt.addSecs(60));
            QVERIFY(m_tokens->dueForRefresh(retry.addSecs(1), nullptr)->contains(*id));
        }
        TokenMetadata failing = metadata(*id);
        QCOMPARE(accountStatus({true, false, true, true, false, false, failing, QDateTime::currentDateTimeUtc()}),
                 AccountStatus::RefreshFailing);
        AccountAlerts alerts(env().db());
        QSignalSpy raised(&alerts, &AccountAlerts::raised);
        QVERIFY(alerts.evaluate(*id, QDateTime::currentDateTimeUtc()));
        QVERIFY(alerts.evaluate(*id, QDateTime::currentDateTimeUtc()));
        QCOMPARE(openNotifications(env().db(), u"token.refresh-failing"_s).size(), 1); // more than 2 in a row
        QCOMPARE(raised.count(), 1);
        QVERIFY(raised.first().first().value<Notification>().title.contains(u"Warehouse-A"_s));

        auto recovered = SandboxAccounts::await<Result<QString>>([&](auto done) { m_tokens->refresh(*id, done); });
        QVERIFY(recovered);
        QCOMPARE(metadata(*id).consecutiveFailures, 0);
        QVERIFY(!m_tokens->retryAt(*id).isValid());
        QVERIFY(alerts.evaluate(*id, QDateTime::currentDateTimeUtc()));
        QCOMPARE(openNotifications(env().db(), u"token.refresh-failing"_s).size(), 0); // clears itself
    }

    void invalidGrantRevokesAndNotifiesOnce()
    {
        auto id = env().connectAccount(Provider::Ebay, u"Warehouse-A"_s, u"warehouse_a_seller"_s);
        QVERIFY(id);
        const Account a = account(*id);
        QVERIFY(env().server->revokeUser(u"ebay"_s, a.externalUserId) > 0);

        HealthMonitor health(env().db(), *m_tokens);
        AccountAlerts alerts(env().db());
        AccountSupervisor supervisor(env().db(), *m_tokens, health, alerts);
        QSignalSpy raised(&alerts, &AccountAlerts::raised);
        auto outcome = SandboxAccounts::await<Result<QString>>([&](auto done) { m_tokens->refresh(*id, done); });
        QVERIFY(!outcome);
        QCOMPARE(outcome.error().code, QString::fromLatin1(AuthClient::kRevoked));
        const TokenMetadata m = metadata(*id);
        QVERIFY(m.revokedAt.isValid());
        QCOMPARE(accountStatus({true, false, true, true, false, true, m, QDateTime::currentDateTimeUtc()}),
                 AccountStatus::Revoked);
        QVERIFY(!m_tokens->retryAt(*id).isValid()); // never retried
        QVERIFY(!m_tokens->dueForRefresh(QDateTime::currentDateTimeUtc().addDays(1), nullptr)->contains(*id));

        // Many cycles later: still one notification, naming the house and offering Reconnect.
        const int tokenCalls = countRequests(*env().server, u"ebay.token"_s);
        for (int cycle = 0; cycle < 5; ++cycle) {
            QVERIFY(alerts.evaluate(*id, QDateTime::currentDateTimeUtc().addSecs(600 * cycle)));
            auto again = SandboxAccounts::await<Result<QString>>([&](auto done) { m_tokens->accessToken(*id, done); });
            QCOMPARE(again.error().code, QString::fromLatin1(AuthClient::kRevoked));
        }
        QCOMPARE(countRequests(*env().server, u"ebay.token"_s), tokenCalls); // nothing asked of eBay meanwhile
        const QList<Notification> open = openNotifications(env().db(), u"token.revoked"_s);
        QCOMPARE(open.size(), 1);
        QCOMPARE(raised.count(), 1);
        QVERIFY(open.first().title.contains(u"Warehouse-A"_s));
        QVERIFY(alertOffersReconnect(open.first().kind));

        // Reconnecting resolves it.
        auto reconnected = env().connectAccount(Provider::Ebay, u"Warehouse-A"_s, u"warehouse_a_seller"_s, *id);
        QVERIFY2(reconnected, qPrintable(reconnected ? QString() : reconnected.error().message));
        QCOMPARE(*reconnected, *id);
        m_tokens->forget(*id);
        QVERIFY(!metadata(*id).revokedAt.isValid());
        QVERIFY(alerts.evaluate(*id, QDateTime::currentDateTimeUtc()));
        QCOMPARE(openNotifications(env().db(), u"token.revoked"_s).size(), 0);
        QVERIFY(SandboxAccounts::await<Result<QString>>([&](auto done) { m_tokens->accessToken(*id, done); }));
    }

    void reconnectingAsAnotherUserAsksFirst()
    {
        auto id = env().connectAccount(Provider::Ebay, u"Warehouse-A"_s, u"warehouse_a_seller"_s);
        QVERIFY(id);
        const Account before = account(*id);
        // Declined: nothing changes, and it says so.
        env().replaceAnswer = false;
        auto declined = env().connectAccount(Provider::Ebay, u"Warehouse-A"_s, u"boutique_montreal"_s, *id);
        QVERIFY(!declined);
        QCOMPARE(declined.error().code, u"auth.replacement-declined"_s);
        QCOMPARE(env().confirmations, (QStringList {u"Warehouse-A|boutique_montreal|warehouse_a_seller"_s}));
        QCOMPARE(account(*id).externalUserId, before.externalUserId);
        QCOMPARE(AccountRepository(env().db()).list()->size(), 1);
        // Accepted: the same account (same house, same id) now signs in as the other user; the old tokens go.
        env().replaceAnswer = true;
        auto replaced = env().connectAccount(Provider::Ebay, u"Warehouse-A"_s, u"boutique_montreal"_s, *id);
        QVERIFY2(replaced, qPrintable(replaced ? QString() : replaced.error().message));
        QCOMPARE(*replaced, *id);
        const Account after = account(*id);
        QCOMPARE(after.username, u"boutique_montreal"_s);
        QVERIFY(after.externalUserId != before.externalUserId);
        QCOMPARE(AccountRepository(env().db()).list()->size(), 1);
        QVERIFY(keychain(after, u"access"_s)->has_value());
        QTRY_VERIFY(!keychain(before, u"access"_s)->has_value());
        QVERIFY(!keychain(before, u"refresh"_s)->has_value());
        // Reconnecting as the same user asks nothing.
        auto same = env().connectAccount(Provider::Ebay, u"Warehouse-A"_s, u"boutique_montreal"_s, *id);
        QVERIFY(same);
        QCOMPARE(env().confirmations.size(), 2);
    }

    void healthChecksRecordEventsWithResponseTimes()
    {
        QList<qint64> ids;
        for (const auto& [provider, house, user] : QList<std::tuple<Provider, QString, QString>> {
                 {Provider::Ebay, u"Warehouse-A"_s, u"warehouse_a_seller"_s},
                 {Provider::Amazon, u"Maple Goods"_s, u"maple_goods"_s},
                 {Provider::Shopify, u"Maple & Co."_s, u"maple-and-co.myshopify.com"_s},
                 {Provider::Facebook, u"Atelier"_s, {}}}) {
            auto id = env().connectAccount(provider, house, user);
            QVERIFY2(id, qPrintable(id ? QString() : id.error().message));
            ids << *id;
        }
        sandbox::Fault slow;
        slow.route = u"ebay.trading"_s;
        slow.kind = sandbox::Fault::Kind::Latency;
        slow.delayMs = 300;
        slow.remaining = 1;
        env().server->addFault(slow);

        HealthMonitor health(env().db(), *m_tokens);
        QSignalSpy checked(&health, &HealthMonitor::checked);
        for (qint64 id : ids)
            health.check(id);
        health.check(ids.first()); // already under way: not doubled
        QTRY_COMPARE_WITH_TIMEOUT(checked.count(), 4, 20000);
        for (qint64 id : ids) {
            const QList<HealthEvent> events = *HealthEventRepository(env().db()).recent(id, 10);
            QCOMPARE(events.size(), 1);
            const HealthEvent& e = events.first();
            QVERIFY2(e.healthy, qPrintable(e.errorCode + u' ' + e.errorMessage));
            QCOMPARE(e.httpStatus, 200);
            QVERIFY(e.responseMs >= 0);
            QVERIFY(e.occurredAt.isValid());
        }
        const HealthEvent ebay = HealthEventRepository(env().db()).recent(ids.first(), 1)->first();
        QCOMPARE(ebay.ack, u"Success"_s);
        QVERIFY2(ebay.responseMs >= 300, qPrintable(QString::number(ebay.responseMs)));
        QCOMPARE(countRequests(*env().server, u"ebay.trading"_s), 1);
        QCOMPARE(countRequests(*env().server, u"amazon.getMarketplaceParticipations"_s), 2); // identity + health
        QCOMPARE(countRequests(*env().server, u"facebook.me"_s), 2);
    }

    void aHealthFailureStreakAlertsOnceAndClears()
    {
        auto id = env().connectAccount(Provider::Amazon, u"Maple Goods"_s, u"maple_goods"_s);
        QVERIFY(id);
        sandbox::Fault down;
        down.route = u"amazon.getMarketplaceParticipations"_s;
        down.kind = sandbox::Fault::Kind::Status;
        down.status = 500;
        down.remaining = 6;
        env().server->addFault(down);
        HealthMonitor health(env().db(), *m_tokens);
        AccountAlerts alerts(env().db());
        QSignalSpy raised(&alerts, &AccountAlerts::raised);
        QSignalSpy checked(&health, &HealthMonitor::checked);
        for (int i = 1; i <= 6; ++i) {
            health.check(*id);
            QTRY_COMPARE_WITH_TIMEOUT(checked.count(), i, 15000);
            const HealthEvent e = checked.last().at(1).value<HealthEvent>();
            QVERIFY(!e.healthy);
            QCOMPARE(e.httpStatus, 500);
            QVERIFY(!e.errorCode.isEmpty());
            QVERIFY(alerts.evaluate(*id, QDateTime::currentDateTimeUtc()));
            // More than 3 failures in a row: the 4th raises it, later ones do not again.
            QCOMPARE(openNotifications(env().db(), u"health.failing"_s).size(), i > 3 ? 1 : 0);
        }
        QCOMPARE(raised.count(), 1);
        health.check(*id);
        QTRY_COMPARE_WITH_TIMEOUT(checked.count(), 7, 15000);
        QVERIFY(checked.last().at(1).value<HealthEvent>().healthy);
        QVERIFY(alerts.evaluate(*id, QDateTime::currentDateTimeUtc()));
        QCOMPARE(openNotifications(env().db(), u"health.failing"_s).size(), 0);
        // A new streak is a new episode: it alerts again.
        env().server->addFault(down);
        for (int i = 0; i < 4; ++i) {
            health.check(*id);
            QTRY_COMPARE_WITH_TIMEOUT(checked.count(), 8 + i, 15000);
        }
        QVERIFY(alerts.evaluate(*id, QDateTime::currentDateTimeUtc()));
        QCOMPARE(raised.count(), 2);
    }

    void retentionPrunesOldHealthEvents()
    {
        auto id = env().connectAccount(Provider::Facebook, u"Atelier"_s, {});
        QVERIFY(id);
        HealthEventRepository events(env().db());
        const QDateTime now = QDateTime::currentDateTimeUtc();
        for (int daysAgo : {45, 31, 29, 1}) {
            HealthEvent e;
            e.accountId = *id;
            e.occurredAt = now.addDays(-daysAgo);
            e.healthy = true;
            e.httpStatus = 200;
            QVERIFY(events.record(e));
        }
        HealthMonitor health(env().db(), *m_tokens);
        auto pruned = health.prune(now);
        QVERIFY(pruned);
        QCOMPARE(*pruned, 2);
        const QList<HealthEvent> left = *events.recent(*id, 10);
        QCOMPARE(left.size(), 2);
        for (const HealthEvent& e : left)
            QVERIFY(e.occurredAt >= now.addDays(-30));
    }

    void supervisorChecksEveryActiveAccountOnItsOwnSchedule()
    {
        // Houses are listed by name: "Aisle 1" (eBay) is checked first, and hangs.
        auto a = env().connectAccount(Provider::Ebay, u"Aisle 1"_s, u"warehouse_a_seller"_s);
        auto b = env().connectAccount(Provider::Shopify, u"Maple & Co."_s, u"maple-and-co.myshopify.com"_s);
        QVERIFY(a && b);
        QVERIFY(AccountRepository(env().db()).setActive(*b, false));
        // A dead marketplace does not hold the others up.
        sandbox::Fault hang;
        hang.route = u"ebay.trading"_s;
        hang.kind = sandbox::Fault::Kind::Hang;
        env().server->addFault(hang);
        auto c = env().connectAccount(Provider::Amazon, u"Maple Goods"_s, u"maple_goods"_s);
        QVERIFY(c);

        HealthMonitor health(env().db(), *m_tokens);
        AccountAlerts alerts(env().db());
        AccountSupervisor supervisor(env().db(), *m_tokens, health, alerts);
        SupervisorPolicy policy;
        policy.firstHealthDelay = std::chrono::seconds(0);
        supervisor.setPolicy(policy);
        QSignalSpy checked(&health, &HealthMonitor::checked);
        supervisor.start();
        QVERIFY(supervisor.scheduler().isScheduled(u"health/%1"_s.arg(*a)));
        QVERIFY(!supervisor.scheduler().isScheduled(u"health/%1"_s.arg(*b))); // inactive: no jobs
        QTRY_VERIFY_WITH_TIMEOUT(health.isChecking(*a), 15000);
        QTRY_VERIFY_WITH_TIMEOUT(!checked.isEmpty(), 15000);
        QCOMPARE(checked.first().first().toLongLong(), *c); // Amazon answered while eBay hangs
        QVERIFY(health.isChecking(*a));
        const QDateTime next = supervisor.scheduler().dueAt(u"health/%1"_s.arg(*c));
        QVERIFY(qAbs(QDateTime::currentDateTimeUtc().secsTo(next) - 15 * 60) < 10); // every 15 minutes
        QVERIFY(supervisor.scheduler().isScheduled(u"prune"_s));
        QVERIFY(supervisor.scheduler().isScheduled(u"refresh"_s));

        QVERIFY(AccountRepository(env().db()).setActive(*c, false));
        supervisor.accountsChanged();
        QVERIFY(!supervisor.scheduler().isScheduled(u"health/%1"_s.arg(*c)));
        env().server->clearFaults();
    }

    void noSecretIsWrittenOutsideTheKeychain()
    {
        // The whole life of five accounts — connect, refresh, health checks, a revoked one, its alerts — with
        // logging to a file and settings written as the app writes them; then a byte search of everything.
        QTemporaryDir logs;
        Logging::initialize({logs.path(), false, true});
        QSettings settings(logs.filePath(u"Marketdesk.conf"_s), QSettings::IniFormat);
        for (Environment environment : {Environment::Production, Environment::Sandbox}) {
            for (Provider provider : providerSettings::oauthProviders())
                providerSettings::save(settings, providerSettings::load(settings, provider, environment));
        }
        settings.setValue(u"database/url"_s, env().db().config().displayName());
        settings.sync();

        QList<qint64> ids;
        for (const auto& [provider, house, user] : QList<std::tuple<Provider, QString, QString>> {
                 {Provider::Ebay, u"Warehouse-A"_s, u"warehouse_a_seller"_s},
                 {Provider::Ebay, u"Montreal"_s, u"boutique_montreal"_s},
                 {Provider::Shopify, u"Maple & Co."_s, u"maple-and-co.myshopify.com"_s},
                 {Provider::Amazon, u"Maple Goods"_s, u"maple_goods"_s},
                 {Provider::Facebook, u"Atelier"_s, {}}}) {
            auto id = env().connectAccount(provider, house, user);
            QVERIFY2(id, qPrintable(id ? QString() : id.error().message));
            ids << *id;
        }
        for (qint64 id : {ids.at(0), ids.at(3)}) {
            QVERIFY(SandboxAccounts::await<Result<QString>>([&](auto done) { m_tokens->refresh(id, done); }));
        }
        HealthMonitor health(env().db(), *m_tokens);
        AccountAlerts alerts(env().db());
        QSignalSpy checked(&health, &HealthMonitor::checked);
        for (qint64 id : std::as_const(ids))
            health.check(id);
        QTRY_COMPARE_WITH_TIMEOUT(checked.count(), ids.size(), 20000);
        QVERIFY(env().server->revokeUser(u"ebay"_s, account(ids.at(1)).externalUserId) > 0);
        QVERIFY(!SandboxAccounts::await<Result<QString>>([&](auto done) { m_tokens->refresh(ids.at(1), done); }));
        for (qint64 id : std::as_const(ids))
            QVERIFY(alerts.evaluate(id, QDateTime::currentDateTimeUtc()));
        Logging::flush();

        QByteArray written;
        for (const QString& path :
             {env().database->config().sqlitePath, QString(env().database->config().sqlitePath + u"-wal"_s),
              settings.fileName(), Logging::logFilePath()}) {
            QFile file(path);
            if (file.open(QIODevice::ReadOnly))
                written += file.readAll();
        }
        Logging::shutdown();
        QVERIFY(written.contains("Warehouse-A")); // the search does see the data
        QVERIFY(written.contains("health check of"));
        const QStringList secrets = env().server->issuedSecrets() + QStringList {env().secret};
        QVERIFY2(secrets.size() > 12, "tokens (access, refresh, refreshed), codes and the app secret");
        for (const QString& secret : secrets) {
            QVERIFY2(!written.contains(secret.toUtf8()),
                     qPrintable(u"found a secret issued by the sandbox (%1…)"_s.arg(secret.left(6))));
            // Nor percent-encoded, as it travels in form bodies and addresses.
            QVERIFY(!written.contains(QUrl::toPercentEncoding(secret)));
        }
    }

    void alertRules_data()
    {
        QTest::addColumn<TokenMetadata>("tokens");
        QTest::addColumn<int>("unhealthyStreak");
        QTest::addColumn<qint64>("lastHealthyAgo"); // seconds; -1: never
        QTest::addColumn<QStringList>("kinds");
        const QDateTime now = QDateTime::fromString(u"2026-11-25T12:00:00Z"_s, Qt::ISODate);
        TokenMetadata fine;
        fine.accessExpiresAt = now.addSecs(3600);
        fine.refreshExpiresAt = now.addDays(400);
        QTest::newRow("healthy") << fine << 0 << 60LL << QStringList {};
        QTest::newRow("health 3 failures") << fine << 3 << 600LL << QStringList {};
        QTest::newRow("health 4 failures") << fine << 4 << 600LL << QStringList {u"health.failing"_s};
        QTest::newRow("no health for an hour") << fine << 0 << 3700LL << QStringList {u"health.stale"_s};
        TokenMetadata failing2 = fine;
        failing2.consecutiveFailures = 2;
        failing2.lastRefreshError = u"503"_s;
        QTest::newRow("refresh failed twice") << failing2 << 0 << 60LL << QStringList {};
        TokenMetadata failing3 = failing2;
        failing3.consecutiveFailures = 3;
        QTest::newRow("refresh failed 3 times") << failing3 << 0 << 60LL << QStringList {u"token.refresh-failing"_s};
        TokenMetadata expiring = failing2;
        expiring.accessExpiresAt = now.addSecs(600);
        QTest::newRow("expiring while refresh fails") << expiring << 0 << 60LL << QStringList {u"token.expiring"_s};
        TokenMetadata expiringOk = fine;
        expiringOk.accessExpiresAt = now.addSecs(600);
        QTest::newRow("expiring, refresh not failing") << expiringOk << 0 << 60LL << QStringList {};
        TokenMetadata revoked = failing3;
        revoked.revokedAt = now.addSecs(-60);
        QTest::newRow("revoked") << revoked << 5 << 7200LL << QStringList {u"token.revoked"_s, u"health.failing"_s};
        for (const auto& [days, kind] : QList<std::pair<int, QString>> {{31, {}},
                                                                        {30, u"token.reauthorize-30"_s},
                                                                        {8, u"token.reauthorize-30"_s},
                                                                        {7, u"token.reauthorize-7"_s},
                                                                        {2, u"token.reauthorize-7"_s},
                                                                        {1, u"token.reauthorize-1"_s},
                                                                        {-3, u"token.reauthorize-1"_s}}) {
            TokenMetadata reauth = fine;
            reauth.refreshExpiresAt = {};
            reauth.reauthDueAt = now.addDays(days);
            QTest::addRow("re-authorization in %d days", days)
                << reauth << 0 << 60LL << (kind.isEmpty() ? QStringList {} : QStringList {kind});
        }
    }

    // What a person does to a connected account goes through AccountService: each refusal in words, each change
    // announced; forgetting removes the keychain's tokens first, then the rows.
    void accountServiceRenamesDeactivatesAndForgets()
    {
        auto first = env().connectAccount(Provider::Ebay, u"Warehouse-A"_s, u"warehouse_a_seller"_s);
        QVERIFY2(first, first ? "" : qPrintable(first.error().message));
        auto second = env().connectAccount(Provider::Ebay, u"Montreal"_s, u"boutique_montreal"_s);
        QVERIFY2(second, second ? "" : qPrintable(second.error().message));
        AccountService service(env().db(), *env().secrets);
        QSignalSpy changed(&service, &AccountService::changed);
        QSignalSpy active(&service, &AccountService::activeChanged);
        QSignalSpy forgotten(&service, &AccountService::forgotten);

        QVERIFY(service.rename(*first, u"  Aisle 7 "_s));
        QCOMPARE(account(*first).houseName, u"Aisle 7"_s);
        QCOMPARE(changed.count(), 1);
        const Status empty = service.rename(*first, u"   "_s);
        QVERIFY(!empty);
        QCOMPARE(account(*first).houseName, u"Aisle 7"_s);
        QCOMPARE(changed.count(), 1); // nothing changed, nothing announced
        QVERIFY(service.changePurpose(*first, Purpose::Buyer));
        QCOMPARE(account(*first).purpose, Purpose::Buyer);

        // Off, its house name taken meanwhile: reactivating says why, and what to do.
        QVERIFY(service.setActive(*first, false));
        QCOMPARE(active.count(), 1);
        QCOMPARE(active.last().at(1).toBool(), false);
        QVERIFY(service.rename(*second, u"Aisle 7"_s));
        const Status refused = service.setActive(*first, true);
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, u"account.house-taken"_s);
        QVERIFY(refused.error().message.contains(u"Rename the house first"_s));
        QVERIFY(!account(*first).active);

        // Forget: the tokens leave the keychain, then the account's rows.
        const Account gone = account(*second);
        QVERIFY(keychain(gone, u"access"_s)->has_value());
        const Status forgot = SandboxAccounts::await<Status>([&](auto done) { service.forget(*second, done); });
        QVERIFY2(forgot, forgot ? "" : qPrintable(forgot.error().message));
        QCOMPARE(forgotten.count(), 1);
        QVERIFY(!keychain(gone, u"access"_s)->has_value());
        QVERIFY(!keychain(gone, u"refresh"_s)->has_value());
        QVERIFY(!AccountRepository(env().db()).findById(*second)->has_value());
        const Status again = SandboxAccounts::await<Status>([&](auto done) { service.forget(*second, done); });
        QCOMPARE(again.error().code, u"account.not-found"_s);
    }

    void alertRules()
    {
        QFETCH(TokenMetadata, tokens);
        QFETCH(int, unhealthyStreak);
        QFETCH(qint64, lastHealthyAgo);
        QFETCH(QStringList, kinds);
        AlertInput input;
        input.now = QDateTime::fromString(u"2026-11-25T12:00:00Z"_s, Qt::ISODate);
        input.account.id = 42;
        input.account.houseName = u"Warehouse-A"_s;
        input.account.connectedAt = input.now.addDays(-3);
        input.tokens = tokens;
        for (int i = 0; i < unhealthyStreak; ++i)
            input.recentHealth << HealthEvent {0, 42, input.now.addSecs(-60 * i), false, 500, {}, {}, {}, 10};
        input.recentHealth << HealthEvent {0, 42, input.now.addSecs(-lastHealthyAgo), true, 200, {}, {}, {}, 10};
        input.lastHealthy = input.now.addSecs(-lastHealthyAgo);
        QStringList got;
        for (const Alert& alert : accountAlerts(input)) {
            got << alert.kind;
            QCOMPARE(alert.episodeKey, u"account/42/"_s + alert.kind);
            QVERIFY2(alert.title.contains(u"Warehouse-A"_s), qPrintable(alert.title)); // names the house
            QVERIFY(!alert.body.isEmpty());
        }
        got.sort();
        kinds.sort();
        QCOMPARE(got, kinds);
        input.account.active = false;
        QVERIFY(accountAlerts(input).isEmpty()); // a deactivated account alerts about nothing
    }
};

QTEST_MAIN(TestAccounts)
#include "tst_accounts.moc"
