#include "auth/ConnectFlow.h"

#include "accounts/AccountService.h"
#include "logging/LogCategories.h"
#include "providers/AuthClient.h"
#include "secrets/SecretKeys.h"
#include "secrets/SecretStore.h"
#include "storage/Database.h"
#include "storage/repositories/AccountRepository.h"

#include <QRegularExpression>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace md {

ConnectFlow::ConnectFlow(const Database& database, SecretStore& secrets, QObject* parent)
    : QObject(parent)
    , m_database(database)
    , m_secrets(secrets)
{
    m_timeout.setSingleShot(true);
    m_timeout.setInterval(std::chrono::milliseconds(StateRegistry::kLifetime));
    connect(&m_timeout, &QTimer::timeout, this, [this] {
        fail({u"auth.timeout"_s,
              tr("No answer came from the marketplace within %1 minutes. Start connecting the account again.")
                  .arg(StateRegistry::kLifetime.count()),
              {}});
    });
    // Only the answer to the attempt under way reaches it: any other request on the loopback port (another
    // page, a local program, the tab of a cancelled attempt) is answered 400 and changes nothing.
    m_receiver.setCallbackCheck([this](const QUrl& url) -> Status {
        if (!m_running || m_exchanging)
            return Error {u"auth.not-running"_s,
                          tr("Marketdesk is not waiting for this sign-in any more; nothing was stored."),
                          {}};
        return m_states.check(QUrlQuery(url).queryItemValue(u"state"_s, QUrl::FullyDecoded), m_attempt);
    });
    connect(&m_receiver, &LoopbackReceiver::callbackReceived, this, &ConnectFlow::handleCallback);
    connect(&m_receiver, &LoopbackReceiver::requestRejected, this,
            [](const QString& reason) { qCInfo(lcAuth) << "loopback receiver ignored a request:" << reason; });
}

Status ConnectFlow::checkHouseName(const QString& houseName, qint64 excludingAccountId) const
{
    return AccountService::checkHouseName(m_database, houseName, excludingAccountId); // the accounts' own rule
}

Result<qint64> ConnectFlow::addManualAccount(const ConnectRequest& request, const QString& username)
{
    const QString house = request.houseName.trimmed();
    if (Status check = checkHouseName(house); !check)
        return check.error();
    const QString user = username.trimmed();
    if (user.isEmpty()) {
        return Error {u"account.username-empty"_s,
                      tr("Give the %1 username of this account.").arg(providerDisplayName(request.provider)),
                      {}};
    }
    AccountRepository accounts(m_database);
    auto existing = accounts.findByExternalUser(request.provider, request.environment, user.toLower());
    if (!existing)
        return existing.error();
    if (existing->has_value()) {
        return Error {u"account.user-taken"_s,
                      tr("%1 is already added as the house \"%2\".").arg(user, (*existing)->houseName),
                      {}};
    }
    Account account;
    account.provider = request.provider;
    account.environment = request.environment;
    account.houseName = house;
    account.purpose = request.purpose;
    account.externalUserId = user.toLower();
    account.username = user;
    auto id = accounts.insert(account);
    if (id)
        qCInfo(lcAuth).noquote() << "added the manual" << providerDisplayName(request.provider) << "account" << house;
    return id;
}

