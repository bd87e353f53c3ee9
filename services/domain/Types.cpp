#include "domain/Types.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

#include <array>
#include <utility>

using namespace Qt::StringLiterals;

namespace md {

namespace {

// One table per enum keeps keys and values in a single place; lookups are linear over a handful of entries.
template<typename E, std::size_t N> using KeyTable = std::array<std::pair<E, QLatin1StringView>, N>;

constexpr KeyTable<Provider, 5> kProviders {{{Provider::Ebay, "ebay"_L1},
                                             {Provider::Shopify, "shopify"_L1},
                                             {Provider::Amazon, "amazon"_L1},
                                             {Provider::Facebook, "facebook"_L1},
                                             {Provider::OfferUp, "offerup"_L1}}};
constexpr KeyTable<Environment, 2> kEnvironments {
    {{Environment::Production, "production"_L1}, {Environment::Sandbox, "sandbox"_L1}}};
constexpr KeyTable<Purpose, 3> kPurposes {
    {{Purpose::Buyer, "BUYER"_L1}, {Purpose::Seller, "SELLER"_L1}, {Purpose::Both, "BOTH"_L1}}};
constexpr KeyTable<Severity, 3> kSeverities {
    {{Severity::Info, "INFO"_L1}, {Severity::Warning, "WARNING"_L1}, {Severity::Error, "ERROR"_L1}}};
constexpr KeyTable<OutboxState, 6> kOutboxStates {{{OutboxState::Pending, "PENDING"_L1},
                                                   {OutboxState::Sending, "SENDING"_L1},
                                                   {OutboxState::Sent, "SENT"_L1},
                                                   {OutboxState::Failed, "FAILED"_L1},
                                                   {OutboxState::Conflict, "CONFLICT"_L1},
                                                   {OutboxState::Cancelled, "CANCELLED"_L1}}};
constexpr KeyTable<StockReason, 5> kStockReasons {{{StockReason::OrderImport, "ORDER_IMPORT"_L1},
                                                   {StockReason::Ship, "SHIP"_L1},
                                                   {StockReason::Cancel, "CANCEL"_L1},
                                                   {StockReason::Return, "RETURN"_L1},
                                                   {StockReason::Adjustment, "ADJUSTMENT"_L1}}};

template<typename E, std::size_t N> QString keyOf(const KeyTable<E, N>& table, E value)
{
    for (const auto& [candidate, key] : table) {
        if (candidate == value)
            return QString(key);
    }
    Q_UNREACHABLE();
}

template<typename E, std::size_t N> std::optional<E> valueOf(const KeyTable<E, N>& table, const QString& key)
{
    for (const auto& [candidate, candidateKey] : table) {
        if (key == candidateKey)
            return candidate;
    }
    return std::nullopt;
}

} // namespace

QString providerKey(Provider provider)
{
    return keyOf(kProviders, provider);
}
std::optional<Provider> providerFromKey(const QString& key)
{
    return valueOf(kProviders, key);
}

QString providerDisplayName(Provider provider)
{
    switch (provider) {
    case Provider::Ebay:
        return QCoreApplication::translate("md::Provider", "eBay");
    case Provider::Shopify:
        return QCoreApplication::translate("md::Provider", "Shopify");
    case Provider::Amazon:
        return QCoreApplication::translate("md::Provider", "Amazon");
    case Provider::Facebook:
        return QCoreApplication::translate("md::Provider", "Facebook");
    case Provider::OfferUp:
        return QCoreApplication::translate("md::Provider", "OfferUp");
    }
    Q_UNREACHABLE();
}

QString environmentKey(Environment environment)
{
    return keyOf(kEnvironments, environment);
}
std::optional<Environment> environmentFromKey(const QString& key)
{
    return valueOf(kEnvironments, key);
}

QString environmentDisplayName(Environment environment)
{
    return environment == Environment::Production ? QCoreApplication::translate("md::Environment", "Production")
                                                  : QCoreApplication::translate("md::Environment", "Sandbox");
}

QString purposeKey(Purpose purpose)
{
    return keyOf(kPurposes, purpose);
}
std::optional<Purpose> purposeFromKey(const QString& key)
{
    return valueOf(kPurposes, key);
}

QString purposeDisplayName(Purpose purpose)
{
    switch (purpose) {
    case Purpose::Buyer:
        return QCoreApplication::translate("md::Purpose", "Buyer");
    case Purpose::Seller:
        return QCoreApplication::translate("md::Purpose", "Seller");
    case Purpose::Both:
        return QCoreApplication::translate("md::Purpose", "Buyer and seller");
    }
    Q_UNREACHABLE();
}

QString severityKey(Severity severity)
{
    return keyOf(kSeverities, severity);
}
std::optional<Severity> severityFromKey(const QString& key)
{
    return valueOf(kSeverities, key);
}

QString outboxStateDisplayName(OutboxState state)
{
    switch (state) {
    case OutboxState::Pending:
        return QCoreApplication::translate("md::Outbox", "Waiting to be sent");
    case OutboxState::Sending:
        return QCoreApplication::translate("md::Outbox", "Sending");
    case OutboxState::Sent:
        return QCoreApplication::translate("md::Outbox", "Sent");
    case OutboxState::Failed:
        return QCoreApplication::translate("md::Outbox", "Refused: needs you");
    case OutboxState::Conflict:
        return QCoreApplication::translate("md::Outbox", "Conflict: needs you");
    case OutboxState::Cancelled:
        return QCoreApplication::translate("md::Outbox", "Withdrawn");
    }
    return {};
}

QString severityDisplayName(Severity severity)
{
    switch (severity) {
    case Severity::Info:
        return QCoreApplication::translate("md::Severity", "Information");
    case Severity::Warning:
        return QCoreApplication::translate("md::Severity", "Warning");
    case Severity::Error:
        return QCoreApplication::translate("md::Severity", "Error");
    }
    Q_UNREACHABLE();
}

QString outboxStateKey(OutboxState state)
{
    return keyOf(kOutboxStates, state);
}
std::optional<OutboxState> outboxStateFromKey(const QString& key)
{
    return valueOf(kOutboxStates, key);
}
QString stockReasonKey(StockReason reason)
{
    return keyOf(kStockReasons, reason);
}
std::optional<StockReason> stockReasonFromKey(const QString& key)
{
    return valueOf(kStockReasons, key);
}

int Money::minorDigits(const QString& currency)
{
    // ISO 4217 exponents that differ from 2; every other active currency has two minor digits.
    static const QHash<QString, int> exceptions {
        {u"BIF"_s, 0}, {u"CLP"_s, 0}, {u"DJF"_s, 0}, {u"GNF"_s, 0}, {u"ISK"_s, 0}, {u"JPY"_s, 0}, {u"KMF"_s, 0},
        {u"KRW"_s, 0}, {u"PYG"_s, 0}, {u"RWF"_s, 0}, {u"UGX"_s, 0}, {u"UYI"_s, 0}, {u"VND"_s, 0}, {u"VUV"_s, 0},
        {u"XAF"_s, 0}, {u"XOF"_s, 0}, {u"XPF"_s, 0}, {u"BHD"_s, 3}, {u"IQD"_s, 3}, {u"JOD"_s, 3}, {u"KWD"_s, 3},
        {u"LYD"_s, 3}, {u"OMR"_s, 3}, {u"TND"_s, 3}, {u"CLF"_s, 4}, {u"UYW"_s, 4}};
    return exceptions.value(currency.toUpper(), 2);
}

QString Money::format(const QLocale& locale) const
{
    const int digits = minorDigits(currency);
    qint64 scale = 1;
    for (int i = 0; i < digits; ++i)
        scale *= 10;
    const qint64 magnitude = minor < 0 ? -minor : minor;
    // Build the decimal text from integers so no binary floating point ever touches the amount.
    QString number = locale.toString(magnitude / scale);
    if (digits > 0)
        number += locale.decimalPoint() + u"%1"_s.arg(magnitude % scale, digits, 10, QLatin1Char('0'));
    const QString symbol = locale.currencySymbol(QLocale::CurrencyIsoCode) == currency
        ? locale.currencySymbol(QLocale::CurrencySymbol)
        : currency;
    QString text;
    if (locale.language() == QLocale::English)
        text = symbol.size() > 1 ? QString(symbol + u' ' + number) : QString(symbol + number);
    else
        text = number + QChar(0x00A0) + symbol;
    return minor < 0 ? locale.negativeSign() + text : text;
}

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

QString outboxActionKey(OutboxAction action)
{
    return QString::fromLatin1(action == OutboxAction::Ship ? kShipActionKey : kCancelActionKey);
}

std::optional<OutboxAction> outboxActionFromKey(const QString& key)
{
    if (key == QLatin1StringView(kShipActionKey))
        return OutboxAction::Ship;
    if (key == QLatin1StringView(kCancelActionKey))
        return OutboxAction::Cancel;
    return std::nullopt;
}

} // namespace md
