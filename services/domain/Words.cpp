#include "domain/Words.h"

using namespace Qt::StringLiterals;

namespace md {

namespace {
QString unknown(const QString& code)
{
    return code.isEmpty() ? QString() : Words::tr("Other (%1)").arg(code);
}
} // namespace

QString Words::orderStatus(const QString& code)
{
    if (code == orderstatus::Pending)
        return tr("Awaiting payment");
    if (code == orderstatus::Open)
        return tr("Open");
    if (code == orderstatus::PartiallyShipped)
        return tr("Partly shipped");
    if (code == orderstatus::Shipped)
        return tr("Shipped");
    if (code == orderstatus::Cancelled)
        return tr("Cancelled");
    return unknown(code);
}

QString Words::paymentStatus(const QString& code)
{
    if (code == paymentstatus::Pending)
        return tr("Payment pending");
    if (code == paymentstatus::Paid)
        return tr("Paid");
    if (code == paymentstatus::PartiallyRefunded)
        return tr("Partly refunded");
    if (code == paymentstatus::Refunded)
        return tr("Refunded");
    if (code == paymentstatus::Voided)
        return tr("Voided");
    if (code == paymentstatus::Failed)
        return tr("Payment failed");
    return unknown(code);
}

QString Words::fulfilmentStatus(const QString& code)
{
    if (code == fulfilmentstatus::NotStarted)
        return tr("Not shipped");
    if (code == fulfilmentstatus::InProgress)
        return tr("Partly shipped");
    if (code == fulfilmentstatus::Fulfilled)
        return tr("Shipped");
    return unknown(code);
}

QString Words::floorState(const Order& order)
{
    const bool notShipped = order.fulfilmentStatus.isEmpty() || order.fulfilmentStatus == fulfilmentstatus::NotStarted;
    if (notShipped && order.status != orderstatus::Cancelled && order.status != orderstatus::Shipped) {
        if (order.packedAt.isValid())
            return tr("Packed");
        if (order.pickedAt.isValid())
            return tr("Picked");
    }
    return fulfilmentStatus(order.fulfilmentStatus);
}

QString Words::waitingReason(const QString& code, const QString& sku)
{
    if (code == waitingreason::NoSku)
        return tr("No SKU to reserve: map the line to a SKU");
    if (code == waitingreason::Counted)
        return tr("A stock count left too little for this order");
    if (code == waitingreason::Released)
        return tr("Released by hand: reserve it again by hand");
    if (code == waitingreason::Short)
        return tr("Not enough %1 available").arg(sku);
    return {};
}

QString Words::technical(const Order& order)
{
    QStringList codes {order.status, order.paymentStatus, order.fulfilmentStatus};
    codes.removeAll(QString());
    return codes.join(u" · "_s);
}

QString Words::syncedResource(const QString& resource)
{
    if (resource == "orders"_L1)
        return tr("orders");
    if (resource == "listings"_L1)
        return tr("listings");
    if (resource == "returns"_L1)
        return tr("returns");
    if (resource == "messages"_L1)
        return tr("messages");
    return resource;
}

} // namespace md
