#pragma once

#include "core/Result.h"
#include "domain/Types.h"

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
    /// The carrier's name for a marketplace.
    static QString codeFor(const Carrier& carrier, Provider provider);
};

} // namespace md
