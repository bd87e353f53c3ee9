#include "providers/shopify/ShopifyMarketplace.h"

#include "providers/ProviderSettings.h"
#include "providers/shopify/ShopifyClient.h"
#include "providers/shopify/ShopifyFulfilment.h"
#include "providers/shopify/ShopifyOrderSource.h"

namespace md {

MarketplaceCapabilities ShopifyMarketplace::capabilities() const
{
    MarketplaceCapabilities c;
    c.syncsOrders = true; // offline tokens do not expire
    c.ships = true;
    c.cancels = true;
    c.apiVersion = ShopifyEndpoints {}.apiVersion; // the one version every Shopify client speaks
    return c;
}

std::unique_ptr<OrderSource> ShopifyMarketplace::orderSource(const ProviderEndpoints& e,
                                                             QNetworkAccessManager* network) const
{
    return std::make_unique<ShopifyOrderSource>(e.apiUrl, capabilities().apiVersion, network);
}

std::unique_ptr<FulfilmentClient> ShopifyMarketplace::fulfilment(const ProviderEndpoints& e,
                                                                 QNetworkAccessManager* network) const
{
    return std::make_unique<ShopifyFulfilment>(e.apiUrl, capabilities().apiVersion, network);
}

std::unique_ptr<AuthClient> ShopifyMarketplace::authClient(const ProviderEndpoints& e,
                                                           QNetworkAccessManager* network) const
{
    ShopifyEndpoints x;
    x.shopUrlTemplate = e.apiUrl;
    x.clientId = e.clientId;
    x.scopes = providerSettings::scopes(e.provider);
    return std::make_unique<ShopifyClient>(x, network);
}

} // namespace md
