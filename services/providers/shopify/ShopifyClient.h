#pragma once

#include "providers/AuthClient.h"

#include <QCoreApplication>

class QNetworkAccessManager;
class QNetworkReply;

namespace md {

/// Where Shopify is, and this app's keys there (the client secret comes from the keychain).
struct ShopifyEndpoints {
    /// A store's base URL with {shop} standing for its domain: "https://{shop}" for the real Shopify; the local
    /// sandbox serves stores under "http://127.0.0.1:PORT/shops/{shop}".
    QString shopUrlTemplate = QStringLiteral("https://{shop}");
    QString clientId;
    QStringList scopes;
    QString apiVersion = QStringLiteral("2025-01");
};

/// Shopify authorization, one account per store: the store's authorize page, the callback's HMAC check,
/// the offline-token exchange (no expiry), and the store's identity through the Admin GraphQL API.
class ShopifyClient : public AuthClient {
    Q_OBJECT
public:
    ShopifyClient(ShopifyEndpoints endpoints, QNetworkAccessManager* network, QObject* parent = nullptr);

    /// hex(HMAC-SHA256(secret, the query without hmac/signature, sorted by key, k=v joined by '&')).
    static QByteArray callbackHmac(const QUrlQuery& callback, const QString& clientSecret);

    Provider provider() const override { return Provider::Shopify; }
    bool hasAppKeys() const override { return !m_endpoints.clientId.isEmpty(); }
    QUrl authorizeUrl(const QString& state, const QUrl& redirectUri, const QString& shopDomain) const override;
    /// Refuses a callback whose HMAC does not match, or that names another store than the one asked for.
    void exchangeCode(const QUrlQuery& callback, const QString& clientSecret, const QUrl& redirectUri,
                      TokenCallback done) override;
    void fetchIdentity(const TokenSet& tokens, const QUrlQuery& callback, IdentityCallback done) override;
    /// The shop query (the same document as the identity call); offline tokens never need refreshing.
    void checkHealth(const Account& account, const QString& accessToken, HealthCallback done) override;

private:
    QUrl shopUrl(const QString& shop, const QString& path) const;
    /// Posts the Shop.graphql query (identity and health); nullptr when the document is missing from the build.
    QNetworkReply* queryShop(const QString& shop, const QString& accessToken) const;

    ShopifyEndpoints m_endpoints;
    QNetworkAccessManager* m_network;
    mutable QString m_pendingShop;
};

} // namespace md
