#include "providers/Marketplace.h"

#include "providers/AuthClient.h"
#include "providers/FulfilmentClient.h"
#include "providers/OrderSource.h"
#include "providers/amazon/AmazonMarketplace.h"
#include "providers/ebay/EbayMarketplace.h"
#include "providers/facebook/FacebookMarketplace.h"
#include "providers/offerup/OfferUpMarketplace.h"
#include "providers/shopify/ShopifyMarketplace.h"

#include <QReadWriteLock>

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
/// What Marketplace::of answers for a provider nothing is registered for: it can do nothing.
class UnregisteredMarketplace : public Marketplace {
public:
    Provider provider() const override { return Provider(-1); }
    MarketplaceCapabilities capabilities() const override
    {
        MarketplaceCapabilities c;
        c.signsIn = false;
        return c;
    }
};

struct Registry {
    QReadWriteLock lock;
    QList<const Marketplace*> all;
    std::vector<std::unique_ptr<Marketplace>> added;
};

/// The registration: one line per built-in marketplace; others come through Marketplace::add.
Registry& registry()
{
    static const EbayMarketplace ebay;
    static const AmazonMarketplace amazon;
    static const ShopifyMarketplace shopify;
    static const FacebookMarketplace facebook;
    static const OfferUpMarketplace offerUp;
    static Registry registry;
    static const bool builtIn = [] {
        registry.all = {&ebay, &shopify, &amazon, &facebook, &offerUp};
        return true;
    }();
    Q_UNUSED(builtIn);
    return registry;
}
} // namespace

const Marketplace& Marketplace::of(Provider provider)
{
    static const UnregisteredMarketplace unregistered;
    Registry& r = registry();
    QReadLocker locker(&r.lock);
    for (const Marketplace* m : std::as_const(r.all)) {
        if (m->provider() == provider)
            return *m;
    }
    return unregistered;
}

QList<const Marketplace*> Marketplace::all()
{
    Registry& r = registry();
    QReadLocker locker(&r.lock);
    return r.all;
}

bool Marketplace::add(std::unique_ptr<Marketplace> marketplace)
{
    if (!marketplace || !registerProvider(marketplace->provider(), marketplace->key(), marketplace->displayName()))
        return false;
    Registry& r = registry();
    QWriteLocker locker(&r.lock);
    for (const Marketplace* m : std::as_const(r.all)) {
        if (m->provider() == marketplace->provider())
            return false;
    }
    r.all << marketplace.get();
    r.added.push_back(std::move(marketplace));
    return true;
}

} // namespace md
