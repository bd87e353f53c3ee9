#include "domain/Address.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QStringList>

using namespace Qt::StringLiterals;

namespace md {

QString Address::toJson() const
{
    QJsonObject object;
    const auto put = [&object](const char* key, const QString& value) {
        if (!value.isEmpty())
            object.insert(QLatin1StringView(key), value);
    };
    put("name", name);
    put("company", company);
    put("line1", line1);
    put("line2", line2);
    put("city", city);
    put("region", region);
    put("postalCode", postalCode);
    put("countryCode", countryCode);
    put("phone", phone);
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

Address Address::fromJson(const QString& json)
{
    const QJsonObject object = QJsonDocument::fromJson(json.toUtf8()).object();
    Address address;
    address.name = object.value("name"_L1).toString();
    address.company = object.value("company"_L1).toString();
    address.line1 = object.value("line1"_L1).toString();
    address.line2 = object.value("line2"_L1).toString();
    address.city = object.value("city"_L1).toString();
    address.region = object.value("region"_L1).toString();
    address.postalCode = object.value("postalCode"_L1).toString();
    address.countryCode = object.value("countryCode"_L1).toString();
    address.phone = object.value("phone"_L1).toString();
    return address;
}

QString Address::formatted() const
{
    QStringList lines;
    for (const QString& part : {name, company, line1, line2})
        if (!part.isEmpty())
            lines << part;
    QString cityLine = QStringList {postalCode, city}.join(u' ').trimmed();
    if (!region.isEmpty())
        cityLine += (cityLine.isEmpty() ? QString() : u", "_s) + region;
    if (!cityLine.isEmpty())
        lines << cityLine;
    if (!countryCode.isEmpty())
        lines << countryCode;
    if (!phone.isEmpty())
        lines << phone;
    return lines.join(u'\n');
}

} // namespace md
