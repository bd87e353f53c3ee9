#pragma once

#include "core/Result.h"
#include "domain/Account.h"
#include "domain/PerMarketplace.h"
#include "domain/Provider.h"
#include "providers/PageSource.h"
#include "sync/PageSink.h"
#include "sync/TokenAccess.h"

#include <QCoreApplication>
#include <QHash>
#include <QObject>

#include <chrono>
#include <memory>
#include <optional>

namespace md {

class Database;

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

/// The one paged-sync engine: pulls a resource (orders, listings, returns…) of an account from its marketplace
/// into the database, page by page, through the resource's PageSource (one per marketplace) and PageSink. Each
/// page — the sink's rows and the cursor moved past it — is one transaction: a sync re-run or killed at any
/// moment neither duplicates nor loses an entry. The next page is asked for while one is stored. Transient
/// failures (5xx, network, cut answers) back off exponentially with jitter; 429 waits for Retry-After; a refused
/// token is refreshed once; a lost database server is waited for. Every network call is asynchronous; SQL runs
/// on the thread this object lives on (its Database connection's). Signals name the resource last.
class PagedSync : public QObject {
    Q_OBJECT
public:
    PagedSync(const Database& database, TokenAccess tokens, QObject* parent = nullptr);
    ~PagedSync() override;

    /// A resource's sink (owned). One per resource.
    void addSink(std::unique_ptr<PageSink> sink);
    /// A source of its resource() for a marketplace in one environment, or in both (the caller owns it).
    void addSource(PageSource* source, std::optional<Environment> environment = std::nullopt);
    void setPolicy(const SyncPolicy& policy) { m_policy = policy; }

    /// The resources it can sync for the account (a sink and a source for its marketplace and environment).
    QStringList resourcesFor(const Account& account) const;
    /// Starts a pass over the account's changed entries of `resource` (nothing when one is under way); ends in
    /// finished().
    void sync(qint64 accountId, const QString& resource);
    /// Stops after the page under way; the cursor stays after the last stored page. Every resource when empty.
    void cancel(qint64 accountId, const QString& resource = {});
    bool isSyncing(qint64 accountId, const QString& resource) const { return m_runs.contains({accountId, resource}); }

    /// Moves the account's cursor of `resource` back: the next pass reads every entry changed since `sinceUtc`.
    static Status rewind(const Database& database, qint64 accountId, const QString& resource,
                         const QDateTime& sinceUtc);
    /// Stores one page in one transaction (the sink's rows, the cursor). Public for the pass and for tests.
    Result<PageOutcome> applyPage(const Account& account, PageSink& sink, const PageBase& page);

signals:
    void progress(qint64 accountId, int entriesSoFar, const QString& resource);
    /// The pass ended: `errorCode` empty when it reached the marketplace's last page.
    void finished(qint64 accountId, const QString& errorCode, const QString& message, const QString& resource);
    /// The pass waits for something outside the marketplace (the database server): `message` says what.
    void waiting(qint64 accountId, const QString& message, const QString& resource);

private:
    using RunKey = std::pair<qint64, QString>;
    struct Run {
        Account account;
        PageSource* source = nullptr;
        PageSink* sink = nullptr;
        int imported = 0;
        int attempts = 0;
        int waits = 0;
        int databaseAttempts = 0; ///< tries while the database server is unreachable
        bool refreshedToken = false;
        bool cancelled = false;
        std::shared_ptr<const PageBase> toStore; ///< a page received, stored from the event loop
        quint64 generation = 0; ///< tells this run's answers from those of an earlier run of the account
    };
    PageSource* sourceFor(const Account& account, const QString& resource) const;
    bool isCurrent(const RunKey& key, quint64 generation) const;
    /// Asks for the page after the stored cursor.
    void requestPage(const RunKey& key);
    /// Asks for the page at `checkpoint`; the answer goes to onPage() from the event loop, if the run still is.
    void fetch(const RunKey& key, quint64 generation, const QJsonObject& checkpoint);
    void onPage(const RunKey& key, Result<std::shared_ptr<const PageBase>> page);
    /// Stores the page received (Run::toStore); ends the run after the last one.
    void store(const RunKey& key);
    void retryLater(const RunKey& key, std::chrono::milliseconds delay);
    /// The database server went away: waits for it (true), or says the pass must end (false).
    bool waitForDatabase(const RunKey& key, const Error& error);
    /// Starts the run's answers afresh from the stored cursor: whatever was asked for or received is dropped.
    void dropPagesUnderWay(const RunKey& key);
    void end(const RunKey& key, const Error& error);
    static Error cancelled();

    const Database& m_database;
    TokenAccess m_tokens;
    QHash<QString, std::shared_ptr<PageSink>> m_sinks;
    QHash<QString, PerMarketplace<PageSource*>> m_sources;
    QHash<RunKey, Run> m_runs;
    SyncPolicy m_policy;
    quint64 m_generations = 0;
};

} // namespace md
