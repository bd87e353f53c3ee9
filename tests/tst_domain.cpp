// Domain value types and configuration parsing: keys, money, addresses, database addresses.

#include "core/Settings.h"
#include "domain/Account.h"
#include "domain/Address.h"
#include "domain/Money.h"
#include "domain/Order.h"
#include "domain/Outbox.h"
#include "domain/Provider.h"
#include "fulfilment/Carriers.h"
#include "fulfilment/Code128.h"
#include "fulfilment/OrderExport.h"
#include "logging/Redactor.h"
#include "notifications/NotificationText.h"
#include "providers/Marketplace.h"
#include "providers/OrderSource.h"
#include "providers/ProviderSettings.h"
#include "storage/DatabaseConfig.h"

#include <QLocale>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace md;

class TestDomain : public QObject {
    Q_OBJECT

private slots:
    // Every marketplace has one entry point, and says what it can do instead of being listed by name.
    void everyMarketplaceHasOneEntryPoint()
    {
        const QList<Provider> providers {Provider::Ebay, Provider::Shopify, Provider::Amazon, Provider::Facebook,
                                         Provider::OfferUp};
        QCOMPARE(Marketplace::all().size(), providers.size());
        for (Provider p : providers)
            QCOMPARE(Marketplace::of(p).provider(), p);
        for (Provider p : {Provider::Ebay, Provider::Shopify, Provider::Amazon}) {
            QVERIFY(Marketplace::of(p).capabilities().syncsOrders);
            QVERIFY(Marketplace::of(p).capabilities().ships);
        }
        QVERIFY(!Marketplace::of(Provider::Amazon).capabilities().cancels); // in Seller Central
        QVERIFY(Marketplace::of(Provider::Ebay).capabilities().refreshesTokens);
        QVERIFY(!Marketplace::of(Provider::Shopify).capabilities().refreshesTokens); // offline tokens
        QCOMPARE(Marketplace::of(Provider::Shopify).capabilities().apiVersion, u"2025-01"_s);
        QVERIFY(!Marketplace::of(Provider::OfferUp).capabilities().signsIn);
        QVERIFY(!Marketplace::of(Provider::Facebook).capabilities().syncsOrders);
        ProviderEndpoints endpoints;
        endpoints.provider = Provider::Ebay;
        endpoints.apiUrl = u"http://127.0.0.1:9"_s;
        QVERIFY(Marketplace::of(Provider::Ebay).orderSource(endpoints, nullptr));
        QVERIFY(!Marketplace::of(Provider::OfferUp).orderSource(endpoints, nullptr));
    }

    // An alert names its house once, in its title: the body (shown under it, in the tray or the bar) says what
    // happened without repeating it.
    void alertsNameTheirHouseOnce()
    {
        const QString house = u"Montréal-QC"_s;
        const QVariantMap args {{u"house"_s, house},
                                {u"marketplace"_s, u"ebay"_s},
                                {u"error"_s, u"invalid_grant"_s},
                                {u"expiresAt"_s, u"2026-12-02T10:00:00.000Z"_s},
                                {u"failures"_s, 3},
                                {u"streak"_s, 5},
                                {u"httpStatus"_s, 503},
                                {u"lastHealthy"_s, u"2026-12-02T08:00:00.000Z"_s},
                                {u"days"_s, 7},
                                {u"due"_s, u"2026-12-09T08:00:00.000Z"_s}};
        for (const char* kind : {"token.revoked", "token.expiring", "token.refresh-failing", "health.failing",
                                 "health.stale", "token.reauthorize-7"}) {
            const auto text = NotificationText::render(QString::fromLatin1(kind), args);
            QVERIFY2(text, kind);
            QVERIFY2(text->title.contains(house), kind);
            QVERIFY2(!text->body.contains(house), qPrintable(text->body));
            QVERIFY2(text->body.size() > 20, kind);
        }
    }

