#include "providers/amazon/AmazonMarketplace.h"

#include "providers/ProviderSettings.h"
#include "providers/amazon/AmazonClient.h"
#include "providers/amazon/AmazonFulfilment.h"
#include "providers/amazon/AmazonOrderSource.h"

namespace md {

MarketplaceCapabilities AmazonMarketplace::capabilities() const
{
    MarketplaceCapabilities c;
    c.refreshesTokens = true;
    c.syncsOrders = true;
    c.ships = true; // cancelled in Seller Central
    return c;
}

std::unique_ptr<OrderSource> AmazonMarketplace::orderSource(const ProviderEndpoints& e,
                                                            QNetworkAccessManager* network) const
{
    return std::make_unique<AmazonOrderSource>(QUrl(e.apiUrl), network);
}

std::unique_ptr<FulfilmentClient> AmazonMarketplace::fulfilment(const ProviderEndpoints& e,
                                                                QNetworkAccessManager* network) const
{
    return std::make_unique<AmazonFulfilment>(QUrl(e.apiUrl), network);
}

std::unique_ptr<AuthClient> AmazonMarketplace::authClient(const ProviderEndpoints& e,
                                                          QNetworkAccessManager* network) const
{
    AmazonEndpoints x;
    x.sellerCentralUrl = QUrl(e.authUrl);
    x.spApiUrl = QUrl(e.apiUrl);
    x.lwaUrl = QUrl(e.identityUrl);
    x.applicationId = e.appName;
    x.clientId = e.clientId;
    return std::make_unique<AmazonClient>(x, network);
}

} // namespace md
