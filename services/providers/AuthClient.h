#pragma once

#include "core/Result.h"
#include "domain/Account.h"
#include "domain/Provider.h"
#include "providers/TokenSet.h"

#include <QObject>
#include <QUrl>
#include <QUrlQuery>

#include <functional>

class QNetworkReply;

namespace md {

/// What one health call found (the caller measures how long it took).
struct HealthAnswer {
    bool healthy = false;
    int httpStatus = 0; ///< 0 when no HTTP answer arrived.
    QString ack; ///< eBay Trading's Ack (Success, Warning, Failure), else empty.
    QString errorCode;
    QString errorMessage;
};

/// One marketplace's part of an account's life: its consent page address, its code exchange and identity
/// call (ConnectFlow drives those the same way for every marketplace), its token refresh (TokenManager) and
/// its health call (HealthMonitor).
class AuthClient : public QObject {
    Q_OBJECT
public:
    using TokenCallback = std::function<void(Result<TokenSet>)>;
    using IdentityCallback = std::function<void(Result<MarketplaceIdentity>)>;
    using HealthCallback = std::function<void(HealthAnswer)>;

    /// Error code of a refresh the marketplace refused for good (invalid_grant, or 401): the account is revoked
    /// and only reconnecting helps. Any other refresh error is worth retrying.
    static constexpr auto kRevoked = "auth.revoked";

    using QObject::QObject;

    virtual Provider provider() const = 0;
    /// Whether this app's keys for the marketplace are set (client id, RuName or application id).
    virtual bool hasAppKeys() const = 0;
    /// The consent page, naming `redirectUri` where the marketplace takes one (eBay names its RuName instead);
    /// `shopDomain` is the store for marketplaces with one account per store (Shopify).
    virtual QUrl authorizeUrl(const QString& state, const QUrl& redirectUri, const QString& shopDomain) const = 0;
    /// The callback parameter that carries the authorization code ("code", Amazon's "spapi_oauth_code").
    virtual QString codeParameter() const { return QStringLiteral("code"); }
    /// Exchanges the callback's code for tokens.
    virtual void exchangeCode(const QUrlQuery& callback, const QString& clientSecret, const QUrl& redirectUri,
                              TokenCallback done) = 0;
    /// Who signed in (some marketplaces say it in the callback, others through an API call).
    virtual void fetchIdentity(const TokenSet& tokens, const QUrlQuery& callback, IdentityCallback done) = 0;

    /// Whether access tokens are renewed with a refresh token (eBay, Amazon). Shopify's offline tokens do not
    /// expire; Facebook's long-lived token is renewed only by signing in again.
    virtual bool refreshes() const { return false; }
    /// Trades the refresh token for a new access token. An error with code kRevoked means "never retry".
    virtual void refreshTokens(const QString& refreshToken, const QString& clientSecret, TokenCallback done);
    /// The marketplace's cheapest authenticated call for this account (eBay GetUser, Shopify shop, Amazon
    /// marketplaceParticipations, Facebook /me).
    virtual void checkHealth(const Account& account, const QString& accessToken, HealthCallback done) = 0;

protected:
    /// The standard OAuth 2 answer to a refresh_token grant (RFC 6749 §5): a TokenSet (the refresh token is
    /// kept when the marketplace does not rotate it), or an error: kRevoked for invalid_grant and 401.
    Result<TokenSet> readRefreshAnswer(QNetworkReply* reply, const QByteArray& body, const QString& refreshToken) const;
    /// A health answer from an HTTP reply: healthy on 2xx; otherwise the status and a short message.
    static HealthAnswer httpHealth(QNetworkReply* reply, const QByteArray& body);
};

} // namespace md
