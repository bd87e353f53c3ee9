#include "fulfilment/OrderActions.h"

#include "fulfilment/Carriers.h"
#include "providers/OrderNormalizing.h"
#include "storage/Database.h"
#include "storage/repositories/OrderRepository.h"
#include "storage/repositories/OutboxRepository.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace md {

namespace {
QString compact(const QJsonObject& object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}
} // namespace

Result<Order> OrderActions::load(qint64 orderId) const
{
    auto order = OrderRepository(m_db).findById(orderId);
    if (!order)
        return order.error();
    if (!order->has_value())
        return Error {u"order.not-found"_s, tr("The order no longer exists."), {}};
    return **order;
}

QString OrderActions::shipProblem(const Order& o)
{
    if (o.status == orderstatus::Cancelled)
        return tr("Order %1 is cancelled; it cannot be shipped.").arg(o.displayNumber());
    if (o.status == orderstatus::Shipped)
        return tr("Order %1 has already been shipped.").arg(o.displayNumber());
    if (o.status == orderstatus::Pending)
        return tr("Order %1 is not paid yet; ship it once the payment has cleared.").arg(o.displayNumber());
    if (o.pendingAction == QLatin1StringView(kShip) && o.actionError.isEmpty())
        return tr("A shipment of order %1 is already waiting to be sent.").arg(o.displayNumber());
    if (o.pendingAction == QLatin1StringView(kCancel) && o.actionError.isEmpty())
        return tr("A cancellation of order %1 is waiting to be sent.").arg(o.displayNumber());
    if (o.provider != Provider::Ebay && o.provider != Provider::Amazon && o.provider != Provider::Shopify)
        return tr("Marketdesk cannot ship %1 orders.").arg(providerDisplayName(o.provider));
    return {};
}

QString OrderActions::cancelProblem(const Order& o)
{
    if (!canCancel(o.provider)) {
        return tr("%1 does not let apps cancel orders; cancel order %2 in Seller Central.")
            .arg(providerDisplayName(o.provider), o.displayNumber());
    }
    if (o.status == orderstatus::Cancelled)
        return tr("Order %1 is already cancelled.").arg(o.displayNumber());
    if (o.status == orderstatus::Shipped || o.status == orderstatus::PartiallyShipped)
        return tr("Order %1 has been shipped; handle it as a return instead.").arg(o.displayNumber());
    if (!o.pendingAction.isEmpty() && o.actionError.isEmpty())
        return tr("An action on order %1 is already waiting to be sent.").arg(o.displayNumber());
    return {};
}

bool OrderActions::canCancel(Provider provider)
{
    return provider == Provider::Ebay || provider == Provider::Shopify;
}

QList<CancelReason> OrderActions::cancelReasons(Provider provider)
{
    const QList<CancelReason> all {
        {u"buyer_asked"_s, tr("The buyer asked to cancel"), u"BUYER_ASKED_CANCEL"_s, u"CUSTOMER"_s},
        {u"out_of_stock"_s, tr("Out of stock, or cannot be fulfilled"), u"OUT_OF_STOCK_OR_CANNOT_FULFILL"_s,
         u"INVENTORY"_s},
        {u"address"_s, tr("Problem with the shipping address"), u"ADDRESS_ISSUES"_s, u"OTHER"_s},
        {u"fraud"_s, tr("Suspected fraud"), {}, u"FRAUD"_s},
        {u"other"_s, tr("Another reason"), {}, u"OTHER"_s},
    };
    QList<CancelReason> offered;
    for (const CancelReason& reason : all) {
        if ((provider == Provider::Ebay && !reason.ebayCode.isEmpty()) ||
            (provider == Provider::Shopify && !reason.shopifyCode.isEmpty()))
            offered << reason;
    }
    return offered;
}

Result<qint64> OrderActions::ship(const Shipment& s)
{
    auto order = load(s.orderId);
    if (!order)
        return order.error();
    if (const QString problem = shipProblem(*order); !problem.isEmpty())
        return Error {u"order.cannot-ship"_s, problem, {}};
    const QString tracking = Carriers::normalizeTracking(s.trackingNumber);
    if (Status valid = Carriers::validateTracking(s.carrierId, tracking); !valid)
        return valid.error();
    const Carrier carrier = *Carriers::find(s.carrierId);
    QJsonArray lines;
    for (const OrderItem& item : std::as_const(order->items))
        lines << QJsonObject {{u"lineId"_s, item.externalLineId}, {u"quantity"_s, item.quantity}};
    const QDateTime shippedAt = s.shippedAt.isValid() ? s.shippedAt.toUTC() : QDateTime::currentDateTimeUtc();
    OutboxEntry entry;
    entry.accountId = order->accountId;
    entry.orderId = order->id;
    entry.action = QString::fromLatin1(kShip);
    // The same shipment (order and tracking number) is one action, however often it is asked for.
    entry.idempotencyKey = u"order.ship:%1:%2:%3"_s.arg(order->accountId).arg(order->externalId, tracking);
    entry.payload = compact({{u"orderExternalId"_s, order->externalId},
                             {u"carrier"_s, carrier.id},
                             {u"carrierCode"_s, Carriers::codeFor(carrier, order->provider)},
                             {u"trackingNumber"_s, tracking},
                             {u"shippedAt"_s, shippedAt.toString(Qt::ISODateWithMs)},
                             {u"lines"_s, lines}});

    return queue(*order, entry, orderevent::ShipQueued, u"%1 %2"_s.arg(carrier.name, tracking),
                 [&] { return OrderRepository(m_db).setShipment(order->id, carrier.id, tracking); });
}

