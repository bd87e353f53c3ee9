#include "sync/OrderSync.h"

#include "auth/TokenManager.h"
#include "core/Backoff.h"
#include "inventory/StockAllocator.h"
#include "logging/LogCategories.h"
#include "storage/Database.h"
#include "storage/repositories/AccountRepository.h"
#include "storage/repositories/OrderRepository.h"
#include "storage/repositories/SyncCursorRepository.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QPointer>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace md {

TokenAccess TokenAccess::direct(TokenManager& tokens)
{
    return {[&tokens](qint64 id, Callback done) { tokens.accessToken(id, std::move(done)); },
            [&tokens](qint64 id, Callback done) { tokens.refresh(id, std::move(done)); }};
}

TokenAccess TokenAccess::across(TokenManager* tokens, QObject* receiver)
{
    const auto bridge = [tokens, receiver](bool refresh) {
        return [tokens, receiver, refresh](qint64 id, Callback done) {
            QPointer<QObject> back(receiver);
            QMetaObject::invokeMethod(
                tokens,
                [tokens, id, refresh, back, done = std::move(done)]() mutable {
                    auto reply = [back, done = std::move(done)](Result<QString> token) mutable {
                        if (back)
                            QMetaObject::invokeMethod(
                                back.data(),
                                [done = std::move(done), token = std::move(token)]() mutable { done(token); },
                                Qt::QueuedConnection);
                    };
                    if (refresh)
                        tokens->refresh(id, std::move(reply));
                    else
                        tokens->accessToken(id, std::move(reply));
                },
                Qt::QueuedConnection);
        };
    };
    return {bridge(false), bridge(true)};
}

OrderSync::OrderSync(const Database& database, TokenAccess tokens, QObject* parent)
    : QObject(parent)
    , m_database(database)
    , m_tokens(std::move(tokens))
{
}

void OrderSync::addSource(OrderSource* source, std::optional<Environment> environment)
{
    m_sources.set(source->provider(), environment, source);
}

OrderSource* OrderSync::sourceFor(const Account& account) const
{
    return m_sources.value(account.provider, account.environment, nullptr);
}

void OrderSync::sync(qint64 accountId)
{
    if (m_runs.contains(accountId))
        return;
    auto account = AccountRepository(m_database).findById(accountId);
    if (!account || !account->has_value()) {
        emit finished(accountId, u"account.not-found"_s, tr("The account no longer exists."));
        return;
    }
    OrderSource* source = sourceFor(**account);
    if (!(*account)->active || !source) {
        emit finished(accountId, u"sync.unsupported"_s,
                      (*account)->active
                          ? tr("Marketdesk does not sync %1 orders yet.").arg(providerDisplayName((*account)->provider))
                          : tr("The account \"%1\" is deactivated.").arg((*account)->houseName));
        return;
    }
    Run run;
    run.account = **account;
    run.source = source;
    run.generation = ++m_generations;
    m_runs.insert(accountId, run);
    qCInfo(lcSync).noquote() << "syncing the orders of" << run.account.houseName;
    requestPage(accountId);
}

void OrderSync::cancel(qint64 accountId)
{
    if (auto it = m_runs.find(accountId); it != m_runs.end())
        it->cancelled = true;
}

bool OrderSync::isCurrent(qint64 accountId, quint64 generation) const
{
    const auto it = m_runs.constFind(accountId);
    return it != m_runs.cend() && it->generation == generation;
}

void OrderSync::requestPage(qint64 accountId)
{
    if (!m_runs.contains(accountId))
        return;
    if (m_runs[accountId].cancelled) {
        end(accountId,
            Error {u"sync.cancelled"_s, tr("The sync was cancelled; it resumes after the last stored page."), {}});
        return;
    }
    auto cursor = SyncCursorRepository(m_database).find(accountId, QString::fromLatin1(kResource));
    if (!cursor) {
        if (!waitForDatabase(accountId, cursor.error()))
            end(accountId, cursor.error());
        return;
    }
    fetch(accountId, m_runs[accountId].generation,
          cursor->has_value() ? QJsonDocument::fromJson((*cursor)->checkpoint.toUtf8()).object() : QJsonObject());
}

