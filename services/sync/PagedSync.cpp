#include "sync/PagedSync.h"

#include "core/Backoff.h"
#include "domain/Words.h"
#include "logging/LogCategories.h"
#include "storage/Database.h"
#include "storage/repositories/AccountRepository.h"
#include "storage/repositories/SyncCursorRepository.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QPointer>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace md {

PagedSync::PagedSync(const Database& database, TokenAccess tokens, QObject* parent)
    : QObject(parent)
    , m_database(database)
    , m_tokens(std::move(tokens))
{
}

PagedSync::~PagedSync() = default;

void PagedSync::addSink(std::unique_ptr<PageSink> sink)
{
    const QString resource = sink->resource();
    m_sinks.insert(resource, std::shared_ptr<PageSink>(std::move(sink)));
}

void PagedSync::addSource(PageSource* source, std::optional<Environment> environment)
{
    m_sources[source->resource()].set(source->provider(), environment, source);
}

PageSource* PagedSync::sourceFor(const Account& account, const QString& resource) const
{
    return m_sources.value(resource).value(account.provider, account.environment, nullptr);
}

QStringList PagedSync::resourcesFor(const Account& account) const
{
    QStringList resources;
    for (auto it = m_sinks.cbegin(); it != m_sinks.cend(); ++it) {
        if (sourceFor(account, it.key()))
            resources << it.key();
    }
    resources.sort();
    return resources;
}

Error PagedSync::cancelled()
{
    return Error {u"sync.cancelled"_s, tr("The sync was cancelled; it resumes after the last stored page."), {}};
}

void PagedSync::sync(qint64 accountId, const QString& resource)
{
    const RunKey key {accountId, resource};
    if (m_runs.contains(key))
        return;
    auto account = AccountRepository(m_database).findById(accountId);
    if (!account || !account->has_value()) {
        emit finished(accountId, u"account.not-found"_s, tr("The account no longer exists."), resource);
        return;
    }
    PageSource* source = sourceFor(**account, resource);
    const auto sink = m_sinks.value(resource);
    if (!(*account)->active || !source || !sink) {
        emit finished(accountId, u"sync.unsupported"_s,
                      (*account)->active
                          ? tr("Marketdesk does not sync the %1 of %2 accounts yet.")
                                .arg(Words::syncedResource(resource), providerDisplayName((*account)->provider))
                          : tr("The account \"%1\" is deactivated.").arg((*account)->houseName),
                      resource);
        return;
    }
    Run run;
    run.account = **account;
    run.source = source;
    run.sink = sink.get();
    run.generation = ++m_generations;
    m_runs.insert(key, run);
    qCInfo(lcSync).noquote() << "syncing the" << resource << "of" << run.account.houseName;
    requestPage(key);
}

void PagedSync::cancel(qint64 accountId, const QString& resource)
{
    for (auto it = m_runs.begin(); it != m_runs.end(); ++it) {
        if (it.key().first == accountId && (resource.isEmpty() || it.key().second == resource))
            it->cancelled = true;
    }
}

bool PagedSync::isCurrent(const RunKey& key, quint64 generation) const
{
    const auto it = m_runs.constFind(key);
    return it != m_runs.cend() && it->generation == generation;
}

void PagedSync::requestPage(const RunKey& key)
{
    if (!m_runs.contains(key))
        return;
    if (m_runs[key].cancelled) {
        end(key, cancelled());
        return;
    }
    auto cursor = SyncCursorRepository(m_database).find(key.first, key.second);
    if (!cursor) {
        if (!waitForDatabase(key, cursor.error()))
            end(key, cursor.error());
        return;
    }
    fetch(key, m_runs[key].generation,
          cursor->has_value() ? QJsonDocument::fromJson((*cursor)->checkpoint.toUtf8()).object() : QJsonObject());
}

