#pragma once

// A marketplace sandbox on loopback, a migrated SQLite database, the real keychain and Marketdesk's four
// marketplace clients pointed at the sandbox — and a way to connect accounts through the real ConnectFlow with a
// stand-in browser. Shared by the tests that need connected accounts (include it in a test linking
// marketdesk_sandbox).

#include "SandboxServer.h"
#include "TestDatabase.h"
#include "auth/ConnectFlow.h"
#include "providers/Marketplace.h"
#include "providers/ProviderSettings.h"
#include "providers/amazon/AmazonClient.h"
#include "providers/amazon/AmazonFulfilment.h"
#include "providers/amazon/AmazonOrderSource.h"
#include "providers/ebay/EbayClient.h"
#include "providers/ebay/EbayFulfilment.h"
#include "providers/ebay/EbayOrderSource.h"
#include "providers/facebook/FacebookClient.h"
#include "providers/shopify/ShopifyClient.h"
#include "providers/shopify/ShopifyFulfilment.h"
#include "providers/shopify/ShopifyOrderSource.h"
#include "secrets/SecretKeys.h"
#include "secrets/SecretStore.h"
#include "storage/Migrator.h"
#include "storage/repositories/AccountRepository.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QSet>
#include <QSignalSpy>
#include <QTest>
#include <QUrlQuery>

namespace md::test {

/// Marketdesk's four sign-in clients pointed at a sandbox (also used by helper processes that reach the test's
/// sandbox over loopback).
struct SandboxClients {
    static constexpr auto kClient = "Marketdesk-Test-App";
    static constexpr auto kRuName = "Marketdesk-Test-RuName";

    void build(const QUrl& base, QNetworkAccessManager* network)
    {
        EbayEndpoints e;
        e.authBaseUrl = e.apiBaseUrl = e.identityBaseUrl = base;
        e.clientId = QLatin1StringView(kClient);
        e.ruName = QLatin1StringView(kRuName);
        e.scopes = {QStringLiteral("https://api.ebay.com/oauth/api_scope"),
                    QStringLiteral("https://api.ebay.com/oauth/api_scope/sell.fulfillment")};
        ebay = std::make_unique<EbayClient>(e, network);
        AmazonEndpoints a;
        a.sellerCentralUrl = a.lwaUrl = a.spApiUrl = base;
        a.applicationId = a.clientId = QLatin1StringView(kClient);
        amazon = std::make_unique<AmazonClient>(a, network);
        ShopifyEndpoints s;
        s.shopUrlTemplate = base.toString() + QStringLiteral("/shops/{shop}");
        s.clientId = QLatin1StringView(kClient);
        s.scopes = {QStringLiteral("read_orders")};
        shopify = std::make_unique<ShopifyClient>(s, network);
        FacebookEndpoints f;
        f.dialogUrl = f.graphUrl = base;
        f.appId = QLatin1StringView(kClient);
        f.scopes = {QStringLiteral("catalog_management")};
        facebook = std::make_unique<FacebookClient>(f, network);
        const QString shops = base.toString() + QStringLiteral("/shops/{shop}");
        // The sources and clients the app builds, from the marketplaces' own entry points.
        sources.clear();
        fulfilment.clear();
        for (const Marketplace* m : Marketplace::all()) {
            ProviderEndpoints endpoints;
            endpoints.provider = m->provider();
            endpoints.environment = Environment::Sandbox;
            endpoints.apiUrl = m->provider() == Provider::Shopify ? shops : base.toString();
            for (auto& source : m->sources(endpoints, network))
                sources.push_back(std::move(source));
            if (auto client = m->fulfilment(endpoints, network))
                fulfilment.push_back(std::move(client));
        }
    }
    QList<AuthClient*> all() const { return {ebay.get(), amazon.get(), shopify.get(), facebook.get()}; }

    std::unique_ptr<EbayClient> ebay;
    std::unique_ptr<AmazonClient> amazon;
    std::unique_ptr<ShopifyClient> shopify;
    std::unique_ptr<FacebookClient> facebook;
    /// The sync's sources and the outbox's clients, as each marketplace's entry point builds them.
    std::vector<std::unique_ptr<PageSource>> sources;
    std::vector<std::unique_ptr<FulfilmentClient>> fulfilment;
};

class SandboxAccounts {
public:
    static constexpr auto kClient = SandboxClients::kClient;
    static constexpr auto kRuName = SandboxClients::kRuName;

    ~SandboxAccounts()
    {
        if (process && process->state() != QProcess::NotRunning) {
            process->kill(); // nothing of its state is kept
            process->waitForFinished(5000);
        }
    }

