#pragma once

#include "domain/Provider.h"

#include <QList>
#include <QString>

#include <memory>
#include <vector>

class QNetworkAccessManager;

namespace md {

class AuthClient;
class FulfilmentClient;
class OrderSource;
class PageSource;
struct ProviderEndpoints;

/// What a marketplace lets Marketdesk do: asked instead of listing marketplaces by name wherever it matters.
struct MarketplaceCapabilities {
    bool signsIn = true; ///< accounts connect through the browser (OfferUp has no public seller API)
    bool refreshesTokens = false; ///< its access tokens are short-lived and refreshed with a refresh token
    bool syncsOrders = false; ///< its orders are pulled into the database
    bool ships = false; ///< a shipment goes to it through the outbox
    bool cancels = false; ///< a cancellation goes to it through the outbox (Amazon: in Seller Central)
    QString apiVersion; ///< the API version its clients speak, where the address does not say it (Shopify)
};

/// One marketplace's entry point: what it can do, and the clients of it the sync and the outbox use. Each
/// lives in its marketplace's folder (providers/<m>/<M>Marketplace) and is registered once, in Marketplace.cpp.
class Marketplace {
public:
    virtual ~Marketplace() = default;
    virtual Provider provider() const = 0;
    /// The key stored for its accounts and its brand name: the built-in ones have theirs in domain/Provider;
    /// a marketplace added with add() gives its own.
    virtual QString key() const { return providerKey(provider()); }
    virtual QString displayName() const { return providerDisplayName(provider()); }
    virtual MarketplaceCapabilities capabilities() const = 0;
    /// Its OAuth client: connect, refresh, health (nullptr: accounts are added by hand, as OfferUp's).
    virtual std::unique_ptr<AuthClient> authClient(const ProviderEndpoints& endpoints,
                                                   QNetworkAccessManager* network) const;
    /// Its incremental order listing (nullptr: it has none).
    virtual std::unique_ptr<OrderSource> orderSource(const ProviderEndpoints& endpoints,
                                                     QNetworkAccessManager* network) const;
    /// Every page source it has (orders, and later listings, returns…): what PagedSync pulls from it.
    std::vector<std::unique_ptr<PageSource>> sources(const ProviderEndpoints& endpoints,
                                                     QNetworkAccessManager* network) const;
    /// Its client for outbox actions (nullptr: it has none).
    virtual std::unique_ptr<FulfilmentClient> fulfilment(const ProviderEndpoints& endpoints,
                                                         QNetworkAccessManager* network) const;

    /// The entry point of a marketplace (one that can do nothing when none is registered for it).
    static const Marketplace& of(Provider provider);
    /// Registers a marketplace beyond the built-in ones, by its provider value, key() and displayName(); refused
    /// (false) when either is taken. Call it before the services that build clients start.
    static bool add(std::unique_ptr<Marketplace> marketplace);
    /// Every marketplace Marketdesk knows.
    static QList<const Marketplace*> all();
};

} // namespace md
