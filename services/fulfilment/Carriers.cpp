#include "fulfilment/Carriers.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace md {

const QList<Carrier>& Carriers::all()
{
    static const QList<Carrier> carriers {
        {u"usps"_s, u"USPS"_s, u"USPS"_s, u"USPS"_s, u"USPS"_s},
        {u"ups"_s, u"UPS"_s, u"UPS"_s, u"UPS"_s, u"UPS"_s},
        {u"fedex"_s, u"FedEx"_s, u"FEDEX"_s, u"FedEx"_s, u"FedEx"_s},
        {u"dhl"_s, u"DHL Express"_s, u"DHL"_s, u"DHL"_s, u"DHL Express"_s},
        {u"canada_post"_s, u"Canada Post"_s, u"CANADA_POST"_s, u"Canada Post"_s, u"Canada Post"_s},
        {u"royal_mail"_s, u"Royal Mail"_s, u"ROYAL_MAIL"_s, u"Royal Mail"_s, u"Royal Mail"_s},
        {u"other"_s, tr("Other carrier"), u"OTHER"_s, u"Other"_s, u"Other"_s},
    };
    return carriers;
}

std::optional<Carrier> Carriers::find(const QString& id)
{
    for (const Carrier& c : all()) {
        if (c.id == id)
            return c;
    }
    return std::nullopt;
}

QString Carriers::normalizeTracking(const QString& number)
{
    QString n = number.toUpper();
    n.remove(QRegularExpression(u"[\\s-]"_s));
    return n;
}

Status Carriers::validateTracking(const QString& carrierId, const QString& number)
{
    struct Rule {
        const char* carrier;
        const char* pattern;
    };
    // The published shapes of each carrier's numbers (domestic and the UPU S10 international form).
    static const Rule rules[] = {
        {"usps", "^(\\d{20,22}|[A-Z]{2}\\d{9}US)$"},
        {"ups", "^1Z[0-9A-Z]{16}$"},
        {"fedex", "^(\\d{12}|\\d{15}|\\d{20}|\\d{22})$"},
        {"dhl", "^(\\d{10,11}|JJD\\d{9,20}|[A-Z]{2}\\d{9}DE)$"},
        {"canada_post", "^(\\d{12}|\\d{16}|[A-Z]{2}\\d{9}CA)$"},
        {"royal_mail", "^[A-Z]{2}\\d{9}GB$"},
        {"other", "^[A-Z0-9]{4,40}$"},
    };
    const auto carrier = find(carrierId);
    if (!carrier)
        return Error {u"tracking.carrier-unknown"_s, tr("Choose the carrier that takes the parcel."), carrierId};
    if (number.isEmpty())
        return Error {u"tracking.empty"_s, tr("Enter the tracking number printed on the label."), {}};
    for (const Rule& rule : rules) {
        if (carrierId != QLatin1StringView(rule.carrier))
            continue;
        const QRegularExpression shape(QString::fromLatin1(rule.pattern));
        if (shape.match(number).hasMatch()) {
            // A mistyped digit of a number with a check digit is caught here, before a parcel is mislabelled.
            const QString expected = carrierId == "other"_L1 ? QString() : expectedCheckDigit(number);
            // The check digit is the last digit: the last character, or before an S10 number's country.
            const QString given = number.at(number.size() - 1).isDigit() ? number.right(1) : number.mid(10, 1);
            if (!expected.isEmpty() && given != expected) {
                return Error {u"tracking.check-digit"_s,
                              tr("\"%1\" is not a valid %2 tracking number: its check digit should be %3. Scan or "
                                 "type it again.")
                                  .arg(number, carrier->name, expected),
                              {}};
            }
            return {};
        }
        QString hint;
        if (carrierId == "usps"_L1)
            hint = tr("A USPS tracking number has 20 to 22 digits, or two letters, nine digits and US.");
        else if (carrierId == "ups"_L1)
            hint = tr("A UPS tracking number is 1Z followed by 16 letters or digits.");
        else if (carrierId == "fedex"_L1)
            hint = tr("A FedEx tracking number has 12, 15, 20 or 22 digits.");
        else if (carrierId == "dhl"_L1)
            hint = tr("A DHL Express tracking number has 10 or 11 digits, or starts with JJD.");
        else if (carrierId == "canada_post"_L1)
            hint = tr("A Canada Post tracking number has 12 or 16 digits, or two letters, nine digits and CA.");
        else if (carrierId == "royal_mail"_L1)
            hint = tr("A Royal Mail tracking number is two letters, nine digits and GB.");
        else
            hint = tr("A tracking number has 4 to 40 letters and digits.");
        return Error {
            u"tracking.invalid"_s, tr("\"%1\" is not a %2 tracking number. %3").arg(number, carrier->name, hint), {}};
    }
    return {};
}

