#include "storage/DatabaseWorker.h"

#include "logging/LogCategories.h"

namespace md {

/// Lives on the worker thread and owns the connection there.
class DatabaseWorker::Runner : public QObject {
public:
    explicit Runner(DatabaseConfig config)
        : m_config(std::move(config))
    {
    }

    void execute(const Job& job)
    {
        if (stopping.loadRelaxed())
            return;
        if (!m_database && !m_openError) {
            auto opened = Database::open(m_config);
            if (opened) {
                m_database = std::move(*opened);
            } else {
                m_openError = opened.error();
                qCWarning(lcStorage).noquote() << "worker connection failed:" << m_openError->toLogString();
            }
        }
        job(m_database.get(), m_openError ? &*m_openError : nullptr);
    }

    void close() { m_database.reset(); }

    QAtomicInteger<bool> stopping = false;

private:
    DatabaseConfig m_config;
    std::unique_ptr<Database> m_database;
    std::optional<Error> m_openError;
};

DatabaseWorker::DatabaseWorker(DatabaseConfig config, QObject* parent)
    : QObject(parent)
    , m_config(config)
    , m_replies(new QObject(this))
    , m_runner(new Runner(std::move(config)))
{
    m_thread.setObjectName(QStringLiteral("md-db-worker"));
    m_runner->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_runner, &QObject::deleteLater);
    m_thread.start();
}

DatabaseWorker::~DatabaseWorker()
{
    // Jobs still queued are dropped; the one under way finishes, then the connection closes on its own thread.
    m_runner->stopping.storeRelaxed(true);
    QMetaObject::invokeMethod(
        m_runner, [runner = m_runner] { runner->close(); }, Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
}

void DatabaseWorker::post(Job job)
{
    QMetaObject::invokeMethod(
        m_runner, [runner = m_runner, job = std::move(job)] { runner->execute(job); }, Qt::QueuedConnection);
}

void DatabaseWorker::run(QObject* receiver, std::function<Status(const Database&)> job,
                         std::function<void(Status)> done)
{
    post([replies = m_replies, receiver = QPointer<QObject>(receiver), job = std::move(job),
          done = std::move(done)](const Database* database, const Error* openError) {
        auto result = std::make_shared<Status>(openError ? Status(*openError) : job(*database));
        // Checked on the receiver's thread, where it could be deleted: never a dangling receiver.
        QMetaObject::invokeMethod(
            replies,
            [receiver, result, done] {
                if (receiver)
                    done(std::move(*result));
            },
            Qt::QueuedConnection);
    });
}

} // namespace md
