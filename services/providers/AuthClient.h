#pragma once

#include "core/Result.h"
#include "domain/Types.h"
#include "providers/TokenSet.h"

#include <QObject>
#include <QUrl>
#include <QUrlQuery>

#include <functional>

namespace md {

/// One marketplace's part of connecting an account: its consent page address, its code exchange and its
/// identity call. ConnectFlow drives the steps the same way for every marketplace.
class AuthClient : public QObject {
    Q_OBJECT
public:
    using TokenCallback = std::function<void(Result<TokenSet>)>;
    using IdentityCallback = std::function<void(Result<MarketplaceIdentity>)>;

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
};

} // namespace md