void OrderSync::fetch(qint64 accountId, quint64 generation, const QJsonObject& checkpoint)
{
    // Answers always arrive from the event loop, never inside the call that asked: a page is stored completely
    // before the next one (asked for ahead) is looked at.
    m_tokens.accessToken(accountId, [this, accountId, generation, checkpoint](Result<QString> token) {
        if (!isCurrent(accountId, generation))
            return;
        if (!token) {
            QMetaObject::invokeMethod(
                this,
                [this, accountId, generation, error = token.error()] {
                    if (!isCurrent(accountId, generation))
                        return;
                    // The token's metadata is read from the database too: a lost server is waited for.
                    if (error.code == "database.unreachable"_L1) {
                        dropPagesUnderWay(accountId);
                        if (waitForDatabase(accountId, error))
                            return;
                    }
                    end(accountId, error);
                },
                Qt::QueuedConnection);
            return;
        }
        const Run& run = m_runs[accountId];
        // The answer may come after this object is gone (a sync stopped with the app): then it is dropped.
        QPointer<OrderSync> self(this);
        run.source->fetchPage(run.account, *token, checkpoint, [self, accountId, generation](Result<OrderPage> page) {
            if (!self)
                return;
            OrderSync* const that = self.data();
            QMetaObject::invokeMethod(
                that,
                [that, accountId, generation, page = std::move(page)]() mutable {
                    if (that->isCurrent(accountId, generation))
                        that->onPage(accountId, std::move(page));
                },
                Qt::QueuedConnection);
        });
    });
}

void OrderSync::onPage(qint64 accountId, Result<OrderPage> page)
{
    if (!m_runs.contains(accountId))
        return;
    Run& run = m_runs[accountId];
    if (run.toStore) {
        // The next page came before this one was stored (not seen with Qt's network access): it waits its turn.
        QMetaObject::invokeMethod(
            this,
            [this, accountId, generation = run.generation, page = std::move(page)]() mutable {
                if (isCurrent(accountId, generation))
                    onPage(accountId, std::move(page));
            },
            Qt::QueuedConnection);
        return;
    }
    if (run.cancelled) {
        // Asked for ahead, or answered after Cancel: not stored; the cursor stays after the last stored page.
        end(accountId,
            Error {u"sync.cancelled"_s, tr("The sync was cancelled; it resumes after the last stored page."), {}});
        return;
    }
    if (!page) {
        const QString code = page.error().code;
        if (code == QLatin1StringView(OrderSource::kTransient) && ++run.attempts < m_policy.maxAttempts) {
            const auto delay = backoffWithJitter(m_policy.backoffBase, m_policy.backoffCap, run.attempts);
            qCInfo(lcSync).noquote() << run.account.houseName << ": page failed (" << page.error().message
                                     << "); retrying in" << delay.count() << "ms";
            retryLater(accountId, delay);
            return;
        }
        if (code == QLatin1StringView(OrderSource::kRateLimited)) {
            const std::chrono::seconds wait(std::max(1, page.error().detail.toInt()));
            if (wait <= m_policy.longestRetryAfter && ++run.waits < 50) {
                qCInfo(lcSync).noquote() << run.account.houseName << ": rate limited; waiting" << wait.count() << "s";
                retryLater(accountId, wait);
                return;
            }
        }
        if (code == QLatin1StringView(OrderSource::kAuth) && !run.refreshedToken) {
            run.refreshedToken = true; // the token may have been revoked or rotated meanwhile: one fresh try
            m_tokens.refresh(accountId, [this, accountId, generation = run.generation](Result<QString> refreshed) {
                if (!isCurrent(accountId, generation))
                    return;
                if (!refreshed)
                    end(accountId, refreshed.error());
                else
                    requestPage(accountId);
            });
            return;
        }
        end(accountId, page.error());
        return;
    }
    run.attempts = 0;
    // The marketplace prepares the next page while this one is stored. It starts from this page's checkpoint,
    // which is what the cursor holds once the page is committed; if storing fails, the run ends and that answer
    // is dropped. Storing waits for the event loop to send the request first (Qt sends it from there).
    if (page->more)
        fetch(accountId, run.generation, page->checkpoint);
    run.toStore = std::move(*page);
    QMetaObject::invokeMethod(
        this,
        [this, accountId, generation = run.generation] {
            if (isCurrent(accountId, generation))
                store(accountId);
        },
        Qt::QueuedConnection);
}

void OrderSync::store(qint64 accountId)
{
    Run& run = m_runs[accountId];
    const OrderPage page = *std::exchange(run.toStore, std::nullopt);
    auto outcome = applyPage(run.account, *run.source, page);
    if (!outcome) {
        // The page was rolled back with its cursor: a page asked for ahead is dropped (a new generation), and
        // once the database is back the pass goes on from the last committed page.
        if (outcome.error().code == "database.unreachable"_L1)
            dropPagesUnderWay(accountId);
        if (!waitForDatabase(accountId, outcome.error()))
            end(accountId, outcome.error());
        return;
    }
    run.databaseAttempts = 0;
    run.imported += outcome->imported;
    emit progress(accountId, run.imported);
    if (page.more)
        return; // onPage() hears the next page
    qCInfo(lcSync).noquote() << "orders of" << run.account.houseName << "in sync;" << run.imported
                             << "read in this pass";
    m_runs.remove(accountId);
    emit finished(accountId, {}, {});
}

