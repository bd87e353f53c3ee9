#pragma once

#include <QDateTime>
#include <QHash>
#include <QObject>
#include <QTimer>

#include <functional>

namespace md {

/// Named jobs due at wall-clock times, run by one single-shot QTimer re-armed for the next due job (no timer per
/// job or account). The timer never waits longer than a few minutes, so a suspended laptop or a changed clock
/// is noticed soon after.
class Scheduler : public QObject {
    Q_OBJECT
public:
    using Job = std::function<void()>;
    static constexpr int kMaxWaitMs = 5 * 60 * 1000;

    explicit Scheduler(QObject* parent = nullptr);

    /// Runs `job` at `due` (UTC), replacing any job of the same name. A job reschedules itself to recur.
    void schedule(const QString& name, const QDateTime& due, Job job);
    void cancel(const QString& name);
    /// Cancels every job whose name starts with `prefix`.
    void cancelMatching(const QString& prefix);
    bool isScheduled(const QString& name) const { return m_jobs.contains(name); }
    QDateTime dueAt(const QString& name) const;
    /// The next job's due time (invalid when there is none).
    QDateTime nextDue() const;
    QStringList jobNames() const { return m_jobs.keys(); }
    /// The one timer (tests check there is one, and how it is armed).
    const QTimer& timer() const { return m_timer; }
    /// Stops running jobs until resume() (the jobs stay scheduled).
    void pause();
    void resume();

private:
    struct Entry {
        QDateTime due;
        Job job;
    };
    void rearm();
    void runDue();

    QTimer m_timer;
    QHash<QString, Entry> m_jobs;
    bool m_paused = false;
};

} // namespace md
