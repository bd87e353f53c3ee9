#include "models/NotificationsModel.h"

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

QVariant NotificationsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    return cells::header({tr("Time"), tr("Severity"), tr("House"), tr("State"), tr("Notification")}, section,
                         orientation, role);
}

Status NotificationsModel::reload(const Database& database)
{
    auto rows = NotificationRepository(database).list();
    if (!rows)
        return rows.error();
    sync(*rows); // alerts come and go while the person reads: keep the selection
    return {};
}

int NotificationsModel::openCount() const
{
    return int(std::count_if(records().cbegin(), records().cend(),
                             [](const Notification& n) { return !n.resolvedAt.isValid(); }));
}

QVariant NotificationsModel::cellData(const Notification& n, int column, int role) const
{
    const bool open = !n.resolvedAt.isValid();
    if (role == Qt::DisplayRole) {
        switch (column) {
        case Time:
            return format::localTime(n.createdAt);
        case Severity:
            return severityDisplayName(n.severity);
        case House:
            return n.houseName;
        case Title:
            return NotificationText::of(n).title; // in today's language
        case State:
            return open ? tr("Open") : tr("Resolved %1").arg(format::localTime(n.resolvedAt));
        }
    } else if (role == Qt::FontRole && open) {
        QFont font;
        font.setBold(true);
        return font;
    } else if (role == Qt::ForegroundRole && column == Severity) {
        switch (n.severity) {
        case md::Severity::Error:
            return QBrush(QColor(0xcf, 0x22, 0x2e));
        case md::Severity::Warning:
            return QBrush(QColor(0x9a, 0x67, 0x00));
        case md::Severity::Info:
            break;
        }
    } else if (role == roleOf(Role::Filter)) {
        const NotificationText::Text text = NotificationText::of(n);
        return QStringList {text.title, text.body, n.houseName, n.kind}.join(u' ');
    }
    return {};
}

QVariant NotificationsModel::sortValue(const Notification& n, int column) const
{
    switch (column) {
    case Time:
        return cells::timeSort(n.createdAt);
    case Severity:
        return int(n.severity);
    default:
        return cellData(n, column, Qt::DisplayRole).toString().toLower();
    }
}

} // namespace md
