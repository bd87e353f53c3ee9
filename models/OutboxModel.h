#pragma once

#include "domain/AccountStatus.h"
#include "domain/Order.h"
#include "domain/Outbox.h"
#include "models/RecordTableModel.h"
#include "storage/Database.h"

namespace md {

/// The outbox: every action on a marketplace, newest first, with its state.
class OutboxModel : public RecordTableModel<OutboxEntry> {
    Q_OBJECT
public:
    enum Column { Created, House, Action, Order, State, Attempts, NextAttempt, LastError, ColumnCount };
    using RecordTableModel::RecordTableModel;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    /// What the action is, for people ("Shipment", "Cancellation").
    static QString actionName(const QString& action);
    /// Whether a person may try it again / withdraw it.
    static bool canRetry(const OutboxEntry& entry);
    static bool canWithdraw(const OutboxEntry& entry);

protected:
    int columns() const override { return ColumnCount; }
    qint64 idOf(const OutboxEntry& e) const override { return e.id; }
    QVariant cellData(const OutboxEntry& e, int column, int role) const override;
    QVariant sortValue(const OutboxEntry& e, int column) const override;
};

} // namespace md
