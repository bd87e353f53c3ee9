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

    /// Keeps an order that could not be read, with its raw body and why (replacing an earlier copy).
    Status quarantine(qint64 accountId, const QString& externalId, const QString& rawBody, const QString& error);
    /// Drops the quarantined copy of an order that has now been read.
    Status release(qint64 accountId, const QString& externalId);
    /// External ids and reasons of an account's quarantined orders.
    Result<QList<std::pair<QString, QString>>> quarantined(qint64 accountId) const;

private:
    Result<std::optional<Order>> findWhere(const QString& where, const QVariantMap& values) const;
    const Database& m_db;
};

} // namespace md
