#pragma once

#include <QElapsedTimer>
#include <QObject>

#include <chrono>
#include <functional>

class QTimer;

namespace md {

/// Re-reading a view because the change feed said something changed: at once after a quiet spell, and during a
/// stream of changes (a sync committing page after page) at most once per `interval`, so the view stays live
/// without reading on every commit.
class LiveRefresh : public QObject {
    Q_OBJECT
public:
    LiveRefresh(std::chrono::milliseconds interval, std::function<void()> read, QObject* parent);
    /// Something changed: read now, or when the interval since the last read is over.
    void request();

private:
    std::chrono::milliseconds m_interval;
    std::function<void()> m_read;
    QTimer* m_timer;
    QElapsedTimer m_last;
};

} // namespace md
