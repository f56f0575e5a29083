#include "CameraOverlay.h"

#include <QFontMetricsF>

namespace reticle {

void CameraOverlay::drawLabel(QPainter &painter, const QPointF &topLeft, const QString &text, const QColor &color)
{
    const QFontMetricsF metrics(painter.font());
    const QStringList lines = text.split(QLatin1Char('\n'));
    double width = 0;
    for (const QString &line : lines)
        width = std::max(width, metrics.horizontalAdvance(line));
    const QRectF box(topLeft, QSizeF(width + 8, metrics.height() * lines.size() + 4));
    painter.save();
    painter.setPen(Qt::NoPen);
    painter.setBrush(QColor(0, 0, 0, 150));
    painter.drawRoundedRect(box, 3, 3);
    painter.setPen(color);
    double y = box.top() + 2 + metrics.ascent();
    for (const QString &line : lines) {
        painter.drawText(QPointF(box.left() + 4, y), line);
        y += metrics.height();
    }
    painter.restore();
}

} // namespace reticle