    void csvFollowsRfc4180()
    {
        QCOMPARE(OrderExport::csvField(u"plain"_s), u"plain"_s);
        QCOMPARE(OrderExport::csvField(u"Tremblay, Jean"_s), u"\"Tremblay, Jean\""_s);
        QCOMPARE(OrderExport::csvField(u"Mug \"Montréal\""_s), u"\"Mug \"\"Montréal\"\"\""_s);
        QCOMPARE(OrderExport::csvField(u"line 1\nline 2"_s), u"\"line 1\nline 2\""_s);
        QCOMPARE(OrderExport::csvField(u"cr\r"_s), u"\"cr\r\""_s);
        QCOMPARE(OrderExport::csvRecord({u"a"_s, QString(), u"b,c"_s}), u"a,,\"b,c\"\r\n"_s);
        // Money as plain decimals in each currency's digits, never through a double.
        QCOMPARE(OrderExport::decimal(1999, u"USD"_s), u"19.99"_s);
        QCOMPARE(OrderExport::decimal(5, u"EUR"_s), u"0.05"_s);
        QCOMPARE(OrderExport::decimal(-5, u"EUR"_s), u"-0.05"_s);
        QCOMPARE(OrderExport::decimal(1200, u"JPY"_s), u"1200"_s);
        QCOMPARE(OrderExport::decimal(1234, u"KWD"_s), u"1.234"_s);
        QCOMPARE(OrderExport::decimal(900719925474099, u"USD"_s), u"9007199254740.99"_s);
        Order o;
        o.orderNumber = u"12-10000"_s;
        o.externalId = u"12-10000"_s;
        o.houseName = u"Montréal"_s;
        o.currency = u"CAD"_s;
        o.totalMinor = 2410;
        o.marketplaceCreatedAt = QDateTime(QDate(2026, 11, 20), QTime(9, 30), Qt::UTC);
        const QStringList fields = OrderExport::fields(o);
        QCOMPARE(fields.size(), OrderExport::header().size());
        QCOMPARE(fields.at(OrderExport::header().indexOf(u"total"_s)), u"24.10"_s);
        QCOMPARE(QDateTime::fromString(fields.at(OrderExport::header().indexOf(u"placed_at"_s)), Qt::ISODate),
                 o.marketplaceCreatedAt); // local time with its offset: the same instant
        QVERIFY(QRegularExpression(u"(Z|[+-]\\d\\d:\\d\\d)$"_s)
                    .match(fields.at(OrderExport::header().indexOf(u"placed_at"_s)))
                    .hasMatch());
        QCOMPARE(fields.at(OrderExport::header().indexOf(u"status_code"_s)), QString());
    }

    void enumKeysRoundTrip()
    {
        for (Provider p : {Provider::Ebay, Provider::Shopify, Provider::Amazon, Provider::Facebook, Provider::OfferUp})
            QCOMPARE(providerFromKey(providerKey(p)), p);
        for (Purpose p : {Purpose::Buyer, Purpose::Seller, Purpose::Both})
            QCOMPARE(purposeFromKey(purposeKey(p)), p);
        for (OutboxState s : {OutboxState::Pending, OutboxState::Sending, OutboxState::Sent, OutboxState::Failed,
                              OutboxState::Conflict, OutboxState::Cancelled})
            QCOMPARE(outboxStateFromKey(outboxStateKey(s)), s);
        QCOMPARE(providerKey(Provider::Ebay), u"ebay"_s);
        QCOMPARE(purposeKey(Purpose::Both), u"BOTH"_s);
        QVERIFY(!providerFromKey(u"etsy"_s).has_value());
        QVERIFY(!environmentFromKey(u"PRODUCTION"_s).has_value()); // keys are exact
    }

    void moneyMinorDigits()
    {
        QCOMPARE(Money::minorDigits(u"EUR"_s), 2);
        QCOMPARE(Money::minorDigits(u"JPY"_s), 0);
        QCOMPARE(Money::minorDigits(u"kwd"_s), 3);
    }