    /// Waits for an asynchronous call that reports through a callback.
    template<typename T> static T await(std::function<void(std::function<void(T)>)> call, int timeoutMs = 20000)
    {
        std::optional<T> result;
        call([&](T r) { result.emplace(std::move(r)); });
        if (!QTest::qWaitFor([&] { return result.has_value(); }, timeoutMs))
            qWarning("no answer within %d ms", timeoutMs);
        return result.value_or(T(Error {QStringLiteral("test.timeout"), QStringLiteral("no answer"), {}}));
    }

    /// Where the sandbox runs: in this process (tests that reach into it), or in a marketdesk-sandbox process of
    /// its own (benchmarks, so that its work and memory are not counted as Marketdesk's).
    enum class Placement { InProcess, OwnProcess };

    /// Starts everything; returns an empty string, or what went wrong.
    QString setUp(const QString& keychainService, sandbox::Config config = {},
                  Placement placement = Placement::InProcess, Backend backend = Backend::Sqlite)
    {
        if (qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"))
            return QStringLiteral("No D-Bus session: run through tests/harness/run-headless.sh (./setup.sh test).");
        secret = QStringLiteral("SBX-secret-%1").arg(QDateTime::currentMSecsSinceEpoch());
        config.clients.insert(QLatin1StringView(kClient), secret);
        config.autoApprove = true;
        if (placement == Placement::OwnProcess) {
            if (QString problem = startProcess(config); !problem.isEmpty())
                return problem;
        } else {
            server = std::make_unique<sandbox::SandboxServer>(config);
            if (server->start() == 0)
                return QStringLiteral("the sandbox did not start");
        }
        QString error;
        database = TestDatabase::create(backend, &error);
        if (!database)
            return error;
        if (auto migrated = Migrator().migrate(database->db()); !migrated)
            return migrated.error().toLogString();
        secrets = std::make_unique<SecretStore>(keychainService);
        for (Provider p : {Provider::Ebay, Provider::Amazon, Provider::Shopify, Provider::Facebook}) {
            const Status written = await<Status>(
                [&](auto done) { secrets->write(secretkeys::clientSecretKey(p, Environment::Sandbox), secret, done); });
            if (!written)
                return written.error().toLogString();
        }
        clients.build(baseUrl(), &network);
        return {};
    }

    /// Where the sandbox listens.
    QUrl baseUrl() const { return server ? server->baseUrl() : processBaseUrl; }

    QList<AuthClient*> authClients() const { return clients.all(); }
    const Database& db() const { return database->db(); }

    /// Connects an account as `sandboxUser` (a Shopify shop domain for Shopify) through the real ConnectFlow;
    /// returns its id.
    Result<qint64> connectAccount(Provider provider, const QString& house, const QString& sandboxUser,
                                  qint64 reconnectAccountId = 0)
    {
        ConnectFlow flow(db(), *secrets);
        for (AuthClient* client : authClients())
            flow.addClient(client);
        QSignalSpy connected(&flow, &ConnectFlow::connected);
        QSignalSpy failed(&flow, &ConnectFlow::failed);
        QObject::connect(&flow, &ConnectFlow::authorizeUrlReady, &flow, [&](const QUrl& url) {
            const QString acceptUrl = flow.loopbackUri().toString();
            if (server)
                server->config().ruNames.insert(QLatin1StringView(kRuName), acceptUrl);
            else
                control(QStringLiteral("/_sandbox/config"),
                        {{QStringLiteral("ruNames"), QJsonObject {{QLatin1StringView(kRuName), acceptUrl}}}});
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

    /// A request to the sandbox's control API (/_sandbox/…), answered as JSON.
    QJsonValue control(const QString& path, const QJsonObject& body = {}, bool post = true)
    {
        using namespace Qt::StringLiterals;
        QNetworkRequest request(baseUrl().resolved(QUrl(path)));
        request.setHeader(QNetworkRequest::ContentTypeHeader, u"application/json"_s);
        QNetworkReply* reply = post ? network.post(request, QJsonDocument(body).toJson()) : network.get(request);
        if (!QTest::qWaitFor([&] { return reply->isFinished(); }, 10000))
            qWarning("control request timed out");
        reply->deleteLater();
        const QJsonDocument json = QJsonDocument::fromJson(reply->readAll());
        return json.isArray() ? QJsonValue(json.array()) : QJsonValue(json.object());
    }

    /// What the marketplace applied: "provider action orderId detail", in order.
    QStringList applied()
    {
        using namespace Qt::StringLiterals;
        QStringList list;
        for (const QJsonValue& a : control(u"/_sandbox/actions"_s, {}, false).toArray()) {
            const QJsonObject o = a.toObject();
            list << u"%1 %2 %3 %4"_s.arg(o.value("provider"_L1).toString(), o.value("action"_L1).toString(),
                                         o.value("orderId"_L1).toString(), o.value("detail"_L1).toString());
        }
        return list;
    }

    /// Makes the next `count` requests of a route fail in a way (see the sandbox's faults).
    void fault(const QString& route, const QString& kind, int count, int status = 503, int delayMs = 0)
    {
        using namespace Qt::StringLiterals;
        control(u"/_sandbox/faults"_s,
                {{u"route"_s, route},
                 {u"kind"_s, kind},
                 {u"status"_s, status},
                 {u"count"_s, count},
                 {u"retryAfter"_s, 1},
                 {u"delayMs"_s, delayMs}});
    }

    /// A GET (or, with a body, a POST of JSON) to the sandbox, answered as a JSON object.
    QJsonObject fetchJson(const QUrl& url, const QByteArray& header, const QString& value,
                          const QByteArray& postBody = {})
    {
        using namespace Qt::StringLiterals;
        QNetworkRequest request(url);
        request.setRawHeader(header, value.toUtf8());
        if (!postBody.isEmpty())
            request.setHeader(QNetworkRequest::ContentTypeHeader, u"application/json"_s);
        QNetworkReply* reply = postBody.isEmpty() ? network.get(request) : network.post(request, postBody);
        if (!QTest::qWaitFor([&] { return reply->isFinished(); }, 20000))
            qWarning("reference request timed out");
        reply->deleteLater();
        return QJsonDocument::fromJson(reply->readAll()).object();
    }

    /// The marketplace's own list of the account's order ids, read by a minimal pager of the test's own.
    QSet<QString> marketplaceOrderIds(const Account& account, const QString& t)
    {
        const QHash<QString, QDateTime> orders = marketplaceOrders(account, t);
        return QSet<QString>(orders.keyBegin(), orders.keyEnd());
    }

    /// The marketplace's own list of the account's orders (id → when it last changed), read by a minimal pager of
    /// the test's own (on a marketplace that does not change while it reads).
    QHash<QString, QDateTime> marketplaceOrders(const Account& account, const QString& t)
    {
        using namespace Qt::StringLiterals;
        const QUrl base = baseUrl();
        QHash<QString, QDateTime> ids;
        const auto add = [&ids](const QJsonObject& order, QLatin1StringView idKey, QLatin1StringView updatedKey) {
            ids.insert(order.value(idKey).toString(),
                       QDateTime::fromString(order.value(updatedKey).toString(), Qt::ISODateWithMs).toUTC());
        };
        if (account.provider == Provider::Ebay) {
            for (int offset = 0;; offset += 200) {
                const QJsonObject page =
                    fetchJson(base.resolved(QUrl(u"/sell/fulfillment/v1/order?limit=200&offset=%1"_s.arg(offset))),
                              "Authorization", u"Bearer "_s + t);
                for (const QJsonValue& o : page.value("orders"_L1).toArray())
                    add(o.toObject(), "orderId"_L1, "lastModifiedDate"_L1);
                if (!page.contains("next"_L1))
                    break;
            }
        } else if (account.provider == Provider::Amazon) {
            QString next;
            do {
                QUrl url = base.resolved(QUrl(u"/orders/2026-01-01/orders"_s));
                QUrlQuery q;
                q.addQueryItem(u"createdAfter"_s, u"2000-01-01T00:00:00Z"_s);
                if (!next.isEmpty())
                    q.addQueryItem(u"paginationToken"_s, next);
                url.setQuery(q);
                const QJsonObject page = fetchJson(url, "x-amz-access-token", t);
                for (const QJsonValue& o : page.value("orders"_L1).toArray())
                    add(o.toObject(), "orderId"_L1, "lastUpdatedTime"_L1);
                next = page.value("pagination"_L1).toObject().value("nextToken"_L1).toString();
            } while (!next.isEmpty());
        } else {
            QString after;
            bool more = true;
            while (more) {
                const QString query = u"query($after: String) { orders(first: 100, after: $after) { pageInfo { "
                                      "hasNextPage endCursor } nodes { id updatedAt } } }"_s;
                QJsonObject variables;
                if (!after.isEmpty())
                    variables.insert(u"after"_s, after);
                const QJsonObject page = fetchJson(
                    QUrl(base.toString() + u"/shops/%1/admin/api/2025-01/graphql.json"_s.arg(account.shopDomain)),
                    "X-Shopify-Access-Token", t,
                    QJsonDocument(QJsonObject {{u"query"_s, query}, {u"variables"_s, variables}}).toJson());
                const QJsonObject orders = page.value("data"_L1).toObject().value("orders"_L1).toObject();
                for (const QJsonValue& o : orders.value("nodes"_L1).toArray())
                    add(o.toObject(), "id"_L1, "updatedAt"_L1);
                more = orders.value("pageInfo"_L1).toObject().value("hasNextPage"_L1).toBool();
                after = orders.value("pageInfo"_L1).toObject().value("endCursor"_L1).toString();
            }
        }
        return ids;
    }

    /// The account's orders in the database: id → the marketplace's last change the database holds.
    QHash<QString, QDateTime> storedOrders(qint64 accountId)
    {
        using namespace Qt::StringLiterals;
        SqlQuery q(db(), u"SELECT external_id, marketplace_updated_at FROM orders WHERE account_id = :a"_s);
        q.bind(u":a"_s, accountId);
        QHash<QString, QDateTime> stored;
        if (!q.exec())
            return stored;
        while (q.next())
            stored.insert(q.value(0).toString(), QDateTime::fromMSecsSinceEpoch(q.value(1).toLongLong(), Qt::UTC));
        return stored;
    }

    /// The account's orders in the database, failing on a duplicate.
    QSet<QString> storedOrderIds(qint64 accountId)
    {
        using namespace Qt::StringLiterals;
        SqlQuery q(db(), u"SELECT external_id FROM orders WHERE account_id = :a"_s);
        q.bind(u":a"_s, accountId);
        if (!q.exec())
            return {};
        QStringList all;
        while (q.next())
            all << q.value(0).toString();
        const QSet<QString> unique(all.cbegin(), all.cend());
        if (unique.size() != all.size())
            qWarning("duplicate orders stored");
        return all.size() == unique.size() ? unique : QSet<QString>();
    }

    /// Starts bin/marketdesk-sandbox (or $MARKETDESK_SANDBOX) with the configuration's seed, size and client, and
    /// waits for the line that says where it listens.
    QString startProcess(const sandbox::Config& config)
    {
        QString program = qEnvironmentVariable("MARKETDESK_SANDBOX");
        if (program.isEmpty())
            program = QCoreApplication::applicationDirPath() + QStringLiteral("/../bin/marketdesk-sandbox");
        QStringList arguments {QStringLiteral("--seed"),
                               QString::number(config.seed),
                               QStringLiteral("--orders-per-user"),
                               QString::number(config.ordersPerUser),
                               QStringLiteral("--auto-approve"),
                               QStringLiteral("--clients-on-stdin")};
        if (config.epoch.isValid())
            arguments << QStringLiteral("--epoch") << config.epoch.toString(Qt::ISODate);
        process = std::make_unique<QProcess>();
        process->setProcessChannelMode(QProcess::ForwardedErrorChannel);
        process->start(program, arguments);
        if (!process->waitForStarted(10000))
            return QStringLiteral("%1 did not start: %2").arg(program, process->errorString());
        // Client secrets through a pipe, as the demo passes them: never on a command line.
        for (auto it = config.clients.cbegin(); it != config.clients.cend(); ++it)
            process->write(QString(it.key() + u':' + it.value() + u'\n').toUtf8());
        process->closeWriteChannel();
        QByteArray line;
        while (!line.contains('\n')) {
            if (!process->waitForReadyRead(600000))
                return QStringLiteral("%1 said nothing: %2").arg(program, process->errorString());
            line += process->readAllStandardOutput();
        }
        processBaseUrl = QUrl(QString::fromUtf8(line.left(line.indexOf('\n'))).trimmed().section(u' ', -1));
        return processBaseUrl.isValid() ? QString()
                                        : QStringLiteral("unexpected sandbox output: ") + QString::fromUtf8(line);
    }

    QString secret;
    bool replaceAnswer = false; ///< what the stand-in person answers "you signed in as X; this house was Y"
    QStringList confirmations; ///< "house|signed in as|previous user" for each question asked
    std::unique_ptr<sandbox::SandboxServer> server; ///< the sandbox, when it runs in this process
    std::unique_ptr<QProcess> process; ///< the sandbox, when it runs in a process of its own
    QUrl processBaseUrl;
    std::unique_ptr<TestDatabase> database;
    QNetworkAccessManager network;
    std::unique_ptr<SecretStore> secrets;
    SandboxClients clients;
};

} // namespace md::test
