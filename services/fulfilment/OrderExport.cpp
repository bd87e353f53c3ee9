#include "fulfilment/OrderExport.h"

#include "logging/LogCategories.h"

#include <QSaveFile>

using namespace Qt::StringLiterals;

namespace md {

namespace {
constexpr int kExportPage = 2000;
}

QStringList OrderExport::header()
{
    // Stable English column names: the file is for other programs as much as for people.
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
            u"ship_to"_s};
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
    const auto time = [](const QDateTime& t) {
        return t.isValid() ? t.toLocalTime().toString(Qt::ISODate) : QString();
    };
    return {o.orderNumber,
            o.externalId,
            o.houseName,
            providerKey(o.provider),
            time(o.marketplaceCreatedAt),
            o.buyerName.isEmpty() ? o.buyerUsername : o.buyerName,
            o.buyerEmail,
            o.status,
            o.paymentStatus,
            o.fulfillmentStatus,
            o.needsAttention ? u"yes"_s : u"no"_s,
            o.currency,
            decimal(o.subtotalMinor, o.currency),
            decimal(o.shippingMinor, o.currency),
            decimal(o.taxMinor, o.currency),
            decimal(o.discountMinor, o.currency),
            decimal(o.totalMinor, o.currency),
            o.carrier,
            o.trackingNumber,
            o.shippingAddress.formatted()};
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
        QByteArray chunk;
        for (const Order& o : std::as_const(*page))
            chunk += csvRecord(fields(o)).toUtf8();
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
