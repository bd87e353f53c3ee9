#include "providers/Marketplace.h"

#include "providers/AuthClient.h"
#include "providers/FulfilmentClient.h"
#include "providers/OrderSource.h"
#include "providers/amazon/AmazonMarketplace.h"
#include "providers/ebay/EbayMarketplace.h"
#include "providers/facebook/FacebookMarketplace.h"
#include "providers/offerup/OfferUpMarketplace.h"
#include "providers/shopify/ShopifyMarketplace.h"

namespace md {

std::unique_ptr<AuthClient> Marketplace::authClient(const ProviderEndpoints&, QNetworkAccessManager*) const
{
    return nullptr;
}

std::unique_ptr<OrderSource> Marketplace::orderSource(const ProviderEndpoints&, QNetworkAccessManager*) const
{
    return nullptr;
}

std::vector<std::unique_ptr<PageSource>> Marketplace::sources(const ProviderEndpoints& endpoints,
                                                              QNetworkAccessManager* network) const
{
    std::vector<std::unique_ptr<PageSource>> all;
    if (std::unique_ptr<OrderSource> orders = orderSource(endpoints, network))
        all.push_back(std::move(orders));
    return all;
}

std::unique_ptr<FulfilmentClient> Marketplace::fulfilment(const ProviderEndpoints&, QNetworkAccessManager*) const
{
    return nullptr;
}

namespace {
/// The registration: one line per marketplace.
const QList<const Marketplace*>& registry()
{
    static const EbayMarketplace ebay;
    static const AmazonMarketplace amazon;
    static const ShopifyMarketplace shopify;
    static const FacebookMarketplace facebook;
    static const OfferUpMarketplace offerUp;
    static const QList<const Marketplace*> all {&ebay, &shopify, &amazon, &facebook, &offerUp};
    return all;
}
} // namespace

const Marketplace& Marketplace::of(Provider provider)
{
    for (const Marketplace* m : registry()) {
        if (m->provider() == provider)
            return *m;
    }
    Q_UNREACHABLE(); // every Provider value is registered (tst_domain checks it)
}

QList<const Marketplace*> Marketplace::all()
{
    return registry();
}

} // namespace md
