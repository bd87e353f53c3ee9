#pragma once

#include "domain/AccountStatus.h"
#include "domain/Notification.h"
#include "models/RecordTableModel.h"
#include "storage/Database.h"

namespace md {

/// Notifications, newest first; open ones bold.
class NotificationsModel : public RecordTableModel<Notification> {
    Q_OBJECT
public:
    // The notification itself last: it takes the width the others leave.
    enum Column { Time, Severity, House, State, Title, ColumnCount };
    using RecordTableModel::RecordTableModel;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    md::Status reload(const Database& database);
    /// Number of notifications not yet resolved.
    int openCount() const;

protected:
    int columns() const override { return ColumnCount; }
    qint64 idOf(const Notification& n) const override { return n.id; }
    QVariant cellData(const Notification& n, int column, int role) const override;
    QVariant sortValue(const Notification& n, int column) const override;
};

} // namespace md
