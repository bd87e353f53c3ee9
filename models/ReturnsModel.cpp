#include "models/ReturnsModel.h"

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

QVariant ReturnsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    return cells::header({tr("Opened"), tr("House"), tr("Return"), tr("Status"), tr("Reason"), tr("Refund")}, section,
                         orientation, role);
}

Status ReturnsModel::reload(const Database& database)
{
    return cells::reloadWith(*this, [&] { return ReturnRepository(database).list(); });
}

QVariant ReturnsModel::cellData(const ReturnRecord& r, int column, int role) const
{
    if (role == Qt::DisplayRole) {
        switch (column) {
        case Opened:
            return format::localTime(r.openedAt);
        case House:
            return r.houseName;
        case ReturnId:
            return r.externalId;
        case Status:
            return r.status;
        case Reason:
            return r.reason;
        case Refund:
            return cells::money(r.refundMinor, r.currency);
        }
    } else if (role == Qt::TextAlignmentRole && column == Refund) {
        return QVariant::fromValue(cells::numeric());
    }
    return {};
}

QVariant ReturnsModel::sortValue(const ReturnRecord& r, int column) const
{
    switch (column) {
    case Opened:
        return cells::timeSort(r.openedAt);
    case Refund:
        return r.refundMinor;
    default:
        return cellData(r, column, Qt::DisplayRole).toString().toLower();
    }
}

} // namespace md
