#pragma once

#include "domain/AccountStatus.h"
#include "domain/Listing.h"
#include "models/RecordTableModel.h"
#include "storage/Database.h"

namespace md {

/// Listings, one row per SKU.
class ListingsModel : public RecordTableModel<Listing> {
    Q_OBJECT
public:
    enum Column { Sku, Title, Price, Quantity, Offers, Updated, ColumnCount };
    using RecordTableModel::RecordTableModel;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    md::Status reload(const Database& database);

protected:
    int columns() const override { return ColumnCount; }
    qint64 idOf(const Listing& l) const override { return l.id; }
    QVariant cellData(const Listing& l, int column, int role) const override;
    QVariant sortValue(const Listing& l, int column) const override;
};

} // namespace md
