#pragma once

// A marketplace account and what it is used for.

#include "domain/Provider.h"

#include <QDateTime>
#include <QString>

#include <optional>

namespace md {

/// What the account is used for in the warehouse.
enum class Purpose {
    Buyer, ///< Buys (sourcing, saved searches).
    Seller, ///< Sells (orders, listings, returns).
    Both, ///< Buys and sells.
};

QString purposeKey(Purpose purpose); ///< "BUYER", "SELLER" or "BOTH".
std::optional<Purpose> purposeFromKey(const QString& key);
QString purposeDisplayName(Purpose purpose);

/// A marketplace account, known in the warehouse by its house name.
struct Account {
    qint64 id = 0;
    Provider provider = Provider::Ebay;
    Environment environment = Environment::Production;
    QString houseName;
    Purpose purpose = Purpose::Seller;
    QString externalUserId; ///< The marketplace's stable user id (eBay userId, Shopify shop id, selling partner id).
    QString username;
    QString marketplaceId;
    QString siteId;
    QString shopDomain;
    bool active = true;
    std::optional<qint64> defaultLocationId;
    QDateTime connectedAt; ///< UTC; invalid when never connected.
    QDateTime createdAt; ///< UTC.
    QDateTime updatedAt; ///< UTC.
};

} // namespace md
