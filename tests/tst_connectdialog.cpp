// Accounts → Connect account… as a person uses it: the house name is checked while typing, the browser (a
// QDesktopServices stand-in that follows the sandbox's consent redirect) does the sign-in, the dialog closes on
// success; a declined consent is explained in the dialog. Screenshots land in the build tree.

#include "SandboxServer.h"
#include "TestDatabase.h"
#include "auth/ConnectFlow.h"
#include "providers/ebay/EbayClient.h"
#include "secrets/SecretKeys.h"
#include "secrets/SecretStore.h"
#include "storage/Migrator.h"
#include "storage/repositories/AccountRepository.h"
#include "ui/ConnectDialog.h"

#include <QApplication>
#include <QCloseEvent>
#include <QComboBox>
#include <QDesktopServices>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>
#include <QUrlQuery>

using namespace Qt::StringLiterals;
using namespace md;

/// Stands in for the system browser: QDesktopServices hands it every http URL.
class Browser : public QObject {
    Q_OBJECT
public:
    QNetworkAccessManager network;
    QString user = u"warehouse_a_seller"_s;
    QString decision = u"approve"_s;
    int opened = 0;
    QList<QUrl> held; ///< with decision "hold": tabs opened and left waiting, as a person who walks away does

    /// Approves in a tab that was left open (the sandbox redirects it to the loopback address): the HTTP status
    /// the loopback answered with (0: nothing listened).
    int approveHeld(const QUrl& url)
    {
        QUrl target = url;
        QUrlQuery query(url);
        query.addQueryItem(u"sandbox_user"_s, user);
        target.setQuery(query);
        QNetworkReply* reply = network.get(QNetworkRequest(target));
        if (!QTest::qWaitFor([&] { return reply->isFinished(); }, 20000))
            return -1;
        reply->deleteLater();
        return reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    }

public slots:
    void handleUrl(const QUrl& url)
    {
        ++opened;
        if (decision == "hold"_L1) {
            held << url;
            return;
        }
        QUrl target = url;
        QUrlQuery query(url);
        query.addQueryItem(u"sandbox_user"_s, user);
        if (decision != "approve"_L1) {
            // Deny: what the consent page's Deny button posts.
            query.removeAllQueryItems(u"sandbox_user"_s);
            QByteArray body = "decision=deny";
            for (const auto& [k, v] : query.queryItems(QUrl::FullyDecoded))
                body += '&' + QUrl::toPercentEncoding(k) + '=' + QUrl::toPercentEncoding(v);
            QNetworkRequest request(url.resolved(QUrl(u"/oauth2/consent"_s)));
            request.setHeader(QNetworkRequest::ContentTypeHeader, u"application/x-www-form-urlencoded"_s);
            connect(network.post(request, body), &QNetworkReply::finished, this, [] {});
            return;
        }
        target.setQuery(query);
        QNetworkReply* reply = network.get(QNetworkRequest(target));
        connect(reply, &QNetworkReply::finished, reply, &QObject::deleteLater);
    }
};

class TestConnectDialog : public QObject {
    Q_OBJECT

    std::unique_ptr<sandbox::SandboxServer> m_sandbox;
    std::unique_ptr<test::TestDatabase> m_db;
    std::unique_ptr<SecretStore> m_secrets;
    QNetworkAccessManager m_net;
    std::unique_ptr<EbayClient> m_ebay;
    Browser m_browser;

    static void screenshot(QWidget& widget, const QString& name)
    {
        const QString dir = qEnvironmentVariable("MARKETDESK_SCREENSHOT_DIR", QDir::tempPath());
        QDir().mkpath(dir);
        widget.grab().save(QDir(dir).filePath(name + u".png"_s));
    }

    /// The app's house-name rules for a dialog, as Application wires them.
    static ConnectDialog::HouseNameCheck houseCheckOf(ConnectFlow& flow)
    {
        return [&flow](const QString& name, qint64 account) {
            const Status house = flow.checkHouseName(name, account);
            return house ? QString() : house.error().message;
        };
    }

    /// A flow whose sign-ins reach its loopback address (the sandbox's RuName points there).
    void pointRuNameAt(ConnectFlow& flow)
    {
        connect(&flow, &ConnectFlow::authorizeUrlReady, this,
                [&] { m_sandbox->config().ruNames.insert(u"Dialog-RuName"_s, flow.loopbackUri().toString()); });
    }

