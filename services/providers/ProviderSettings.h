#pragma once

#include "domain/Provider.h"

#include <QUrl>

#include <memory>

class QNetworkAccessManager;
class QSettings;

namespace md {

class AuthClient;

/// Where one marketplace is in one environment, and this app's keys there — everything but the client secret,
/// which lives in the keychain. What each field means depends on the marketplace (see fieldLabel()).
struct ProviderEndpoints {
    Provider provider = Provider::Ebay;
    Environment environment = Environment::Production;
    QString authUrl; ///< eBay OAuth; Amazon Seller Central; Facebook login dialog
    QString apiUrl; ///< eBay APIs; Amazon SP-API; Shopify store address template ("https://{shop}"); Graph API
    QString identityUrl; ///< eBay Commerce Identity (apiz); Amazon Login with Amazon
    QString clientId; ///< eBay client id (App ID); Amazon LWA client id; Shopify API key; Facebook app id
    QString appName; ///< eBay RuName; Amazon SP-API application id
    quint16 redirectPort = 0; ///< Loopback port the redirect names (0: any free one)

    bool operator==(const ProviderEndpoints&) const = default;
};

/// The Providers settings: defaults per marketplace and environment, reading and writing them in QSettings
/// (group providers/KEY/ENVIRONMENT). Each marketplace's entry point (Marketplace) builds its clients from them.
namespace providerSettings {

/// The marketplaces whose accounts are connected through OAuth (OfferUp is manual).
QList<Provider> oauthProviders();
ProviderEndpoints defaults(Provider provider, Environment environment);
ProviderEndpoints load(const QSettings& settings, Provider provider, Environment environment);
void save(QSettings& settings, const ProviderEndpoints& endpoints);
/// What a field is called for this marketplace ("RuName", "Application ID"…); empty when it does not apply.
enum class Field { AuthUrl, ApiUrl, IdentityUrl, ClientId, AppName, RedirectPort };
QString fieldLabel(Provider provider, Field field);
/// The scopes Marketdesk asks for.
QStringList scopes(Provider provider);

} // namespace providerSettings

} // namespace md
