#pragma once

#include "core/Result.h"
#include "domain/PerMarketplace.h"
#include "domain/Types.h"
#include "providers/OrderSource.h"

#include <QCoreApplication>
#include <QHash>
#include <QObject>

#include <chrono>

namespace md {

class Database;
class TokenManager;

/// How OrderSync gets access tokens: straight from a TokenManager on the same thread, or across threads (the
/// sync on a worker, the TokenManager on the GUI thread) with the answers delivered back on the sync's thread.
struct TokenAccess {
    using Callback = std::function<void(Result<QString>)>;
    std::function<void(qint64 accountId, Callback done)> accessToken;
    std::function<void(qint64 accountId, Callback done)> refresh;

    static TokenAccess direct(TokenManager& tokens);
    /// `tokens` lives on another thread; callbacks run on `receiver`'s thread.
    static TokenAccess across(TokenManager* tokens, QObject* receiver);
};

/// How a sync retries.
struct SyncPolicy {
    int maxAttempts = 6; ///< transient failures of one page before the pass gives up (the cursor stays)
    std::chrono::milliseconds backoffBase {1000}; ///< first retry after a transient failure (before jitter)
    std::chrono::milliseconds backoffCap {std::chrono::seconds(60)};
    std::chrono::seconds longestRetryAfter {120}; ///< a longer Retry-After ends the pass; the next one resumes
    /// The database server went away (a restart): the page waits for it, 1, 2, 4… 30 s apart, this many times
    /// (about five minutes), then the pass ends and the next one resumes from the cursor.
    int databaseAttempts = 14;
    std::chrono::milliseconds databaseBackoffBase {1000};
    std::chrono::milliseconds databaseBackoffCap {std::chrono::seconds(30)};
};

/// What one page changed.
struct PageOutcome {
    int imported = 0; ///< orders inserted or updated
    int quarantined = 0; ///< orders kept aside with their raw body because they could not be read
};

/// Pulls an account's orders from its marketplace into the database, page by page. Each page — its orders
/// upserted by (account, external id), unreadable ones quarantined, and the cursor moved past it — is one
/// transaction: a sync re-run or killed at any moment neither duplicates nor loses an order. Transient failures
/// (5xx, network, cut answers) back off exponentially with jitter; 429 waits for Retry-After; a refused token is
/// refreshed once. Every network call is asynchronous; SQL runs on the thread this object lives on (its
/// Database connection's).
class OrderSync : public QObject {
    Q_OBJECT
public:
    static constexpr auto kResource = "orders";

    OrderSync(const Database& database, TokenAccess tokens, QObject* parent = nullptr);

    /// The source for a marketplace in one environment, or in both (the caller owns it).
    void addSource(OrderSource* source, std::optional<Environment> environment = std::nullopt);
    void setPolicy(const SyncPolicy& policy) { m_policy = policy; }

    /// Starts a pass over the account's changed orders (nothing when one is under way); ends in finished().
    void sync(qint64 accountId);
    /// Stops after the page under way; the cursor stays after the last stored page.
    void cancel(qint64 accountId);
    bool isSyncing(qint64 accountId) const { return m_runs.contains(accountId); }

    /// Moves the account's order cursor back: the next pass reads every order changed since `sinceUtc`.
    static Status rewind(const Database& database, qint64 accountId, const QDateTime& sinceUtc);
    /// Stores one page in one transaction (orders, quarantine, cursor). Public for the pass and for tests.
    Result<PageOutcome> applyPage(const Account& account, const OrderSource& source, const OrderPage& page);

signals:
    void progress(qint64 accountId, int ordersSoFar);
    /// The pass ended: `errorCode` empty when it reached the marketplace's last page.
    void finished(qint64 accountId, const QString& errorCode, const QString& message);
    /// The pass waits for something outside the marketplace (the database server): `message` says what.
    void waiting(qint64 accountId, const QString& message);

private:
    struct Run {
        Account account;
        OrderSource* source = nullptr;
        int imported = 0;
        int attempts = 0;
        int waits = 0;
        int databaseAttempts = 0; ///< tries while the database server is unreachable
        bool refreshedToken = false;
        bool cancelled = false;
        std::optional<OrderPage> toStore; ///< a page received, stored from the event loop
        quint64 generation = 0; ///< tells this run's answers from those of an earlier run of the account
    };
    OrderSource* sourceFor(const Account& account) const;
    bool isCurrent(qint64 accountId, quint64 generation) const;
    /// Asks for the page after the stored cursor.
    void requestPage(qint64 accountId);
    /// Asks for the page at `checkpoint`; the answer goes to onPage() from the event loop, if the run still is.
    void fetch(qint64 accountId, quint64 generation, const QJsonObject& checkpoint);
    void onPage(qint64 accountId, Result<OrderPage> page);
    /// Stores the page received (Run::toStore); ends the run after the last one.
    void store(qint64 accountId);
    void retryLater(qint64 accountId, std::chrono::milliseconds delay);
    /// The database server went away: waits for it (true), or says the pass must end (false).
    bool waitForDatabase(qint64 accountId, const Error& error);
    /// Starts the run's answers afresh from the stored cursor: whatever was asked for or received is dropped.
    void dropPagesUnderWay(qint64 accountId);
    void end(qint64 accountId, const Error& error);

    const Database& m_database;
    TokenAccess m_tokens;
    PerMarketplace<OrderSource*> m_sources;
    QHash<qint64, Run> m_runs;
    SyncPolicy m_policy;
    quint64 m_generations = 0;
};

} // namespace md
