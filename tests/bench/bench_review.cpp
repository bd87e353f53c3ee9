// Review benchmark (not part of the pass/fail run): a SQLite database of N orders (default 1,000,000, one item
// each, three houses, five statuses, a year of dates) read through the orders pane's model and database worker
// as the app does. Reports the time to the first rows, the latency of 20 varied filters and sorts (rows shown,
// and the match count beside them), and memory. Targets: first rows within 300 ms, filters within 100 ms (median),
// under 300 MB resident. One "BENCH name=value unit" line per figure.
//
//   tests/harness/run-headless.sh build -L benchmark
//   MARKETDESK_BENCH_REVIEW_ORDERS=200000 build/tests/bench_review
//
// The database is built by a first run of this program (--generate FILE), so its memory does not count.

#include "BenchMemory.h"
#include "TestDatabase.h"
#include "models/OrdersModel.h"
#include "storage/DatabaseWorker.h"
#include "storage/Migrator.h"
#include "storage/repositories/AccountRepository.h"

#include <QElapsedTimer>
#include <QFile>
#include <QGuiApplication>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <cstdio>

using namespace Qt::StringLiterals;
using namespace md;

namespace {

/// Builds the database with set-based SQL (a million single-row upserts would take minutes).
int generate(const QString& path, int orders)
{
    DatabaseConfig config;
    config.sqlitePath = path;
    auto opened = Database::open(config);
    if (!opened || !Migrator().migrate(**opened)) {
        std::fprintf(stderr, "bench_review: cannot create %s\n", qPrintable(path));
        return 1;
    }
    const Database& db = **opened;
    QList<qint64> accounts;
    for (const auto& [provider, house] :
         {std::pair(Provider::Ebay, "Warehouse-A"), std::pair(Provider::Ebay, "Montreal"),
          std::pair(Provider::Shopify, "Maple")}) {
        Account a;
        a.provider = provider;
        a.houseName = QString::fromLatin1(house);
        a.externalUserId = a.houseName.toLower();
        accounts << *AccountRepository(db).insert(a);
    }
    const qint64 start = QDateTime(QDate(2025, 12, 1), QTime(0, 0), Qt::UTC).toMSecsSinceEpoch();
    const QStringList statements {
        u"WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < %1) "
        "INSERT INTO orders (account_id, house_name, external_id, order_number, status, payment_status, "
        "fulfillment_status, needs_attention, buyer_name, buyer_email, currency, total_minor, tracking_number, "
        "marketplace_created_at, marketplace_updated_at, imported_at, updated_at) "
        "SELECT %2 + i % 3, CASE i % 3 WHEN 0 THEN 'Warehouse-A' WHEN 1 THEN 'Montreal' ELSE 'Maple' END, "
        "'X-' || i, 'MD-' || i, CASE i % 5 WHEN 0 THEN 'OPEN' WHEN 1 THEN 'SHIPPED' WHEN 2 THEN 'CANCELLED' "
        "WHEN 3 THEN 'PENDING' ELSE 'PARTIALLY_SHIPPED' END, 'PAID', 'NOT_STARTED', i % 97 = 0, "
        "'Buyer ' || (i % 5000), 'buyer' || (i % 5000) || '@example.com', 'USD', (i * 7919) % 100000, "
        "CASE WHEN i % 3 = 0 THEN '1Z' || i ELSE NULL END, %3 + (i * 31536) % 31536000000, %3, %3, %3 FROM n"_s
            .arg(orders)
            .arg(accounts.first())
            .arg(start),
        u"INSERT INTO order_items (order_id, external_line_id, sku, title, quantity, unit_price_minor) "
        "SELECT id, 'L1', 'SKU-' || (id % 2000), 'Item ' || (id % 2000), 1 + id % 3, 1299 FROM orders"_s,
        u"INSERT INTO orders_fts (rowid, terms) SELECT o.id, lower(o.order_number || ' ' || o.external_id || ' ' || "
        "o.buyer_name || ' ' || o.buyer_email || ' ' || COALESCE(o.tracking_number, '') || ' ' || 'sku-' || "
        "(o.id % 2000)) FROM orders o"_s,
        u"ANALYZE"_s,
    };
    for (const QString& sql : statements) {
        SqlQuery q(db, sql);
        if (Status s = q.exec(); !s) {
            std::fprintf(stderr, "bench_review: %s\n", qPrintable(s.error().toLogString()));
            return 1;
        }
    }
    return 0;
}

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    return values.isEmpty() ? 0 : values.at(values.size() / 2);
}

} // namespace

