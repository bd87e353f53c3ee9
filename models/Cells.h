#pragma once

// What the table models share for their cells: header titles, sort values of times, money and the alignment of
// numbers, and a reload from a repository read.

#include "core/Result.h"
#include "domain/Money.h"

#include <QLocale>
#include <QStringList>
#include <QVariant>

#include <limits>

namespace md::cells {

inline QVariant header(const QStringList& titles, int section, Qt::Orientation orientation, int role)
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section < 0 || section >= titles.size())
        return {};
    return titles.at(section);
}

inline QVariant timeSort(const QDateTime& time)
{
    return time.isValid() ? time.toMSecsSinceEpoch() : std::numeric_limits<qint64>::min();
}

inline QString money(qint64 minor, const QString& currency)
{
    return Money {minor, currency}.format(QLocale());
}

inline Qt::Alignment numeric()
{
    return Qt::AlignRight | Qt::AlignVCenter;
}

template<typename Model, typename Fetch> Status reloadWith(Model& model, Fetch fetch)
{
    auto rows = fetch();
    if (!rows)
        return rows.error();
    model.setRecords(std::move(*rows));
    return {};
}

} // namespace md::cells
