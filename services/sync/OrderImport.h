#pragma once

#include "domain/Order.h"
#include "sync/PageSink.h"

namespace md {

class Database;

/// The orders sink: each order upserted by (account, external id) with its stock reserved, released or consumed
/// (StockAllocator), and dropped from the quarantine once read; an order that cannot be read is quarantined with
/// its raw body and the reason.
class OrderImport : public TypedPageSink<Order> {
public:
    explicit OrderImport(const Database& database)
        : m_database(database)
    {
    }
    QString resource() const override;

protected:
    Result<PageOutcome> storeEntries(const Account& account, const Page<Order>& page) override;

private:
    const Database& m_database;
};

} // namespace md