Status ConnectFlow::start(const ConnectRequest& request)
{
    if (m_running)
        return Error {u"auth.busy"_s, tr("A connection is already under way."), {}};
    ConnectRequest r = request;
    r.houseName = r.houseName.trimmed();
    if (Status house = checkHouseName(r.houseName, r.reconnectAccountId); !house)
        return house;
    m_reconnecting = {};
    if (r.reconnectAccountId != 0) {
        auto account = AccountRepository(m_database).findById(r.reconnectAccountId);
        if (!account)
            return account.error();
        if (!account->has_value())
            return Error {u"account.not-found"_s, tr("The account to reconnect no longer exists."), {}};
        m_reconnecting = **account;
        r.provider = m_reconnecting.provider; // a house is renewed on its own marketplace
        r.environment = m_reconnecting.environment;
        if (r.provider == Provider::Shopify && r.shopDomain.isEmpty())
            r.shopDomain = m_reconnecting.shopDomain;
    }
    if (r.provider == Provider::Shopify) {
        r.shopDomain = r.shopDomain.trimmed().toLower();
        static const QRegularExpression shop(u"^[a-z0-9][a-z0-9-]*\\.myshopify\\.com$"_s);
        if (!shop.match(r.shopDomain).hasMatch()) {
            return Error {
                u"account.shop-invalid"_s,
                tr("A Shopify store is named like \"your-store.myshopify.com\"; \"%1\" is not.").arg(r.shopDomain),
                {}};
        }
    }
    AuthClient* client = m_clients.find(r.provider, r.environment);
    if (!client) {
        return Error {u"auth.provider-unsupported"_s,
                      tr("Connecting %1 accounts is not available yet.").arg(providerDisplayName(r.provider)),
                      {}};
    }
    if (!client->hasAppKeys()) {
        return Error {u"auth.no-app-keys"_s,
                      tr("Marketdesk has no %1 app keys yet. Enter them in the Providers settings.")
                          .arg(providerDisplayName(r.provider)),
                      {}};
    }
    const quint16 port = m_ports.value(r.provider, r.environment, m_loopbackPort);
    if (!m_receiver.listen(port)) {
        return Error {
            u"auth.port-unavailable"_s,
            tr("Marketdesk cannot receive the sign-in on port %1: %2").arg(port).arg(m_receiver.errorString()),
            {}};
    }
    m_request = r;
    m_client = client;
    m_redirectUri = m_receiver.redirectUri();
    m_running = true;
    m_exchanging = false;
    m_timeout.start();
    const QString state = m_states.issue(++m_attempt);
    qCInfo(lcAuth).noquote() << "connecting the house" << r.houseName << "on" << providerDisplayName(r.provider)
                             << "; receiving on" << m_redirectUri.toString();
    emit authorizeUrlReady(client->authorizeUrl(state, m_redirectUri, r.shopDomain));
    return {};
}

void ConnectFlow::submitLandedAddress(const QUrl& address)
{
    if (!m_running) {
        fail({u"auth.not-running"_s, tr("No account connection is waiting for an answer."), {}});
        return;
    }
    handleCallback(address);
}

void ConnectFlow::cancel()
{
    if (!m_running)
        return;
    fail({u"auth.cancelled"_s, tr("Connecting the account was cancelled; nothing was stored."), {}});
}

void ConnectFlow::handleCallback(const QUrl& url)
{
    if (!m_running || m_exchanging)
        return; // a late or repeated redirect: the flow already has its answer
    const QUrlQuery query(url);
    const auto state = m_states.consume(query.queryItemValue(u"state"_s, QUrl::FullyDecoded));
    if (!state) {
        fail(state.error());
        return;
    }
    if (*state != m_attempt) {
        // A state of an earlier attempt (they are discarded when one ends; this is the second lock).
        fail({u"auth.state-other-attempt"_s,
              tr("This sign-in answer belongs to an earlier connection; nothing was stored. Start connecting the "
                 "account again."),
              {}});
        return;
    }
    const QString error = query.queryItemValue(u"error"_s, QUrl::FullyDecoded);
    if (error == "access_denied"_L1) {
        fail({u"auth.denied"_s, tr("Access was declined on the marketplace's page; nothing was stored."), {}});
        return;
    }
    if (!error.isEmpty()) {
        fail({u"auth.error"_s, tr("The marketplace refused the sign-in: %1").arg(error),
              query.queryItemValue(u"error_description"_s, QUrl::FullyDecoded)});
        return;
    }
    if (query.queryItemValue(m_client->codeParameter(), QUrl::FullyDecoded).isEmpty()) {
        fail({u"auth.code-missing"_s,
              tr("The marketplace's answer held no authorization code; nothing was stored."),
              {}});
        return;
    }
    m_exchanging = true;
    m_callback = query;
    m_receiver.close();
    exchange();
}

