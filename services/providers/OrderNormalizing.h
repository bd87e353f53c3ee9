#pragma once

// What every marketplace's order normalizer shares: Marketdesk's own order vocabulary, exact decimal → minor
// units, ISO 8601 → UTC, and status mapping through explicit tables that keep unknown values raw.

#include "core/Result.h"
#include "domain/Order.h"

#include <QHash>
#include <QJsonObject>

namespace md {

// The status words (orderstatus, paymentstatus, fulfilmentstatus) are shared words: domain/Order.h.

namespace normalize {

/// An exact decimal amount ("12.30", "-4", "1500") in minor units of `currency` (ISO 4217, three letters).
/// Digits beyond the currency's minor unit are rounded half to even; no binary floating point is involved.
/// Errors: not a decimal number, not a currency code, out of range.
Result<qint64> minorUnits(const QString& amount, const QString& currency);
/// An ISO 8601 date-time with Z or an offset, in UTC. An empty text is an error (`what` names the field).
Result<QDateTime> utcTime(const QString& text, const QString& what);
/// A line's quantity: a whole JSON number above zero (text, fractions, zero and negatives are errors).
Result<int> quantity(const QJsonValue& value, const QString& lineId);
/// Sets the order's created and updated times (UTC) from a marketplace order's two time members; the created
/// time is required, a missing or unreadable updated time falls back to it.
Status orderTimes(const QJsonObject& order, const char* createdMember, const char* updatedMember, Order* target);
/// Takes a ship-by time the marketplace gave (ISO 8601) into the order: the earliest of several wins (lines or
/// fulfilment orders with their own dates). An empty or unreadable text leaves it as it was: the order is still
/// good, and the default handling time stands in.
void takeShipBy(const QString& text, Order* target);
/// The table's value for `raw`, or `raw` itself when the table does not know it (shown as it came, never a
/// crash); *known tells which.
QString mapped(const QHash<QString, QString>& table, const QString& raw, bool* known = nullptr);
/// An invalid-payload error naming the marketplace, the order and what is wrong (the order is quarantined).
Error invalid(const QString& marketplace, const QString& orderId, const QString& what);

} // namespace normalize

} // namespace md
