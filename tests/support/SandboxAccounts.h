#pragma once

// A marketplace sandbox on loopback, a migrated SQLite database, the real keychain and Marketdesk's four
// marketplace clients pointed at the sandbox — and a way to connect accounts through the real ConnectFlow with a
// stand-in browser. Shared by the tests that need connected accounts (include it in a test linking
// marketdesk_sandbox).

#include "SandboxServer.h"
#include "TestDatabase.h"
#include "auth/ConnectFlow.h"
#include "providers/amazon/AmazonClient.h"
#include "providers/ebay/EbayClient.h"
#include "providers/facebook/FacebookClient.h"
#include "providers/shopify/ShopifyClient.h"
#include "secrets/SecretStore.h"
#include "storage/Migrator.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTest>
#include <QUrlQuery>

namespace md::test {

class SandboxAccounts {
public:
    static constexpr auto kClient = "Marketdesk-Test-App";
    static constexpr auto kRuName = "Marketdesk-Test-RuName";

    /// Waits for an asynchronous call that reports through a callback.
    template<typename T> static T await(std::function<void(std::function<void(T)>)> call, int timeoutMs = 20000)
    {
        std::optional<T> result;
        call([&](T r) { result.emplace(std::move(r)); });
        if (!QTest::qWaitFor([&] { return result.has_value(); }, timeoutMs))
            qWarning("no answer within %d ms", timeoutMs);
        return result.value_or(T(Error {QStringLiteral("test.timeout"), QStringLiteral("no answer"), {}}));
    }

    /// Starts everything; returns an empty string, or what went wrong.
    QString setUp(const QString& keychainService, sandbox::Config config = {})
    {
        if (qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"))
            return QStringLiteral("No D-Bus session: run through tests/harness/run-headless.sh (./setup.sh test).");
        secret = QStringLiteral("SBX-secret-%1").arg(QDateTime::currentMSecsSinceEpoch());
        config.clients.insert(QLatin1StringView(kClient), secret);
        config.autoApprove = true;
        server = std::make_unique<sandbox::SandboxServer>(config);
        if (server->start() == 0)
            return QStringLiteral("the sandbox did not start");
        QString error;
        database = TestDatabase::create(Backend::Sqlite, &error);
        if (!database)
            return error;
        if (auto migrated = Migrator().migrate(database->db()); !migrated)
            return migrated.error().toLogString();
        secrets = std::make_unique<SecretStore>(keychainService);
        for (Provider p : {Provider::Ebay, Provider::Amazon, Provider::Shopify, Provider::Facebook}) {
            const Status written = await<Status>([&](auto done) {
                secrets->write(ConnectFlow::clientSecretKey(p, Environment::Sandbox), secret, done);
            });
            if (!written)
                return written.error().toLogString();
        }
        const QUrl base = server->baseUrl();
        EbayEndpoints e;
        e.authBaseUrl = e.apiBaseUrl = e.identityBaseUrl = base;
        e.clientId = QLatin1StringView(kClient);
        e.ruName = QLatin1StringView(kRuName);
        e.scopes = {QStringLiteral("https://api.ebay.com/oauth/api_scope"),
                    QStringLiteral("https://api.ebay.com/oauth/api_scope/sell.fulfillment")};
        ebay = std::make_unique<EbayClient>(e, &network);
        AmazonEndpoints a;
        a.sellerCentralUrl = a.lwaUrl = a.spApiUrl = base;
        a.applicationId = a.clientId = QLatin1StringView(kClient);
        amazon = std::make_unique<AmazonClient>(a, &network);
        ShopifyEndpoints s;
        s.shopUrlTemplate = base.toString() + QStringLiteral("/shops/{shop}");
        s.clientId = QLatin1StringView(kClient);
        s.scopes = {QStringLiteral("read_orders")};
        shopify = std::make_unique<ShopifyClient>(s, &network);
        FacebookEndpoints f;
        f.dialogUrl = f.graphUrl = base;
        f.appId = QLatin1StringView(kClient);
        f.scopes = {QStringLiteral("catalog_management")};
        facebook = std::make_unique<FacebookClient>(f, &network);
        return {};
    }

    QList<AuthClient*> clients() const { return {ebay.get(), amazon.get(), shopify.get(), facebook.get()}; }
    const Database& db() const { return database->db(); }

    /// Connects an account as `sandboxUser` (a Shopify shop domain for Shopify) through the real ConnectFlow;
    /// returns its id.
    Result<qint64> connectAccount(Provider provider, const QString& house, const QString& sandboxUser,
                                  qint64 reconnectAccountId = 0)
    {
        ConnectFlow flow(db(), *secrets);
        for (AuthClient* client : clients())
            flow.addClient(client);
        QSignalSpy connected(&flow, &ConnectFlow::connected);
        QSignalSpy failed(&flow, &ConnectFlow::failed);
        QObject::connect(&flow, &ConnectFlow::authorizeUrlReady, &flow, [&](const QUrl& url) {
            server->config().ruNames.insert(QLatin1StringView(kRuName), flow.loopbackUri().toString());
            QUrl withUser = url;
            QUrlQuery query(url);
            query.addQueryItem(QStringLiteral("sandbox_user"), sandboxUser);
            withUser.setQuery(query);
            QNetworkReply* reply = network.get(QNetworkRequest(withUser)); // follows the redirect to 127.0.0.1
            QObject::connect(reply, &QNetworkReply::finished, reply, &QObject::deleteLater);
        });
        QObject::connect(&flow, &ConnectFlow::confirmationNeeded, &flow,
                         [&](const QString& forHouse, const QString& signedInAs, const QString& previous) {
                             confirmations << forHouse + u'|' + signedInAs + u'|' + previous;
                             flow.confirmReplacement(replaceAnswer);
                         });
        ConnectRequest request {provider, Environment::Sandbox, house, Purpose::Seller, {}, reconnectAccountId};
        if (provider == Provider::Shopify)
            request.shopDomain = sandboxUser;
        if (Status started = flow.start(request); !started)
            return started.error();
        if (!QTest::qWaitFor([&] { return connected.count() + failed.count() > 0; }, 20000))
            return Error {QStringLiteral("test.timeout"), QStringLiteral("connecting timed out"), {}};
        if (!failed.isEmpty())
            return Error {failed.first().at(0).toString(), failed.first().at(1).toString(), {}};
        return connected.first().first().toLongLong();
    }

    QString secret;
    bool replaceAnswer = false; ///< what the stand-in person answers "you signed in as X; this house was Y"
    QStringList confirmations; ///< "house|signed in as|previous user" for each question asked
    std::unique_ptr<sandbox::SandboxServer> server;
    std::unique_ptr<TestDatabase> database;
    QNetworkAccessManager network;
    std::unique_ptr<SecretStore> secrets;
    std::unique_ptr<EbayClient> ebay;
    std::unique_ptr<AmazonClient> amazon;
    std::unique_ptr<ShopifyClient> shopify;
    std::unique_ptr<FacebookClient> facebook;
};

} // namespace md::test
