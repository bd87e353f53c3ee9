#include "fulfilment/OrderExport.h"

#include "domain/Words.h"
#include "fulfilment/Carriers.h"
#include "logging/LogCategories.h"

#include <QSaveFile>

using namespace Qt::StringLiterals;

namespace md {

namespace {
constexpr int kExportPage = 2000;
}

QStringList OrderExport::header()
{
    // Stable English column names: the file is for other programs as much as for people. Status columns hold
    // words in the language of the app (for people); the *_code columns hold Marketdesk's codes (for programs).
    return {u"order_number"_s,
            u"marketplace_order_id"_s,
            u"house"_s,
            u"marketplace"_s,
            u"placed_at"_s,
            u"buyer"_s,
            u"buyer_email"_s,
            u"status"_s,
            u"payment"_s,
            u"fulfillment"_s,
            u"needs_attention"_s,
            u"currency"_s,
            u"subtotal"_s,
            u"shipping"_s,
            u"tax"_s,
            u"discount"_s,
            u"total"_s,
            u"carrier"_s,
            u"tracking_number"_s,
            u"ship_to"_s,
            u"skus"_s,
            u"items"_s,
            u"status_code"_s,
            u"payment_code"_s,
            u"fulfillment_code"_s,
            u"buyer_note"_s,
            u"warehouse_note"_s};
}

QString OrderExport::decimal(qint64 minor, const QString& currency)
{
    const int digits = Money::minorDigits(currency);
    const bool negative = minor < 0;
    QString text = QString::number(negative ? -minor : minor);
    if (digits > 0) {
        if (text.size() <= digits)
            text = QString(digits - text.size() + 1, u'0') + text;
        text.insert(text.size() - digits, u'.');
    }
    return negative ? u"-"_s + text : text;
}

QStringList OrderExport::fields(const Order& o)
{
    // Times in local time with their offset from UTC ("2026-11-20T04:30:00-05:00"): the same instant anywhere.
    const auto time = [](const QDateTime& t) {
        if (!t.isValid())
            return QString();
        const QDateTime local = t.toLocalTime();
        return local.toOffsetFromUtc(local.offsetFromUtc()).toString(Qt::ISODate);
    };
    QStringList skus;
    QStringList items;
    for (const OrderItem& item : o.items) {
        if (!item.sku.isEmpty() && !skus.contains(item.sku))
            skus << item.sku;
        items << tr("%1 × %2 %3").arg(item.quantity).arg(item.sku.isEmpty() ? tr("(no SKU)") : item.sku, item.title);
    }
    const std::optional<Carrier> carrier = Carriers::find(o.carrier);
    return {o.orderNumber,
            o.externalId,
            o.houseName,
            providerDisplayName(o.provider),
            time(o.marketplaceCreatedAt),
            o.buyerName.isEmpty() ? o.buyerUsername : o.buyerName,
            o.buyerEmail,
            Words::orderStatus(o.status),
            Words::paymentStatus(o.paymentStatus),
            Words::floorState(o),
            o.needsAttention ? tr("yes") : tr("no"),
            o.currency,
            decimal(o.subtotalMinor, o.currency),
            decimal(o.shippingMinor, o.currency),
            decimal(o.taxMinor, o.currency),
            decimal(o.discountMinor, o.currency),
            decimal(o.totalMinor, o.currency),
            carrier ? carrier->name : o.carrier,
            o.trackingNumber,
            o.shippingAddress.formatted(),
            skus.join(u' '),
            items.join(u"; "_s),
            o.status,
            o.paymentStatus,
            o.fulfilmentStatus,
            o.notes,
            o.warehouseNote};
}

QString OrderExport::csvField(const QString& value)
{
    if (!value.contains(u',') && !value.contains(u'"') && !value.contains(u'\n') && !value.contains(u'\r'))
        return value;
    QString quoted = value;
    quoted.replace(u'"', u"\"\""_s);
    return u'"' + quoted + u'"';
}

QString OrderExport::csvRecord(const QStringList& fields)
{
    QStringList quoted;
    quoted.reserve(fields.size());
    for (const QString& f : fields)
        quoted << csvField(f);
    return quoted.join(u',') + u"\r\n"_s;
}

Result<qint64> OrderExport::writeCsv(const Database& database, const OrderFilter& filter, const OrderSort& sort,
                                     const QString& path, const std::function<void(qint64)>& progress,
                                     const std::atomic_bool* cancel)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        return Error {u"export.open-failed"_s, tr("Could not write %1: %2").arg(path, file.errorString()),
                      file.errorString()};
    }
    const auto fail = [&](const QString& why) -> Error {
        file.cancelWriting();
        return Error {u"export.write-failed"_s, tr("Could not write %1: %2").arg(path, why), why};
    };
    file.write("\xEF\xBB\xBF"); // UTF-8 byte-order mark
    file.write(csvRecord(header()).toUtf8());
    OrderRepository orders(database);
    std::optional<OrderPosition> after;
    qint64 written = 0;
    for (;;) {
        if (cancel && cancel->load()) {
            file.cancelWriting();
            return Error {u"export.cancelled"_s, tr("The export was cancelled; no file was written."), {}};
        }
        auto page = orders.page(filter, sort, after, kExportPage);
        if (!page) {
            file.cancelWriting();
            return page.error();
        }
        // The page's line items, with their SKUs, in one read.
        QList<qint64> ids;
        for (const Order& o : std::as_const(*page))
            ids << o.id;
        auto items = orders.itemsOf(ids);
        if (!items) {
            file.cancelWriting();
            return items.error();
        }
        QByteArray chunk;
        for (Order& o : *page) {
            o.items = items->value(o.id);
            chunk += csvRecord(fields(o)).toUtf8();
        }
        if (file.write(chunk) != chunk.size())
            return fail(file.errorString());
        written += page->size();
        if (progress)
            progress(written);
        if (page->size() < kExportPage)
            break;
        after = OrderRepository::positionOf(page->constLast(), sort);
    }
    if (!file.commit())
        return fail(file.errorString());
    qCInfo(lcStorage).noquote() << "exported" << written << "orders as CSV";
    return written;
}

} // namespace md
