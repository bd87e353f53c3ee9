#pragma once

#include <Qt>

namespace md {

/// Item data roles every Marketdesk table model answers besides Qt's own.
enum class Role : int {
    Sort = Qt::UserRole + 1, ///< The raw value to sort by (a number or a UTC time), not the display text.
    Id, ///< The database id of the row's record.
    Filter, ///< Text the filter box matches against (display text plus hidden keys).
};

constexpr int roleOf(Role role)
{
    return static_cast<int>(role);
}

} // namespace md