void ConnectFlow::exchange()
{
    m_secrets.read(
        secretkeys::clientSecretKey(m_request.provider, m_request.environment),
        [this](Result<std::optional<QString>> secret) {
            if (!secret) {
                fail(secret.error());
                return;
            }
            if (!secret->has_value()) {
                fail({u"auth.no-client-secret"_s,
                      tr("Marketdesk has no client secret for %1 (%2). Enter it in the Providers settings.")
                          .arg(providerDisplayName(m_request.provider), environmentDisplayName(m_request.environment)),
                      {}});
                return;
            }
            m_client->exchangeCode(m_callback, **secret, m_redirectUri, [this](Result<TokenSet> tokens) {
                if (!tokens) {
                    fail(tokens.error());
                    return;
                }
                const TokenSet set = *tokens;
                m_client->fetchIdentity(set, m_callback, [this, set](Result<MarketplaceIdentity> identity) {
                    if (!identity) {
                        fail(identity.error());
                        return;
                    }
                    identified(set, *identity);
                });
            });
        });
}

void ConnectFlow::identified(const TokenSet& tokens, const MarketplaceIdentity& identity)
{
    if (m_reconnecting.id != 0 && m_reconnecting.externalUserId != identity.userId) {
        // Someone else signed in: nothing is stored until the person says so.
        m_awaitingConfirmation.emplace(tokens, identity);
        const QString previous =
            m_reconnecting.username.isEmpty() ? m_reconnecting.externalUserId : m_reconnecting.username;
        qCInfo(lcAuth).noquote() << "reconnecting" << m_reconnecting.houseName << "signed in as another user;"
                                 << "asking before replacing";
        emit confirmationNeeded(m_reconnecting.houseName,
                                identity.username.isEmpty() ? identity.userId : identity.username, previous);
        return;
    }
    if (m_reconnecting.id == 0) {
        auto existing = AccountRepository(m_database)
                            .findByExternalUser(m_request.provider, m_request.environment, identity.userId);
        if (!existing) {
            fail(existing.error());
            return;
        }
        if (existing->has_value() && (*existing)->houseName.compare(m_request.houseName, Qt::CaseInsensitive) != 0) {
            // This marketplace user is a house already: its name changes only if the person says so.
            m_awaitingHouseChoice.emplace(tokens, identity);
            m_existingHouse = (*existing)->houseName;
            qCInfo(lcAuth).noquote() << "the marketplace user who signed in is already the house" << m_existingHouse
                                     << "; asking which name it keeps";
            emit houseNameChoiceNeeded(m_existingHouse, m_request.houseName,
                                       identity.username.isEmpty() ? identity.userId : identity.username);
            return;
        }
    }
    store(tokens, identity);
}

void ConnectFlow::chooseHouseName(bool renameToRequested)
{
    if (!m_awaitingHouseChoice)
        return;
    const auto [tokens, identity] = *m_awaitingHouseChoice;
    m_awaitingHouseChoice.reset();
    if (!renameToRequested)
        m_request.houseName = m_existingHouse; // the default: the house keeps its name
    else if (Status free = checkHouseName(m_request.houseName); !free) {
        fail(free.error());
        return;
    }
    store(tokens, identity);
}

void ConnectFlow::confirmReplacement(bool replace)
{
    if (!m_awaitingConfirmation)
        return;
    const auto [tokens, identity] = *m_awaitingConfirmation;
    m_awaitingConfirmation.reset();
    if (!replace) {
        fail({u"auth.replacement-declined"_s,
              tr("Nothing changed: \"%1\" stays connected as %2.")
                  .arg(m_reconnecting.houseName,
                       m_reconnecting.username.isEmpty() ? m_reconnecting.externalUserId : m_reconnecting.username),
              {}});
        return;
    }
    auto owner = AccountRepository(m_database)
                     .findByExternalUser(m_reconnecting.provider, m_reconnecting.environment, identity.userId);
    if (!owner) {
        fail(owner.error());
        return;
    }
    if (owner->has_value() && (*owner)->id != m_reconnecting.id) {
        fail({u"account.user-taken"_s,
              tr("%1 is already connected as the house \"%2\"; nothing changed.")
                  .arg(identity.username.isEmpty() ? identity.userId : identity.username, (*owner)->houseName),
              {}});
        return;
    }
    store(tokens, identity);
}

