#pragma once

#include "providers/Marketplace.h"

namespace md {

/// Facebook's entry point (see Marketplace).
class FacebookMarketplace : public Marketplace {
public:
    Provider provider() const override { return Provider::Facebook; }
    MarketplaceCapabilities capabilities() const override;
    std::unique_ptr<AuthClient> authClient(const ProviderEndpoints& endpoints,
                                           QNetworkAccessManager* network) const override;
};

} // namespace md
