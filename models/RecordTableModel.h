#pragma once

#include "models/ModelRoles.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>
#include <QSet>

#include <algorithm>

namespace md {

/// A table model over a list of value records of one kind, each with a database id.
///
/// Subclasses name their columns in an enum and say how each column displays and sorts; this class keeps the
/// rows, an id → row index, and emits the right signals: one reset per reload, one insert per batch of new rows,
/// dataChanged for whole changed rows, one remove per vanished row.
template<typename Record> class RecordTableModel : public QAbstractTableModel {
public:
    using QAbstractTableModel::QAbstractTableModel;

    int rowCount(const QModelIndex& parent = {}) const override { return parent.isValid() ? 0 : int(m_rows.size()); }
    int columnCount(const QModelIndex& parent = {}) const override { return parent.isValid() ? 0 : columns(); }

    QVariant data(const QModelIndex& index, int role) const override
    {
        if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
            return {};
        const Record& record = m_rows.at(index.row());
        if (role == roleOf(Role::Id))
            return idOf(record);
        if (role == roleOf(Role::Sort))
            return sortValue(record, index.column());
        return cellData(record, index.column(), role);
    }

    const Record& record(int row) const { return m_rows.at(row); }
    const QList<Record>& records() const { return m_rows; }
    int rowOfId(qint64 id) const { return m_rowById.value(id, -1); }

    /// Replaces every row (one model reset).
    void setRecords(QList<Record> records)
    {
        beginResetModel();
        m_rows = std::move(records);
        reindex();
        endResetModel();
    }

    /// Updates rows whose id is known and appends the others in one insertion.
    void upsert(const QList<Record>& records)
    {
        QList<Record> added;
        for (const Record& record : records) {
            const int row = rowOfId(idOf(record));
            if (row < 0) {
                added << record;
                continue;
            }
            m_rows[row] = record;
            emit dataChanged(index(row, 0), index(row, columns() - 1));
        }
        if (added.isEmpty())
            return;
        const int first = int(m_rows.size());
        beginInsertRows({}, first, first + int(added.size()) - 1);
        for (const Record& record : std::as_const(added)) {
            m_rowById.insert(idOf(record), int(m_rows.size()));
            m_rows << record;
        }
        endInsertRows();
    }

    /// Makes the rows equal to `records` with fine-grained signals (updates, one insertion, removals), so views
    /// keep their selection and scroll position across a refresh.
    void sync(const QList<Record>& records)
    {
        QSet<qint64> keep;
        for (const Record& record : records)
            keep.insert(idOf(record));
        for (int row = int(m_rows.size()) - 1; row >= 0; --row) {
            if (!keep.contains(idOf(m_rows.at(row))))
                removeId(idOf(m_rows.at(row)));
        }
        upsert(records);
    }

    /// Removes the row with this id, if any.
    void removeId(qint64 id)
    {
        const int row = rowOfId(id);
        if (row < 0)
            return;
        beginRemoveRows({}, row, row);
        m_rows.removeAt(row);
        reindex();
        endRemoveRows();
    }

protected:
    virtual int columns() const = 0;
    virtual qint64 idOf(const Record& record) const = 0;
    virtual QVariant cellData(const Record& record, int column, int role) const = 0;
    virtual QVariant sortValue(const Record& record, int column) const = 0;

private:
    void reindex()
    {
        m_rowById.clear();
        for (int row = 0; row < m_rows.size(); ++row)
            m_rowById.insert(idOf(m_rows.at(row)), row);
    }

    QList<Record> m_rows;
    QHash<qint64, int> m_rowById;
};

} // namespace md
