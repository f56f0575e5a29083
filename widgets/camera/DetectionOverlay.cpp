#include "DetectionOverlay.h"

namespace reticle {

void DetectionOverlay::paint(QPainter &painter, const OverlayContext &c)
{
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing, true);
    for (const DetectionResult &r : std::as_const(m_results)) {
        if (!r.found)
            continue;
        // Green when confident, amber when doubtful, red when poor.
        const QColor color = r.confidence >= 0.8 ? QColor(40, 220, 255)
                                                 : (r.confidence >= 0.5 ? QColor(255, 190, 0) : QColor(255, 60, 60));
        QPen pen(color, 2.0);
        pen.setCosmetic(true);
        painter.setPen(pen);
        const QPointF p = c.view.imageToWidget(r.center);
        if (r.radius > 0) {
            const double radius = r.radius * c.view.scale();
            painter.drawEllipse(p, radius, radius);
        }
        painter.drawLine(p - QPointF(5, 0), p + QPointF(5, 0));
        painter.drawLine(p - QPointF(0, 5), p + QPointF(0, 5));
        QString text = QCoreApplication::translate("DetectionOverlay", "(%1, %2) px · %3 %")
                           .arg(r.center.x(), 0, 'f', 2)
                           .arg(r.center.y(), 0, 'f', 2)
                           .arg(r.confidence * 100.0, 0, 'f', 0);
        if (!r.label.isEmpty())
            text = r.label + QLatin1Char('\n') + text;
        drawLabel(painter, p + QPointF(r.radius * c.view.scale() * 0.71 + 6, 6), text, color);
    }
    painter.restore();
}

} // namespace reticle
