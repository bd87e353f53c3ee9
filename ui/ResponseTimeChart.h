#pragma once

#include "domain/HealthEvent.h"

#include <QImage>
#include <QPalette>

namespace md {

/// A small bar chart of health-check response times, oldest on the left; failed checks are full-height red
/// bars, so a streak of failures stands out. Drawn into an image for the details area.
QImage renderResponseTimeChart(const QList<HealthEvent>& newestFirst, const QSize& size, const QPalette& palette,
                               qreal devicePixelRatio = 1.0);

} // namespace md
