#include "domain/Money.h"

#include <QHash>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace md {

int Money::minorDigits(const QString& currency)
{
    // ISO 4217 exponents that differ from 2; every other active currency has two minor digits.
    static const QHash<QString, int> exceptions {
        {u"BIF"_s, 0}, {u"CLP"_s, 0}, {u"DJF"_s, 0}, {u"GNF"_s, 0}, {u"ISK"_s, 0}, {u"JPY"_s, 0}, {u"KMF"_s, 0},
        {u"KRW"_s, 0}, {u"PYG"_s, 0}, {u"RWF"_s, 0}, {u"UGX"_s, 0}, {u"UYI"_s, 0}, {u"VND"_s, 0}, {u"VUV"_s, 0},
        {u"XAF"_s, 0}, {u"XOF"_s, 0}, {u"XPF"_s, 0}, {u"BHD"_s, 3}, {u"IQD"_s, 3}, {u"JOD"_s, 3}, {u"KWD"_s, 3},
        {u"LYD"_s, 3}, {u"OMR"_s, 3}, {u"TND"_s, 3}, {u"CLF"_s, 4}, {u"UYW"_s, 4}};
    return exceptions.value(currency.toUpper(), 2);
}

QString Money::format(const QLocale& locale) const
{
    const int digits = minorDigits(currency);
    qint64 scale = 1;
    for (int i = 0; i < digits; ++i)
        scale *= 10;
    const qint64 magnitude = minor < 0 ? -minor : minor;
    // Build the decimal text from integers so no binary floating point ever touches the amount.
    QString number = locale.toString(magnitude / scale);
    if (digits > 0)
        number += locale.decimalPoint() + u"%1"_s.arg(magnitude % scale, digits, 10, QLatin1Char('0'));
    const QString symbol = locale.currencySymbol(QLocale::CurrencyIsoCode) == currency
        ? locale.currencySymbol(QLocale::CurrencySymbol)
        : currency;
    QString text;
    if (locale.language() == QLocale::English)
        text = symbol.size() > 1 ? QString(symbol + u' ' + number) : QString(symbol + number);
    else
        text = number + QChar(0x00A0) + symbol;
    return minor < 0 ? locale.negativeSign() + text : text;
}

} // namespace md
