#pragma once

// Which marketplace and which of its deployments: the keys stored in the database and the names people see.
// A marketplace beyond the built-in ones makes itself known with registerProvider (Marketplace::add does).

#include <QList>
#include <QString>

#include <optional>

namespace md {

/// A marketplace Marketdesk can connect to.
enum class Provider {
    Ebay, ///< eBay: many accounts per seller, OAuth with RuName, 2-hour access tokens.
    Shopify, ///< Shopify: one account per shop domain, offline tokens.
    Amazon, ///< Amazon Selling Partner API through Login with Amazon.
    Facebook, ///< Facebook/Meta commerce: 60-day tokens, no refresh token.
    OfferUp, ///< OfferUp: no public seller API; a manual account without tokens.
};

/// Which deployment of a marketplace an account lives on.
enum class Environment {
    Production, ///< The real marketplace.
    Sandbox, ///< The marketplace's sandbox, or Marketdesk's own local sandbox.
};

QString providerKey(Provider provider); ///< Stable key stored in the database, e.g. "ebay".
std::optional<Provider> providerFromKey(const QString& key);
QString providerDisplayName(Provider provider); ///< Brand name shown to people.
/// Makes a marketplace beyond the built-in ones known by the key stored for its accounts and its brand name
/// (Marketplace::add calls it). Refused (false) when the value or the key is taken, or the key is not a
/// lower-case word the database accepts.
bool registerProvider(Provider provider, const QString& key, const QString& displayName);
/// Every marketplace known: the built-in ones, then those registered.
QList<Provider> knownProviders();
QString environmentKey(Environment environment); ///< "production" or "sandbox".
std::optional<Environment> environmentFromKey(const QString& key);
QString environmentDisplayName(Environment environment);

} // namespace md
