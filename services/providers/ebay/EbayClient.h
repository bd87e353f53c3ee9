#pragma once

#include "core/Result.h"
#include "providers/TokenSet.h"

#include <QCoreApplication>
#include <QObject>
#include <QUrl>

#include <functional>

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
class EbayClient : public QObject {
    Q_OBJECT
public:
    using TokenCallback = std::function<void(Result<TokenSet>)>;
    using IdentityCallback = std::function<void(Result<MarketplaceIdentity>)>;

    EbayClient(EbayEndpoints endpoints, QNetworkAccessManager* network, QObject* parent = nullptr);

    /// Whether the client id and RuName are set.
    bool hasAppKeys() const { return !m_endpoints.clientId.isEmpty() && !m_endpoints.ruName.isEmpty(); }
    /// The consent page address (https://auth.ebay.com/oauth2/authorize?client_id=…&redirect_uri=RuName…).
    QUrl authorizeUrl(const QString& state) const;
    /// Exchanges an authorization code (HTTP Basic client auth; redirect_uri is the RuName).
    void exchangeCode(const QString& code, const QString& clientSecret, TokenCallback done);
    /// Commerce Identity getUser with a fresh access token.
    void fetchIdentity(const QString& accessToken, IdentityCallback done);

private:
    Error errorFrom(QNetworkReply* reply, const QByteArray& body) const;

    EbayEndpoints m_endpoints;
    QNetworkAccessManager* m_network;
};

} // namespace md
