#pragma once

#include "providers/Marketplace.h"

namespace md {

/// Shopify's entry point (see Marketplace).
class ShopifyMarketplace : public Marketplace {
public:
    Provider provider() const override { return Provider::Shopify; }
    MarketplaceCapabilities capabilities() const override;
    std::unique_ptr<AuthClient> authClient(const ProviderEndpoints& endpoints,
                                           QNetworkAccessManager* network) const override;
    std::unique_ptr<OrderSource> orderSource(const ProviderEndpoints& endpoints,
                                             QNetworkAccessManager* network) const override;
    std::unique_ptr<FulfilmentClient> fulfilment(const ProviderEndpoints& endpoints,
                                                 QNetworkAccessManager* network) const override;
};

} // namespace md
