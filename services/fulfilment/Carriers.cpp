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
        if (shape.match(number).hasMatch())
            return {};
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
