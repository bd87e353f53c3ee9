#pragma once

// What is known about an account's tokens; the tokens themselves live in the keychain.

#include <QDateTime>
#include <QString>

namespace md {

/// What Marketdesk knows about an account's tokens, never the tokens themselves (those live in the keychain).
struct TokenMetadata {
    qint64 accountId = 0;
    QDateTime accessExpiresAt; ///< UTC; invalid when the token does not expire.
    QDateTime refreshExpiresAt; ///< UTC; invalid when there is no refresh token or it does not expire.
    QDateTime reauthDueAt; ///< UTC; when the seller must authorize again (Amazon yearly, Facebook 60 days).
    QDateTime lastRefreshedAt; ///< UTC.
    QString lastRefreshError;
    int consecutiveFailures = 0;
    QDateTime revokedAt; ///< UTC; set when the marketplace refused the refresh token, cleared by reconnecting.
};

} // namespace md
