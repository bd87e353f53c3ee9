#pragma once

// Seed data every sandbox marketplace draws from: buyers with realistic (hostile) names and addresses, products
// with and without SKUs, and helpers for the decimal amount strings marketplaces send.

#include <QDateTime>
#include <QRegularExpression>
#include <QString>

#include <cstdlib>
#include <iterator>
#include <optional>

namespace md::sandbox::seed {

struct Person {
    const char16_t* name;
    const char16_t* city;
    const char16_t* region; // may be empty
    const char16_t* postal;
    const char16_t* country;
};

// Accents, CJK, apostrophes, long names, missing regions: on purpose.
inline constexpr Person kPeople[] = {
    {u"Zoë Ångström", u"Montréal", u"QC", u"H2X 1Y4", u"CA"},
    {u"Jean-François Tremblay", u"Québec", u"QC", u"G1R 4P5", u"CA"},
    {u"山田 太郎", u"Seattle", u"WA", u"98101", u"US"},
    {u"Łukasz Żółć", u"Chicago", u"IL", u"60601", u"US"},
    {u"María José Núñez", u"Austin", u"TX", u"73301", u"US"},
    {u"Siobhán O'Brien", u"London", u"", u"SW1A 1AA", u"GB"},
    {u"Ørjan Østby", u"Berlin", u"", u"10115", u"DE"},
    {u"Ana Müller-Lüdenscheidt", u"München", u"BY", u"80331", u"DE"},
    {u"Nguyễn Thị Minh Khai", u"Lyon", u"", u"69001", u"FR"},
    {u"Chris Smith", u"Portland", u"OR", u"97201", u"US"},
};

struct Product {
    const char16_t* sku; // empty: a listing without SKU
    const char16_t* title;
    qint64 minor;
};

inline constexpr Product kProducts[] = {
    {u"MUG-BLUE-01", u"Blue ceramic mug, 350 ml", 1299},
    {u"TOWEL-TEA-02", u"Linen tea towel — natural", 899},
    {u"LAMP-DESK-03", u"Desk lamp with brass arm", 5450},
    {u"POSTER-MTL-04", u"Poster « Montréal la nuit » 50×70", 2500},
    {u"", u"Vintage typewriter (no SKU)", 18900},
    {u"CABLE-USB-05", u"USB-C cable 2 m", 749},
    {u"BOOK-QC-06", u"Cuisine québécoise — livre", 3495},
    {u"SOCKS-WOOL-07", u"Merino socks, 3 pairs", 1995},
};

template<typename Rng> const Person& person(Rng& rng)
{
    return kPeople[rng() % std::size(kPeople)];
}

template<typename Rng> const Product& product(Rng& rng)
{
    return kProducts[rng() % std::size(kProducts)];
}

/// Where the product is in kProducts: what a marketplace's own item id of it (a listing, an ASIN) derives from,
/// so every order of one product names the same item, as on the real marketplaces.
inline qsizetype indexOf(const Product& product)
{
    return &product - kProducts;
}

/// "12.34" from 1234 minor units (every sandbox currency has two minor digits).
inline QString decimal(qint64 minor)
{
    return QStringLiteral("%1%2.%3")
        .arg(minor < 0 ? QStringLiteral("-") : QString())
        .arg(std::abs(minor) / 100)
        .arg(std::abs(minor) % 100, 2, 10, QLatin1Char('0'));
}

/// 1234 from "12.34" (or "12.3", "12"); nullopt for anything else. Never through a double.
inline std::optional<qint64> parseDecimal(const QString& text)
{
    static const QRegularExpression pattern(QStringLiteral("^(-?)(\\d+)(?:\\.(\\d{1,2}))?$"));
    const auto m = pattern.match(text.trimmed());
    if (!m.hasMatch())
        return std::nullopt;
    const qint64 minor =
        m.captured(2).toLongLong() * 100 + m.captured(3).leftJustified(2, QLatin1Char('0')).toLongLong();
    return m.captured(1).isEmpty() ? minor : -minor;
}

/// ISO 8601 UTC with milliseconds, as eBay writes times.
inline QString isoMs(const QDateTime& t)
{
    return t.toUTC().toString(QStringLiteral("yyyy-MM-dd'T'HH:mm:ss.zzz'Z'"));
}

/// ISO 8601 UTC without milliseconds, as Amazon writes times.
inline QString iso(const QDateTime& t)
{
    return t.toUTC().toString(Qt::ISODate);
}

} // namespace md::sandbox::seed
