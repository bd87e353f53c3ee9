#include "models/TableModels.h"

#include "models/Format.h"
#include "notifications/NotificationText.h"
#include "storage/repositories/AccountRepository.h"
#include "storage/repositories/CatalogRepositories.h"

#include <QBrush>
#include <QColor>
#include <QFont>

using namespace Qt::StringLiterals;

namespace md {

namespace {

QVariant header(const QStringList& titles, int section, Qt::Orientation orientation, int role)
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section < 0 || section >= titles.size())
        return {};
    return titles.at(section);
}

QVariant timeSort(const QDateTime& time)
{
    return time.isValid() ? time.toMSecsSinceEpoch() : std::numeric_limits<qint64>::min();
}

QString money(qint64 minor, const QString& currency)
{
    return Money {minor, currency}.format(QLocale());
}

Qt::Alignment numeric()
{
    return Qt::AlignRight | Qt::AlignVCenter;
}

template<typename Model, typename Fetch> Status reloadWith(Model& model, Fetch fetch)
{
    auto rows = fetch();
    if (!rows)
        return rows.error();
    model.setRecords(std::move(*rows));
    return {};
}

} // namespace

// ---- Accounts

QVariant AccountsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    return header({tr("House"), tr("Marketplace"), tr("Marketplace user"), tr("Purpose"), tr("Marketplace ID"),
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
        return timeSort(row.tokens ? row.tokens->accessExpiresAt : QDateTime());
    case ReauthorizationDue:
        return timeSort(reauthorizationDue(row));
    case LastHealth:
        return timeSort(row.lastHealth ? row.lastHealth->occurredAt : QDateTime());
    default:
        return cellData(row, column, Qt::DisplayRole).toString().toLower();
    }
}

// ---- Listings

QVariant ListingsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    return header({tr("SKU"), tr("Title"), tr("Price"), tr("Quantity"), tr("Offers"), tr("Updated")}, section,
                  orientation, role);
}

Status ListingsModel::reload(const Database& database)
{
    return reloadWith(*this, [&] { return ListingRepository(database).list(); });
}

QVariant ListingsModel::cellData(const Listing& l, int column, int role) const
{
    if (role == Qt::DisplayRole) {
        switch (column) {
        case Sku:
            return l.sku;
        case Title:
            return l.title;
        case Price:
            return money(l.priceMinor, l.currency);
        case Quantity:
            return QLocale().toString(l.quantity);
        case Offers:
            return QLocale().toString(l.offerCount);
        case Updated:
            return format::localTime(l.updatedAt);
        }
    } else if (role == Qt::TextAlignmentRole && (column == Price || column == Quantity || column == Offers)) {
        return QVariant::fromValue(numeric());
    }
    return {};
}

QVariant ListingsModel::sortValue(const Listing& l, int column) const
{
    switch (column) {
    case Price:
        return l.priceMinor;
    case Quantity:
        return l.quantity;
    case Offers:
        return l.offerCount;
    case Updated:
        return timeSort(l.updatedAt);
    default:
        return cellData(l, column, Qt::DisplayRole).toString().toLower();
    }
}

// ---- Stock

QVariant StockModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::ToolTipRole && section == AllLocations)
        return tr("Available at every location together, of what is on hand there");
    return header({tr("SKU"), tr("Product"), tr("Location"), tr("On hand"), tr("Reserved"), tr("Available"),
                   tr("All locations"), tr("Changed")},
                  section, orientation, role);
}

QVariant StockModel::cellData(const StockLevel& l, int column, int role) const
{
    if (role == Qt::DisplayRole) {
        switch (column) {
        case Sku:
            return l.sku;
        case Product:
            return l.productName;
        case Location:
            return l.locationCode;
        case OnHand:
            return QLocale().toString(l.onHand);
        case Reserved:
            return QLocale().toString(l.reserved);
        case Available:
            return QLocale().toString(l.available());
        case AllLocations:
            return tr("%1 of %2").arg(QLocale().toString(l.totalAvailable()), QLocale().toString(l.totalOnHand));
        case Updated:
            return format::localTime(l.updatedAt);
        }
    } else if (role == Qt::TextAlignmentRole && column >= OnHand && column <= AllLocations) {
        return QVariant::fromValue(numeric());
    } else if (role == Qt::FontRole && column == Available && l.available() == 0) {
        QFont font;
        font.setBold(true); // with its number: nothing left to sell here
        return font;
    } else if (role == roleOf(Role::Filter)) {
        return QString(l.sku + u' ' + l.productName + u' ' + l.locationCode);
    }
    return {};
}

QVariant StockModel::sortValue(const StockLevel& l, int column) const
{
    switch (column) {
    case OnHand:
        return l.onHand;
    case Reserved:
        return l.reserved;
    case Available:
        return l.available();
    case AllLocations:
        return l.totalAvailable();
    case Updated:
        return timeSort(l.updatedAt);
    default:
        return cellData(l, column, Qt::DisplayRole).toString().toLower();
    }
}

// ---- Outbox

QVariant OutboxModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    return header({tr("Created"), tr("House"), tr("Action"), tr("Order"), tr("State"), tr("Attempts"),
                   tr("Next attempt"), tr("Last answer")},
                  section, orientation, role);
}

