#pragma once

#include "core/Result.h"
#include "storage/Database.h"

#include <QObject>
#include <QPointer>
#include <QThread>

#include <functional>
#include <memory>

namespace md {

/// A thread with its own database connection that runs jobs one after another, in the order they were given, and
/// hands each result back on the thread of the object that asked. The GUI thread asks, never waits.
///
/// A result whose receiver was destroyed meanwhile is dropped (receivers live on the thread that made the
/// worker, where the check happens). The connection opens with the first job; when it
/// cannot open, every job gets that error instead of running.
class DatabaseWorker : public QObject {
    Q_OBJECT
public:
    explicit DatabaseWorker(DatabaseConfig config, QObject* parent = nullptr);
    /// Waits for the job under way (jobs not started are dropped) and closes the connection.
    ~DatabaseWorker() override;

    const DatabaseConfig& config() const { return m_config; }

    /// Runs `job` on the worker's connection, then `done` with its result on `receiver`'s thread.
    template<typename T>
    void run(QObject* receiver, std::function<Result<T>(const Database&)> job, std::function<void(Result<T>)> done)
    {
        post([replies = m_replies, receiver = QPointer<QObject>(receiver), job = std::move(job),
              done = std::move(done)](const Database* database, const Error* openError) {
            auto result = std::make_shared<Result<T>>(openError ? Result<T>(*openError) : job(*database));
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

    /// The same for a job that only succeeds or fails.
    void run(QObject* receiver, std::function<Status(const Database&)> job, std::function<void(Status)> done);

private:
    using Job = std::function<void(const Database*, const Error*)>;
    void post(Job job);

    class Runner;
    DatabaseConfig m_config;
    QObject* m_replies; ///< on the thread that made the worker: answers are delivered through it
    QThread m_thread;
    Runner* m_runner = nullptr;
};

} // namespace md
