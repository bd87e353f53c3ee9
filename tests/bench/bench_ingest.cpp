// Ingest benchmark (not part of the pass/fail run): N eBay orders (default 100,000; several items each) pulled
// from the sandbox (in a process of its own, as a marketplace is: its work and memory are not ours) over loopback HTTP
// through the real client, normalizer, stock allocator and repository into SQLite (or PostgreSQL with --postgresql),
// page by page in transactions as the app does. Prints one line per figure ("BENCH name=value unit") so runs can be
// compared. Target: at least 10,000 orders/s on SQLite.
//
//   tests/harness/run-headless.sh build -L benchmark          (all benchmarks, through ctest)
//   MARKETDESK_BENCH_ORDERS=20000 build/tests/bench_ingest    (inside a D-Bus session with a keyring)

#include "BenchMemory.h"
#include "SandboxAccounts.h"
#include "auth/TokenManager.h"
#include "providers/ebay/EbayOrderSource.h"
#include "storage/repositories/OrderRepository.h"
#include "sync/OrderImport.h"
#include "sync/PagedSync.h"

#include <QCommandLineParser>
#include <QElapsedTimer>

using namespace Qt::StringLiterals;
using namespace md;

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    bool ok = false;
    int orders = qEnvironmentVariableIntValue("MARKETDESK_BENCH_ORDERS", &ok);
    if (!ok || orders <= 0)
        orders = 100000;
    test::SandboxAccounts env;
    sandbox::Config config;
    config.seed = 3;
    config.ordersPerUser = orders;
    QElapsedTimer seeding;
    seeding.start();
    if (const QString problem = env.setUp(u"Marketdesk Bench"_s, config, test::SandboxAccounts::Placement::OwnProcess);
        !problem.isEmpty()) {
        std::fprintf(stderr, "bench_ingest: %s\n", qPrintable(problem));
        return 1;
    }
    std::printf("BENCH ingest.sandbox_seed_seconds=%.1f s\n", seeding.elapsed() / 1000.0);
    auto id = env.connectAccount(Provider::Ebay, u"Warehouse-A"_s, u"warehouse_a_seller"_s);
    if (!id) {
        std::fprintf(stderr, "bench_ingest: %s\n", qPrintable(id.error().message));
        return 1;
    }
    TokenManager tokens(env.db(), *env.secrets);
    for (AuthClient* client : env.authClients())
        tokens.addClient(client);
    EbayOrderSource source(env.baseUrl(), &env.network);
    PagedSync sync(env.db(), TokenAccess::direct(tokens));
    sync.addSink(std::make_unique<OrderImport>(env.db()));
    sync.addSource(&source);

    bool done = false;
    QString error;
    QObject::connect(&sync, &PagedSync::finished, &app, [&](qint64, const QString& code, const QString& message) {
        done = true;
        error = code.isEmpty() ? QString() : message;
    });
    QElapsedTimer timer;
    timer.start();
    sync.sync(*id, u"orders"_s);
    while (!done)
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
    const double seconds = timer.elapsed() / 1000.0;
    if (!error.isEmpty()) {
        std::fprintf(stderr, "bench_ingest: %s\n", qPrintable(error));
        return 1;
    }
    const qint64 stored = *OrderRepository(env.db()).count();
    std::printf("BENCH ingest.orders=%lld\n", static_cast<long long>(stored));
    std::printf("BENCH ingest.seconds=%.2f s\n", seconds);
    std::printf("BENCH ingest.orders_per_second=%.0f orders/s (target >= 10000)\n", stored / seconds);
    std::printf("BENCH ingest.peak_rss=%.0f MB\n", bench::peakRssMb());
    return stored >= orders ? 0 : 1;
}