QString OutboxModel::actionName(const QString& action)
{
    if (action == "order.ship"_L1)
        return tr("Shipment");
    if (action == "order.cancel"_L1)
        return tr("Cancellation");
    return action;
}

bool OutboxModel::canRetry(const OutboxEntry& e)
{
    return outboxStopped(e.state);
}

bool OutboxModel::canWithdraw(const OutboxEntry& e)
{
    return outboxWithdrawable(e.state);
}

QVariant OutboxModel::cellData(const OutboxEntry& e, int column, int role) const
{
    if (role == Qt::DisplayRole) {
        switch (column) {
        case Created:
            return format::localTime(e.createdAt);
        case House:
            return e.houseName;
        case Action:
            return actionName(e.action);
        case Order:
            return e.orderNumber;
        case State:
            return outboxStateDisplayName(e.state);
        case Attempts:
            return QLocale().toString(e.attempts);
        case NextAttempt:
            return e.state == OutboxState::Pending ? format::localTime(e.nextAttemptAt) : QString();
        case LastError:
            return e.lastError;
        }
    } else if (role == Qt::TextAlignmentRole && column == Attempts) {
        return QVariant::fromValue(numeric());
    } else if (role == Qt::ForegroundRole && column == State && canRetry(e)) {
        return QColor(0xb0, 0x1c, 0x1c); // with its text
    } else if (role == Qt::ToolTipRole && column == LastError) {
        return e.lastError;
    } else if (role == roleOf(Role::Filter)) {
        return QString(e.houseName + u' ' + e.orderNumber + u' ' + e.lastError);
    }
    return {};
}

QVariant OutboxModel::sortValue(const OutboxEntry& e, int column) const
{
    switch (column) {
    case Created:
        return timeSort(e.createdAt);
    case Attempts:
        return e.attempts;
    case NextAttempt:
        return timeSort(e.nextAttemptAt);
    default:
        return cellData(e, column, Qt::DisplayRole).toString().toLower();
    }
}

// ---- Returns

QVariant ReturnsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    return header({tr("Opened"), tr("House"), tr("Return"), tr("Status"), tr("Reason"), tr("Refund")}, section,
                  orientation, role);
}

Status ReturnsModel::reload(const Database& database)
{
    return reloadWith(*this, [&] { return ReturnRepository(database).list(); });
}

QVariant ReturnsModel::cellData(const ReturnRecord& r, int column, int role) const
{
    if (role == Qt::DisplayRole) {
        switch (column) {
        case Opened:
            return format::localTime(r.openedAt);
        case House:
            return r.houseName;
        case ReturnId:
            return r.externalId;
        case Status:
            return r.status;
        case Reason:
            return r.reason;
        case Refund:
            return money(r.refundMinor, r.currency);
        }
    } else if (role == Qt::TextAlignmentRole && column == Refund) {
        return QVariant::fromValue(numeric());
    }
    return {};
}

QVariant ReturnsModel::sortValue(const ReturnRecord& r, int column) const
{
    switch (column) {
    case Opened:
        return timeSort(r.openedAt);
    case Refund:
        return r.refundMinor;
    default:
        return cellData(r, column, Qt::DisplayRole).toString().toLower();
    }
}

// ---- Notifications

QVariant NotificationsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    return header({tr("Time"), tr("Severity"), tr("House"), tr("State"), tr("Notification")}, section, orientation,
                  role);
}

Status NotificationsModel::reload(const Database& database)
{
    auto rows = NotificationRepository(database).list();
    if (!rows)
        return rows.error();
    sync(*rows); // alerts come and go while the person reads: keep the selection
    return {};
}

int NotificationsModel::openCount() const
{
    return int(std::count_if(records().cbegin(), records().cend(),
                             [](const Notification& n) { return !n.resolvedAt.isValid(); }));
}

QVariant NotificationsModel::cellData(const Notification& n, int column, int role) const
{
    const bool open = !n.resolvedAt.isValid();
    if (role == Qt::DisplayRole) {
        switch (column) {
        case Time:
            return format::localTime(n.createdAt);
        case Severity:
            return severityDisplayName(n.severity);
        case House:
            return n.houseName;
        case Title:
            return NotificationText::of(n).title; // in today's language
        case State:
            return open ? tr("Open") : tr("Resolved %1").arg(format::localTime(n.resolvedAt));
        }
    } else if (role == Qt::FontRole && open) {
        QFont font;
        font.setBold(true);
        return font;
    } else if (role == Qt::ForegroundRole && column == Severity) {
        switch (n.severity) {
        case md::Severity::Error:
            return QBrush(QColor(0xcf, 0x22, 0x2e));
        case md::Severity::Warning:
            return QBrush(QColor(0x9a, 0x67, 0x00));
        case md::Severity::Info:
            break;
        }
    } else if (role == roleOf(Role::Filter)) {
        const NotificationText::Text text = NotificationText::of(n);
        return QStringList {text.title, text.body, n.houseName, n.kind}.join(u' ');
    }
    return {};
}

QVariant NotificationsModel::sortValue(const Notification& n, int column) const
{
    switch (column) {
    case Time:
        return timeSort(n.createdAt);
    case Severity:
        return int(n.severity);
    default:
        return cellData(n, column, Qt::DisplayRole).toString().toLower();
    }
}

} // namespace md
