#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QLocale>
#include <QRegularExpression>
#include <QString>

namespace md::format {

/// A UTC time shown in the user's local time zone and locale, to the minute (seconds make every date column
/// wider and tell a warehouse nothing); empty for an invalid time.
inline QString localTime(const QDateTime& utc)
{
    if (!utc.isValid())
        return {};
    const QLocale locale;
    static const QRegularExpression seconds(QStringLiteral("[:.]ss"));
    QString pattern = locale.dateTimeFormat(QLocale::ShortFormat);
    pattern.remove(seconds);
    return locale.toString(utc.toLocalTime(), pattern);
}

/// How long until `utc` (or since, when past), roughly, for columns such as "token expires in":
/// "in 1 h 52 min", "in 364 days", "3 min ago"; empty for an invalid time.
inline QString until(const QDateTime& utc, const QDateTime& now)
{
    if (!utc.isValid())
        return {};
    const qint64 seconds = now.secsTo(utc);
    const qint64 span = qAbs(seconds);
    // (lupdate cannot parse arithmetic inside translate()'s arguments: the numbers are computed first.)
    const int minutes = int(span / 60);
    const int hours = int(span / 3600);
    const int days = int(span / 86400);
    QString text;
    if (span < 60)
        text = QCoreApplication::translate("md::Format", "%n s", nullptr, int(span));
    else if (span < 3600)
        text = QCoreApplication::translate("md::Format", "%n min", nullptr, minutes);
    else if (span < 2 * 86400)
        text = QCoreApplication::translate("md::Format", "%1 h %2 min").arg(hours).arg(minutes % 60);
    else
        text = QCoreApplication::translate("md::Format", "%n day(s)", nullptr, days);
    return seconds >= 0 ? QCoreApplication::translate("md::Format", "in %1").arg(text)
                        : QCoreApplication::translate("md::Format", "%1 ago").arg(text);
}

} // namespace md::format
