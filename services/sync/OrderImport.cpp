#include "sync/OrderImport.h"

#include "inventory/StockAllocator.h"
#include "logging/LogCategories.h"
#include "providers/OrderSource.h"
#include "storage/Database.h"
#include "storage/repositories/OrderRepository.h"

#include <QJsonDocument>

namespace md {

QString OrderImport::resource() const
{
    return QString::fromLatin1(OrderSource::kResource);
}

Result<PageOutcome> OrderImport::storeEntries(const Account& account, const Page<Order>& page)
{
    OrderRepository orders(m_database);
    orders.deferSearchTerms();
    PageOutcome outcome;
    for (const PageEntry<Order>& entry : page.entries) {
        if (!entry.value) {
            if (Status kept =
                    orders.quarantine(account.id, entry.externalId,
                                      QString::fromUtf8(QJsonDocument(entry.raw).toJson(QJsonDocument::Compact)),
                                      entry.value.error().message);
                !kept)
                return kept.error();
            qCWarning(lcSync).noquote() << "quarantined:" << entry.value.error().message;
            ++outcome.quarantined;
            continue;
        }
        Order order = *entry.value;
        order.accountId = account.id;
        order.houseName = account.houseName;
        QStringList freed;
        auto stored = orders.upsert(order, &freed);
        if (!stored)
            return stored.error();
        // Stock follows the order in the same transaction: reserved on import, released on cancel (or when a
        // line is dropped), consumed when shipped.
        if (auto allocated = StockAllocator(m_database).apply(*stored, order.status, account.defaultLocationId, freed);
            !allocated)
            return allocated.error();
        if (Status released = orders.release(account.id, order.externalId); !released)
            return released.error();
        ++outcome.imported;
    }
    if (Status indexed = orders.writeDeferredSearchTerms(); !indexed)
        return indexed.error();
    return outcome;
}

} // namespace md
