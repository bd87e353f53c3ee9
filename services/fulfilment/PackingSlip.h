#pragma once

#include "core/Result.h"
#include "domain/Order.h"

#include <QHash>

namespace md {

class Database;

/// What goes in the box with each order: the orders (with their lines) in the order asked for, and where each
/// reserved line's stock is, so the packer can check the shelf. Orders that no longer exist are left out.
struct PackingSlips {
    QList<Order> orders;
    QHash<qint64, QString> locationCodes; ///< location id → code

    static Result<PackingSlips> build(const Database& database, const QList<qint64>& orderIds);
};

} // namespace md
