// GUI responsiveness benchmark (not part of the pass/fail run): the real application, as main() starts it, in demo
// mode with four houses of N/4 orders each (default N = 100,000) on the demo marketplace (marketdesk-sandbox, a
// process of its own). The Orders pane is shown while every house syncs. A 5 ms timer on the GUI thread measures
// how late each of its ticks comes: the longest stall is how long the window could not answer a person.
// Target: under 50 ms. Prints one line per figure ("BENCH name=value unit").
//
//   tests/harness/run-headless.sh build -L benchmark          (all benchmarks, through ctest)
//   MARKETDESK_BENCH_ORDERS=20000 build/bin/bench_gui         (inside a D-Bus session with a keyring and a display)
//
// It lives in bin/ beside marketdesk-sandbox, where demo mode looks for it.

#include "Application.h"
#include "BenchMemory.h"

#include <QApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QTimer>

#include <algorithm>
#include <atomic>
#include <cstdio>
#include <vector>

using namespace Qt::StringLiterals;

namespace {

/// Counts the stored orders and the houses in sync every 250 ms on a thread and connection of its own (never on the GUI
/// thread).
class OrderCounter : public QThread {
public:
    explicit OrderCounter(QString path)
        : m_path(std::move(path))
    {
    }
    std::atomic<qint64> orders {0};
    std::atomic<int> housesInSync {0}; ///< accounts whose first pass reached the marketplace's last page
    std::atomic<bool> stop {false};

protected:
    void run() override
    {
        {
            auto db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"bench-counter"_s);
            db.setDatabaseName(m_path);
            db.setConnectOptions(u"QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=1000"_s);
            while (!stop) {
                if (QFile::exists(m_path) && (db.isOpen() || db.open())) {
                    QSqlQuery q(db);
                    if (q.exec(u"SELECT count(*) FROM orders"_s) && q.next())
                        orders = q.value(0).toLongLong();
                    if (q.exec(u"SELECT count(*) FROM sync_cursors WHERE resource = 'orders' AND "
                               "last_success_at IS NOT NULL"_s) &&
                        q.next())
                        housesInSync = q.value(0).toInt();
                }
                QThread::msleep(250);
            }
            db.close();
        }
        QSqlDatabase::removeDatabase(u"bench-counter"_s);
    }

private:
    QString m_path;
};

} // namespace

int main(int argc, char** argv)
{
    QApplication app(argc, argv);
    md::Application::setIdentity();
    bool ok = false;
    int total = qEnvironmentVariableIntValue("MARKETDESK_BENCH_ORDERS", &ok);
    if (!ok || total <= 0)
        total = 100000;
    constexpr int kHouses = 4; // the demo's walkthrough connects four houses
    const int perHouse = (total + kHouses - 1) / kHouses;
    total = perHouse * kHouses;

    QTemporaryDir data;
    md::CommandLineOptions options;
    options.demo = true;
    options.dataDir = data.path();
    options.demoOrders = perHouse;
    md::Application application(options);
    if (!application.start())
        return 1;

    OrderCounter counter(data.filePath(u"marketdesk.sqlite"_s));
    counter.start();

    // The Orders pane in front once the window is up, so its model re-reads during the sync as a person sees it.
    QTimer showOrders;
    QObject::connect(&showOrders, &QTimer::timeout, &app, [&] {
        for (QWidget* w : QApplication::topLevelWidgets()) {
            if (w->isVisible() && w->inherits("md::MainWindow")) {
                QTest::keyClick(w, Qt::Key_3, Qt::ControlModifier);
                showOrders.stop();
            }
        }
    });
    showOrders.start(100);

    // Every tick's lateness while orders arrive: from the first stored order until every house finished its
    // first pass (Amazon lists changes of the last two minutes later, so the count alone may stay short).
    constexpr int kTickMs = 5;
    std::vector<double> lateness;
    QElapsedTimer clock;
    clock.start();
    qint64 lastTick = 0;
    qint64 syncStartedAt = -1;
    qint64 syncEndedAt = -1;
    QTimer ticker;
    ticker.setTimerType(Qt::PreciseTimer);
    QObject::connect(&ticker, &QTimer::timeout, &app, [&] {
        const qint64 now = clock.nsecsElapsed();
        const qint64 stored = counter.orders;
        if (stored > 0 && syncStartedAt < 0)
            syncStartedAt = now;
        if (syncStartedAt >= 0 && lastTick > 0) {
            lateness.push_back(std::max(0.0, (now - lastTick) / 1e6 - kTickMs));
            if (lateness.back() > 50) // when, to find it in the log
                std::fprintf(stderr, "bench_gui: %.0f ms stall ending at %s\n", lateness.back(),
                             qPrintable(QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs)));
        }
        lastTick = now;
        if (counter.housesInSync >= kHouses && syncEndedAt < 0) {
            syncEndedAt = now;
            QTimer::singleShot(0, &app, &QApplication::quit);
        }
    });
    ticker.start(kTickMs);
    QTimer::singleShot(std::chrono::minutes(20), &app, [] {
        std::fprintf(stderr, "bench_gui: the sync did not finish within 20 minutes\n");
        QApplication::exit(3);
    });

    const int code = QApplication::exec();
    counter.stop = true;
    counter.wait();
    if (code != 0 || syncEndedAt < 0 || lateness.empty()) {
        std::fprintf(stderr, "bench_gui: no complete sync measured (exit %d, %lld orders)\n", code,
                     static_cast<long long>(counter.orders));
        return code != 0 ? code : 1;
    }
    std::vector<double> sorted = lateness;
    std::sort(sorted.begin(), sorted.end());
    const auto over = std::count_if(sorted.cbegin(), sorted.cend(), [](double ms) { return ms > 50; });
    const double seconds = (syncEndedAt - syncStartedAt) / 1e9;
    std::printf("BENCH gui.orders=%lld (of %d on the marketplace)\n", static_cast<long long>(counter.orders), total);
    std::printf("BENCH gui.sync_seconds=%.1f s\n", seconds);
    std::printf("BENCH gui.longest_stall=%.1f ms (target < 50)\n", sorted.back());
    std::printf("BENCH gui.p99_stall=%.1f ms\n", sorted[sorted.size() * 99 / 100]);
    std::printf("BENCH gui.stalls_over_50ms=%lld\n", static_cast<long long>(over));
    std::printf("BENCH gui.peak_rss=%.0f MB\n", md::bench::peakRssMb());
    return 0;
}
