#include "fulfilment/Code128.h"

#include <array>

using namespace Qt::StringLiterals;

namespace md {

namespace {

constexpr int kStartB = 104;
constexpr int kStartC = 105;
constexpr int kStop = 106;

/// Bar and space widths of every symbol value, 0–105 (six each, eleven modules), and the stop (seven, thirteen).
constexpr std::array<const char*, 107> kPatterns {
    "212222", "222122", "222221", "121223", "121322", "131222", "122213", "122312", "132212", "221213", "221312",
    "231212", "112232", "122132", "122231", "113222", "123122", "123221", "223211", "221132", "221231", "213212",
    "223112", "312131", "311222", "321122", "321221", "312212", "322112", "322211", "212123", "212321", "232121",
    "111323", "131123", "131321", "112313", "132113", "132311", "211313", "231113", "231311", "112133", "112331",
    "132131", "113123", "113321", "133121", "313121", "211331", "231131", "213113", "213311", "213131", "311123",
    "311321", "331121", "312113", "312311", "332111", "314111", "221411", "431111", "111224", "111422", "121124",
    "121421", "141122", "141221", "112214", "112412", "122114", "122411", "142112", "142211", "241211", "221114",
    "413111", "241112", "134111", "111242", "121142", "121241", "114212", "124112", "124211", "411212", "421112",
    "421211", "212141", "214121", "412121", "111143", "111341", "131141", "114113", "114311", "411113", "411311",
    "113141", "114131", "311141", "411131", "211412", "211214", "211232", "2331112"};

} // namespace

std::optional<QList<int>> Code128::symbols(const QString& text)
{
    if (text.isEmpty())
        return std::nullopt;
    bool digits = text.size() % 2 == 0;
    for (const QChar c : text) {
        if (c.unicode() < 32 || c.unicode() > 126)
            return std::nullopt;
        digits = digits && c.isDigit() && c.unicode() < 128;
    }
    QList<int> values;
    if (digits) {
        values << kStartC;
        for (qsizetype i = 0; i < text.size(); i += 2)
            values << (text.at(i).unicode() - '0') * 10 + (text.at(i + 1).unicode() - '0');
    } else {
        values << kStartB;
        for (const QChar c : text)
            values << c.unicode() - 32;
    }
    int sum = values.first();
    for (qsizetype i = 1; i < values.size(); ++i)
        sum += int(i) * values.at(i);
    values << sum % 103 << kStop;
    return values;
}

std::optional<QList<int>> Code128::widths(const QString& text)
{
    const auto values = symbols(text);
    if (!values)
        return std::nullopt;
    QList<int> out;
    for (int value : *values) {
        for (const char* w = kPatterns.at(std::size_t(value)); *w; ++w)
            out << (*w - '0');
    }
    return out;
}

std::optional<QString> Code128::modules(const QString& text)
{
    const auto w = widths(text);
    if (!w)
        return std::nullopt;
    QString out;
    for (qsizetype i = 0; i < w->size(); ++i)
        out += QString(w->at(i), i % 2 == 0 ? u'1' : u'0');
    return out;
}

} // namespace md