void PagedSync::fetch(const RunKey& key, quint64 generation, const QJsonObject& checkpoint)
{
    // Answers always arrive from the event loop, never inside the call that asked: a page is stored completely
    // before the next one (asked for ahead) is looked at.
    m_tokens.accessToken(key.first, [this, key, generation, checkpoint](Result<QString> token) {
        if (!isCurrent(key, generation))
            return;
        if (!token) {
            QMetaObject::invokeMethod(
                this,
                [this, key, generation, error = token.error()] {
                    if (!isCurrent(key, generation))
                        return;
                    // The token's metadata is read from the database too: a lost server is waited for.
                    if (error.code == "database.unreachable"_L1) {
                        dropPagesUnderWay(key);
                        if (waitForDatabase(key, error))
                            return;
                    }
                    end(key, error);
                },
                Qt::QueuedConnection);
            return;
        }
        const Run& run = m_runs[key];
        // The answer may come after this object is gone (a sync stopped with the app): then it is dropped.
        QPointer<PagedSync> self(this);
        run.source->fetch(run.account, *token, checkpoint,
                          [self, key, generation](Result<std::shared_ptr<const PageBase>> page) {
                              if (!self)
                                  return;
                              PagedSync* const that = self.data();
                              QMetaObject::invokeMethod(
                                  that,
                                  [that, key, generation, page = std::move(page)]() mutable {
                                      if (that->isCurrent(key, generation))
                                          that->onPage(key, std::move(page));
                                  },
                                  Qt::QueuedConnection);
                          });
    });
}

void PagedSync::onPage(const RunKey& key, Result<std::shared_ptr<const PageBase>> page)
{
    if (!m_runs.contains(key))
        return;
    Run& run = m_runs[key];
    if (run.toStore) {
        // The next page came before this one was stored (not seen with Qt's network access): it waits its turn.
        QMetaObject::invokeMethod(
            this,
            [this, key, generation = run.generation, page = std::move(page)]() mutable {
                if (isCurrent(key, generation))
                    onPage(key, std::move(page));
            },
            Qt::QueuedConnection);
        return;
    }
    if (run.cancelled) {
        // Asked for ahead, or answered after Cancel: not stored; the cursor stays after the last stored page.
        end(key, cancelled());
        return;
    }
    if (!page) {
        const QString code = page.error().code;
        if (code == QLatin1StringView(PageSource::kTransient) && ++run.attempts < m_policy.maxAttempts) {
            const auto delay = backoffWithJitter(m_policy.backoffBase, m_policy.backoffCap, run.attempts);
            qCInfo(lcSync).noquote() << run.account.houseName << key.second << ": page failed (" << page.error().message
                                     << "); retrying in" << delay.count() << "ms";
            retryLater(key, delay);
            return;
        }
        if (code == QLatin1StringView(PageSource::kRateLimited)) {
            const std::chrono::seconds wait(std::max(1, page.error().detail.toInt()));
            if (wait <= m_policy.longestRetryAfter && ++run.waits < 50) {
                qCInfo(lcSync).noquote() << run.account.houseName << key.second << ": rate limited; waiting"
                                         << wait.count() << "s";
                retryLater(key, wait);
                return;
            }
        }
        if (code == QLatin1StringView(PageSource::kAuth) && !run.refreshedToken) {
            run.refreshedToken = true; // the token may have been revoked or rotated meanwhile: one fresh try
            m_tokens.refresh(key.first, [this, key, generation = run.generation](Result<QString> refreshed) {
                if (!isCurrent(key, generation))
                    return;
                if (!refreshed)
                    end(key, refreshed.error());
                else
                    requestPage(key);
            });
            return;
        }
        end(key, page.error());
        return;
    }
    run.attempts = 0;
    // The marketplace prepares the next page while this one is stored. It starts from this page's checkpoint,
    // which is what the cursor holds once the page is committed; if storing fails, the run ends and that answer
    // is dropped. Storing waits for the event loop to send the request first (Qt sends it from there).
    if ((*page)->more)
        fetch(key, run.generation, (*page)->checkpoint);
    run.toStore = std::move(*page);
    QMetaObject::invokeMethod(
        this,
        [this, key, generation = run.generation] {
            if (isCurrent(key, generation))
                store(key);
        },
        Qt::QueuedConnection);
}

void PagedSync::store(const RunKey& key)
{
    Run& run = m_runs[key];
    const std::shared_ptr<const PageBase> page = std::exchange(run.toStore, nullptr);
    auto outcome = applyPage(run.account, *run.sink, *page);
    if (!outcome) {
        // The page was rolled back with its cursor: a page asked for ahead is dropped (a new generation), and
        // once the database is back the pass goes on from the last committed page.
        if (outcome.error().code == "database.unreachable"_L1)
            dropPagesUnderWay(key);
        if (!waitForDatabase(key, outcome.error()))
            end(key, outcome.error());
        return;
    }
    run.databaseAttempts = 0;
    run.imported += outcome->imported;
    emit progress(key.first, run.imported, key.second);
    if (page->more)
        return; // onPage() hears the next page
    qCInfo(lcSync).noquote() << key.second << "of" << run.account.houseName << "in sync;" << run.imported
                             << "read in this pass";
    m_runs.remove(key);
    emit finished(key.first, {}, {}, key.second);
}

