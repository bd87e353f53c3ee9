#pragma once

#include <QDateTime>
#include <QLocale>
#include <QString>

namespace md::format {

/// A UTC time shown in the user's local time zone and locale; empty for an invalid time.
inline QString localTime(const QDateTime& utc)
{
    return utc.isValid() ? QLocale().toString(utc.toLocalTime(), QLocale::ShortFormat) : QString();
}

} // namespace md::format
