#pragma once

#include "domain/Order.h"

#include <QCoreApplication>
#include <QString>

namespace md {

/// People's words for the codes Marketdesk stores: order, payment and fulfilment states, the warehouse's own
/// steps, why a line waits. Every pane, dialog, export and notification shows these, in the current language;
/// the codes themselves appear only in a details "technical" line. A code this build does not know is shown as
/// it came, so nothing is hidden.
class Words {
    Q_DECLARE_TR_FUNCTIONS(md::Words)
public:
    static QString orderStatus(const QString& code);
    static QString paymentStatus(const QString& code);
    static QString fulfilmentStatus(const QString& code);
    /// Where the order is on the floor: its fulfilment state, or the warehouse's own later step — picked, packed
    /// — while the marketplace still says it is not shipped.
    static QString floorState(const Order& order);
    /// Why a line holds no stock (waitingreason keys); empty for a line that holds stock.
    static QString waitingReason(const QString& code, const QString& sku);
    /// The codes behind an order's words, for the details' technical line: "OPEN · PAID · NOT_STARTED".
    static QString technical(const Order& order);
    /// A synced resource's name in a sentence ("orders", "listings"…): the sync cursor's key in words.
    static QString syncedResource(const QString& resource);
};

} // namespace md
