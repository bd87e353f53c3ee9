#include "core/Scheduler.h"

namespace md {

Scheduler::Scheduler(QObject* parent)
    : QObject(parent)
{
    m_timer.setSingleShot(true);
    m_timer.setTimerType(Qt::PreciseTimer); // it fires rarely; jobs run when they are due, not up to 5 % later
    connect(&m_timer, &QTimer::timeout, this, &Scheduler::runDue);
}

void Scheduler::schedule(const QString& name, const QDateTime& due, Job job)
{
    m_jobs.insert(name, {due, std::move(job)});
    rearm();
}

void Scheduler::cancel(const QString& name)
{
    if (m_jobs.remove(name))
        rearm();
}

void Scheduler::cancelMatching(const QString& prefix)
{
    for (auto it = m_jobs.begin(); it != m_jobs.end();) {
        if (it.key().startsWith(prefix))
            it = m_jobs.erase(it);
        else
            ++it;
    }
    rearm();
}

QDateTime Scheduler::dueAt(const QString& name) const
{
    const auto it = m_jobs.constFind(name);
    return it == m_jobs.cend() ? QDateTime() : it->due;
}

QDateTime Scheduler::nextDue() const
{
    QDateTime next;
    for (const Entry& entry : m_jobs) {
        if (!next.isValid() || entry.due < next)
            next = entry.due;
    }
    return next;
}

void Scheduler::pause()
{
    m_paused = true;
    m_timer.stop();
}

void Scheduler::resume()
{
    m_paused = false;
    rearm();
}

void Scheduler::rearm()
{
    const QDateTime next = nextDue();
    if (m_paused || !next.isValid()) {
        m_timer.stop();
        return;
    }
    const qint64 wait = std::clamp<qint64>(QDateTime::currentDateTimeUtc().msecsTo(next), 0, kMaxWaitMs);
    m_timer.start(int(wait));
}

void Scheduler::runDue()
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QList<std::pair<QDateTime, QString>> due;
    for (auto it = m_jobs.cbegin(); it != m_jobs.cend(); ++it) {
        if (it->due <= now)
            due.append({it->due, it.key()});
    }
    std::sort(due.begin(), due.end());
    for (const auto& [when, name] : std::as_const(due)) {
        Q_UNUSED(when)
        const auto it = m_jobs.constFind(name);
        if (it == m_jobs.cend() || it->due > now)
            continue; // cancelled or rescheduled by an earlier job
        Job job = it->job;
        m_jobs.erase(it);
        job();
    }
    rearm();
}

} // namespace md
