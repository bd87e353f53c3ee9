#include "auth/TokenManager.h"

#include "auth/ConnectFlow.h"
#include "core/Backoff.h"
#include "logging/LogCategories.h"
#include "logging/Redactor.h"
#include "providers/AuthClient.h"
#include "secrets/SecretKeys.h"
#include "secrets/SecretStore.h"
#include "storage/Database.h"
#include "storage/repositories/AccountRepository.h"

using namespace Qt::StringLiterals;

namespace md {

TokenManager::TokenManager(const Database& database, SecretStore& secrets, QObject* parent)
    : QObject(parent)
    , m_database(database)
    , m_secrets(secrets)
{
}

std::chrono::milliseconds TokenManager::backoff(const RefreshPolicy& policy, int failures)
{
    using std::chrono::duration_cast;
    using std::chrono::milliseconds;
    return backoffWithJitter(duration_cast<milliseconds>(policy.backoffBase),
                             duration_cast<milliseconds>(policy.backoffCap), failures);
}

QString TokenManager::keyOf(const Account& account, const QString& kind) const
{
    return secretkeys::tokenKey(account.provider, account.environment, account.externalUserId, kind);
}

Result<TokenManager::Loaded> TokenManager::load(qint64 accountId) const
{
    AccountRepository accounts(m_database);
    auto account = accounts.findById(accountId);
    if (!account)
        return account.error();
    if (!account->has_value())
        return Error {u"account.not-found"_s, tr("The account no longer exists."), {}};
    Loaded loaded;
    loaded.account = **account;
    if (!loaded.account.active) {
        return Error {u"account.inactive"_s,
                      tr("The account \"%1\" is deactivated; reactivate it first.").arg(loaded.account.houseName),
                      {}};
    }
    auto metadata = accounts.tokenMetadata(accountId);
    if (!metadata)
        return metadata.error();
    if (!metadata->has_value()) {
        return Error {u"account.not-connected"_s,
                      tr("The account \"%1\" has no tokens: connect it first.").arg(loaded.account.houseName),
                      {}};
    }
    loaded.tokens = **metadata;
    loaded.client = client(loaded.account);
    if (!loaded.client) {
        return Error {
            u"auth.provider-unsupported"_s,
            tr("Marketdesk cannot talk to %1 (%2) yet.")
                .arg(providerDisplayName(loaded.account.provider), environmentDisplayName(loaded.account.environment)),
            {}};
    }
    return loaded;
}

void TokenManager::accessToken(qint64 accountId, TokenCallback done)
{
    if (m_inFlight.contains(accountId)) {
        m_inFlight[accountId].append(std::move(done));
        return;
    }
    auto loaded = load(accountId);
    if (!loaded) {
        done(loaded.error());
        return;
    }
    const TokenMetadata& tokens = loaded->tokens;
    if (tokens.revokedAt.isValid()) {
        done(Error {QString::fromLatin1(AuthClient::kRevoked),
                    tr("%1 no longer accepts the authorization of \"%2\". Reconnect the account.")
                        .arg(providerDisplayName(loaded->account.provider), loaded->account.houseName),
                    {}});
        return;
    }
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QDateTime& expires = tokens.accessExpiresAt;
    if (loaded->client->refreshes() && expires.isValid()) {
        const bool expired = expires <= now;
        const bool endingSoon = now.secsTo(expires) <= m_policy.refreshAhead.count();
        const bool backingOff = m_retryAt.value(accountId) > now;
        // An expired token is refreshed on demand even while backing off: the call cannot succeed without it.
        if (expired || (endingSoon && !backingOff)) {
            m_inFlight[accountId].append(std::move(done));
            startRefresh(*loaded);
            return;
        }
    }
    if (const auto cached = m_accessTokens.constFind(accountId); cached != m_accessTokens.cend()) {
        done(*cached);
        return;
    }
    m_secrets.read(keyOf(loaded->account, u"access"_s),
                   [this, accountId, house = loaded->account.houseName,
                    done = std::move(done)](Result<std::optional<QString>> secret) {
                       if (!secret)
                           return done(secret.error());
                       if (!secret->has_value()) {
                           return done(
                               Error {u"auth.no-token"_s,
                                      tr("The keychain holds no token for \"%1\". Reconnect the account.").arg(house),
                                      {}});
                       }
                       m_accessTokens.insert(accountId, **secret);
                       done(**secret);
                   });
}

void TokenManager::refresh(qint64 accountId, TokenCallback done)
{
    const bool running = m_inFlight.contains(accountId);
    m_inFlight[accountId].append(done ? std::move(done) : TokenCallback([](Result<QString>) {}));
    if (running)
        return;
    auto loaded = load(accountId);
    if (!loaded) {
        finish(accountId, loaded.error());
        return;
    }
    if (!loaded->client->refreshes()) {
        loaded->client->refreshTokens({}, {}, [this, accountId](Result<TokenSet> r) { finish(accountId, r.error()); });
        return;
    }
    startRefresh(*loaded);
}

void TokenManager::startRefresh(const Loaded& loaded)
{
    const qint64 id = loaded.account.id;
    m_inFlight[id]; // mark as under way for callers arriving meanwhile
    emit refreshStarted(id);
    qCInfo(lcAuth).noquote() << "refreshing the token of" << loaded.account.houseName;
    m_secrets.read(keyOf(loaded.account, u"refresh"_s), [this, loaded](Result<std::optional<QString>> refresh) {
        if (!refresh) {
            finish(loaded.account.id, refresh.error()); // the keychain, not the marketplace: nothing to record
            return;
        }
        if (!refresh->has_value()) {
            refreshed(loaded,
                      Error {QString::fromLatin1(AuthClient::kRevoked),
                             tr("The keychain holds no refresh token for \"%1\". Reconnect the account.")
                                 .arg(loaded.account.houseName),
                             {}});
            return;
        }
        const QString refreshToken = **refresh;
        m_secrets.read(secretkeys::clientSecretKey(loaded.account.provider, loaded.account.environment),
                       [this, loaded, refreshToken](Result<std::optional<QString>> secret) {
                           if (!secret) {
                               finish(loaded.account.id, secret.error());
                               return;
                           }
                           if (!secret->has_value()) {
                               refreshed(loaded,
                                         Error {u"auth.no-client-secret"_s,
                                                tr("Marketdesk has no client secret for %1 (%2). Enter it "
                                                   "in the Providers settings.")
                                                    .arg(providerDisplayName(loaded.account.provider),
                                                         environmentDisplayName(loaded.account.environment)),
                                                {}});
                               return;
                           }
                           loaded.client->refreshTokens(refreshToken, **secret,
                                                        [this, loaded](Result<TokenSet> r) { refreshed(loaded, r); });
                       });
    });
}

void TokenManager::refreshed(const Loaded& loaded, const Result<TokenSet>& tokens)
{
    const qint64 id = loaded.account.id;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    AccountRepository accounts(m_database);
    TokenMetadata metadata = loaded.tokens;
    if (!tokens) {
        const bool revoked = tokens.error().code == QLatin1StringView(AuthClient::kRevoked);
        metadata.consecutiveFailures += 1;
        metadata.lastRefreshError = tokens.error().message;
        if (revoked) {
            metadata.revokedAt = now;
            m_retryAt.remove(id);
        } else {
            m_retryAt.insert(id, now.addMSecs(backoff(m_policy, metadata.consecutiveFailures).count()));
        }
        if (Status saved = accounts.saveTokenMetadata(metadata); !saved)
            qCWarning(lcAuth).noquote() << "refresh outcome not recorded:" << saved.error().toLogString();
        qCWarning(lcAuth).noquote() << "refreshing" << loaded.account.houseName << "failed ("
                                    << metadata.consecutiveFailures << "in a row):" << tokens.error().toLogString()
                                    << (revoked ? "— revoked, not retried" : "— will retry");
        finish(id, tokens.error());
        return;
    }
    const TokenSet set = *tokens;
    m_secrets.write(keyOf(loaded.account, u"access"_s), set.accessToken, [=, this](const Status& written) {
        if (!written) {
            finish(id, written.error());
            return;
        }
        const auto recorded = [=, this](const Status& refreshWritten) {
            if (!refreshWritten) {
                finish(id, refreshWritten.error());
                return;
            }
            TokenMetadata updated = metadata;
            updated.accessExpiresAt = set.accessExpiresAt;
            if (set.refreshExpiresAt.isValid())
                updated.refreshExpiresAt = set.refreshExpiresAt;
            updated.lastRefreshedAt = QDateTime::currentDateTimeUtc();
            updated.lastRefreshError.clear();
            updated.consecutiveFailures = 0;
            updated.revokedAt = {};
            if (Status saved = AccountRepository(m_database).saveTokenMetadata(updated); !saved)
                qCWarning(lcAuth).noquote() << "refresh not recorded:" << saved.error().toLogString();
            m_retryAt.remove(id);
            m_accessTokens.insert(id, set.accessToken);
            qCInfo(lcAuth).noquote() << "refreshed the token of" << loaded.account.houseName << "; it ends at"
                                     << set.accessExpiresAt.toString(Qt::ISODate);
            finish(id, set.accessToken);
        };
        // Only a marketplace that rotates refresh tokens sends a new one.
        m_secrets.read(keyOf(loaded.account, u"refresh"_s), [=, this](Result<std::optional<QString>> current) {
            if (current && current->has_value() && **current == set.refreshToken)
                recorded({});
            else
                m_secrets.write(keyOf(loaded.account, u"refresh"_s), set.refreshToken, recorded);
        });
    });
}

void TokenManager::finish(qint64 accountId, const Result<QString>& outcome)
{
    const QList<TokenCallback> waiting = m_inFlight.take(accountId);
    for (const TokenCallback& callback : waiting)
        callback(outcome);
    emit refreshFinished(accountId, outcome ? QString() : outcome.error().code);
}

Result<QList<qint64>> TokenManager::dueForRefresh(const QDateTime& now, QDateTime* next) const
{
    AccountRepository repository(m_database);
    auto accounts = repository.list();
    if (!accounts)
        return accounts.error();
    QList<qint64> due;
    if (next)
        *next = {};
    for (const Account& account : std::as_const(*accounts)) {
        AuthClient* c = client(account);
        if (!account.active || !c || !c->refreshes() || m_inFlight.contains(account.id))
            continue;
        auto metadata = repository.tokenMetadata(account.id);
        if (!metadata || !metadata->has_value())
            continue;
        const TokenMetadata& tokens = **metadata;
        if (tokens.revokedAt.isValid() || !tokens.accessExpiresAt.isValid())
            continue;
        QDateTime at = tokens.accessExpiresAt.addSecs(-m_policy.refreshAhead.count());
        // A token issued already inside the window (a marketplace issuing tokens shorter than it) would be
        // refreshed again at once, forever: such tokens are refreshed at most once a minute, until they expire.
        if (tokens.lastRefreshedAt.isValid() && tokens.accessExpiresAt > now &&
            tokens.lastRefreshedAt.secsTo(tokens.accessExpiresAt) <= m_policy.refreshAhead.count())
            at = std::max(at, std::min(tokens.lastRefreshedAt.addSecs(60), tokens.accessExpiresAt));
        if (const QDateTime retry = m_retryAt.value(account.id); retry.isValid() && retry > at)
            at = retry;
        if (at <= now)
            due << account.id;
        else if (next && (!next->isValid() || at < *next))
            *next = at;
    }
    return due;
}

void TokenManager::forget(qint64 accountId)
{
    m_accessTokens.remove(accountId);
    m_retryAt.remove(accountId);
}

} // namespace md
