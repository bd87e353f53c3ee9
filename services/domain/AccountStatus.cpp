#include "domain/AccountStatus.h"

#include <QCoreApplication>

namespace md {

AccountStatus accountStatus(const AccountStatusInput& in)
{
    if (!in.active)
        return AccountStatus::Inactive;
    if (in.manual)
        return AccountStatus::NotConnected; // honest: no tokens to watch
    if (!in.keychainAvailable)
        return AccountStatus::KeychainUnavailable;
    if (!in.hasTokens)
        return AccountStatus::NotConnected;
    if (in.revoked)
        return AccountStatus::Revoked;
    if (in.tokens.consecutiveFailures > 0 && !in.tokens.lastRefreshError.isEmpty())
        return AccountStatus::RefreshFailing;
    const QDateTime& access = in.tokens.accessExpiresAt;
    if (access.isValid() && !in.refreshInProgress) {
        if (access <= in.now)
            return AccountStatus::Expired;
        if (in.now.secsTo(access) <= std::chrono::seconds(kExpiringSoon).count())
            return AccountStatus::ExpiringSoon;
    }
    const qint64 warnSeconds = std::chrono::seconds(kReauthorizationWarning).count();
    for (const QDateTime& end : {in.tokens.refreshExpiresAt, in.tokens.reauthDueAt}) {
        if (end.isValid() && in.now.secsTo(end) <= warnSeconds)
            return AccountStatus::ReauthorizationDue;
    }
    return AccountStatus::Healthy;
}

QString accountStatusText(AccountStatus status)
{
    switch (status) {
    case AccountStatus::Inactive:
        return QCoreApplication::translate("md::AccountStatus", "Inactive");
    case AccountStatus::KeychainUnavailable:
        return QCoreApplication::translate("md::AccountStatus", "Keychain unavailable");
    case AccountStatus::NotConnected:
        return QCoreApplication::translate("md::AccountStatus", "Not connected");
    case AccountStatus::Revoked:
        return QCoreApplication::translate("md::AccountStatus", "Revoked — reconnect");
    case AccountStatus::RefreshFailing:
        return QCoreApplication::translate("md::AccountStatus", "Refresh failing");
    case AccountStatus::Expired:
        return QCoreApplication::translate("md::AccountStatus", "Expired");
    case AccountStatus::ExpiringSoon:
        return QCoreApplication::translate("md::AccountStatus", "Expiring soon");
    case AccountStatus::ReauthorizationDue:
        return QCoreApplication::translate("md::AccountStatus", "Re-authorization due");
    case AccountStatus::Healthy:
        return QCoreApplication::translate("md::AccountStatus", "Healthy");
    }
    Q_UNREACHABLE();
}

} // namespace md
