// md-crash-worker: the part of Marketdesk that syncs orders or sends the outbox, as a process of its own, so that
// tst_crash can kill it with SIGKILL at any moment and start it again, as a power cut or a killed app would.
//
//   md-crash-worker --sqlite FILE --base URL --keychain SERVICE --mode sync|send [--accounts 1,2]
//   md-crash-worker --sqlite FILE --mode import --accounts ID --order NUMBER
//
// "import" stores one order through OrderRepository, as a second Marketdesk on the same file would (tst_models:
// the change feed brings it to the first one's Orders pane).
//
// It uses the real clients, token manager (tokens from the real keychain), repositories and SQLite, against the
// test's sandbox over loopback. Exit 0: everything synced / nothing left to send; 2: a sync failed; 1: bad use.

#include "SandboxAccounts.h"
#include "auth/TokenManager.h"
#include "storage/Database.h"
#include "storage/repositories/OrderRepository.h"
#include "storage/repositories/OutboxRepository.h"
#include "sync/OrderImport.h"
#include "sync/OutboxSender.h"
#include "sync/PagedSync.h"

#include <QCommandLineParser>
#include <QCoreApplication>

#include <cstdio>

using namespace Qt::StringLiterals;
using namespace md;

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addOptions({{u"sqlite"_s, u"database file"_s, u"file"_s},
                       {u"base"_s, u"sandbox base URL"_s, u"url"_s},
                       {u"keychain"_s, u"keychain service"_s, u"service"_s},
                       {u"mode"_s, u"sync or send"_s, u"mode"_s},
                       {u"accounts"_s, u"account ids to sync"_s, u"ids"_s},
                       {u"order"_s, u"order number to import"_s, u"number"_s}});
    parser.process(app);
    const QString mode = parser.value(u"mode"_s);
    if (mode != "sync"_L1 && mode != "send"_L1 && mode != "import"_L1) {
        std::fprintf(stderr, "md-crash-worker: --mode sync|send|import\n");
        return 1;
    }
    DatabaseConfig config;
    config.backend = Backend::Sqlite;
    config.sqlitePath = parser.value(u"sqlite"_s);
    auto database = Database::open(config);
    if (!database) {
        std::fprintf(stderr, "md-crash-worker: %s\n", qPrintable(database.error().toLogString()));
        return 1;
    }
    const Database& db = **database;
    if (mode == "import"_L1) {
        Order order;
        order.accountId = parser.value(u"accounts"_s).toLongLong();
        order.houseName = u"Second process"_s;
        order.externalId = order.orderNumber = parser.value(u"order"_s);
        order.status = u"OPEN"_s;
        order.currency = u"USD"_s;
        order.totalMinor = 1999;
        order.marketplaceCreatedAt = order.marketplaceUpdatedAt = QDateTime::currentDateTimeUtc();
        if (auto stored = OrderRepository(db).upsert(order); !stored) {
            std::fprintf(stderr, "md-crash-worker: %s\n", qPrintable(stored.error().toLogString()));
            return 1;
        }
        return 0;
    }
    QNetworkAccessManager network;
    test::SandboxClients clients;
    clients.build(QUrl(parser.value(u"base"_s)), &network);
    SecretStore secrets(parser.value(u"keychain"_s));
    TokenManager tokens(db, secrets);
    for (AuthClient* client : clients.all())
        tokens.addClient(client);

    if (mode == "sync"_L1) {
        PagedSync sync(db, TokenAccess::direct(tokens));
        sync.addSink(std::make_unique<OrderImport>(db));
        for (const auto& source : clients.sources)
            sync.addSource(source.get());
        QList<qint64> pending;
        for (const QString& id : parser.value(u"accounts"_s).split(u',', Qt::SkipEmptyParts))
            pending << id.toLongLong();
        int exitCode = 0;
        QObject::connect(
            &sync, &PagedSync::finished, &app, [&](qint64 account, const QString& code, const QString& message) {
                if (!code.isEmpty()) {
                    std::fprintf(stderr, "md-crash-worker: account %lld: %s\n", account, qPrintable(message));
                    exitCode = 2;
                }
                pending.removeOne(account);
                if (pending.isEmpty())
                    app.exit(exitCode);
                else
                    sync.sync(pending.first(), u"orders"_s);
            });
        if (pending.isEmpty())
            return 0;
        sync.sync(pending.first(), u"orders"_s);
        return app.exec();
    }

    // The same sender id every run, as one workstation restarting: it takes back at once what it left SENDING.
    OutboxSender sender(db, TokenAccess::direct(tokens), u"crash-worker"_s);
    for (const auto& client : clients.fulfilment)
        sender.addClient(client.get());
    OutboxPolicy policy;
    policy.backoffBase = std::chrono::milliseconds(100);
    policy.backoffCap = std::chrono::milliseconds(400);
    sender.setPolicy(policy);
    QObject::connect(&sender, &OutboxSender::idle, &app, [&] {
        auto due = OutboxRepository(db).due(QDateTime::currentDateTimeUtc().addSecs(3600));
        if (due && due->isEmpty() && !sender.isBusy())
            app.exit(0); // nothing waits, not even a backoff
    });
    sender.start();
    return app.exec();
}
