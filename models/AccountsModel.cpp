#include "models/AccountsModel.h"

#include "models/Cells.h"
#include "models/Format.h"
#include "notifications/NotificationText.h"
#include "storage/repositories/AccountRepository.h"
#include "storage/repositories/HealthEventRepository.h"
#include "storage/repositories/ListingRepository.h"
#include "storage/repositories/NotificationRepository.h"
#include "storage/repositories/ReturnRepository.h"

#include <QBrush>
#include <QColor>
#include <QFont>

using namespace Qt::StringLiterals;

namespace md {

QVariant AccountsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    return cells::header({tr("House"), tr("Marketplace"), tr("Marketplace user"), tr("Purpose"), tr("Marketplace ID"),
                          tr("Status"), tr("Access token expires"), tr("Re-authorization due"), tr("Last health check"),
                          tr("Environment")},
                         section, orientation, role);
}

Status AccountsModel::reload(const Database& database)
{
    AccountRepository repository(database);
    auto accounts = repository.list();
    if (!accounts)
        return accounts.error();
    HealthEventRepository health(database);
    QList<AccountRow> rows;
    for (const Account& account : std::as_const(*accounts)) {
        AccountRow row;
        row.account = account;
        row.id = account.id;
        auto tokens = repository.tokenMetadata(account.id);
        if (!tokens)
            return tokens.error();
        row.tokens = *tokens;
        auto last = health.recent(account.id, 1);
        if (!last)
            return last.error();
        if (!last->isEmpty())
            row.lastHealth = last->first();
        rows << row;
    }
    sync(rows);
    return {};
}

void AccountsModel::setKeychainAvailable(bool available)
{
    if (available == m_keychainAvailable)
        return;
    m_keychainAvailable = available;
    tick();
}

void AccountsModel::setRefreshing(const QSet<qint64>& accountIds)
{
    if (accountIds == m_refreshing)
        return;
    m_refreshing = accountIds;
    tick();
}

void AccountsModel::tick()
{
    if (rowCount() > 0)
        emit dataChanged(index(0, Status), index(rowCount() - 1, LastHealth));
}

QDateTime AccountsModel::now() const
{
    return QDateTime::currentDateTimeUtc();
}

AccountStatus AccountsModel::status(const AccountRow& row) const
{
    AccountStatusInput input;
    input.active = row.account.active;
    input.manual = row.account.provider == md::Provider::OfferUp;
    input.keychainAvailable = m_keychainAvailable;
    input.hasTokens = row.tokens.has_value();
    input.refreshInProgress = m_refreshing.contains(row.id);
    input.revoked = row.tokens && row.tokens->revokedAt.isValid();
    if (row.tokens)
        input.tokens = *row.tokens;
    input.now = now();
    return accountStatus(input);
}

QColor AccountsModel::statusColor(AccountStatus status)
{
    switch (status) {
    case AccountStatus::Healthy:
        return QColor(0x1a, 0x7f, 0x37);
    case AccountStatus::ExpiringSoon:
    case AccountStatus::ReauthorizationDue:
    case AccountStatus::RefreshFailing:
        return QColor(0x9a, 0x67, 0x00);
    case AccountStatus::Expired:
    case AccountStatus::Revoked:
    case AccountStatus::KeychainUnavailable:
        return QColor(0xcf, 0x22, 0x2e);
    case AccountStatus::Inactive:
    case AccountStatus::NotConnected:
        return QColor(0x6e, 0x77, 0x81);
    }
    return {};
}

namespace {

QString healthText(const std::optional<HealthEvent>& e)
{
    if (!e)
        return {};
    const QString when = QLocale().toString(e->occurredAt.toLocalTime().time(), QLocale::ShortFormat);
    if (e->healthy)
        return AccountsModel::tr("%1 — OK, %2 ms").arg(when).arg(e->responseMs);
    return AccountsModel::tr("%1 — failed (%2)")
        .arg(when, e->httpStatus ? QString::number(e->httpStatus) : e->errorCode);
}

QDateTime reauthorizationDue(const AccountRow& a)
{
    if (!a.tokens)
        return {};
    QDateTime due;
    for (const QDateTime& end : {a.tokens->refreshExpiresAt, a.tokens->reauthDueAt}) {
        if (end.isValid() && (!due.isValid() || end < due))
            due = end;
    }
    return due;
}

} // namespace

QVariant AccountsModel::cellData(const AccountRow& row, int column, int role) const
{
    const Account& a = row.account;
    if (role == Qt::DisplayRole) {
        switch (column) {
        case House:
            return a.houseName;
        case Provider:
            return providerDisplayName(a.provider);
        case Environment:
            return environmentDisplayName(a.environment);
        case MarketplaceUser:
            return a.username.isEmpty() ? a.externalUserId : a.username;
        case Purpose:
            return purposeDisplayName(a.purpose);
        case Marketplace:
            return a.marketplaceId.isEmpty() ? a.shopDomain : a.marketplaceId;
        case Status:
            return a.provider == md::Provider::OfferUp && a.active ? tr("Manual — no API")
                                                                   : accountStatusText(status(row));
        case AccessExpires:
            if (!row.tokens)
                return QString();
            // A revoked authorization has no token left to expire: no countdown to a time that means nothing.
            if (row.tokens->revokedAt.isValid())
                return tr("revoked — reconnect");
            return row.tokens->accessExpiresAt.isValid() ? format::until(row.tokens->accessExpiresAt, now())
                                                         : tr("does not expire");
        case ReauthorizationDue:
            if (row.tokens && row.tokens->revokedAt.isValid())
                return tr("now");
            return format::until(reauthorizationDue(row), now());
        case LastHealth:
            return healthText(row.lastHealth);
        }
    } else if (role == Qt::ForegroundRole && (column == Status || column == LastHealth)) {
        if (column == LastHealth)
            return row.lastHealth && !row.lastHealth->healthy ? QBrush(statusColor(AccountStatus::Revoked))
                                                              : QVariant();
        return QBrush(statusColor(status(row)));
    } else if (role == Qt::ToolTipRole && column == Status && row.tokens && !row.tokens->lastRefreshError.isEmpty()) {
        return row.tokens->lastRefreshError;
    } else if (role == Qt::ToolTipRole && column == LastHealth && row.lastHealth && !row.lastHealth->healthy) {
        return row.lastHealth->errorMessage;
    } else if (role == Qt::ToolTipRole && (column == AccessExpires || column == ReauthorizationDue)) {
        return format::localTime(column == AccessExpires ? (row.tokens ? row.tokens->accessExpiresAt : QDateTime())
                                                         : reauthorizationDue(row));
    } else if (role == StatusRole) {
        return int(status(row));
    } else if (role == roleOf(Role::Filter)) {
        return QStringList {a.houseName, providerDisplayName(a.provider), a.username, a.externalUserId, a.marketplaceId,
                            a.shopDomain}
            .join(u' ');
    }
    return {};
}

QVariant AccountsModel::sortValue(const AccountRow& row, int column) const
{
    switch (column) {
    case Status:
        return int(status(row)); // the most urgent first when ascending
    case AccessExpires:
        return cells::timeSort(row.tokens ? row.tokens->accessExpiresAt : QDateTime());
    case ReauthorizationDue:
        return cells::timeSort(reauthorizationDue(row));
    case LastHealth:
        return cells::timeSort(row.lastHealth ? row.lastHealth->occurredAt : QDateTime());
    default:
        return cellData(row, column, Qt::DisplayRole).toString().toLower();
    }
}

} // namespace md
