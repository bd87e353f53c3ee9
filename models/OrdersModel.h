#pragma once

#include "domain/Order.h"
#include "domain/OrderEvent.h"
#include "storage/repositories/OrderRepository.h"

#include <QAbstractTableModel>
#include <QCache>
#include <QHash>

#include <chrono>

class QTimer;

namespace md {

class ChangeFeed;
class DatabaseWorker;
class LiveRefresh;

/// What the details area of one order shows beyond its row: the items with where their stock is reserved, and
/// the timeline.
struct OrderDetails {
    QList<OrderItem> items;
    QHash<qint64, QString> locationCodes; ///< location id → code, for the items' allocations
    QList<OrderEvent> events;
};

/// The orders of every account, as many as the view scrolls to: rows arrive in keyset pages read on a database
/// worker (canFetchMore()/fetchMore()), so a million orders cost what the screen shows. Filter and sort run in
/// SQL; setting either reads the first page again. Every read runs off the GUI thread, and answers to questions
/// no longer asked (a filter already changed again) are dropped.
class OrdersModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Date, ShipBy, House, Number, Buyer, Status, Payment, Fulfillment, Total, Tracking, ColumnCount };
    static constexpr int kPageSize = 200;

    explicit OrdersModel(DatabaseWorker* worker, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;
    /// Date, Total and Status sort in SQL; other columns are not sortable (the sort stays as it was).
    void sort(int column, Qt::SortOrder order) override;

    const Order& record(int row) const { return m_rows.at(row); }
    int rowOfId(qint64 id) const { return m_rowById.value(id, -1); }
    OrderFilter filter() const { return m_filter; }
    OrderSort sortOrder() const { return m_sort; }
    /// The column the current sort is on.
    int sortColumn() const;
    /// The column that sorts by `key`.
    static int sortColumnOf(OrderSortKey key);
    /// How many orders match the filter (-1: still counting a new filter; a refresh keeps the last count meanwhile).
    qint64 matchCount() const { return m_matchCount; }
    /// Whether a read is under way (the first page, a further page or a refresh).
    bool isLoading() const { return m_pending > 0; }

    void setFilter(const OrderFilter& filter);
    /// Reads the rows shown again (after a sync or an action): rows keep their place when the order did not change.
    void refresh();
    /// Follows the change feed: a committed change to orders, their stock or their outbox entries — here, in
    /// another process or on another workstation — reads the rows again, at most once per kLiveRefresh.
    void follow(const ChangeFeed& feed);
    static constexpr std::chrono::milliseconds kLiveRefresh {1000};

    /// The order's details when they have been read; otherwise nullopt, and they are read (detailsReady follows).
    std::optional<OrderDetails> details(qint64 orderId);

    /// What the warehouse's queued action on the order is doing (empty: none).
    static QString actionText(const Order& order);
    /// Why a bold row needs attention, in words (empty when it does not).
    static QString attentionText(const Order& order);
    /// Whether the order is still to ship (open or partly shipped): the To ship view's orders.
    static bool stillToShip(const Order& order);
    /// Whether its ship-by time has passed while it is still to ship.
    static bool isLate(const Order& order, const QDateTime& now = {});
    /// The Ship by cell: the local time, "about …" when estimated, "… — late" when past; empty once shipped.
    static QString shipByText(const Order& order, const QDateTime& now = {});
    /// The sort a column stands for (nullopt: the column does not sort).
    static std::optional<OrderSortKey> sortKeyOf(int column);

    /// How long after an unreachable server the rows are read again.
    static constexpr std::chrono::seconds kRetryAfterUnreachable {5};

signals:
    /// matchCount() changed.
    void matchCountChanged(qint64 count);
    /// A first page (after a new filter, sort or refresh) replaced the rows.
    void rowsReplaced();
    void sortChanged(int column, Qt::SortOrder order);
    void detailsReady(qint64 orderId);
    /// A read failed (the message is for people; the log has the detail).
    void readFailed(const QString& message);

private:
    void reload(int minimumRows);
    void readPage();
    void readCount();
    void replaceRows(QList<Order> rows, bool atEnd);
    void appendRows(const QList<Order>& rows, bool atEnd);
    void begin();
    void end();
    QVariant cell(const Order& order, int column, int role) const;

    DatabaseWorker* m_worker;
    OrderFilter m_filter;
    OrderSort m_sort;
    QList<Order> m_rows;
    QHash<qint64, int> m_rowById;
    bool m_atEnd = false;
    bool m_fetching = false;
    qint64 m_matchCount = -1;
    quint64 m_generation = 0; ///< bumped by each new filter, sort or refresh; older answers are dropped
    int m_pending = 0;
    /// After a read failed because the database server could not be reached: the rows are read again on this
    /// timer until they come, so the pane fills by itself once the server is back.
    QTimer* m_retry = nullptr;
    LiveRefresh* m_live = nullptr; ///< a change came: the refresh it asks for, coalesced
    QCache<qint64, OrderDetails> m_details {64};
    QSet<qint64> m_detailsAsked;
};

} // namespace md
