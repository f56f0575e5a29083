#include "ScaleLineOverlay.h"

#include <cmath>

namespace reticle {

double ScaleLineOverlay::lengthMm(double lengthPx, double micronsPerPixel)
{
    return micronsPerPixel > 0 ? lengthPx * micronsPerPixel / 1000.0 : -1.0;
}

QString ScaleLineOverlay::lengthText(double lengthPx, double micronsPerPixel)
{
    const double mm = lengthMm(lengthPx, micronsPerPixel);
    if (mm < 0)
        return QCoreApplication::translate("ScaleLineOverlay", "%1 px (no scale set)").arg(lengthPx, 0, 'f', 2);
    return QCoreApplication::translate("ScaleLineOverlay", "%1 px = %2 mm").arg(lengthPx, 0, 'f', 2).arg(mm, 0, 'f', 3);
}

void ScaleLineOverlay::paint(QPainter &painter, const OverlayContext &c)
{
    if (!m_hasLine)
        return;
    const QPointF a = c.view.imageToWidget(m_line.p1());
    const QPointF b = c.view.imageToWidget(m_line.p2());
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing, true);
    QPen pen(QColor(255, 200, 0), 2.0);
    pen.setCosmetic(true);
    painter.setPen(pen);
    painter.drawLine(a, b);
    // End ticks perpendicular to the line.
    const QLineF widgetLine(a, b);
    if (widgetLine.length() > 0) {
        QLineF normal = widgetLine.normalVector();
        normal.setLength(6);
        const QPointF n = normal.p2() - normal.p1();
        painter.drawLine(a - n, a + n);
        painter.drawLine(b - n, b + n);
    }
    drawLabel(painter, (a + b) / 2 + QPointF(8, 8), lengthText(m_line.length(), c.micronsPerPixel), QColor(255, 200, 0));
    painter.restore();
}

} // namespace reticle
