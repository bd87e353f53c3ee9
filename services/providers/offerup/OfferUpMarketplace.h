#pragma once

#include "providers/Marketplace.h"

namespace md {

/// OfferUp's entry point (see Marketplace).
class OfferUpMarketplace : public Marketplace {
public:
    Provider provider() const override { return Provider::OfferUp; }
    MarketplaceCapabilities capabilities() const override;
};

} // namespace md
