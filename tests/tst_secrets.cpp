// The real OS keychain (gnome-keyring on the harness's private D-Bus session): write, read, delete.

#include "logging/Redactor.h"
#include "secrets/SecretStore.h"

#include <QSignalSpy>
#include <QTest>
#include <QUuid>

using namespace Qt::StringLiterals;
using namespace md;

class TestSecrets : public QObject {
    Q_OBJECT

    template<typename Call> static auto await(Call call)
    {
        using ResultType = std::conditional_t<std::is_invocable_v<Call, SecretStore::ReadCallback>,
                                              Result<std::optional<QString>>, Status>;
        std::optional<ResultType> result;
        call([&result](ResultType r) { result.emplace(std::move(r)); });
        // QTRY_VERIFY spins the event loop: the jobs are asynchronous D-Bus calls.
        [&] { QTRY_VERIFY_WITH_TIMEOUT(result.has_value(), 20000); }();
        return result.value_or(ResultType(Error {u"test.timeout"_s, u"no answer"_s, {}}));
    }

private slots:
    void roundTrip()
    {
        if (qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"))
            QFAIL("No D-Bus session: run through tests/harness/run-headless.sh (./setup.sh test).");
        SecretStore store(u"Marketdesk Tests"_s);
        QSignalSpy stateSpy(&store, &SecretStore::stateChanged);
        const QString key = u"account/%1/refresh"_s.arg(QUuid::createUuid().toString(QUuid::WithoutBraces));
        const QString secret = u"v^1.1#i^1#r^1#f^0#I^3#p^3#t^Ul4xMF8xMjpGMDRDMjM3"_s;

        auto missing = await([&](SecretStore::ReadCallback done) { store.read(key, done); });
        QVERIFY2(missing, qPrintable(missing.ok() ? QString() : missing.error().toLogString()));
        QVERIFY(!missing->has_value());
        QCOMPARE(store.state(), SecretStore::State::Available);
        QCOMPARE(stateSpy.count(), 1);

        auto written = await([&](SecretStore::DoneCallback done) { store.write(key, secret, done); });
        QVERIFY2(written, qPrintable(written.ok() ? QString() : written.error().toLogString()));

        auto read = await([&](SecretStore::ReadCallback done) { store.read(key, done); });
        QVERIFY(read && read->has_value());
        QCOMPARE(**read, secret);
        QVERIFY(!Redactor::redact(u"token "_s + secret).contains(secret)); // registered for redaction

        auto removed = await([&](SecretStore::DoneCallback done) { store.remove(key, done); });
        QVERIFY(removed);
        auto gone = await([&](SecretStore::ReadCallback done) { store.read(key, done); });
        QVERIFY(gone && !gone->has_value());
        auto removedTwice = await([&](SecretStore::DoneCallback done) { store.remove(key, done); });
        QVERIFY(removedTwice); // deleting what is not there is fine
    }

    void servicesAreSeparate()
    {
        SecretStore real(u"Marketdesk Tests"_s);
        SecretStore demo(u"Marketdesk Tests Demo"_s);
        const QString key = u"shared-key-"_s + QUuid::createUuid().toString(QUuid::WithoutBraces);
        QVERIFY(await([&](SecretStore::DoneCallback done) { real.write(key, u"real-secret-value"_s, done); }));
        auto fromDemo = await([&](SecretStore::ReadCallback done) { demo.read(key, done); });
        QVERIFY(fromDemo && !fromDemo->has_value());
        QVERIFY(await([&](SecretStore::DoneCallback done) { real.remove(key, done); }));
    }
};

QTEST_GUILESS_MAIN(TestSecrets)
#include "tst_secrets.moc"
