#include "providers/OrderNormalizing.h"

#include <QCoreApplication>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace md::normalize {

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(md::OrderNormalizing)
};
} // namespace

Result<qint64> minorUnits(const QString& amount, const QString& currency)
{
    static const QRegularExpression code(u"^[A-Z]{3}$"_s);
    static const QRegularExpression decimal(u"^([+-])?(\\d{1,18})(?:\\.(\\d{1,18}))?$"_s);
    if (!code.match(currency).hasMatch()) {
        return Error {u"order.bad-currency"_s, Text::tr("\"%1\" is not an ISO 4217 currency code.").arg(currency), {}};
    }
    const auto m = decimal.match(amount.trimmed());
    if (!m.hasMatch())
        return Error {u"order.bad-amount"_s, Text::tr("\"%1\" is not a decimal amount.").arg(amount), {}};
    const bool negative = m.captured(1) == "-"_L1;
    const QString whole = m.captured(2);
    QString fraction = m.captured(3);
    const int digits = Money::minorDigits(currency);
    // Round half to even on the digits beyond the minor unit.
    bool roundUp = false;
    if (fraction.size() > digits) {
        const QString rest = fraction.mid(digits);
        fraction.truncate(digits);
        const QChar first = rest.at(0);
        const bool beyondHalf = first > u'5' || (first == u'5' && rest.mid(1).contains(QRegularExpression(u"[1-9]"_s)));
        const bool exactlyHalf = first == u'5' && !beyondHalf;
        const QString kept = whole + fraction.leftJustified(digits, u'0');
        const bool lastOdd = (kept.back().digitValue() % 2) == 1;
        roundUp = beyondHalf || (exactlyHalf && lastOdd);
    }
    const QString digitsText = whole + fraction.leftJustified(digits, u'0');
    bool ok = false;
    qint64 value = digitsText.toLongLong(&ok);
    if (!ok || digitsText.size() > 18)
        return Error {u"order.bad-amount"_s, Text::tr("The amount %1 %2 is too large.").arg(amount, currency), {}};
    if (roundUp)
        ++value;
    return negative ? -value : value;
}

Result<QDateTime> utcTime(const QString& text, const QString& what)
{
    if (text.trimmed().isEmpty())
        return Error {u"order.missing-time"_s, Text::tr("The %1 time is missing.").arg(what), {}};
    QDateTime time = QDateTime::fromString(text.trimmed(), Qt::ISODateWithMs);
    if (!time.isValid())
        time = QDateTime::fromString(text.trimmed(), Qt::ISODate);
    // A time without a zone is ambiguous: refuse it rather than guess the warehouse's own zone.
    if (!time.isValid() || time.timeSpec() == Qt::LocalTime)
        return Error {u"order.bad-time"_s,
                      Text::tr("The %1 time \"%2\" is not an ISO 8601 time with a zone.").arg(what, text),
                      {}};
    return time.toUTC();
}

Result<int> quantity(const QJsonValue& value, const QString& lineId)
{
    const int whole = value.toInt(0);
    if (!value.isDouble() || whole <= 0 || value.toDouble() != whole) {
        return Error {u"order.bad-quantity"_s,
                      Text::tr("line %1 has the quantity %2").arg(lineId, value.toVariant().toString()),
                      {}};
    }
    return whole;
}

Status orderTimes(const QJsonObject& order, const char* createdMember, const char* updatedMember, Order* target)
{
    const QString createdName = QString::fromLatin1(createdMember);
    auto created = utcTime(order.value(createdName).toString(), createdName);
    if (!created)
        return created.error();
    const QString updatedName = QString::fromLatin1(updatedMember);
    auto updated = utcTime(order.value(updatedName).toString(), updatedName);
    target->marketplaceCreatedAt = *created;
    target->marketplaceUpdatedAt = updated ? *updated : *created;
    return {};
}

void takeShipBy(const QString& text, Order* target)
{
    if (text.isEmpty())
        return;
    auto time = utcTime(text, u"ship-by"_s);
    if (time && (!target->shipBy.isValid() || *time < target->shipBy))
        target->shipBy = *time;
}

QString mapped(const QHash<QString, QString>& table, const QString& raw, bool* known)
{
    const auto it = table.constFind(raw);
    if (known)
        *known = it != table.cend();
    return it != table.cend() ? *it : raw;
}

Error invalid(const QString& marketplace, const QString& orderId, const QString& what)
{
    return Error {
        u"order.invalid"_s,
        Text::tr("%1 order %2 could not be read: %3").arg(marketplace, orderId.isEmpty() ? u"?"_s : orderId, what),
        {}};
}

} // namespace md::normalize
