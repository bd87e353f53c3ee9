#include "ui/ResponseTimeChart.h"

#include <QCoreApplication>
#include <QLocale>
#include <QPainter>

using namespace Qt::StringLiterals;

namespace md {

QImage renderResponseTimeChart(const QList<HealthEvent>& newestFirst, const QSize& size, const QPalette& palette,
                               qreal devicePixelRatio)
{
    QImage image(size * devicePixelRatio, QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(devicePixelRatio);
    image.fill(palette.color(QPalette::Base));
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    const QRectF frame(0.5, 0.5, size.width() - 1.0, size.height() - 1.0);
    painter.setPen(palette.color(QPalette::Mid));
    painter.drawRect(frame);
    if (newestFirst.isEmpty()) {
        painter.setPen(palette.color(QPalette::PlaceholderText));
        painter.drawText(frame, Qt::AlignCenter,
                         QCoreApplication::translate("md::ResponseTimeChart", "No health checks yet"));
        return image;
    }
    int maxMs = 1;
    for (const HealthEvent& e : newestFirst)
        maxMs = std::max(maxMs, e.responseMs);
    const QFontMetrics metrics(painter.font());
    const QString label = QCoreApplication::translate("md::ResponseTimeChart", "%1 ms").arg(QLocale().toString(maxMs));
    const qreal top = metrics.height() + 4;
    const QRectF plot(4, top, size.width() - 8, size.height() - top - 4);
    const int count = int(newestFirst.size());
    const qreal slot = plot.width() / std::max(count, 24);
    const QColor ok = palette.color(QPalette::Highlight);
    const QColor failed(0xcf, 0x22, 0x2e);
    for (int i = 0; i < count; ++i) {
        const HealthEvent& e = newestFirst.at(count - 1 - i);
        const qreal height = e.healthy ? std::max(1.0, plot.height() * e.responseMs / maxMs) : plot.height();
        const QRectF bar(plot.left() + i * slot + slot * 0.15, plot.bottom() - height, slot * 0.7, height);
        painter.fillRect(bar, e.healthy ? ok : failed);
    }
    painter.setPen(palette.color(QPalette::Text));
    painter.drawText(QRectF(4, 2, size.width() - 8, metrics.height()), Qt::AlignLeft | Qt::AlignVCenter, label);
    return image;
}

} // namespace md
