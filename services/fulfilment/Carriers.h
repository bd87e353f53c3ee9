#pragma once

#include "core/Result.h"
#include "domain/Provider.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace md {

/// A parcel carrier, and how each marketplace names it.
struct Carrier {
    QString id; ///< Marketdesk's key, e.g. "ups"
    QString name; ///< shown to people
    QString ebayCode; ///< eBay shippingCarrierCode
    QString amazonCode; ///< Amazon carrierCode
    QString shopifyCompany; ///< Shopify trackingInfo.company
};

/// The carriers Marketdesk ships with and the shape of their tracking numbers.
class Carriers {
    Q_DECLARE_TR_FUNCTIONS(md::Carriers)
public:
    static const QList<Carrier>& all();
    static std::optional<Carrier> find(const QString& id);
    /// A tracking number as carriers print it: upper case, without spaces or dashes.
    static QString normalizeTracking(const QString& number);
    /// Whether `number` (normalized) can be one of the carrier's tracking numbers; the error says what one
    /// looks like.
    static Status validateTracking(const QString& carrierId, const QString& number);
    /// The check digit a tracking number of this shape must carry (its last digit), computed from the rest of it
    /// (`number` including its own check digit, which is ignored): UPS 1Z (the UPS mod 10), USPS 20–22 digits (GS1 mod
    /// 10), UPU S10 "AA123456789CC" (mod 11, weights 8 6 4 2 3 5 9 7). Empty for a shape without one.
    static QString expectedCheckDigit(const QString& number);
    /// The carrier a tracking number's shape names (1Z: UPS, S10 by its country, 22 digits: USPS, …), helped by
    /// the destination country where shapes are shared (12 digits: Canada Post in Canada, else FedEx); empty when
    /// it does not tell.
    static QString guess(const QString& number, const QString& destinationCountry);
    /// The carrier's name for a marketplace.
    static QString codeFor(const Carrier& carrier, Provider provider);
};

} // namespace md
