#pragma once

#include "auth/LoopbackReceiver.h"
#include "auth/StateRegistry.h"
#include "core/Result.h"
#include "domain/Account.h"
#include "domain/PerMarketplace.h"
#include "domain/Provider.h"
#include "providers/ClientRegistry.h"
#include "providers/TokenSet.h"

#include <QCoreApplication>
#include <QHash>
#include <QObject>
#include <QTimer>
#include <QUrlQuery>

namespace md {

class AuthClient;
class Database;
class SecretStore;

/// What a person asks for in Connect account….
struct ConnectRequest {
    Provider provider = Provider::Ebay;
    Environment environment = Environment::Production;
    QString houseName;
    Purpose purpose = Purpose::Seller;
    QString shopDomain; ///< Shopify only: the store, e.g. "maple-and-co.myshopify.com".
    qint64 reconnectAccountId = 0; ///< Reconnect: the account being renewed (its house name is its own).
};

/// Connects one marketplace account through the system browser, with the marketplace's AuthClient:
/// check the house name → listen on 127.0.0.1 → authorizeUrlReady (the UI opens it, or offers Copy link) →
/// the redirect arrives on the loopback receiver, or the person pastes the address they landed on →
/// state, error and code are checked → code exchanged → identity fetched → tokens written to the keychain →
/// account, token metadata and scopes written to the database in one transaction → connected.
/// Any refusal ends in failed() with a specific message, and nothing is stored.
class ConnectFlow : public QObject {
    Q_OBJECT
public:
    ConnectFlow(const Database& database, SecretStore& secrets, QObject* parent = nullptr);
    /// Makes a marketplace connectable in one environment, or in both (the client stays owned by the caller).
    void addClient(AuthClient* client, std::optional<Environment> environment = std::nullopt)
    {
        m_clients.add(client, environment);
    }

    /// The port the loopback receiver listens on (0: an ephemeral one). eBay needs a fixed one: its RuName's
    /// accept URL names it.
    void setLoopbackPort(quint16 port) { m_loopbackPort = port; }
    /// The port for one marketplace and environment (its redirect address names it), instead of the default.
    void setLoopbackPort(Provider provider, Environment environment, quint16 port)
    {
        m_ports.set(provider, environment, port);
    }
    /// The house-name rules (trimmed, 1 to 64 characters, not taken by an active account); the Connect dialog
    /// checks them while the person types, start() again before anything happens.
    Status checkHouseName(const QString& houseName, qint64 excludingAccountId = 0) const;
    /// Adds an account of a marketplace without a public seller API (OfferUp): house name and username, no
    /// tokens. Returns its id.
    Result<qint64> addManualAccount(const ConnectRequest& request, const QString& username);
    /// Checks the request (a specific message, before any browser round trip) and starts listening.
    Status start(const ConnectRequest& request);
    /// For set-ups whose redirect cannot reach 127.0.0.1: the address the browser landed on, checked exactly like
    /// a loopback callback.
    void submitLandedAddress(const QUrl& address);
    void cancel();
    /// Answers confirmationNeeded(): replace the house's marketplace user with the one who signed in, or keep it
    /// (and store nothing).
    void confirmReplacement(bool replace);
    /// Answers houseNameChoiceNeeded(): rename the existing house to the name typed, or keep its own name (the
    /// account's tokens are renewed either way; it is never a second account).
    void chooseHouseName(bool renameToRequested);
    QUrl loopbackUri() const { return m_receiver.redirectUri(); }
    bool isRunning() const { return m_running; }

signals:
    void authorizeUrlReady(const QUrl& url);
    void connected(qint64 accountId);
    void failed(const QString& code, const QString& message);
    /// Reconnecting a house, the person signed in as another marketplace user than the house had: ask before
    /// replacing it ("you signed in as X; this house was Y"), then call confirmReplacement().
    void confirmationNeeded(const QString& houseName, const QString& signedInAs, const QString& previousUser);
    /// Connecting a new house, the person signed in as a marketplace user already connected under another house:
    /// ask whether that house keeps its name (the default) or takes the new one, then call chooseHouseName().
    void houseNameChoiceNeeded(const QString& existingHouse, const QString& requestedHouse, const QString& signedInAs);

private:
    void handleCallback(const QUrl& url);
    void exchange();
    void identified(const TokenSet& tokens, const MarketplaceIdentity& identity);
    void store(const TokenSet& tokens, const MarketplaceIdentity& identity);
    void fail(const Error& error);

    const Database& m_database;
    SecretStore& m_secrets;
    ClientRegistry m_clients;
    AuthClient* m_client = nullptr; ///< the marketplace of the connection under way
    QUrl m_redirectUri;
    QUrlQuery m_callback;
    LoopbackReceiver m_receiver;
    StateRegistry m_states;
    QTimer m_timeout;
    ConnectRequest m_request;
    Account m_reconnecting; ///< the account a reconnect renews (id 0 otherwise)
    std::optional<std::pair<TokenSet, MarketplaceIdentity>> m_awaitingConfirmation;
    std::optional<std::pair<TokenSet, MarketplaceIdentity>> m_awaitingHouseChoice;
    QString m_existingHouse; ///< the house the signed-in user already has, while its name is being chosen
    bool m_running = false;
    bool m_exchanging = false;
    qint64 m_attempt = 0;
    quint16 m_loopbackPort = 0;
    PerMarketplace<quint16> m_ports;
};

} // namespace md
