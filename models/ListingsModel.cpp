#include "models/ListingsModel.h"

#include "models/Cells.h"
#include "models/Format.h"
#include "notifications/NotificationText.h"
#include "storage/repositories/AccountRepository.h"
#include "storage/repositories/HealthEventRepository.h"
#include "storage/repositories/ListingRepository.h"
#include "storage/repositories/NotificationRepository.h"
#include "storage/repositories/ReturnRepository.h"

#include <QBrush>
#include <QColor>
#include <QFont>

using namespace Qt::StringLiterals;

namespace md {

QVariant ListingsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    return cells::header({tr("SKU"), tr("Title"), tr("Price"), tr("Quantity"), tr("Offers"), tr("Updated")}, section,
                         orientation, role);
}

Status ListingsModel::reload(const Database& database)
{
    return cells::reloadWith(*this, [&] { return ListingRepository(database).list(); });
}

QVariant ListingsModel::cellData(const Listing& l, int column, int role) const
{
    if (role == Qt::DisplayRole) {
        switch (column) {
        case Sku:
            return l.sku;
        case Title:
            return l.title;
        case Price:
            return cells::money(l.priceMinor, l.currency);
        case Quantity:
            return QLocale().toString(l.quantity);
        case Offers:
            return QLocale().toString(l.offerCount);
        case Updated:
            return format::localTime(l.updatedAt);
        }
    } else if (role == Qt::TextAlignmentRole && (column == Price || column == Quantity || column == Offers)) {
        return QVariant::fromValue(cells::numeric());
    }
    return {};
}

QVariant ListingsModel::sortValue(const Listing& l, int column) const
{
    switch (column) {
    case Price:
        return l.priceMinor;
    case Quantity:
        return l.quantity;
    case Offers:
        return l.offerCount;
    case Updated:
        return cells::timeSort(l.updatedAt);
    default:
        return cellData(l, column, Qt::DisplayRole).toString().toLower();
    }
}

} // namespace md
