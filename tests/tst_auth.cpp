// Building blocks of connecting an account: PKCE, OAuth state, the loopback receiver (real sockets on
// 127.0.0.1: valid callbacks, garbage, browsers that close mid-request), and the account status function,
// tested by table.

#include "auth/LoopbackReceiver.h"
#include "auth/Pkce.h"
#include "auth/StateRegistry.h"
#include "domain/AccountStatus.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTcpSocket>
#include <QTest>
#include <QUrlQuery>

using namespace Qt::StringLiterals;
using namespace md;

class TestAuth : public QObject {
    Q_OBJECT

    QNetworkAccessManager m_net;

    std::pair<int, QByteArray> get(const QUrl& url)
    {
        QNetworkReply* reply = m_net.get(QNetworkRequest(url));
        if (!QTest::qWaitFor([&] { return reply->isFinished(); }, 10000))
            return {-1, {}};
        reply->deleteLater();
        return {reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), reply->readAll()};
    }

    /// Writes raw bytes to the receiver like a (possibly broken) browser; the event loop keeps running so the
    /// receiver, in this same thread, can answer.
    static QByteArray rawExchange(quint16 port, const QByteArray& bytes, bool waitForAnswer)
    {
        QTcpSocket socket;
        socket.connectToHost(QHostAddress::LocalHost, port);
        if (!QTest::qWaitFor([&] { return socket.state() == QAbstractSocket::ConnectedState; }, 5000))
            return "no connection";
        socket.write(bytes);
        if (!waitForAnswer) {
            QTest::qWait(20);
            socket.abort(); // the browser closes mid-request
            return {};
        }
        QByteArray answer;
        const bool closed = QTest::qWaitFor(
            [&] {
                answer += socket.readAll();
                return socket.state() == QAbstractSocket::UnconnectedState;
            },
            5000);
        return closed ? QByteArray(answer + socket.readAll())
                      : QByteArray("the receiver never closed the connection: " + answer);
    }