    void moneyFormat_data()
    {
        QTest::addColumn<QString>("locale");
        QTest::addColumn<qint64>("minor");
        QTest::addColumn<QString>("currency");
        QTest::addColumn<QString>("expected");
        QTest::newRow("usd in us") << u"en_US"_s << qint64(123456) << u"USD"_s << u"$1,234.56"_s;
        QTest::newRow("eur in us") << u"en_US"_s << qint64(1230) << u"EUR"_s << u"EUR 12.30"_s;
        QTest::newRow("eur in france") << u"fr_FR"_s << qint64(1230) << u"EUR"_s << u"12,30\u00A0€"_s;
        QTest::newRow("jpy") << u"en_US"_s << qint64(1500) << u"JPY"_s << u"JPY 1,500"_s;
        QTest::newRow("kwd") << u"en_US"_s << qint64(1005) << u"KWD"_s << u"KWD 1.005"_s;
        QTest::newRow("negative") << u"en_US"_s << qint64(-5) << u"USD"_s << u"-$0.05"_s;
        QTest::newRow("huge") << u"en_US"_s << qint64(900719925474099199) << u"USD"_s << u"$9,007,199,254,740,991.99"_s;
    }
    void moneyFormat()
    {
        QFETCH(QString, locale);
        QFETCH(qint64, minor);
        QFETCH(QString, currency);
        QFETCH(QString, expected);
        QString text = Money {minor, currency}.format(QLocale(locale));
        text.replace(QChar(0x202F), QChar(0x00A0)); // French group separator varies between CLDR versions
        QCOMPARE(text, expected);
    }

    void addressJsonRoundTrip()
    {
        Address a;
        a.name = u"Zoë Ångström"_s;
        a.line1 = u"東京都千代田区1-1"_s;
        a.city = u"Montréal"_s;
        a.countryCode = u"CA"_s;
        const Address back = Address::fromJson(a.toJson());
        QCOMPARE(back, a);
        QVERIFY(!a.toJson().contains(u"company"_s)); // empty fields are left out
        QVERIFY(Address::fromJson(u"not json"_s).isEmpty());
        QVERIFY(a.formatted().contains(u"Montréal"_s));
    }

