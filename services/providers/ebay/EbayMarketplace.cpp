#include "providers/ebay/EbayMarketplace.h"

#include "providers/ProviderSettings.h"
#include "providers/ebay/EbayClient.h"
#include "providers/ebay/EbayFulfilment.h"
#include "providers/ebay/EbayOrderSource.h"

namespace md {

MarketplaceCapabilities EbayMarketplace::capabilities() const
{
    MarketplaceCapabilities c;
    c.refreshesTokens = true;
    c.syncsOrders = true;
    c.ships = true;
    c.cancels = true;
    return c;
}

std::unique_ptr<OrderSource> EbayMarketplace::orderSource(const ProviderEndpoints& e,
                                                          QNetworkAccessManager* network) const
{
    return std::make_unique<EbayOrderSource>(QUrl(e.apiUrl), network);
}

std::unique_ptr<FulfilmentClient> EbayMarketplace::fulfilment(const ProviderEndpoints& e,
                                                              QNetworkAccessManager* network) const
{
    return std::make_unique<EbayFulfilment>(QUrl(e.apiUrl), network);
}

std::unique_ptr<AuthClient> EbayMarketplace::authClient(const ProviderEndpoints& e,
                                                        QNetworkAccessManager* network) const
{
    EbayEndpoints x;
    x.authBaseUrl = QUrl(e.authUrl);
    x.apiBaseUrl = QUrl(e.apiUrl);
    x.identityBaseUrl = QUrl(e.identityUrl);
    x.clientId = e.clientId;
    x.ruName = e.appName;
    x.scopes = providerSettings::scopes(e.provider);
    return std::make_unique<EbayClient>(x, network);
}

} // namespace md
