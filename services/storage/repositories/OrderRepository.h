#pragma once

#include "domain/Order.h"
#include "domain/OrderEvent.h"
#include "domain/Provider.h"
#include "storage/Database.h"

#include <functional>

namespace md {

/// Which orders the orders pane shows: those matching every condition set.
struct OrderFilter {
    QString houseName; ///< empty: every house
    std::optional<Provider> provider;
    QString status; ///< Marketdesk status (orderstatus::…); empty: any
    QDateTime fromUtc; ///< placed at or after (invalid: no lower bound)
    QDateTime toUtc; ///< placed before (invalid: no upper bound)
    QString text; ///< words, each matched as a prefix of a word of the order number, buyer, SKUs or tracking
    bool needsAttention = false; ///< only orders flagged Needs attention
    bool toShip = false; ///< only orders still to ship: open or partly shipped (the To ship view)
    QList<qint64> ids; ///< only these orders (a scanned code's); empty: no such condition
    bool operator==(const OrderFilter&) const = default;
};

/// What the orders pane sorts by (ties broken by id, so every order has one place).
enum class OrderSortKey {
    Placed, ///< when the buyer placed it
    Total, ///< total in minor units (currencies are not converted)
    Status, ///< status, then placed
    ShipBy, ///< when it must leave (the marketplace's ship-by date, or placed + the default handling time)
};

struct OrderSort {
    OrderSortKey key = OrderSortKey::Placed;
    Qt::SortOrder order = Qt::DescendingOrder;
    bool operator==(const OrderSort&) const = default;
};

/// Where a page ended: the last row's sort values and id. The next page starts after it (keyset pagination:
/// every page costs the same, however deep).
struct OrderPosition {
    QVariantList keys;
    qint64 id = 0;
};

/// Orders with their items (one aggregate), keyed by (account, external id).
class OrderRepository {
    Q_DECLARE_TR_FUNCTIONS(md::OrderRepository)
public:
    explicit OrderRepository(const Database& database)
        : m_db(database)
    {
    }

    /// Inserts or updates an order and its items in the caller's transaction (or autocommit) and returns its id.
    /// Items are matched by external line id; lines the marketplace no longer sends are removed.
    /// Inserts or updates the order and its lines. A line the marketplace no longer lists is removed; what it held
    /// is given back to the shelf (a ledger row) and its SKU added to `freedSkus`, for StockAllocator::apply to
    /// hand to the orders waiting for it.
    Result<qint64> upsert(const Order& order, QStringList* freedSkus = nullptr);
    /// From now on, upsert() keeps the search terms it would write, and writeDeferredSearchTerms() writes them all
    /// at once (call it before the transaction commits). A page import does this: SQLite's FTS5 flushes what it
    /// holds at every statement savepoint, so search rows interleaved with the other writes cost an index segment
    /// per order instead of one per page.
    void deferSearchTerms() { m_deferSearch = true; }
    Status writeDeferredSearchTerms();
    Result<std::optional<Order>> findById(qint64 id) const;
    /// The line items of these orders, by order id, read a hundred orders at a time.
    Result<QHash<qint64, QList<OrderItem>>> itemsOf(const QList<qint64>& orderIds) const;
    /// What people call each of these orders (Order::displayNumber()), by id, read a hundred at a time; ids no
    /// longer stored are left out.
    Result<QHash<qint64, QString>> displayNumbers(const QList<qint64>& ids) const;
    Result<std::optional<Order>> findByExternalId(qint64 accountId, const QString& externalId) const;
    /// Newest first, at most `limit`, without items (lists never need them).
    Result<QList<Order>> listRecent(int limit) const;
    Result<qint64> count() const;

    /// One page of the orders matching `filter` in `sort` order, after `after` (nullopt: from the start), at most
    /// `limit`, without items. Filters, search and sort run in SQL on indexes (FTS5 / tsvector for text).
    Result<QList<Order>> page(const OrderFilter& filter, const OrderSort& sort,
                              const std::optional<OrderPosition>& after, int limit) const;
    /// How many orders match.
    Result<qint64> count(const OrderFilter& filter) const;
    /// The position of an order in `sort` order (to page on after it).
    static OrderPosition positionOf(const Order& order, const OrderSort& sort);
    /// The order a scanned code names: its order number (with or without Shopify's "#"), marketplace id or
    /// tracking number, exactly. Newest first when several match.
    Result<QList<Order>> findByCode(const QString& code) const;
    /// The text search indexes for an order: letters and digits in lower case without accents, one word each.
    static QString searchTerms(const Order& order);
    /// Writes the order's search words again from what is stored (after its lines changed here, not by a sync:
    /// a SKU mapped by hand).
    Status reindex(qint64 orderId);
    /// A person's search words as the index reads them (empty when nothing searchable is left).
    static QStringList searchWords(const QString& text);

    /// The order's timeline, oldest first.
    Result<QList<OrderEvent>> events(qint64 orderId) const;
    Status addEvent(qint64 orderId, const QString& kind, const QString& detail, const QDateTime& at = {});
    /// The order was packed (a warehouse step, with a timeline event).
    Status markPacked(qint64 orderId, const QDateTime& at);
    /// Marks the orders picked at `at` (each gets a Picked step in its timeline), in one transaction.
    Status markPicked(const QList<qint64>& orderIds, const QDateTime& at);
    /// The warehouse's request waiting in the outbox ("order.ship", "order.cancel"; empty: none) and why the
    /// last one stopped (empty: it did not).
    Status setPendingAction(qint64 orderId, const QString& action, const QString& error);
    /// Records the carrier and tracking number the warehouse shipped with.
    Status setShipment(qint64 orderId, const QString& carrier, const QString& trackingNumber);
    /// The warehouse's own note on the order (empty: none); syncs never change it.
    Status setWarehouseNote(qint64 orderId, const QString& note);
    /// The marketplace confirmed a shipment or cancellation: the order's status (and fulfilment status) move on.
    Status setStatus(qint64 orderId, const QString& status, const QString& fulfilmentStatus);
    Result<QList<OrderItem>> items(qint64 orderId) const;

    /// Keeps an order that could not be read, with its raw body and why (replacing an earlier copy).
    Status quarantine(qint64 accountId, const QString& externalId, const QString& rawBody, const QString& error);
    /// Drops the quarantined copy of an order that has now been read.
    Status release(qint64 accountId, const QString& externalId);
    /// External ids and reasons of an account's quarantined orders.
    Result<QList<std::pair<QString, QString>>> quarantined(qint64 accountId) const;

private:
    /// Runs `sqlWithIds` (its %1 is the list of bound ids) for the ids a hundred at a time, calling `row` per row.
    Status forIdChunks(const QString& sqlWithIds, const QList<qint64>& ids,
                       const std::function<void(SqlQuery&)>& row) const;
    Status writeSearchTerms(qint64 orderId, const Order& order);
    Status writeSearchTerms(qint64 orderId, const QString& terms);
    /// Sets a warehouse step's time (`column`: packed_at, picked_at) and adds its timeline event, in one
    /// transaction.
    Status markStep(const QList<qint64>& orderIds, const QString& column, const QString& event, const QDateTime& at);
    Result<std::optional<Order>> findWhere(const QString& where, const QVariantMap& values) const;
    const Database& m_db;
    bool m_deferSearch = false;
    QList<std::pair<qint64, QString>> m_deferredTerms; ///< order id, its search terms
};

} // namespace md
