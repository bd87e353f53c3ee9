#pragma once

#include "domain/AccountStatus.h"
#include "domain/Return.h"
#include "models/RecordTableModel.h"
#include "storage/Database.h"

namespace md {

/// Returns of every account.
class ReturnsModel : public RecordTableModel<ReturnRecord> {
    Q_OBJECT
public:
    enum Column { Opened, House, ReturnId, Status, Reason, Refund, ColumnCount };
    using RecordTableModel::RecordTableModel;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    md::Status reload(const Database& database);

protected:
    int columns() const override { return ColumnCount; }
    qint64 idOf(const ReturnRecord& r) const override { return r.id; }
    QVariant cellData(const ReturnRecord& r, int column, int role) const override;
    QVariant sortValue(const ReturnRecord& r, int column) const override;
};

} // namespace md
