#pragma once

#include "providers/Marketplace.h"

namespace md {

/// Facebook's entry point (see Marketplace).
class FacebookMarketplace : public Marketplace {
public:
    Provider provider() const override { return Provider::Facebook; }
    MarketplaceCapabilities capabilities() const override;
};

} // namespace md
