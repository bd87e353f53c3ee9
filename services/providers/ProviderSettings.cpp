#include "providers/ProviderSettings.h"

#include "core/Settings.h"

#include <QCoreApplication>
#include <QSettings>

using namespace Qt::StringLiterals;

namespace md::providerSettings {

namespace {
QString group(Provider provider, Environment environment)
{
    return u"providers/%1/%2/"_s.arg(providerKey(provider), environmentKey(environment));
}

/// The context of this file's translatable texts.
struct Text {
    Q_DECLARE_TR_FUNCTIONS(md::ProviderSettings)
};
} // namespace

QList<Provider> oauthProviders()
{
    return {Provider::Ebay, Provider::Shopify, Provider::Amazon, Provider::Facebook};
}

ProviderEndpoints defaults(Provider provider, Environment environment)
{
    const bool sandbox = environment == Environment::Sandbox;
    ProviderEndpoints e;
    e.provider = provider;
    e.environment = environment;
    switch (provider) {
    case Provider::Ebay:
        e.authUrl = sandbox ? u"https://auth.sandbox.ebay.com"_s : u"https://auth.ebay.com"_s;
        e.apiUrl = sandbox ? u"https://api.sandbox.ebay.com"_s : u"https://api.ebay.com"_s;
        e.identityUrl = sandbox ? u"https://apiz.sandbox.ebay.com"_s : u"https://apiz.ebay.com"_s;
        break;
    case Provider::Amazon:
        e.authUrl = u"https://sellercentral.amazon.com"_s;
        e.apiUrl = sandbox ? u"https://sandbox.sellingpartnerapi-na.amazon.com"_s
                           : u"https://sellingpartnerapi-na.amazon.com"_s;
        e.identityUrl = u"https://api.amazon.com"_s;
        break;
    case Provider::Shopify:
        e.apiUrl = u"https://{shop}"_s; // development stores are *.myshopify.com too
        break;
    case Provider::Facebook:
        e.authUrl = u"https://www.facebook.com"_s;
        e.apiUrl = u"https://graph.facebook.com"_s;
        break;
    case Provider::OfferUp:
        break;
    }
    return e;
}

ProviderEndpoints load(const QSettings& settings, Provider provider, Environment environment)
{
    ProviderEndpoints e = defaults(provider, environment);
    const QString g = group(provider, environment);
    // Typed and checked: a hand-edited address or port falls back to the default with one warning.
    e.authUrl = settings::readAddress(settings, g + u"authUrl"_s, e.authUrl);
    e.apiUrl = settings::readAddress(settings, g + u"apiUrl"_s, e.apiUrl);
    e.identityUrl = settings::readAddress(settings, g + u"identityUrl"_s, e.identityUrl);
    e.clientId = settings.value(g + u"clientId"_s).toString().trimmed();
    e.appName = settings.value(g + u"appName"_s).toString().trimmed();
    e.redirectPort = quint16(settings::read(settings, g + u"redirectPort"_s, 0, 0, 65535));
    return e;
}

void save(QSettings& settings, const ProviderEndpoints& e)
{
    const QString g = group(e.provider, e.environment);
    settings.setValue(g + u"authUrl"_s, e.authUrl);
    settings.setValue(g + u"apiUrl"_s, e.apiUrl);
    settings.setValue(g + u"identityUrl"_s, e.identityUrl);
    settings.setValue(g + u"clientId"_s, e.clientId);
    settings.setValue(g + u"appName"_s, e.appName);
    settings.setValue(g + u"redirectPort"_s, e.redirectPort);
}

QString fieldLabel(Provider provider, Field field)
{
    switch (field) {
    case Field::AuthUrl:
        return provider == Provider::Ebay    ? Text::tr("OAuth address")
            : provider == Provider::Amazon   ? Text::tr("Seller Central address")
            : provider == Provider::Facebook ? Text::tr("Login dialog address")
                                             : QString();
    case Field::ApiUrl:
        return provider == Provider::Shopify ? Text::tr("Store address ({shop} stands for the store)")
            : provider == Provider::Amazon   ? Text::tr("SP-API address")
            : provider == Provider::Facebook ? Text::tr("Graph API address")
                                             : Text::tr("API address");
    case Field::IdentityUrl:
        return provider == Provider::Ebay  ? Text::tr("Identity API address")
            : provider == Provider::Amazon ? Text::tr("Login with Amazon address")
                                           : QString();
    case Field::ClientId:
        return provider == Provider::Ebay   ? Text::tr("Client ID (App ID)")
            : provider == Provider::Amazon  ? Text::tr("LWA client ID")
            : provider == Provider::Shopify ? Text::tr("API key")
                                            : Text::tr("App ID");
    case Field::AppName:
        return provider == Provider::Ebay  ? Text::tr("RuName")
            : provider == Provider::Amazon ? Text::tr("Application ID")
                                           : QString();
    case Field::RedirectPort:
        return Text::tr("Redirect port (0: any free port)");
    }
    return {};
}

QStringList scopes(Provider provider)
{
    switch (provider) {
    case Provider::Ebay:
        return {u"https://api.ebay.com/oauth/api_scope"_s, u"https://api.ebay.com/oauth/api_scope/sell.fulfillment"_s,
                u"https://api.ebay.com/oauth/api_scope/sell.inventory"_s};
    case Provider::Shopify:
        return {u"read_orders"_s, u"write_orders"_s, u"read_products"_s, u"read_inventory"_s, u"write_fulfillments"_s};
    case Provider::Facebook:
        return {u"catalog_management"_s, u"commerce_account_read_orders"_s, u"commerce_account_manage_orders"_s};
    case Provider::Amazon: // SP-API roles are granted to the application, not asked per sign-in
    case Provider::OfferUp:
        return {};
    }
    return {};
}

} // namespace md::providerSettings
