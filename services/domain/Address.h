#pragma once

// A postal address.

#include <QString>

namespace md {

/// A postal address as the marketplace gave it.
struct Address {
    QString name;
    QString company;
    QString line1;
    QString line2;
    QString city;
    QString region;
    QString postalCode;
    QString countryCode; ///< ISO 3166-1 alpha-2.
    QString phone;

    bool isEmpty() const { return name.isEmpty() && line1.isEmpty() && city.isEmpty() && countryCode.isEmpty(); }
    QString toJson() const;
    static Address fromJson(const QString& json);
    QString formatted() const; ///< Multi-line text for the details area.
    bool operator==(const Address&) const = default;
};

} // namespace md
