#include "models/LiveRefresh.h"

#include <QTimer>

namespace md {

LiveRefresh::LiveRefresh(std::chrono::milliseconds interval, std::function<void()> read, QObject* parent)
    : QObject(parent)
    , m_interval(interval)
    , m_read(std::move(read))
    , m_timer(new QTimer(this))
{
    m_timer->setSingleShot(true);
    connect(m_timer, &QTimer::timeout, this, [this] {
        m_last.start();
        m_read();
    });
}

void LiveRefresh::request()
{
    if (m_timer->isActive())
        return;
    const qint64 since = m_last.isValid() ? m_last.elapsed() : m_interval.count();
    m_timer->start(std::chrono::milliseconds(std::max<qint64>(0, m_interval.count() - since)));
}

} // namespace md
