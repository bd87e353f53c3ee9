#pragma once

#include "core/Result.h"
#include "domain/Order.h"
#include "domain/Outbox.h"
#include "domain/Provider.h"

#include <QCoreApplication>

#include <functional>

namespace md {

class Database;

/// Why a seller cancels an order, and each marketplace's word for it (empty: that marketplace has no such
/// reason).
struct CancelReason {
    QString key; ///< "buyer_asked", "out_of_stock", "address", "fraud", "other"
    QString label;
    QString ebayCode; ///< eBay Post-Order cancelReason
    QString shopifyCode; ///< Shopify OrderCancelReason
};

/// The warehouse's actions on orders. Each changes the local order and, for what must reach the marketplace,
/// writes the outbox entry in the same transaction (with an idempotency key: the same action twice is queued
/// once). The OutboxSender delivers them.
class OrderActions {
    Q_DECLARE_TR_FUNCTIONS(md::OrderActions)
public:
    static constexpr auto kShip = kShipActionKey; ///< (the outbox's keys: domain OutboxAction)
    static constexpr auto kCancel = kCancelActionKey;

    explicit OrderActions(const Database& database)
        : m_db(database)
    {
    }

    struct Shipment {
        qint64 orderId = 0;
        QString carrierId; ///< Carriers::all() id
        QString trackingNumber; ///< as typed or scanned (normalized here)
        QDateTime shippedAt; ///< UTC; invalid: now
    };
    /// Ship with carrier and tracking number: checked, recorded on the order, queued for the marketplace.
    /// Returns the outbox entry's id.
    Result<qint64> ship(const Shipment& shipment);
    /// Cancel with a reason, where the marketplace lets a seller cancel. Returns the outbox entry's id.
    Result<qint64> cancel(qint64 orderId, const QString& reasonKey, const QString& note);
    /// The order was packed (a local step).
    Status markPacked(qint64 orderId);
    /// Marks the orders of a pick list that was printed or saved as picked, leaving out those no longer to be
    /// fulfilled (cancelled or shipped meanwhile); returns how many were marked.
    Result<int> markPicked(const QList<qint64>& orderIds);
    /// A person asks to send a stopped (conflicting or failed) action again; it is looked up first.
    Status retry(qint64 outboxId);
    /// A person withdraws an action that was not sent (or stopped): the order is as the marketplace has it.
    Status withdraw(qint64 outboxId);

    /// Whether Marketdesk can cancel this marketplace's orders (Amazon orders are cancelled in Seller Central).
    static bool canCancel(Provider provider);
    /// The reasons a seller may give on this marketplace.
    static QList<CancelReason> cancelReasons(Provider provider);
    /// What stops the order from being shipped or cancelled now (empty: nothing).
    static QString shipProblem(const Order& order);
    static QString cancelProblem(const Order& order);

private:
    Result<Order> load(qint64 orderId) const;
    Result<OutboxEntry> loadEntry(qint64 outboxId) const;
    Status supersedeStopped(qint64 orderId);
    /// One transaction: a stopped earlier action replaced, the entry queued, `localChange` (may be empty), the
    /// order marked waiting and its timeline event.
    Result<qint64> queue(const Order& order, const OutboxEntry& entry, const QString& event, const QString& detail,
                         const std::function<Status()>& localChange);
    const Database& m_db;
};

} // namespace md
