#include "auth/HealthMonitor.h"

#include "auth/TokenManager.h"
#include "logging/LogCategories.h"
#include "providers/AuthClient.h"
#include "storage/Database.h"
#include "storage/DatabaseWorker.h"
#include "storage/repositories/AccountRepository.h"
#include "storage/repositories/HealthEventRepository.h"

#include <QElapsedTimer>

using namespace Qt::StringLiterals;

namespace md {

HealthMonitor::HealthMonitor(const Database& database, TokenManager& tokens, QObject* parent)
    : QObject(parent)
    , m_database(database)
    , m_tokens(tokens)
{
}

void HealthMonitor::check(qint64 accountId)
{
    if (m_checking.contains(accountId))
        return;
    auto account = AccountRepository(m_database).findById(accountId);
    if (!account || !account->has_value())
        return;
    m_checking.insert(accountId);
    m_tokens.accessToken(accountId, [this, account = **account](Result<QString> token) {
        HealthEvent event;
        event.accountId = account.id;
        if (!token) {
            // No usable token is itself an unhealthy account (revoked, keychain locked, refresh failing).
            event.occurredAt = QDateTime::currentDateTimeUtc();
            event.errorCode = token.error().code;
            event.errorMessage = token.error().message;
            record(event, account.houseName);
            return;
        }
        AuthClient* client = m_tokens.client(account);
        if (!client) {
            m_checking.remove(account.id);
            return;
        }
        auto timer = std::make_shared<QElapsedTimer>();
        timer->start();
        client->checkHealth(account, *token,
                            [this, event, timer, house = account.houseName](const HealthAnswer& answer) mutable {
                                event.responseMs = int(timer->elapsed());
                                event.occurredAt = QDateTime::currentDateTimeUtc();
                                event.healthy = answer.healthy;
                                event.httpStatus = answer.httpStatus;
                                event.ack = answer.ack;
                                event.errorCode = answer.errorCode;
                                event.errorMessage = answer.errorMessage;
                                record(event, house);
                            });
    });
}

void HealthMonitor::record(HealthEvent event, const QString& houseName)
{
    if (!m_writer) {
        recorded(event, houseName, HealthEventRepository(m_database).record(event));
        return;
    }
    m_writer->run<qint64>(
        this, [event](const Database& database) { return HealthEventRepository(database).record(event); },
        [this, event, houseName](Result<qint64> id) { recorded(event, houseName, id); });
}

void HealthMonitor::recorded(HealthEvent event, const QString& houseName, const Result<qint64>& id)
{
    m_checking.remove(event.accountId);
    if (!id) {
        qCWarning(lcAuth).noquote() << "health event not recorded:" << id.error().toLogString();
    } else {
        event.id = *id;
    }
    if (event.healthy) {
        qCInfo(lcAuth).noquote() << "health check of" << houseName + u':' << "healthy in" << event.responseMs << "ms";
    } else {
        qCInfo(lcAuth).noquote() << "health check of" << houseName + u':' << "failed:" << event.httpStatus
                                 << event.errorCode << event.errorMessage;
    }
    emit checked(event.accountId, event);
}

Result<int> HealthMonitor::prune(const QDateTime& now)
{
    auto pruned = HealthEventRepository(m_database).pruneBefore(now.addDays(-kRetention.count()));
    if (pruned && *pruned > 0)
        qCInfo(lcAuth) << "pruned" << *pruned << "health events older than" << kRetention.count() << "days";
    return pruned;
}

} // namespace md
