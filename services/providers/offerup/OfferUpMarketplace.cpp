#include "providers/offerup/OfferUpMarketplace.h"

namespace md {

MarketplaceCapabilities OfferUpMarketplace::capabilities() const
{
    MarketplaceCapabilities c;
    c.signsIn = false; // no public seller API: kept for the records, listings through a manual queue
    return c;
}

} // namespace md
