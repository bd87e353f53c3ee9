#pragma once

#include "domain/AccountStatus.h"
#include "domain/Stock.h"
#include "models/RecordTableModel.h"
#include "storage/Database.h"

namespace md {

/// Stock per SKU and location: on hand, reserved for orders, available.
class StockModel : public RecordTableModel<StockLevel> {
    Q_OBJECT
public:
    enum Column { Sku, Product, Location, OnHand, Reserved, Available, AllLocations, Updated, ColumnCount };
    using RecordTableModel::RecordTableModel;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

protected:
    int columns() const override { return ColumnCount; }
    qint64 idOf(const StockLevel& l) const override { return l.id; }
    QVariant cellData(const StockLevel& l, int column, int role) const override;
    QVariant sortValue(const StockLevel& l, int column) const override;
};

} // namespace md