QString Carriers::expectedCheckDigit(const QString& number)
{
    static const QRegularExpression ups(u"^1Z[0-9A-Z]{16}$"_s);
    static const QRegularExpression usps(u"^\\d{20,22}$"_s);
    static const QRegularExpression s10(u"^[A-Z]{2}\\d{9}[A-Z]{2}$"_s);
    if (ups.match(number).hasMatch()) {
        // UPS: letters count as (code - 63) mod 10; odd places once, even places twice.
        int sum = 0;
        const QString body = number.mid(2, 15);
        for (int i = 0; i < body.size(); ++i) {
            const QChar c = body.at(i);
            const int digit = c.isDigit() ? c.digitValue() : (c.unicode() - 63) % 10;
            sum += (i % 2 ? 2 : 1) * digit;
        }
        return QString::number((10 - sum % 10) % 10);
    }
    if (usps.match(number).hasMatch()) {
        // GS1 mod 10: from the right, weights 3, 1, 3, …
        int sum = 0;
        for (qsizetype i = number.size() - 2, place = 0; i >= 0; --i, ++place)
            sum += (place % 2 == 0 ? 3 : 1) * number.at(i).digitValue();
        return QString::number((10 - sum % 10) % 10);
    }
    if (s10.match(number).hasMatch()) {
        static constexpr int weights[] = {8, 6, 4, 2, 3, 5, 9, 7};
        int sum = 0;
        for (int i = 0; i < 8; ++i)
            sum += weights[i] * number.at(2 + i).digitValue();
        const int check = 11 - sum % 11;
        return QString::number(check == 10 ? 0 : check == 11 ? 5 : check);
    }
    return {};
}

QString Carriers::guess(const QString& number, const QString& destinationCountry)
{
    static const QRegularExpression s10(u"^[A-Z]{2}\\d{9}([A-Z]{2})$"_s);
    if (number.startsWith(u"1Z"_s) && number.size() == 18)
        return u"ups"_s;
    if (const auto m = s10.match(number); m.hasMatch()) {
        const QString country = m.captured(1);
        return country == "US"_L1 ? u"usps"_s
            : country == "CA"_L1  ? u"canada_post"_s
            : country == "GB"_L1  ? u"royal_mail"_s
            : country == "DE"_L1  ? u"dhl"_s
                                  : QString();
    }
    if (number.startsWith(u"JJD"_s))
        return u"dhl"_s;
    static const QRegularExpression digits(u"^\\d+$"_s);
    if (!digits.match(number).hasMatch())
        return {};
    const bool canada = destinationCountry.compare("CA"_L1, Qt::CaseInsensitive) == 0;
    switch (number.size()) {
    case 22:
    case 20:
        return number.startsWith(u'9') ? u"usps"_s : u"fedex"_s;
    case 16:
        return u"canada_post"_s;
    case 12:
        return canada ? u"canada_post"_s : u"fedex"_s;
    case 15:
        return u"fedex"_s;
    case 10:
    case 11:
        return u"dhl"_s;
    default:
        return {};
    }
}

QString Carriers::codeFor(const Carrier& carrier, Provider provider)
{
    switch (provider) {
    case Provider::Ebay:
        return carrier.ebayCode;
    case Provider::Amazon:
        return carrier.amazonCode;
    case Provider::Shopify:
        return carrier.shopifyCompany;
    case Provider::Facebook:
    case Provider::OfferUp:
        break;
    }
    return carrier.name;
}

} // namespace md