private slots:
    void pkceMatchesRfc7636()
    {
        // RFC 7636, appendix B.
        QCOMPARE(Pkce::challengeFor("dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk"),
                 QByteArray("E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM"));
        const Pkce a = Pkce::generate();
        const Pkce b = Pkce::generate();
        QCOMPARE(a.verifier.size(), 64);
        QVERIFY(a.verifier != b.verifier);
        QVERIFY(QRegularExpression(u"^[A-Za-z0-9\\-._~]{64}$"_s).match(QString::fromLatin1(a.verifier)).hasMatch());
        QCOMPARE(a.challenge, Pkce::challengeFor(a.verifier));
        QVERIFY(!a.challenge.contains('='));
    }

    void stateIsSingleUseAndExpires()
    {
        StateRegistry states;
        const QDateTime t0(QDate(2026, 11, 25), QTime(12, 0), Qt::UTC);
        const QString first = states.issue(1, t0);
        const QString second = states.issue(2, t0);
        QVERIFY(first != second);
        QCOMPARE(first.size(), 43); // 256 bits, base64url

        auto ok = states.consume(first, t0.addSecs(60));
        QVERIFY(ok);
        QCOMPARE(*ok, 1);
        auto replay = states.consume(first, t0.addSecs(61));
        QVERIFY(!replay);
        QCOMPARE(replay.error().code, u"auth.state-replayed"_s);

        auto unknown = states.consume(u"forged-state"_s, t0);
        QCOMPARE(unknown.error().code, u"auth.state-unknown"_s);

        auto late = states.consume(second, t0.addSecs(10 * 60));
        QVERIFY(!late);
        QCOMPARE(late.error().code, u"auth.state-expired"_s);
        QVERIFY(late.error().message.contains(u"10"_s));

        // A cancelled attempt's state is refused as cancelled (the browser says so), never taken for another.
        const QString cancelled = states.issue(3, t0);
        const QString current = states.issue(4, t0);
        states.cancel(3);
        QCOMPARE(states.check(cancelled, 4, t0).error().code, u"auth.state-cancelled"_s);
        QCOMPARE(states.check(current, 3, t0).error().code, u"auth.state-other-attempt"_s);
        QVERIFY(states.check(current, 4, t0)); // checking consumes nothing
        QCOMPARE(states.check(u"forged-state"_s, 4, t0).error().code, u"auth.state-unknown"_s);
        QCOMPARE(states.check(QString(), 4, t0).error().code, u"auth.state-unknown"_s);
        QCOMPARE(states.consume(cancelled, t0).error().code, u"auth.state-cancelled"_s);
        QCOMPARE(*states.consume(current, t0), 4);
    }

    void loopbackReceivesTheCallback()
    {
        LoopbackReceiver receiver;
        QVERIFY2(receiver.listen(0, u"/callback"_s), qPrintable(receiver.errorString()));
        QCOMPARE(receiver.address(), QHostAddress(QHostAddress::LocalHost)); // never all interfaces
        QVERIFY(receiver.redirectUri().toString().startsWith(u"http://127.0.0.1:"_s));
        QSignalSpy callbacks(&receiver, &LoopbackReceiver::callbackReceived);
        QSignalSpy rejected(&receiver, &LoopbackReceiver::requestRejected);

        // Garbage on the socket: answered 400, and the receiver keeps working.
        const QByteArray garbage =
            rawExchange(receiver.port(), QByteArray("\x16\x03\x01\x02\x00\x01\x00\x01\xfc\x03\x03\n\n", 13), true);
        QVERIFY2(garbage.startsWith("HTTP/1.1 400"), garbage.constData());
        // A browser that closes mid-request: nothing received, nothing broken.
        rawExchange(receiver.port(), "GET /callback?code=abc&sta", false);
        QTest::qWait(50);
        QCOMPARE(callbacks.count(), 0);
        // Other paths (favicon) and methods are not callbacks.
        QCOMPARE(get(QUrl(u"http://127.0.0.1:%1/favicon.ico"_s.arg(receiver.port()))).first, 404);
        QVERIFY(rawExchange(receiver.port(), "POST /callback HTTP/1.1\r\nHost: x\r\n\r\n", true)
                    .startsWith("HTTP/1.1 405"));
        QCOMPARE(callbacks.count(), 0);
        QVERIFY(rejected.count() >= 3);

        // The real callback: the browser gets a page saying it can close; the caller gets the query.
        const auto [status, page] = get(
            QUrl(u"http://127.0.0.1:%1/callback?state=s%2Bt&code=v%5E1.1%23i&expires_in=299"_s.arg(receiver.port())));
        QCOMPARE(status, 200);
        QVERIFY(page.contains("close this window"));
        QCOMPARE(callbacks.count(), 1);
        const QUrlQuery query(callbacks.first().first().toUrl());
        QCOMPARE(query.queryItemValue(u"state"_s, QUrl::FullyDecoded), u"s+t"_s);
        QCOMPARE(query.queryItemValue(u"code"_s, QUrl::FullyDecoded), u"v^1.1#i"_s);
    }

    void loopbackRefusesATakenPort()
    {
        LoopbackReceiver first;
        QVERIFY(first.listen(0));
        LoopbackReceiver second;
        QVERIFY(!second.listen(first.port()));
        QVERIFY(!second.errorString().isEmpty());
    }

    void status_data()
    {
        QTest::addColumn<AccountStatusInput>("input");
        QTest::addColumn<AccountStatus>("expected");
        const QDateTime now(QDate(2026, 11, 25), QTime(12, 0), Qt::UTC);
        AccountStatusInput healthy;
        healthy.hasTokens = true;
        healthy.now = now;
        healthy.tokens.accessExpiresAt = now.addSecs(2 * 3600);
        healthy.tokens.refreshExpiresAt = now.addDays(500);

        const auto with = [&](auto change) {
            AccountStatusInput input = healthy;
            change(input);
            return input;
        };
        QTest::newRow("healthy") << healthy << AccountStatus::Healthy;
        QTest::newRow("inactive wins over everything") << with([](auto& i) {
            i.active = false;
            i.revoked = true;
        }) << AccountStatus::Inactive;
        QTest::newRow("manual OfferUp account")
            << with([](auto& i) { i.manual = true; }) << AccountStatus::NotConnected;
        QTest::newRow("keychain unavailable")
            << with([](auto& i) { i.keychainAvailable = false; }) << AccountStatus::KeychainUnavailable;
        QTest::newRow("no tokens") << with([](auto& i) { i.hasTokens = false; }) << AccountStatus::NotConnected;
        QTest::newRow("revoked") << with([](auto& i) { i.revoked = true; }) << AccountStatus::Revoked;
        QTest::newRow("refresh failing") << with([](auto& i) {
            i.tokens.consecutiveFailures = 2;
            i.tokens.lastRefreshError = u"HTTP 503"_s;
        }) << AccountStatus::RefreshFailing;
        QTest::newRow("expired") << with([&](auto& i) { i.tokens.accessExpiresAt = now.addSecs(-1); })
                                 << AccountStatus::Expired;
        QTest::newRow("expired, refresh under way") << with([&](auto& i) {
            i.tokens.accessExpiresAt = now.addSecs(-1);
            i.refreshInProgress = true;
        }) << AccountStatus::Healthy;
        QTest::newRow("expiring in 15 minutes")
            << with([&](auto& i) { i.tokens.accessExpiresAt = now.addSecs(15 * 60); }) << AccountStatus::ExpiringSoon;
        QTest::newRow("expiring in 16 minutes")
            << with([&](auto& i) { i.tokens.accessExpiresAt = now.addSecs(16 * 60); }) << AccountStatus::Healthy;
        QTest::newRow("expiring, refresh under way") << with([&](auto& i) {
            i.tokens.accessExpiresAt = now.addSecs(5 * 60);
            i.refreshInProgress = true;
        }) << AccountStatus::Healthy;
        QTest::newRow("refresh token ends in 30 days")
            << with([&](auto& i) { i.tokens.refreshExpiresAt = now.addDays(30); }) << AccountStatus::ReauthorizationDue;
        QTest::newRow("refresh token ends in 31 days")
            << with([&](auto& i) { i.tokens.refreshExpiresAt = now.addDays(31); }) << AccountStatus::Healthy;
        QTest::newRow("Amazon yearly authorization due")
            << with([&](auto& i) { i.tokens.reauthDueAt = now.addDays(7); }) << AccountStatus::ReauthorizationDue;
        QTest::newRow("Facebook 60-day token, no refresh token") << with([&](auto& i) {
            i.tokens.refreshExpiresAt = {};
            i.tokens.accessExpiresAt = now.addDays(20);
            i.tokens.reauthDueAt = now.addDays(20);
        }) << AccountStatus::ReauthorizationDue;
        QTest::newRow("Shopify offline token never expires") << with([&](auto& i) {
            i.tokens.accessExpiresAt = {};
            i.tokens.refreshExpiresAt = {};
        }) << AccountStatus::Healthy;
        QTest::newRow("expiring beats re-authorization due") << with([&](auto& i) {
            i.tokens.accessExpiresAt = now.addSecs(60);
            i.tokens.refreshExpiresAt = now.addDays(3);
        }) << AccountStatus::ExpiringSoon;
    }
    void status()
    {
        QFETCH(AccountStatusInput, input);
        QFETCH(AccountStatus, expected);
        QCOMPARE(accountStatus(input), expected);
        QVERIFY(!accountStatusText(expected).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestAuth)
#include "tst_auth.moc"
