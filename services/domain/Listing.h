#pragma once

// A catalog product and its offers on the accounts.

#include <QDateTime>
#include <QString>

namespace md {

/// A product Marketdesk lists, and its price and quantity as the warehouse sets them.
struct Listing {
    qint64 id = 0;
    QString sku;
    QString title;
    QString description;
    QString condition;
    QString currency;
    qint64 priceMinor = 0;
    int quantity = 0;
    int offerCount = 0; ///< Number of accounts it is offered on (read-only, computed).
    QDateTime createdAt;
    QDateTime updatedAt;
};

/// A listing's offer on one account.
struct ListingOffer {
    qint64 id = 0;
    qint64 listingId = 0;
    qint64 accountId = 0;
    QString externalOfferId;
    QString externalListingId;
    QString status;
    QString currency;
    qint64 priceMinor = 0;
    int quantity = 0;
    QString url;
    QDateTime lastSyncedAt;
};

} // namespace md
