#pragma once

#include <QRandomGenerator>

#include <algorithm>
#include <chrono>

namespace md {

/// The wait before retry number `attempt` (1 for the first): base·2^(attempt−1), at most `cap`, with "equal
/// jitter" (between half and all of it) so that many retries do not fall in step. Token refreshes and order
/// syncs both back off this way.
inline std::chrono::milliseconds backoffWithJitter(std::chrono::milliseconds base, std::chrono::milliseconds cap,
                                                   int attempt)
{
    const int doublings = std::clamp(attempt - 1, 0, 20);
    const std::chrono::milliseconds full = std::min(cap, std::chrono::milliseconds(base.count() * (1LL << doublings)));
    const qint64 half = full.count() / 2;
    return std::chrono::milliseconds(half +
                                     qint64(QRandomGenerator::global()->bounded(quint64(full.count() - half + 1))));
}

} // namespace md
