#pragma once

#include <QList>
#include <QString>

#include <optional>

namespace md {

/// Code 128 (ISO/IEC 15417), what packing slips and pick lists print for order numbers, SKUs and tracking
/// numbers: every hand scanner reads it. Code set C (two digits a symbol) for an all-digit text of even length,
/// code set B otherwise; printable ASCII only.
class Code128 {
public:
    /// The symbol values: start, data, check symbol (weighted sum modulo 103), stop; nullopt when the text is
    /// empty or holds a character outside printable ASCII (32–126).
    static std::optional<QList<int>> symbols(const QString& text);
    /// The widths, in modules, of the bars and spaces in turn (a bar first, a bar last), quiet zones not included:
    /// six per symbol, seven for the stop (whose last is the two-module termination bar).
    static std::optional<QList<int>> widths(const QString& text);
    /// The same as a run of '1' (bar) and '0' (space) modules.
    static std::optional<QString> modules(const QString& text);
};

} // namespace md
