#pragma once

#include "core/Result.h"

#include <QCoreApplication>

namespace md {

class Database;

/// What to take off the shelves for a set of orders: one line per location and SKU, with the quantity in total and
/// the orders it goes to. Lines whose stock is reserved come under their location (in location code order); lines
/// without a reservation (stock short, or no SKU) come last under "Not reserved", so nobody walks to an empty shelf.
struct PickList {
    struct Line {
        QString sku;
        QString title;
        int quantity = 0;
        QStringList orders; ///< order numbers, each once
    };
    struct Stop {
        QString locationCode; ///< empty: not reserved anywhere
        QString locationName;
        QList<Line> lines; ///< by SKU
    };
    QList<Stop> stops;
    int orderCount = 0;
    QList<qint64> orderIds; ///< the orders on the list
    int unitCount = 0;

    /// Reads the orders' items and groups them (orders that no longer exist are left out).
    static Result<PickList> build(const Database& database, const QList<qint64>& orderIds);
};

} // namespace md
