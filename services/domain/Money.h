#pragma once

// Money in integer minor units of an ISO 4217 currency.

#include <QLocale>
#include <QString>

namespace md {

/// An amount of money in integer minor units of an ISO 4217 currency. Never a double.
struct Money {
    qint64 minor = 0;
    QString currency; ///< ISO 4217 alphabetic code, e.g. "EUR".

    /// Number of minor-unit digits of an ISO 4217 currency (2 for most, 0 for JPY, 3 for KWD).
    static int minorDigits(const QString& currency);
    /// Formats for people in the given locale, e.g. "€12.30" or "12,30 €".
    QString format(const QLocale& locale) const;
    bool operator==(const Money&) const = default;
};

} // namespace md