void PagedSync::dropPagesUnderWay(const RunKey& key)
{
    // A new generation: answers asked for before are dropped when they come, and a page received but not yet
    // stored goes too (its store was queued under the old generation and will not run).
    Run& run = m_runs[key];
    run.generation = ++m_generations;
    run.toStore.reset();
}

bool PagedSync::waitForDatabase(const RunKey& key, const Error& error)
{
    if (error.code != "database.unreachable"_L1)
        return false;
    Run& run = m_runs[key];
    if (++run.databaseAttempts >= m_policy.databaseAttempts)
        return false;
    const auto delay =
        backoffWithJitter(m_policy.databaseBackoffBase, m_policy.databaseBackoffCap, run.databaseAttempts);
    qCWarning(lcSync).noquote() << run.account.houseName << key.second
                                << ": the database server is unreachable; the sync waits" << delay.count()
                                << "ms and goes on from the last stored page";
    emit waiting(key.first, error.message, key.second);
    retryLater(key, delay);
    return true;
}

void PagedSync::retryLater(const RunKey& key, std::chrono::milliseconds delay)
{
    QTimer::singleShot(delay, this, [this, key, generation = m_runs.value(key).generation] {
        if (isCurrent(key, generation))
            requestPage(key);
    });
}

void PagedSync::end(const RunKey& key, const Error& error)
{
    const Run run = m_runs.take(key);
    // The checkpoint stays where the last stored page left it; only the error streak moves.
    SyncCursorRepository cursors(m_database);
    auto cursor = cursors.find(key.first, key.second);
    SyncCursor c = cursor && cursor->has_value() ? **cursor : SyncCursor {key.first, key.second, {}, {}, 0, {}, {}};
    if (error.code != "sync.cancelled"_L1) {
        c.errorStreak += 1;
        c.lastError = error.message;
        if (Status saved = cursors.save(c); !saved)
            qCWarning(lcSync).noquote() << saved.error().toLogString();
    }
    qCWarning(lcSync).noquote() << "syncing the" << key.second << "of" << run.account.houseName
                                << "stopped:" << error.toLogString();
    emit finished(key.first, error.code, error.message, key.second);
}

Status PagedSync::rewind(const Database& database, qint64 accountId, const QString& resource, const QDateTime& sinceUtc)
{
    SyncCursorRepository cursors(database);
    auto cursor = cursors.find(accountId, resource);
    if (!cursor)
        return cursor.error();
    SyncCursor c = cursor->value_or(SyncCursor {accountId, resource, {}, {}, 0, {}, {}});
    // Every source reads "since" (a page position within a pass is dropped: the pass starts over from there).
    c.checkpoint =
        QString::fromUtf8(QJsonDocument(QJsonObject {{u"since"_s, sinceUtc.toUTC().toString(Qt::ISODateWithMs)}})
                              .toJson(QJsonDocument::Compact));
    return cursors.save(c);
}

Result<PageOutcome> PagedSync::applyPage(const Account& account, PageSink& sink, const PageBase& page)
{
    Transaction transaction(m_database);
    if (!transaction.isActive())
        return transaction.error();
    auto outcome = sink.store(account, page);
    if (!outcome)
        return outcome.error();
    // The cursor moves in the same transaction as the page it points past.
    const QString resource = sink.resource();
    SyncCursorRepository cursors(m_database);
    auto previous = cursors.find(account.id, resource);
    if (!previous)
        return previous.error();
    SyncCursor cursor = previous->value_or(SyncCursor {account.id, resource, {}, {}, 0, {}, {}});
    cursor.checkpoint = QString::fromUtf8(QJsonDocument(page.checkpoint).toJson(QJsonDocument::Compact));
    cursor.errorStreak = 0;
    cursor.lastError.clear();
    if (!page.more)
        cursor.lastSuccessAt = QDateTime::currentDateTimeUtc();
    if (Status saved = cursors.save(cursor); !saved)
        return saved.error();
    if (Status committed = transaction.commit(); !committed)
        return committed.error();
    return outcome;
}

} // namespace md
