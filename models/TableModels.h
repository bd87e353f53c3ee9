#pragma once

// The item models behind the main window's panes. Each is a RecordTableModel with a column enum; reload()
// reads its rows through the repositories.

#include "auth/AccountStatus.h"
#include "domain/Types.h"
#include "models/RecordTableModel.h"
#include "storage/Database.h"

namespace md {

/// One row of the Accounts pane: the account, its token metadata and its last health check.
struct AccountRow {
    Account account;
    std::optional<TokenMetadata> tokens; ///< nullopt: never connected (or an OfferUp manual account)
    std::optional<HealthEvent> lastHealth;
    qint64 id = 0; ///< account.id (RecordTableModel keys on it)
};

/// Accounts, one row per account, with their status (text and colour), token expiries and last health check.
/// The status also depends on what only the running app knows (the keychain's state, refreshes under way):
/// set those with setKeychainAvailable() and setRefreshing().
class AccountsModel : public RecordTableModel<AccountRow> {
    Q_OBJECT
public:
    enum Column {
        House,
        Provider,
        MarketplaceUser,
        Purpose,
        Marketplace,
        Status,
        AccessExpires,
        ReauthorizationDue,
        LastHealth,
        Environment,
        ColumnCount
    };
    /// The status value (an md::AccountStatus) of a row.
    static constexpr int StatusRole = Qt::UserRole + 20;

    using RecordTableModel::RecordTableModel;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    /// Re-reads the accounts (keeping the view's selection).
    md::Status reload(const Database& database);
    void setKeychainAvailable(bool available);
    void setRefreshing(const QSet<qint64>& accountIds);
    /// Time moves on: updates the status and "in …" columns.
    void tick();
    AccountStatus status(const AccountRow& row) const;
    AccountStatus status(int row) const { return status(record(row)); }
    /// The colour a status is shown in (always with its text).
    static QColor statusColor(AccountStatus status);

protected:
    int columns() const override { return ColumnCount; }
    qint64 idOf(const AccountRow& a) const override { return a.id; }
    QVariant cellData(const AccountRow& a, int column, int role) const override;
    QVariant sortValue(const AccountRow& a, int column) const override;

private:
    QDateTime now() const;
    bool m_keychainAvailable = true;
    QSet<qint64> m_refreshing;
};

/// Listings, one row per SKU.
class ListingsModel : public RecordTableModel<Listing> {
    Q_OBJECT
public:
    enum Column { Sku, Title, Price, Quantity, Offers, Updated, ColumnCount };
    using RecordTableModel::RecordTableModel;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    md::Status reload(const Database& database);

protected:
    int columns() const override { return ColumnCount; }
    qint64 idOf(const Listing& l) const override { return l.id; }
    QVariant cellData(const Listing& l, int column, int role) const override;
    QVariant sortValue(const Listing& l, int column) const override;
};

/// Stock per SKU and location: on hand, reserved for orders, available.
class StockModel : public RecordTableModel<StockLevel> {
    Q_OBJECT
public:
    enum Column { Sku, Product, Location, OnHand, Reserved, Available, AllLocations, Updated, ColumnCount };
    using RecordTableModel::RecordTableModel;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

protected:
    int columns() const override { return ColumnCount; }
    qint64 idOf(const StockLevel& l) const override { return l.id; }
    QVariant cellData(const StockLevel& l, int column, int role) const override;
    QVariant sortValue(const StockLevel& l, int column) const override;
};

/// The outbox: every action on a marketplace, newest first, with its state.
class OutboxModel : public RecordTableModel<OutboxEntry> {
    Q_OBJECT
public:
    enum Column { Created, House, Action, Order, State, Attempts, NextAttempt, LastError, ColumnCount };
    using RecordTableModel::RecordTableModel;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    /// What the action is, for people ("Shipment", "Cancellation").
    static QString actionName(const QString& action);
    /// Whether a person may try it again / withdraw it.
    static bool canRetry(const OutboxEntry& entry);
    static bool canWithdraw(const OutboxEntry& entry);

protected:
    int columns() const override { return ColumnCount; }
    qint64 idOf(const OutboxEntry& e) const override { return e.id; }
    QVariant cellData(const OutboxEntry& e, int column, int role) const override;
    QVariant sortValue(const OutboxEntry& e, int column) const override;
};

/// Returns of every account.
class ReturnsModel : public RecordTableModel<ReturnRecord> {
    Q_OBJECT
public:
    enum Column { Opened, House, ReturnId, Status, Reason, Refund, ColumnCount };
    using RecordTableModel::RecordTableModel;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    md::Status reload(const Database& database);

protected:
    int columns() const override { return ColumnCount; }
    qint64 idOf(const ReturnRecord& r) const override { return r.id; }
    QVariant cellData(const ReturnRecord& r, int column, int role) const override;
    QVariant sortValue(const ReturnRecord& r, int column) const override;
};

/// Notifications, newest first; open ones bold.
class NotificationsModel : public RecordTableModel<Notification> {
    Q_OBJECT
public:
    // The notification itself last: it takes the width the others leave.
    enum Column { Time, Severity, House, State, Title, ColumnCount };
    using RecordTableModel::RecordTableModel;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    md::Status reload(const Database& database);
    /// Number of notifications not yet resolved.
    int openCount() const;

protected:
    int columns() const override { return ColumnCount; }
    qint64 idOf(const Notification& n) const override { return n.id; }
    QVariant cellData(const Notification& n, int column, int role) const override;
    QVariant sortValue(const Notification& n, int column) const override;
};

} // namespace md
