#pragma once

#include "core/Result.h"
#include "storage/repositories/OrderRepository.h"

#include <QCoreApplication>

#include <atomic>
#include <functional>

namespace md {

/// The orders of a filtered view as CSV (RFC 4180: comma separated, CRLF line ends, fields with a comma, quote or
/// line break quoted and their quotes doubled; UTF-8 with a byte-order mark so spreadsheet programs read accents).
///
/// The file is written through QSaveFile: it appears complete or not at all, never half-written. Rows are read in
/// keyset pages, so a million orders never sit in memory at once.
class OrderExport {
    Q_DECLARE_TR_FUNCTIONS(md::OrderExport)
public:
    /// Column titles, in order.
    static QStringList header();
    /// One order's fields, in header() order. Money is a plain decimal in the currency's minor digits ("19.99",
    /// "1200" for JPY); times are ISO 8601 with the local offset.
    static QStringList fields(const Order& order);
    /// Quotes one field as RFC 4180 requires.
    static QString csvField(const QString& value);
    /// One record: the fields joined by commas, ended by CRLF.
    static QString csvRecord(const QStringList& fields);

    /// Writes every order matching `filter` in `sort` order to `path`. `progress` hears the rows written so far;
    /// setting `cancel` stops the export and leaves no file. Returns the number of orders written.
    static Result<qint64> writeCsv(const Database& database, const OrderFilter& filter, const OrderSort& sort,
                                   const QString& path, const std::function<void(qint64 written)>& progress = {},
                                   const std::atomic_bool* cancel = nullptr);

    /// Minor units as a decimal in the currency's digits, without grouping: 1999 USD → "19.99", -5 EUR → "-0.05".
    static QString decimal(qint64 minor, const QString& currency);
};

} // namespace md