void ConnectFlow::store(const TokenSet& tokens, const MarketplaceIdentity& identity)
{
    const ConnectRequest r = m_request;
    const QString accessKey = secretkeys::tokenKey(r.provider, r.environment, identity.userId, u"access"_s);
    const QString refreshKey = secretkeys::tokenKey(r.provider, r.environment, identity.userId, u"refresh"_s);
    // Keychain first: if it refuses, the database never learns of the account.
    m_secrets.write(accessKey, tokens.accessToken, [=, this](const Status& accessWritten) {
        if (!accessWritten) {
            fail(accessWritten.error());
            return;
        }
        const auto afterRefresh = [=, this](const Status& refreshWritten) {
            if (!refreshWritten) {
                m_secrets.remove(accessKey, [](const Status&) {});
                fail(refreshWritten.error());
                return;
            }
            AccountRepository accounts(m_database);
            Transaction transaction(m_database);
            if (!transaction.isActive()) {
                fail(transaction.error());
                return;
            }
            // A reconnect renews its own account (even when another marketplace user now signs in for the house).
            auto existing = m_reconnecting.id != 0
                ? accounts.findById(m_reconnecting.id)
                : accounts.findByExternalUser(r.provider, r.environment, identity.userId);
            if (!existing) {
                fail(existing.error());
                return;
            }
            const QString previousUser = existing->has_value() ? (*existing)->externalUserId : QString();
            Account account = existing->value_or(Account {});
            account.provider = r.provider;
            account.environment = r.environment;
            account.houseName = r.houseName;
            account.purpose = r.purpose;
            account.externalUserId = identity.userId;
            account.username = identity.username;
            account.marketplaceId = identity.marketplaceId;
            account.shopDomain = r.shopDomain;
            account.active = true;
            account.connectedAt = QDateTime::currentDateTimeUtc();
            Result<qint64> id = account.id;
            if (existing->has_value()) {
                // Reconnecting the same marketplace user never makes a duplicate.
                if (Status updated = accounts.update(account); !updated)
                    id = updated.error();
            } else {
                id = accounts.insert(account);
            }
            if (!id) {
                fail(id.error());
                return;
            }
            TokenMetadata metadata;
            metadata.accountId = *id;
            metadata.accessExpiresAt = tokens.accessExpiresAt;
            metadata.refreshExpiresAt = tokens.refreshExpiresAt;
            metadata.reauthDueAt = tokens.reauthDueAt;
            metadata.lastRefreshedAt = QDateTime::currentDateTimeUtc();
            if (Status saved = accounts.saveTokenMetadata(metadata); !saved) {
                fail(saved.error());
                return;
            }
            if (Status scopes = accounts.setScopes(*id, tokens.scopes); !scopes) {
                fail(scopes.error());
                return;
            }
            if (Status committed = transaction.commit(); !committed) {
                fail(committed.error());
                return;
            }
            m_running = false;
            m_timeout.stop();
            if (!previousUser.isEmpty() && previousUser != identity.userId) {
                // The house now signs in as someone else: the previous user's tokens go.
                for (const QString& kind : {u"access"_s, u"refresh"_s})
                    m_secrets.remove(secretkeys::tokenKey(r.provider, r.environment, previousUser, kind),
                                     [](const Status&) {});
            }
            qCInfo(lcAuth).noquote() << "connected" << r.houseName << "as marketplace user" << identity.username;
            emit connected(*id);
        };
        // Marketplaces without refresh tokens (Facebook, Shopify offline) leave no stale one behind.
        if (tokens.refreshToken.isEmpty())
            m_secrets.remove(refreshKey, afterRefresh);
        else
            m_secrets.write(refreshKey, tokens.refreshToken, afterRefresh);
    });
}

void ConnectFlow::fail(const Error& error)
{
    qCWarning(lcAuth).noquote() << "connecting" << m_request.houseName << "failed:" << error.toLogString();
    m_running = false;
    m_exchanging = false;
    m_awaitingConfirmation.reset();
    m_awaitingHouseChoice.reset();
    m_timeout.stop();
    m_receiver.close();
    m_states.cancel(m_attempt); // a late answer for this attempt is refused, never taken for the next one
    emit failed(error.code, error.message);
}

} // namespace md