int main(int argc, char** argv)
{
    if (argc == 4 && qstrcmp(argv[1], "--generate") == 0) {
        QCoreApplication app(argc, argv);
        return generate(QString::fromLocal8Bit(argv[2]), QByteArray(argv[3]).toInt());
    }
    QGuiApplication app(argc, argv);
    bool ok = false;
    int orders = qEnvironmentVariableIntValue("MARKETDESK_BENCH_REVIEW_ORDERS", &ok);
    if (!ok || orders <= 0)
        orders = 1000000;
    QTemporaryDir dir;
    const QString path = dir.filePath(u"review.sqlite"_s);
    QElapsedTimer timer;
    timer.start();
    if (QProcess::execute(QCoreApplication::applicationFilePath(), {u"--generate"_s, path, QString::number(orders)}) !=
        0)
        return 1;
    std::printf("BENCH review.orders=%d\n", orders);
    std::printf("BENCH review.generate_seconds=%.1f s\n", timer.elapsed() / 1000.0);

    DatabaseConfig config;
    config.sqlitePath = path;
    DatabaseWorker worker(config);
    timer.restart();
    OrdersModel model(&worker);
    if (!QTest::qWaitFor([&] { return model.rowCount() > 0; }, 60000)) {
        std::fprintf(stderr, "bench_review: no rows\n");
        return 1;
    }
    std::printf("BENCH review.first_rows_ms=%lld ms (target 300)\n", timer.elapsed());

    const QDateTime start = QDateTime(QDate(2025, 12, 1), QTime(0, 0), Qt::UTC);
    QList<std::pair<OrderFilter, std::optional<int>>> steps; // a filter, and a sort column to click first
    const auto add = [&](const std::function<void(OrderFilter&)>& set, std::optional<int> sortColumn = {}) {
        OrderFilter f;
        set(f);
        steps.append({f, sortColumn});
    };
    add([](OrderFilter& f) { f.houseName = u"Montreal"_s; });
    add([](OrderFilter& f) { f.status = u"OPEN"_s; });
    add([](OrderFilter& f) { f.provider = Provider::Shopify; });
    add([](OrderFilter& f) { f.needsAttention = true; });
    add([&](OrderFilter& f) {
        f.fromUtc = start.addDays(100);
        f.toUtc = start.addDays(107);
    });
    add([](OrderFilter& f) { f.text = u"md-4242"_s; });
    add([](OrderFilter& f) { f.text = u"buyer 17"_s; });
    add([](OrderFilter& f) { f.text = u"sku-1999"_s; });
    add([](OrderFilter& f) { f.text = u"1z3000"_s; });
    add([](OrderFilter& f) {
        f.houseName = u"Warehouse-A"_s;
        f.status = u"OPEN"_s;
    });
    add([&](OrderFilter& f) {
        f.status = u"SHIPPED"_s;
        f.fromUtc = start.addDays(200);
    });
    add([](OrderFilter& f) { f.text = u"buyer12@example"_s; });
    add([](OrderFilter&) {}, OrdersModel::Total);
    add([](OrderFilter& f) { f.status = u"PENDING"_s; }, OrdersModel::Status);
    add([](OrderFilter& f) { f.houseName = u"Maple"_s; }, OrdersModel::Date);
    add([](OrderFilter& f) {
        f.text = u"sku-7"_s;
        f.houseName = u"Montreal"_s;
    });
    add([](OrderFilter& f) { f.text = u"no-such-order"_s; });
    add([](OrderFilter& f) {
        f.provider = Provider::Ebay;
        f.needsAttention = true;
    });
    add([&](OrderFilter& f) {
        f.toUtc = start.addDays(30);
        f.text = u"buyer"_s;
    });
    add([](OrderFilter&) {});

    QList<double> rowsMs;
    QList<double> countMs;
    for (const auto& [filter, sortColumn] : steps) {
        QSignalSpy replaced(&model, &OrdersModel::rowsReplaced);
        QSignalSpy counted(&model, &OrdersModel::matchCountChanged);
        timer.restart();
        if (sortColumn)
            model.sort(*sortColumn,
                       model.sortOrder().order == Qt::DescendingOrder ? Qt::AscendingOrder : Qt::DescendingOrder);
        model.setFilter(filter);
        if (!QTest::qWaitFor([&] { return !replaced.isEmpty(); }, 60000))
            return 1;
        rowsMs << double(timer.elapsed());
        std::printf("  step %lld: rows in %lld ms\n", qint64(rowsMs.size()), timer.elapsed());
        if (!QTest::qWaitFor([&] { return model.matchCount() >= 0; }, 60000))
            return 1;
        countMs << double(timer.elapsed());
        std::printf("  step %lld: count in %lld ms\n", qint64(countMs.size()), timer.elapsed());
    }
    std::printf("BENCH review.filter_rows_median_ms=%.0f ms (target 100)\n", median(rowsMs));
    std::printf("BENCH review.filter_rows_max_ms=%.0f ms\n", *std::max_element(rowsMs.cbegin(), rowsMs.cend()));
    std::printf("BENCH review.filter_count_median_ms=%.0f ms\n", median(countMs));
    std::printf("BENCH review.filter_count_max_ms=%.0f ms\n", *std::max_element(countMs.cbegin(), countMs.cend()));
    std::printf("BENCH review.rss=%.0f MB (target 300)\n", bench::currentRssMb());
    std::printf("BENCH review.peak_rss=%.0f MB\n", bench::peakRssMb());
    return 0;
}
