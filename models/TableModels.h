#pragma once

// The item models behind the main window's panes. Each is a RecordTableModel with a column enum; reload()
// reads its rows through the repositories.

#include "domain/Types.h"
#include "models/RecordTableModel.h"
#include "storage/Database.h"

namespace md {

/// Accounts, one row per account.
class AccountsModel : public RecordTableModel<Account> {
    Q_OBJECT
public:
    enum Column { House, Provider, Environment, MarketplaceUser, Purpose, Marketplace, Status, Connected, ColumnCount };
    using RecordTableModel::RecordTableModel;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    md::Status reload(const Database& database);

protected:
    int columns() const override { return ColumnCount; }
    qint64 idOf(const Account& a) const override { return a.id; }
    QVariant cellData(const Account& a, int column, int role) const override;
    QVariant sortValue(const Account& a, int column) const override;
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

/// Orders of every account, newest first.
class OrdersModel : public RecordTableModel<Order> {
    Q_OBJECT
public:
    enum Column { Date, House, Number, Buyer, Status, Payment, Fulfillment, Total, Tracking, ColumnCount };
    using RecordTableModel::RecordTableModel;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    /// Loads the newest `limit` orders (lazy keyset paging over the whole table comes with the orders work).
    md::Status reload(const Database& database, int limit = 5000);

protected:
    int columns() const override { return ColumnCount; }
    qint64 idOf(const Order& o) const override { return o.id; }
    QVariant cellData(const Order& o, int column, int role) const override;
    QVariant sortValue(const Order& o, int column) const override;
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
    enum Column { Time, Severity, House, Title, State, ColumnCount };
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