void OrderSync::dropPagesUnderWay(qint64 accountId)
{
    // A new generation: answers asked for before are dropped when they come, and a page received but not yet
    // stored goes too (its store was queued under the old generation and will not run).
    Run& run = m_runs[accountId];
    run.generation = ++m_generations;
    run.toStore.reset();
}

bool OrderSync::waitForDatabase(qint64 accountId, const Error& error)
{
    if (error.code != "database.unreachable"_L1)
        return false;
    Run& run = m_runs[accountId];
    if (++run.databaseAttempts >= m_policy.databaseAttempts)
        return false;
    const auto delay =
        backoffWithJitter(m_policy.databaseBackoffBase, m_policy.databaseBackoffCap, run.databaseAttempts);
    qCWarning(lcSync).noquote() << run.account.houseName << ": the database server is unreachable; the sync waits"
                                << delay.count() << "ms and goes on from the last stored page";
    emit waiting(accountId, error.message);
    retryLater(accountId, delay);
    return true;
}

void OrderSync::retryLater(qint64 accountId, std::chrono::milliseconds delay)
{
    QTimer::singleShot(delay, this, [this, accountId, generation = m_runs.value(accountId).generation] {
        if (isCurrent(accountId, generation))
            requestPage(accountId);
    });
}

void OrderSync::end(qint64 accountId, const Error& error)
{
    const Run run = m_runs.take(accountId);
    // The checkpoint stays where the last stored page left it; only the error streak moves.
    SyncCursorRepository cursors(m_database);
    auto cursor = cursors.find(accountId, QString::fromLatin1(kResource));
    SyncCursor c = cursor && cursor->has_value()
        ? **cursor
        : SyncCursor {accountId, QString::fromLatin1(kResource), {}, {}, 0, {}, {}};
    if (error.code != "sync.cancelled"_L1) {
        c.errorStreak += 1;
        c.lastError = error.message;
        if (Status saved = cursors.save(c); !saved)
            qCWarning(lcSync).noquote() << saved.error().toLogString();
    }
    qCWarning(lcSync).noquote() << "syncing the orders of" << run.account.houseName
                                << "stopped:" << error.toLogString();
    emit finished(accountId, error.code, error.message);
}

Status OrderSync::rewind(const Database& database, qint64 accountId, const QDateTime& sinceUtc)
{
    SyncCursorRepository cursors(database);
    auto cursor = cursors.find(accountId, QString::fromLatin1(kResource));
    if (!cursor)
        return cursor.error();
    SyncCursor c = cursor->value_or(SyncCursor {accountId, QString::fromLatin1(kResource), {}, {}, 0, {}, {}});
    // Every source reads "since" (a page position within a pass is dropped: the pass starts over from there).
    c.checkpoint =
        QString::fromUtf8(QJsonDocument(QJsonObject {{u"since"_s, sinceUtc.toUTC().toString(Qt::ISODateWithMs)}})
                              .toJson(QJsonDocument::Compact));
    return cursors.save(c);
}

Result<PageOutcome> OrderSync::applyPage(const Account& account, const OrderSource& source, const OrderPage& page)
{
    Transaction transaction(m_database);
    if (!transaction.isActive())
        return transaction.error();
    OrderRepository orders(m_database);
    orders.deferSearchTerms();
    PageOutcome outcome;
    for (const QJsonObject& raw : page.orders) {
        auto order = source.normalize(raw);
        if (!order) {
            const QString id = source.externalId(raw);
            if (Status kept = orders.quarantine(account.id, id.isEmpty() ? u"(no id)"_s : id,
                                                QString::fromUtf8(QJsonDocument(raw).toJson(QJsonDocument::Compact)),
                                                order.error().message);
                !kept)
                return kept.error();
            qCWarning(lcSync).noquote() << "quarantined:" << order.error().message;
            ++outcome.quarantined;
            continue;
        }
        order->accountId = account.id;
        order->houseName = account.houseName;
        QStringList freed;
        auto stored = orders.upsert(*order, &freed);
        if (!stored)
            return stored.error();
        // Stock follows the order in the same transaction: reserved on import, released on cancel (or when a
        // line is dropped), consumed when shipped.
        if (auto allocated = StockAllocator(m_database).apply(*stored, order->status, account.defaultLocationId, freed);
            !allocated)
            return allocated.error();
        if (Status released = orders.release(account.id, order->externalId); !released)
            return released.error();
        ++outcome.imported;
    }
    if (Status indexed = orders.writeDeferredSearchTerms(); !indexed)
        return indexed.error();
    // The cursor moves in the same transaction as the page it points past.
    SyncCursorRepository cursors(m_database);
    auto previous = cursors.find(account.id, QString::fromLatin1(kResource));
    if (!previous)
        return previous.error();
    SyncCursor cursor = previous->value_or(SyncCursor {account.id, QString::fromLatin1(kResource), {}, {}, 0, {}, {}});
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
