#pragma once

#include "domain/TokenMetadata.h"

#include <QDateTime>

#include <chrono>

namespace md {

/// What a warehouse needs to know about an account at a glance. One value, computed by accountStatus().
enum class AccountStatus {
    Inactive, ///< Deactivated by a person: kept, but no jobs run.
    KeychainUnavailable, ///< Its tokens cannot be read: the keychain is missing or locked.
    NotConnected, ///< No tokens yet (or an OfferUp manual account, which has none).
    Revoked, ///< The marketplace refused the refresh token (invalid_grant) or a refresh got 401.
    RefreshFailing, ///< Refreshing fails for other reasons (network, 5xx); retries are under way.
    Expired, ///< The access token has expired and no refresh is under way.
    ExpiringSoon, ///< The access token ends within 15 minutes and no refresh is under way.
    ReauthorizationDue, ///< The refresh token, Amazon's yearly authorization or Facebook's token ends within 30 days.
    Healthy, ///< Nothing to do.
};

/// Everything accountStatus() looks at; no I/O.
struct AccountStatusInput {
    bool active = true;
    bool manual = false; ///< An account without tokens (OfferUp).
    bool keychainAvailable = true;
    bool hasTokens = false; ///< The keychain holds an access token (or a long-lived one).
    bool refreshInProgress = false;
    bool revoked = false; ///< The last refresh answered invalid_grant or 401.
    TokenMetadata tokens;
    QDateTime now; ///< UTC.
};

inline constexpr std::chrono::minutes kExpiringSoon {15};
inline constexpr std::chrono::days kReauthorizationWarning {30};

/// The account's status; precedence follows the order of AccountStatus (the first that applies wins).
AccountStatus accountStatus(const AccountStatusInput& input);
/// Short translated text for the Accounts pane (shown with a colour, never by colour alone).
QString accountStatusText(AccountStatus status);

} // namespace md
