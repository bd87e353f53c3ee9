#pragma once

#include <QDateTime>
#include <QString>
#include <QStringList>

namespace md {

/// Tokens a marketplace issued. Lives in memory only until it is written to the keychain.
struct TokenSet {
    QString accessToken;
    QString refreshToken; ///< Empty when the marketplace issues none (Facebook, Shopify offline).
    QDateTime accessExpiresAt; ///< UTC; invalid when the token does not expire.
    QDateTime refreshExpiresAt; ///< UTC; invalid when there is no refresh token or it does not expire.
    QDateTime reauthDueAt; ///< UTC; when the seller must authorize again (Amazon yearly), else invalid.
    QStringList scopes;
};

/// Who signed in, as the marketplace's identity call tells it.
struct MarketplaceIdentity {
    QString userId; ///< Stable id (eBay userId, selling partner id, shop domain, Facebook user id).
    QString username;
    QString marketplaceId;
};

} // namespace md