Result<qint64> OrderActions::cancel(qint64 orderId, const QString& reasonKey, const QString& note)
{
    auto order = load(orderId);
    if (!order)
        return order.error();
    if (const QString problem = cancelProblem(*order); !problem.isEmpty())
        return Error {u"order.cannot-cancel"_s, problem, {}};
    std::optional<CancelReason> reason;
    for (const CancelReason& r : cancelReasons(order->provider)) {
        if (r.key == reasonKey)
            reason = r;
    }
    if (!reason)
        return Error {u"order.cancel-reason"_s, tr("Choose why the order is cancelled."), reasonKey};
    OutboxEntry entry;
    entry.accountId = order->accountId;
    entry.orderId = order->id;
    entry.action = QString::fromLatin1(kCancel);
    entry.idempotencyKey = u"order.cancel:%1:%2"_s.arg(order->accountId).arg(order->externalId);
    entry.payload =
        compact({{u"orderExternalId"_s, order->externalId},
                 {u"reason"_s, reason->key},
                 {u"reasonCode"_s, order->provider == Provider::Ebay ? reason->ebayCode : reason->shopifyCode},
                 {u"note"_s, note.trimmed()}});
    return queue(*order, entry, orderevent::CancelQueued, reason->label, {});
}

Result<qint64> OrderActions::queue(const Order& order, const OutboxEntry& entry, const QString& event,
                                   const QString& detail, const std::function<Status()>& localChange)
{
    Transaction transaction(m_db);
    if (!transaction.isActive())
        return transaction.error();
    OrderRepository orders(m_db);
    if (Status superseded = supersedeStopped(order.id); !superseded)
        return superseded.error();
    auto queued = OutboxRepository(m_db).enqueue(entry);
    if (!queued)
        return queued.error();
    if (localChange) {
        if (Status changed = localChange(); !changed)
            return changed.error();
    }
    if (Status set = orders.setPendingAction(order.id, entry.action, {}); !set)
        return set.error();
    if (Status logged = orders.addEvent(order.id, event, detail); !logged)
        return logged.error();
    if (Status committed = transaction.commit(); !committed)
        return committed.error();
    return *queued;
}

Status OrderActions::supersedeStopped(qint64 orderId)
{
    // A new request on an order whose last action stopped (a conflict, a refusal) replaces it.
    auto latest = OutboxRepository(m_db).latestForOrder(orderId);
    if (!latest)
        return latest.error();
    if (!latest->has_value() || !outboxStopped((*latest)->state))
        return {};
    if (Status s = OutboxRepository(m_db).withdraw((*latest)->id); !s)
        return s;
    return OrderRepository(m_db).addEvent(orderId, orderevent::Withdrawn, (*latest)->lastError);
}

Status OrderActions::markPacked(qint64 orderId)
{
    auto order = load(orderId);
    if (!order)
        return order.error();
    if (order->status == orderstatus::Cancelled)
        return Error {
            u"order.cannot-pack"_s, tr("Order %1 is cancelled; do not pack it.").arg(order->displayNumber()), {}};
    return OrderRepository(m_db).markPacked(orderId, QDateTime::currentDateTimeUtc());
}

Result<int> OrderActions::markPicked(const QList<qint64>& orderIds)
{
    QList<qint64> open;
    for (qint64 id : orderIds) {
        auto order = OrderRepository(m_db).findById(id);
        if (!order)
            return order.error();
        if (order->has_value() && (*order)->status == orderstatus::Open)
            open << id;
    }
    if (Status marked = OrderRepository(m_db).markPicked(open, QDateTime::currentDateTimeUtc()); !marked)
        return marked.error();
    return int(open.size());
}

Result<OutboxEntry> OrderActions::loadEntry(qint64 outboxId) const
{
    auto entry = OutboxRepository(m_db).find(outboxId);
    if (!entry)
        return entry.error();
    if (!entry->has_value())
        return Error {u"outbox.not-found"_s, tr("The action no longer exists."), {}};
    return **entry;
}

Status OrderActions::retry(qint64 outboxId)
{
    OutboxRepository outbox(m_db);
    auto entry = loadEntry(outboxId);
    if (!entry)
        return entry.error();
    if (!outboxStopped(entry->state))
        return Error {u"outbox.not-stopped"_s, tr("Only a stopped action can be tried again."), {}};
    Transaction transaction(m_db);
    if (!transaction.isActive())
        return transaction.error();
    if (Status s = outbox.requeue(outboxId); !s)
        return s;
    if (entry->orderId) {
        OrderRepository orders(m_db);
        if (Status s = orders.setPendingAction(*entry->orderId, entry->action, {}); !s)
            return s;
        if (Status s = orders.addEvent(*entry->orderId, orderevent::Retried, entry->lastError); !s)
            return s;
    }
    return transaction.commit();
}

Status OrderActions::withdraw(qint64 outboxId)
{
    OutboxRepository outbox(m_db);
    auto entry = loadEntry(outboxId);
    if (!entry)
        return entry.error();
    Transaction transaction(m_db);
    if (!transaction.isActive())
        return transaction.error();
    if (Status s = outbox.withdraw(outboxId); !s)
        return s;
    if (entry->orderId) {
        OrderRepository orders(m_db);
        if (Status s = orders.setPendingAction(*entry->orderId, {}, {}); !s)
            return s;
        if (Status s = orders.addEvent(*entry->orderId, orderevent::Withdrawn, {}); !s)
            return s;
    }
    return transaction.commit();
}

} // namespace md
