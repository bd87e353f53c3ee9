#pragma once

#include "providers/AuthClient.h"

#include <QCoreApplication>

class QNetworkAccessManager;
class QNetworkReply;

namespace md {

/// Where Amazon is for one region, and this app's keys there (the client secret comes from the keychain).
struct AmazonEndpoints {
    QUrl sellerCentralUrl; ///< https://sellercentral.amazon.com (the consent step), or the local sandbox.
    QUrl lwaUrl; ///< https://api.amazon.com (Login with Amazon), or the local sandbox.
    QUrl spApiUrl; ///< https://sellingpartnerapi-na.amazon.com, or the local sandbox.
    QString applicationId; ///< The SP-API application id the consent page names.
    QString clientId; ///< The LWA client id.
    bool draftApp = false; ///< Draft apps add version=beta to the consent URL.
};

/// Amazon SP-API authorization: the Seller Central consent step, Login with Amazon's code exchange (1-hour
/// access tokens, a refresh token, re-authorization every 365 days) and the selling partner's identity.
class AmazonClient : public AuthClient {
    Q_OBJECT
public:
    static constexpr int kAuthorizationDays = 365;

    AmazonClient(AmazonEndpoints endpoints, QNetworkAccessManager* network, QObject* parent = nullptr);

    Provider provider() const override { return Provider::Amazon; }
    bool hasAppKeys() const override { return !m_endpoints.applicationId.isEmpty() && !m_endpoints.clientId.isEmpty(); }
    QUrl authorizeUrl(const QString& state, const QUrl& redirectUri, const QString& shopDomain) const override;
    QString codeParameter() const override { return QStringLiteral("spapi_oauth_code"); }
    void exchangeCode(const QUrlQuery& callback, const QString& clientSecret, const QUrl& redirectUri,
                      TokenCallback done) override;
    /// The selling partner id comes with the callback; getMarketplaceParticipations checks the token and names
    /// the store and its marketplace.
    void fetchIdentity(const TokenSet& tokens, const QUrlQuery& callback, IdentityCallback done) override;
    bool refreshes() const override { return true; }
    /// Login with Amazon's refresh_token grant (client credentials in the form); the refresh token is not rotated.
    void refreshTokens(const QString& refreshToken, const QString& clientSecret, TokenCallback done) override;
    /// getMarketplaceParticipations with the LWA access token.
    void checkHealth(const Account& account, const QString& accessToken, HealthCallback done) override;

private:
    AmazonEndpoints m_endpoints;
    QNetworkAccessManager* m_network;
};

} // namespace md