    void databaseUrls_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<QString>("errorCode");
        QTest::addColumn<QString>("normalized");
        QTest::newRow("postgres") << u"postgresql://md@db.local:5433/marketdesk"_s << QString()
                                  << u"postgresql://md@db.local:5433/marketdesk"_s;
        QTest::newRow("short scheme, default port")
            << u"postgres://md@db/marketdesk"_s << QString() << u"postgresql://md@db:5432/marketdesk"_s;
        QTest::newRow("ssl option") << u"postgresql://md@db/marketdesk?sslmode=require"_s << QString()
                                    << u"postgresql://md@db:5432/marketdesk?sslmode=require"_s;
        QTest::newRow("no user") << u"postgresql://db:5432/marketdesk"_s << u"database.user-missing"_s << QString();
        QTest::newRow("no database") << u"postgresql://md@db:5432/"_s << u"database.name-missing"_s << QString();
        QTest::newRow("unknown option") << u"postgresql://md@db/x?host=evil"_s << u"database.option-unsupported"_s
                                        << QString();
        QTest::newRow("mysql") << u"mysql://md@db/x"_s << u"database.scheme-unsupported"_s << QString();
        QTest::newRow("empty") << u"  "_s << u"database.url-empty"_s << QString();
        QTest::newRow("sqlite file") << u"/tmp/x/md.sqlite"_s << QString() << u"/tmp/x/md.sqlite"_s;
        QTest::newRow("sqlite url") << u"sqlite:///tmp/y.sqlite"_s << QString() << u"/tmp/y.sqlite"_s;
    }
    void databaseUrls()
    {
        QFETCH(QString, url);
        QFETCH(QString, errorCode);
        QFETCH(QString, normalized);
        auto config = DatabaseConfig::fromUrl(url);
        if (!errorCode.isEmpty()) {
            QVERIFY(!config);
            QCOMPARE(config.error().code, errorCode);
            QVERIFY(!config.error().message.isEmpty());
            return;
        }
        QVERIFY2(config, config ? "" : qPrintable(config.error().toLogString()));
        QCOMPARE(config->toUrl(), normalized);
    }

    void passwordInUrlIsNeverWrittenBack()
    {
        auto config = DatabaseConfig::fromUrl(u"postgresql://md:s3cret-pass@db:5432/marketdesk"_s);
        QVERIFY(config);
        QCOMPARE(config->password, u"s3cret-pass"_s);
        QVERIFY(!config->toUrl().contains(u"s3cret-pass"_s));
        QVERIFY(!config->displayName().contains(u"s3cret-pass"_s));
        QVERIFY(!config->passwordKey().contains(u"s3cret-pass"_s));
        QVERIFY(!Redactor::redact(u"pw s3cret-pass"_s).contains(u"s3cret-pass"_s));
    }

    // Hand-edited settings are typed and ranged: a bad one falls back to its default with one warning per run.
    void settingsAreTypedAndFallBackWithOneWarning()
    {
        QTest::failOnWarning(QRegularExpression(u".*"_s)); // any warning but the expected ones fails
        QTemporaryDir dir;
        QSettings stored(dir.filePath(u"test.conf"_s), QSettings::IniFormat);
        stored.setValue(u"sync/ordersIntervalMinutes"_s, u"abc"_s);
        stored.setValue(u"accounts/healthIntervalMinutes"_s, u" 30 "_s);
        const QString g = u"providers/ebay/production/"_s;
        stored.setValue(g + u"apiUrl"_s, u"api.ebay.com without a scheme"_s);
        stored.setValue(g + u"authUrl"_s, u"ftp://auth.ebay.com"_s);
        stored.setValue(g + u"identityUrl"_s, u"http://127.0.0.1:4567/"_s);
        stored.setValue(g + u"redirectPort"_s, 99999);
        stored.setValue(u"providers/shopify/production/apiUrl"_s, u"http://127.0.0.1:4567/shops/{shop}"_s);
        stored.setValue(u"providers/amazon/production/redirectPort"_s, u"-1"_s);
        stored.setValue(u"providers/facebook/production/redirectPort"_s, 8090);
        stored.sync();

        QTest::ignoreMessage(QtWarningMsg,
                             QRegularExpression(u"sync/ordersIntervalMinutes=abc .* is not a whole "
                                                "number from 1 to 1440; using 5"_s));
        QCOMPARE(settings::read(stored, settings::kOrdersIntervalMinutes), 5);
        QCOMPARE(settings::read(stored, settings::kOrdersIntervalMinutes), 5); // the same value: no second warning
        QCOMPARE(settings::read(stored, settings::kHealthIntervalMinutes), 30);
        QCOMPARE(settings::read(stored, settings::kRefreshAheadMinutes), 5); // absent: the default, silently

        const ProviderEndpoints defaults = providerSettings::defaults(Provider::Ebay, Environment::Production);
        QTest::ignoreMessage(QtWarningMsg,
                             QRegularExpression(u"ebay/production/apiUrl=.* is not an http or https address"_s));
        QTest::ignoreMessage(QtWarningMsg,
                             QRegularExpression(u"ebay/production/authUrl=ftp:.* is not an http or https address"_s));
        QTest::ignoreMessage(QtWarningMsg,
                             QRegularExpression(u"ebay/production/redirectPort=99999 .* from 0 to "
                                                "65535; using 0"_s));
        const ProviderEndpoints ebay = providerSettings::load(stored, Provider::Ebay, Environment::Production);
        QCOMPARE(ebay.apiUrl, defaults.apiUrl);
        QCOMPARE(ebay.authUrl, defaults.authUrl);
        QCOMPARE(ebay.identityUrl, u"http://127.0.0.1:4567/"_s);
        QCOMPARE(ebay.redirectPort, quint16(0));
        QCOMPARE(providerSettings::load(stored, Provider::Shopify, Environment::Production).apiUrl,
                 u"http://127.0.0.1:4567/shops/{shop}"_s);
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"amazon/production/redirectPort=-1 "_s));
        QCOMPARE(providerSettings::load(stored, Provider::Amazon, Environment::Production).redirectPort, quint16(0));
        QCOMPARE(providerSettings::load(stored, Provider::Facebook, Environment::Production).redirectPort,
                 quint16(8090));
        // Read again (as every rebuild of the clients does): no new warning, the same fallback.
        QCOMPARE(providerSettings::load(stored, Provider::Ebay, Environment::Production), ebay);
    }

    // A mistyped digit ships a parcel under someone else's number: numbers with a check digit are verified.
    // Code 128 as ISO/IEC 15417 has it (the printed slips are also read back by zbarimg in tst_gui).
    void code128SymbolsAndModules()
    {
        // All digits, even: code set C, two digits a symbol; check = (105 + 12·1 + 34·2 + 56·3 + 78·4) mod 103.
        QCOMPARE(*Code128::symbols(u"12345678"_s), (QList<int> {105, 12, 34, 56, 78, 47, 106}));
        // Otherwise code set B; "A" is 33, check (104 + 33) mod 103 = 34.
        QCOMPARE(*Code128::symbols(u"A"_s), (QList<int> {104, 33, 34, 106}));
        const QString modules = *Code128::modules(u"A"_s);
        QCOMPARE(modules.size(), 11 + 11 + 11 + 13);
        QVERIFY(modules.startsWith(u"11010010000"_s)); // Start B
        QVERIFY(modules.endsWith(u"1100011101011"_s)); // Stop, with its termination bar
        QCOMPARE(Code128::symbols(u"12-10029"_s)->first(), 104); // a dash: code set B
        QVERIFY(!Code128::symbols(QString()));
        QVERIFY(!Code128::symbols(u"Tasse é"_s)); // not printable ASCII: no barcode rather than a wrong one
    }

    void trackingCheckDigitsAndCarrierGuesses()
    {
        // Real numbers' shapes with correct check digits.
        for (const char* ups : {"1Z999AA10123456784", "1Z5R89390357567127", "1Z879E930346834440"})
            QVERIFY2(Carriers::validateTracking(u"ups"_s, QString::fromLatin1(ups)), ups);
        for (const char* usps : {"9400111201080805483016", "9205590164917312751089", "9361289878700317633795"})
            QVERIFY2(Carriers::validateTracking(u"usps"_s, QString::fromLatin1(usps)), usps);
        QVERIFY(Carriers::validateTracking(u"royal_mail"_s, u"RB123456785GB"_s));
        QVERIFY(Carriers::validateTracking(u"usps"_s, u"EA123456785US"_s));
        // One digit off: refused, saying which check digit was expected.
        const Status ups = Carriers::validateTracking(u"ups"_s, u"1Z999AA10123456785"_s);
        QVERIFY(!ups);
        QCOMPARE(ups.error().code, u"tracking.check-digit"_s);
        QVERIFY(ups.error().message.contains(u"should be 4"_s));
        QCOMPARE(Carriers::validateTracking(u"usps"_s, u"9400111201080805483017"_s).error().code,
                 u"tracking.check-digit"_s);
        QCOMPARE(Carriers::validateTracking(u"canada_post"_s, u"RB123456784CA"_s).error().code,
                 u"tracking.check-digit"_s);
        // Formats without a check digit are judged by shape only.
        QVERIFY(Carriers::validateTracking(u"fedex"_s, u"794612345678"_s));
        QVERIFY(Carriers::validateTracking(u"other"_s, u"ABC123"_s));

        // The carrier from the number's shape, with the destination where shapes are shared.
        QCOMPARE(Carriers::guess(u"1Z999AA10123456784"_s, u"US"_s), u"ups"_s);
        QCOMPARE(Carriers::guess(u"9400111201080805483016"_s, u"US"_s), u"usps"_s);
        QCOMPARE(Carriers::guess(u"RB123456785GB"_s, u"FR"_s), u"royal_mail"_s);
        QCOMPARE(Carriers::guess(u"RR123456785CA"_s, u"US"_s), u"canada_post"_s);
        QCOMPARE(Carriers::guess(u"123456789012"_s, u"CA"_s), u"canada_post"_s);
        QCOMPARE(Carriers::guess(u"794612345678"_s, u"US"_s), u"fedex"_s);
        QCOMPARE(Carriers::guess(u"JJD0001234567890"_s, u"DE"_s), u"dhl"_s);
        QCOMPARE(Carriers::guess(u"HELLO"_s, u"US"_s), QString());
    }
};

QTEST_GUILESS_MAIN(TestDomain)
#include "tst_domain.moc"
