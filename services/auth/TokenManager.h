#pragma once

#include "core/Result.h"
#include "domain/Account.h"
#include "domain/Provider.h"
#include "domain/TokenMetadata.h"
#include "providers/ClientRegistry.h"
#include "providers/TokenSet.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QObject>

#include <chrono>
#include <functional>

namespace md {

class AuthClient;
class Database;
class SecretStore;

/// When tokens are refreshed and how failures back off.
struct RefreshPolicy {
    std::chrono::seconds refreshAhead {std::chrono::minutes(5)}; ///< refresh tokens that end within this
    std::chrono::seconds backoffBase {30}; ///< first retry after a transient failure (before jitter)
    std::chrono::seconds backoffCap {std::chrono::minutes(30)}; ///< longest wait between retries
};

/// Hands out access tokens and keeps them fresh. Tokens live in the keychain (and, while the app runs, in this
/// object's memory); the database holds only their metadata.
///
/// Refresh is single-flight per account: callers that ask while a refresh is under way wait for it and get the
/// new token. A refused refresh (invalid_grant, 401) marks the account revoked and is never retried; other
/// failures are counted and retried with exponential backoff and jitter.
class TokenManager : public QObject {
    Q_OBJECT
public:
    using TokenCallback = std::function<void(Result<QString>)>;

    TokenManager(const Database& database, SecretStore& secrets, QObject* parent = nullptr);

    void addClient(AuthClient* client, std::optional<Environment> environment = std::nullopt)
    {
        m_clients.add(client, environment);
    }
    AuthClient* client(const Account& account) const { return m_clients.find(account.provider, account.environment); }
    void setPolicy(const RefreshPolicy& policy) { m_policy = policy; }
    const RefreshPolicy& policy() const { return m_policy; }

    /// A usable access token for the account, for an API call: refreshed first when it has expired or ends within
    /// refreshAhead (waiting for a refresh already under way).
    void accessToken(qint64 accountId, TokenCallback done);
    /// Refreshes now (Refresh token now, and the scheduler); joins a refresh already under way.
    void refresh(qint64 accountId, TokenCallback done = {});
    bool isRefreshing(qint64 accountId) const { return m_inFlight.contains(accountId); }
    /// When a failed refresh may be tried again (invalid when nothing is waiting).
    QDateTime retryAt(qint64 accountId) const { return m_retryAt.value(accountId); }
    /// Accounts whose tokens should be refreshed now; `next` gets the moment the next one falls due (invalid when
    /// none will).
    Result<QList<qint64>> dueForRefresh(const QDateTime& now, QDateTime* next) const;
    /// Drops what is remembered of the account (after reconnecting, deactivating or forgetting it).
    void forget(qint64 accountId);

    /// The backoff before retry number `failures` (1 for the first retry): backoffWithJitter() with this policy.
    static std::chrono::milliseconds backoff(const RefreshPolicy& policy, int failures);

signals:
    void refreshStarted(qint64 accountId);
    /// A refresh ended; `errorCode` is empty on success, AuthClient::kRevoked when the account was revoked.
    void refreshFinished(qint64 accountId, const QString& errorCode);

private:
    struct Loaded {
        Account account;
        TokenMetadata tokens;
        AuthClient* client = nullptr;
    };
    Result<Loaded> load(qint64 accountId) const;
    void startRefresh(const Loaded& loaded);
    void refreshed(const Loaded& loaded, const Result<TokenSet>& tokens);
    void finish(qint64 accountId, const Result<QString>& outcome);
    QString keyOf(const Account& account, const QString& kind) const;

    const Database& m_database;
    SecretStore& m_secrets;
    ClientRegistry m_clients;
    RefreshPolicy m_policy;
    QHash<qint64, QList<TokenCallback>> m_inFlight;
    QHash<qint64, QDateTime> m_retryAt;
    QHash<qint64, QString> m_accessTokens; ///< memory only, registered with the log redactor
};

} // namespace md
