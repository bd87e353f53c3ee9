#pragma once

#include "providers/AuthClient.h"

#include <QCoreApplication>

class QNetworkAccessManager;
class QNetworkReply;

namespace md {

/// Where eBay is for one environment, and this app's keys there. The client secret is not here: it comes from
/// the keychain for each call that needs it.
struct EbayEndpoints {
    QUrl authBaseUrl; ///< https://auth.ebay.com (production), https://auth.sandbox.ebay.com, or the local sandbox.
    QUrl apiBaseUrl; ///< https://api.ebay.com, https://api.sandbox.ebay.com, or the local sandbox.
    QUrl identityBaseUrl; ///< https://apiz.ebay.com (Commerce Identity lives there), or the local sandbox.
    QString clientId;
    QString ruName; ///< eBay's redirect_uri is the app's RuName, mapped at eBay to an accept URL.
    QStringList scopes;
};

/// eBay's OAuth and identity calls, asynchronous, over one QNetworkAccessManager.
class EbayClient : public AuthClient {
    Q_OBJECT
public:
    EbayClient(EbayEndpoints endpoints, QNetworkAccessManager* network, QObject* parent = nullptr);

    Provider provider() const override { return Provider::Ebay; }
    /// Whether the client id and RuName are set.
    bool hasAppKeys() const override { return !m_endpoints.clientId.isEmpty() && !m_endpoints.ruName.isEmpty(); }
    /// The consent page address (https://auth.ebay.com/oauth2/authorize?client_id=…&redirect_uri=RuName…); eBay
    /// redirects to the accept URL its RuName names, so `redirectUri` is not sent.
    QUrl authorizeUrl(const QString& state, const QUrl& redirectUri, const QString& shopDomain) const override;
    /// Exchanges the authorization code (HTTP Basic client auth; redirect_uri is the RuName).
    void exchangeCode(const QUrlQuery& callback, const QString& clientSecret, const QUrl& redirectUri,
                      TokenCallback done) override;
    /// Commerce Identity getUser with the fresh access token.
    void fetchIdentity(const TokenSet& tokens, const QUrlQuery& callback, IdentityCallback done) override;
    bool refreshes() const override { return true; }
    /// refresh_token grant with HTTP Basic client auth and the scopes first granted; eBay does not rotate it.
    void refreshTokens(const QString& refreshToken, const QString& clientSecret, TokenCallback done) override;
    /// Trading API GetUser with the OAuth token in X-EBAY-API-IAF-TOKEN; healthy when Ack is Success or Warning.
    void checkHealth(const Account& account, const QString& accessToken, HealthCallback done) override;

private:
    Error errorFrom(QNetworkReply* reply, const QByteArray& body) const;

    EbayEndpoints m_endpoints;
    QNetworkAccessManager* m_network;
};

} // namespace md
