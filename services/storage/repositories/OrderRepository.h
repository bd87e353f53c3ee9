#pragma once

#include "domain/Types.h"
#include "storage/Database.h"

namespace md {

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
    Result<qint64> upsert(const Order& order);
    Result<std::optional<Order>> findById(qint64 id) const;
    Result<std::optional<Order>> findByExternalId(qint64 accountId, const QString& externalId) const;
    /// Newest first, at most `limit`, without items (lists never need them).
    Result<QList<Order>> listRecent(int limit) const;
    Result<qint64> count() const;
    Result<QList<OrderItem>> items(qint64 orderId) const;

private:
    Result<std::optional<Order>> findWhere(const QString& where, const QVariantMap& values) const;
    const Database& m_db;
};

} // namespace md
