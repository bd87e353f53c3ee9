#include "providers/facebook/FacebookMarketplace.h"

namespace md {

MarketplaceCapabilities FacebookMarketplace::capabilities() const
{
    MarketplaceCapabilities c;
    // A long-lived token, exchanged once; its orders and catalog come with the listings work.
    return c;
}

} // namespace md
