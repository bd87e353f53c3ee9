#include "providers/facebook/FacebookMarketplace.h"

#include "providers/ProviderSettings.h"
#include "providers/facebook/FacebookClient.h"

namespace md {

MarketplaceCapabilities FacebookMarketplace::capabilities() const
{
    MarketplaceCapabilities c;
    // A long-lived token, exchanged once; its orders and catalog come with the listings work.
    return c;
}

std::unique_ptr<AuthClient> FacebookMarketplace::authClient(const ProviderEndpoints& e,
                                                            QNetworkAccessManager* network) const
{
    FacebookEndpoints x;
    x.dialogUrl = QUrl(e.authUrl);
    x.graphUrl = QUrl(e.apiUrl);
    x.appId = e.clientId;
    x.scopes = providerSettings::scopes(e.provider);
    return std::make_unique<FacebookClient>(x, network);
}

} // namespace md
