#pragma once

#include "providers/Marketplace.h"

namespace md {

/// eBay's entry point (see Marketplace).
class EbayMarketplace : public Marketplace {
public:
    Provider provider() const override { return Provider::Ebay; }
    MarketplaceCapabilities capabilities() const override;
    std::unique_ptr<AuthClient> authClient(const ProviderEndpoints& endpoints,
                                           QNetworkAccessManager* network) const override;
    std::unique_ptr<OrderSource> orderSource(const ProviderEndpoints& endpoints,
                                             QNetworkAccessManager* network) const override;
    std::unique_ptr<FulfilmentClient> fulfilment(const ProviderEndpoints& endpoints,
                                                 QNetworkAccessManager* network) const override;
};

} // namespace md