    /// Answers the modal message box named `name` with `answer` once it shows (it runs its own event loop).
    void whenBoxShows(const QString& name, std::function<void(QMessageBox*)> answer)
    {
        auto* poll = new QTimer(this);
        poll->setInterval(50);
        connect(poll, &QTimer::timeout, this, [poll, name, answer] {
            auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget());
            if (!box || box->objectName() != name)
                return;
            poll->stop();
            poll->deleteLater();
            answer(box);
        });
        poll->start();
    }

    /// Connects the house "Warehouse-A" (warehouse_a_seller) through a dialog; its account id.
    qint64 connectWarehouseA(ConnectFlow& flow)
    {
        ConnectDialog first(flow, houseCheckOf(flow));
        first.show();
        QTest::keyClicks(first.findChild<QLineEdit*>(u"houseName"_s), u"Warehouse-A"_s);
        QTest::mouseClick(first.findChild<QPushButton*>(u"connect"_s), Qt::LeftButton);
        if (!QTest::qWaitFor([&] { return first.accountId() > 0; }, 20000))
            return 0;
        return first.accountId();
    }

private slots:
    void initTestCase()
    {
        if (qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"))
            QFAIL("No D-Bus session: run through tests/harness/run-headless.sh (./setup.sh test).");
        QDesktopServices::setUrlHandler(u"http"_s, &m_browser, "handleUrl");
    }
    void cleanupTestCase() { QDesktopServices::unsetUrlHandler(u"http"_s); }

    void init()
    {
        sandbox::Config config;
        config.clients.insert(u"Dialog-App"_s, u"SBX-dialog-secret"_s);
        config.autoApprove = true;
        m_sandbox = std::make_unique<sandbox::SandboxServer>(config);
        QVERIFY(m_sandbox->start() != 0);
        QString error;
        m_db = test::TestDatabase::create(Backend::Sqlite, &error);
        QVERIFY2(m_db, qPrintable(error));
        QVERIFY(Migrator().migrate(m_db->db()));
        m_secrets = std::make_unique<SecretStore>(u"Marketdesk Tests Dialog"_s);
        bool written = false;
        m_secrets->write(secretkeys::clientSecretKey(Provider::Ebay, Environment::Production), u"SBX-dialog-secret"_s,
                         [&](const Status& s) { written = s.ok(); });
        QTRY_VERIFY_WITH_TIMEOUT(written, 20000);
        EbayEndpoints endpoints;
        endpoints.authBaseUrl = endpoints.apiBaseUrl = endpoints.identityBaseUrl = m_sandbox->baseUrl();
        endpoints.clientId = u"Dialog-App"_s;
        endpoints.ruName = u"Dialog-RuName"_s;
        endpoints.scopes = {u"https://api.ebay.com/oauth/api_scope"_s};
        m_ebay = std::make_unique<EbayClient>(endpoints, &m_net);
        m_browser.decision = u"approve"_s;
        m_browser.held.clear();
    }

    void cleanup()
    {
        m_ebay.reset();
        m_secrets.reset();
        m_db.reset();
        m_sandbox.reset();
    }

    void connectsThroughTheBrowser()
    {
        Account existing;
        existing.houseName = u"Montreal"_s;
        existing.externalUserId = u"someone-else"_s;
        QVERIFY(AccountRepository(m_db->db()).insert(existing));

        ConnectFlow flow(m_db->db(), *m_secrets);
        flow.addClient(m_ebay.get());
        pointRuNameAt(flow);
        // The app's own rules, as Application wires them.
        ConnectDialog dialog(flow, houseCheckOf(flow));
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto* house = dialog.findChild<QLineEdit*>(u"houseName"_s);
        auto* problem = dialog.findChild<QLabel*>(u"houseProblem"_s);
        auto* connectButton = dialog.findChild<QPushButton*>(u"connect"_s);
        QVERIFY(!connectButton->isEnabled()); // no house name yet

        QTest::keyClicks(house, u"montreal"_s);
        QVERIFY(problem->isVisible()); // said inline, before any browser round trip
        QVERIFY(problem->text().contains(u"montreal"_s));
        QVERIFY(!connectButton->isEnabled());
        screenshot(dialog, u"connect-dialog-taken"_s);

        house->clear();
        QTest::keyClicks(house, u"Warehouse-A"_s);
        QVERIFY(!problem->isVisible());
        QVERIFY(connectButton->isEnabled());
        QSignalSpy accepted(&dialog, &QDialog::accepted);
        QTest::mouseClick(connectButton, Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(accepted.count(), 1, 20000);
        QCOMPARE(m_browser.opened, 1);
        QVERIFY(dialog.accountId() > 0);
        const auto account = AccountRepository(m_db->db()).findById(dialog.accountId());
        QCOMPARE((*account)->houseName, u"Warehouse-A"_s);
        QCOMPARE((*account)->username, u"warehouse_a_seller"_s);
    }

    void explainsADeclinedConsent()
    {
        m_browser.decision = u"deny"_s;
        m_sandbox->config().autoApprove = false;
        ConnectFlow flow(m_db->db(), *m_secrets);
        flow.addClient(m_ebay.get());
        pointRuNameAt(flow);
        ConnectDialog dialog(flow, [](const QString&, qint64) { return QString(); });
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QTest::keyClicks(dialog.findChild<QLineEdit*>(u"houseName"_s), u"Berlin"_s);
        QTest::mouseClick(dialog.findChild<QPushButton*>(u"connect"_s), Qt::LeftButton);
        auto* status = dialog.findChild<QLabel*>(u"status"_s);
        QTRY_VERIFY_WITH_TIMEOUT(status->text().contains(u"declined"_s), 20000);
        QVERIFY(dialog.isVisible());
        QVERIFY(dialog.findChild<QPushButton*>(u"connect"_s)->isEnabled()); // can try again
        screenshot(dialog, u"connect-dialog-declined"_s);
        QCOMPARE(AccountRepository(m_db->db()).list()->size(), 0);
    }

    void escapeEndsTheSignInUnderWay_data()
    {
        QTest::addColumn<bool>("closeWindow");
        QTest::newRow("Escape") << false;
        QTest::newRow("window close") << true;
    }

    // Escape on the Connect dialog, or closing its window, ends its sign-in: the next dialog can sign in at once,
    // and approving in the abandoned tab later connects nothing and closes nothing.
    void escapeEndsTheSignInUnderWay()
    {
        QFETCH(bool, closeWindow);
        ConnectFlow flow(m_db->db(), *m_secrets);
        flow.addClient(m_ebay.get());
        pointRuNameAt(flow);
        const auto houseCheck = houseCheckOf(flow);
        m_browser.decision = u"hold"_s;
        {
            ConnectDialog first(flow, houseCheck);
            first.show();
            QVERIFY(QTest::qWaitForWindowExposed(&first));
            QTest::keyClicks(first.findChild<QLineEdit*>(u"houseName"_s), u"Abandoned"_s);
            QTest::mouseClick(first.findChild<QPushButton*>(u"connect"_s), Qt::LeftButton);
            QTRY_COMPARE(m_browser.held.size(), 1);
            QVERIFY(flow.isRunning());
            if (closeWindow) {
                // What the window manager's close button sends, through the window as it would come.
                QCloseEvent close;
                QApplication::sendEvent(first.windowHandle(), &close);
            } else {
                QTest::keyClick(&first, Qt::Key_Escape);
            }
            QVERIFY(!first.isVisible());
            QVERIFY2(!flow.isRunning(), "closing the dialog ends the sign-in under way");
        }

        m_browser.decision = u"approve"_s;
        ConnectDialog second(flow, houseCheck);
        second.show();
        QVERIFY(QTest::qWaitForWindowExposed(&second));
        QTest::keyClicks(second.findChild<QLineEdit*>(u"houseName"_s), u"Toronto"_s);
        auto* connectButton = second.findChild<QPushButton*>(u"connect"_s);
        QVERIFY(connectButton->isEnabled());
        m_browser.decision = u"hold"_s;
        QTest::mouseClick(connectButton, Qt::LeftButton);
        QTRY_COMPARE(m_browser.held.size(), 2);
        QVERIFY(flow.isRunning());
        // The abandoned tab is approved now: refused, and the open dialog is not closed as a success.
        QCOMPARE(m_browser.approveHeld(m_browser.held.first()), 400);
        QVERIFY(second.isVisible());
        QVERIFY(flow.isRunning());
        QCOMPARE(AccountRepository(m_db->db()).list()->size(), 0);

        QSignalSpy accepted(&second, &QDialog::accepted);
        QCOMPARE(m_browser.approveHeld(m_browser.held.last()), 200);
        QTRY_COMPARE_WITH_TIMEOUT(accepted.count(), 1, 20000);
        QCOMPARE((*AccountRepository(m_db->db()).findById(second.accountId()))->houseName, u"Toronto"_s);
    }

    void reconnectAsAnotherUserAsksBeforeReplacing()
    {
        ConnectFlow flow(m_db->db(), *m_secrets);
        flow.addClient(m_ebay.get());
        pointRuNameAt(flow);
        const auto houseCheck = houseCheckOf(flow);
        const qint64 id = connectWarehouseA(flow);
        QVERIFY(id > 0);
        const Account account = **AccountRepository(m_db->db()).findById(id);

        // Reconnect: the house name is its own (no "already called"), the marketplace is fixed; in the browser
        // someone else signs in, and the dialog asks before replacing.
        ConnectDialog dialog(flow, houseCheck);
        dialog.setReconnect(account);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QVERIFY(!dialog.findChild<QLabel*>(u"houseProblem"_s)->isVisible());
        QVERIFY(!dialog.findChild<QComboBox*>(u"provider"_s)->isEnabled());
        auto* connectButton = dialog.findChild<QPushButton*>(u"connect"_s);
        QVERIFY(connectButton->isEnabled());
        m_browser.user = u"boutique_montreal"_s;
        QString question;
        whenBoxShows(u"replaceUserBox"_s, [&](QMessageBox* box) {
            question = box->text();
            screenshot(*box, u"reconnect-other-user"_s);
            box->reject(); // keep the house's user
        });
        QTest::mouseClick(connectButton, Qt::LeftButton);
        auto* status = dialog.findChild<QLabel*>(u"status"_s);
        QTRY_VERIFY_WITH_TIMEOUT(status->text().contains(u"Nothing changed"_s), 20000);
        QVERIFY2(question.contains(u"boutique_montreal"_s) && question.contains(u"warehouse_a_seller"_s),
                 qPrintable(question));
        QCOMPARE((*AccountRepository(m_db->db()).findById(id))->username, u"warehouse_a_seller"_s);
        m_browser.user = u"warehouse_a_seller"_s;
    }

    // Connecting "Toronto" while the browser signs in as the user of the house "Warehouse-A" renamed that house
    // without a question. It asks, and keeping the existing name is the default (Enter).
    void connectingAnExistingUserAsksWhichHouseNameItKeeps()
    {
        ConnectFlow flow(m_db->db(), *m_secrets);
        flow.addClient(m_ebay.get());
        pointRuNameAt(flow);
        const auto houseCheck = houseCheckOf(flow);
        const qint64 id = connectWarehouseA(flow);
        QVERIFY(id > 0);
        for (const bool rename : {false, true}) {
            ConnectDialog dialog(flow, houseCheck);
            dialog.show();
            QVERIFY(QTest::qWaitForWindowExposed(&dialog));
            QTest::keyClicks(dialog.findChild<QLineEdit*>(u"houseName"_s), u"Toronto"_s);
            QString question;
            whenBoxShows(u"existingHouseBox"_s, [&](QMessageBox* box) {
                question = box->text();
                QCOMPARE(box->defaultButton()->objectName(), u"keepHouseName"_s);
                if (!rename) {
                    screenshot(*box, u"connect-existing-user"_s);
                    QTest::keyClick(box, Qt::Key_Return); // the default: keep
                } else {
                    box->findChild<QPushButton*>(u"renameHouse"_s)->click();
                }
            });
            QSignalSpy accepted(&dialog, &QDialog::accepted);
            QTest::mouseClick(dialog.findChild<QPushButton*>(u"connect"_s), Qt::LeftButton);
            QTRY_COMPARE_WITH_TIMEOUT(accepted.count(), 1, 20000);
            QVERIFY2(question.contains(u"Warehouse-A"_s), qPrintable(question));
            QCOMPARE(dialog.accountId(), id); // never a second account
            QCOMPARE(AccountRepository(m_db->db()).list()->size(), 1);
            QCOMPARE((*AccountRepository(m_db->db()).findById(id))->houseName,
                     rename ? u"Toronto"_s : u"Warehouse-A"_s);
        }
    }

    void addsAnOfferUpAccountWithoutSigningIn()
    {
        ConnectFlow flow(m_db->db(), *m_secrets);
        ConnectDialog dialog(flow, houseCheckOf(flow));
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto* provider = dialog.findChild<QComboBox*>(u"provider"_s);
        provider->setCurrentIndex(provider->findData(int(Provider::OfferUp)));
        auto* connectButton = dialog.findChild<QPushButton*>(u"connect"_s);
        auto* username = dialog.findChild<QLineEdit*>(u"username"_s);
        QVERIFY(username->isVisible());
        QVERIFY(dialog.findChild<QLabel*>(u"manualNote"_s)->text().contains(u"no public seller API"_s));
        QVERIFY(!dialog.findChild<QPushButton*>(u"copyLink"_s)->isVisible());
        QTest::keyClicks(dialog.findChild<QLineEdit*>(u"houseName"_s), u"Booth 4"_s);
        QVERIFY(!connectButton->isEnabled()); // the username is needed
        QTest::keyClicks(username, u"Booth4Deals"_s);
        QVERIFY(connectButton->isEnabled());
        screenshot(dialog, u"connect-dialog-offerup"_s);
        const int browsed = m_browser.opened;
        QTest::mouseClick(connectButton, Qt::LeftButton);
        QCOMPARE(m_browser.opened, browsed); // no browser
        QVERIFY(dialog.accountId() > 0);
        const Account account = **AccountRepository(m_db->db()).findById(dialog.accountId());
        QCOMPARE(account.provider, Provider::OfferUp);
        QCOMPARE(account.houseName, u"Booth 4"_s);
        QCOMPARE(account.username, u"Booth4Deals"_s);
        QVERIFY(!AccountRepository(m_db->db()).tokenMetadata(account.id)->has_value()); // no tokens, honestly
    }
};

QTEST_MAIN(TestConnectDialog)
#include "tst_connectdialog.moc"
