#include "models/StockModel.h"

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

QVariant StockModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::ToolTipRole && section == AllLocations)
        return tr("Available at every location together, of what is on hand there");
    return cells::header({tr("SKU"), tr("Product"), tr("Location"), tr("On hand"), tr("Reserved"), tr("Available"),
                          tr("All locations"), tr("Changed")},
                         section, orientation, role);
}

QVariant StockModel::cellData(const StockLevel& l, int column, int role) const
{
    if (role == Qt::DisplayRole) {
        switch (column) {
        case Sku:
            return l.sku;
        case Product:
            return l.productName;
        case Location:
            return l.locationCode;
        case OnHand:
            return QLocale().toString(l.onHand);
        case Reserved:
            return QLocale().toString(l.reserved);
        case Available:
            return QLocale().toString(l.available());
        case AllLocations:
            return tr("%1 of %2").arg(QLocale().toString(l.totalAvailable()), QLocale().toString(l.totalOnHand));
        case Updated:
            return format::localTime(l.updatedAt);
        }
    } else if (role == Qt::TextAlignmentRole && column >= OnHand && column <= AllLocations) {
        return QVariant::fromValue(cells::numeric());
    } else if (role == Qt::FontRole && column == Available && l.available() == 0) {
        QFont font;
        font.setBold(true); // with its number: nothing left to sell here
        return font;
    } else if (role == roleOf(Role::Filter)) {
        return QString(l.sku + u' ' + l.productName + u' ' + l.locationCode);
    }
    return {};
}

QVariant StockModel::sortValue(const StockLevel& l, int column) const
{
    switch (column) {
    case OnHand:
        return l.onHand;
    case Reserved:
        return l.reserved;
    case Available:
        return l.available();
    case AllLocations:
        return l.totalAvailable();
    case Updated:
        return cells::timeSort(l.updatedAt);
    default:
        return cellData(l, column, Qt::DisplayRole).toString().toLower();
    }
}

} // namespace md
