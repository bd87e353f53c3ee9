#pragma once

// The details areas' HTML: a titled table of label/value rows, every value escaped.

#include "domain/Money.h"

#include <QLocale>
#include <QStringList>

namespace md::details {

/// One labelled row; nothing when the value is empty (the details show what is known).
inline QString row(const QString& label, const QString& value)
{
    if (value.isEmpty())
        return {};
    return QStringLiteral("<tr><th align=left valign=top>%1</th><td>%2</td></tr>")
        .arg(label.toHtmlEscaped(), value.toHtmlEscaped().replace(QLatin1Char('\n'), QLatin1String("<br>")));
}

inline QString table(const QString& title, const QStringList& rows)
{
    return QStringLiteral("<h3>%1</h3><table cellspacing=4>%2</table>")
        .arg(title.toHtmlEscaped(), rows.join(QString()));
}

inline QString money(qint64 minor, const QString& currency)
{
    return Money {minor, currency}.format(QLocale());
}

} // namespace md::details
