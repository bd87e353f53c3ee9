#pragma once

#include "core/Result.h"
#include "domain/HealthEvent.h"

#include <QCoreApplication>
#include <QObject>
#include <QSet>

#include <chrono>

namespace md {

class Database;
class DatabaseWorker;
class TokenManager;

/// Runs an account's health call (eBay GetUser, Shopify shop, Amazon marketplaceParticipations, Facebook /me)
/// with a fresh token, and records one health event with the outcome and the response time.
class HealthMonitor : public QObject {
    Q_OBJECT
public:
    static constexpr std::chrono::days kRetention {30};

    HealthMonitor(const Database& database, TokenManager& tokens, QObject* parent = nullptr);

    /// Records health events on `worker`'s connection instead of this thread's: a window's GUI thread then never
    /// waits for the write lock a sync holds while it stores a page. Without one, events are recorded here.
    void setWriter(DatabaseWorker* worker) { m_writer = worker; }
    /// Checks the account now; a check already under way for it is not doubled. Ends in checked().
    void check(qint64 accountId);
    bool isChecking(qint64 accountId) const { return m_checking.contains(accountId); }
    /// Deletes health events older than the retention; returns how many.
    Result<int> prune(const QDateTime& now);

signals:
    void checked(qint64 accountId, const md::HealthEvent& event);

private:
    void record(HealthEvent event, const QString& houseName);
    void recorded(HealthEvent event, const QString& houseName, const Result<qint64>& id);

    const Database& m_database;
    TokenManager& m_tokens;
    DatabaseWorker* m_writer = nullptr;
    QSet<qint64> m_checking;
};

} // namespace md
