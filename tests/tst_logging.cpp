// The log never holds a secret: registered secrets and well-known secret carriers are masked before any sink,
// whether the message comes through spdlog or through Qt's qDebug/qCWarning.

#include "logging/LogCategories.h"
#include "logging/Logging.h"
#include "logging/Redactor.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <spdlog/spdlog.h>

using namespace Qt::StringLiterals;
using namespace md;

class TestLogging : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;

    QByteArray logBytes()
    {
        Logging::flush();
        QFile file(Logging::logFilePath());
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }

private slots:
    void init()
    {
        Redactor::clearSecrets();
        QVERIFY(m_dir.isValid());
        Logging::initialize({m_dir.filePath(u"logs"_s), false, true});
        QVERIFY(!Logging::logFilePath().isEmpty());
    }
    void cleanup() { Logging::shutdown(); }

    void registeredSecretNeverReachesTheFile()
    {
        const QString token = u"v^1.1#i^1#p^3#r^1#I^3#f^0#t^Ul4xMF8yOjRBMkY0QkQ2QjlFQ0U1NjQ3"_s;
        Redactor::addSecret(token);

        spdlog::info("spdlog says the token is {}", token.toStdString());
        qCWarning(lcAuth) << "qCWarning says the token is" << token;
        qDebug() << "qDebug says" << token;
        qInfo().noquote() << u"embedded:"_s + token + u":end"_s;

        const QByteArray log = logBytes();
        QVERIFY2(!log.contains(token.toUtf8()), log.constData());
        QVERIFY(log.contains("spdlog says the token is"));
        QVERIFY(log.contains("[md.auth] qCWarning says the token is"));
        QVERIFY(log.contains("qDebug says"));
        QCOMPARE(log.count(Redactor::kMask.toString().toUtf8()), 4);
    }

    void secretCarriersAreMaskedEvenUnregistered_data()
    {
        QTest::addColumn<QString>("message");
        QTest::addColumn<QString>("secret");
        QTest::newRow("bearer") << u"Authorization: Bearer abc.DEF-123_xyz"_s << u"abc.DEF-123_xyz"_s;
        QTest::newRow("basic") << u"sending Basic Y2xpZW50OnNlY3JldA=="_s << u"Y2xpZW50OnNlY3JldA=="_s;
        QTest::newRow("query") << u"GET /cb?code=v%5E1.1%23i%5E1&state=xyz"_s << u"v%5E1.1%23i%5E1"_s;
        QTest::newRow("form") << u"grant_type=refresh_token&refresh_token=r-1234567890abc"_s << u"r-1234567890abc"_s;
        QTest::newRow("json") << u"{\"access_token\": \"AgAAAA**AQAAAA\", \"expires_in\": 7200}"_s
                              << u"AgAAAA**AQAAAA"_s;
        QTest::newRow("client secret") << u"client_secret=SBX-123456789-abcdef"_s << u"SBX-123456789-abcdef"_s;
        QTest::newRow("amazon header") << u"x-amz-access-token: Atza|IwEBIPlX0123"_s << u"Atza|IwEBIPlX0123"_s;
        QTest::newRow("ebay iaf") << u"X-EBAY-API-IAF-TOKEN: v^1.1#i^1#f^0#p^3"_s << u"v^1.1#i^1#f^0#p^3"_s;
        QTest::newRow("pg url") << u"connecting to postgresql://md:hunter2secret@db:5432/md"_s << u"hunter2secret"_s;
        QTest::newRow("trading xml") << u"<eBayAuthToken>AgAAAA**token**</eBayAuthToken>"_s << u"AgAAAA**token**"_s;
    }
    void secretCarriersAreMaskedEvenUnregistered()
    {
        QFETCH(QString, message);
        QFETCH(QString, secret);
        const QString redacted = Redactor::redact(message);
        QVERIFY2(!redacted.contains(secret), qPrintable(redacted));
        QVERIFY(redacted.contains(Redactor::kMask));

        qCInfo(lcNet).noquote() << message;
        const QByteArray log = logBytes();
        QVERIFY2(!log.contains(secret.toUtf8()), log.constData());
    }

    void ordinaryTextIsLeftAlone()
    {
        const QString text = u"barcode=12345 error_code=932 house Warehouse-A"_s;
        QCOMPARE(Redactor::redact(text), text);
        Redactor::addSecret(u"abc"_s); // too short to register: would mask ordinary words
        QCOMPARE(Redactor::redact(u"abcdef"_s), u"abcdef"_s);
    }

    void timesAreUtc()
    {
        spdlog::info("stamp");
        const QByteArray log = logBytes();
        // e.g. 2026-11-25T14:00:00.123Z
        QVERIFY(QRegularExpression(u"\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}Z"_s)
                    .match(QString::fromUtf8(log))
                    .hasMatch());
    }
};

QTEST_GUILESS_MAIN(TestLogging)
#include "tst_logging.moc"
