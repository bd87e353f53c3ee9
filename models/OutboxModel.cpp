#include "models/OutboxModel.h"

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

QVariant OutboxModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    return cells::header({tr("Created"), tr("House"), tr("Action"), tr("Order"), tr("State"), tr("Attempts"),
                          tr("Next attempt"), tr("Last answer")},
                         section, orientation, role);
}

QString OutboxModel::actionName(const QString& action)
{
    if (action == "order.ship"_L1)
        return tr("Shipment");
    if (action == "order.cancel"_L1)
        return tr("Cancellation");
    return action;
}

bool OutboxModel::canRetry(const OutboxEntry& e)
{
    return outboxStopped(e.state);
}

bool OutboxModel::canWithdraw(const OutboxEntry& e)
{
    return outboxWithdrawable(e.state);
}

QVariant OutboxModel::cellData(const OutboxEntry& e, int column, int role) const
{
    if (role == Qt::DisplayRole) {
        switch (column) {
        case Created:
            return format::localTime(e.createdAt);
        case House:
            return e.houseName;
        case Action:
            return actionName(e.action);
        case Order:
            return e.orderNumber;
        case State:
            return outboxStateDisplayName(e.state);
        case Attempts:
            return QLocale().toString(e.attempts);
        case NextAttempt:
            return e.state == OutboxState::Pending ? format::localTime(e.nextAttemptAt) : QString();
        case LastError:
            return e.lastError;
        }
    } else if (role == Qt::TextAlignmentRole && column == Attempts) {
        return QVariant::fromValue(cells::numeric());
    } else if (role == Qt::ForegroundRole && column == State && canRetry(e)) {
        return QColor(0xb0, 0x1c, 0x1c); // with its text
    } else if (role == Qt::ToolTipRole && column == LastError) {
        return e.lastError;
    } else if (role == roleOf(Role::Filter)) {
        return QString(e.houseName + u' ' + e.orderNumber + u' ' + e.lastError);
    }
    return {};
}

QVariant OutboxModel::sortValue(const OutboxEntry& e, int column) const
{
    switch (column) {
    case Created:
        return cells::timeSort(e.createdAt);
    case Attempts:
        return e.attempts;
    case NextAttempt:
        return cells::timeSort(e.nextAttemptAt);
    default:
        return cellData(e, column, Qt::DisplayRole).toString().toLower();
    }
}

} // namespace md
