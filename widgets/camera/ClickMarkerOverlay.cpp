#include "ClickMarkerOverlay.h"

namespace reticle {

void ClickMarkerOverlay::addMarker(const QPointF &image, const QString &label)
{
    ++m_counter;
    m_markers.append({image, label.isEmpty() ? QString::number(m_counter) : label});
    while (m_markers.size() > m_limit)
        m_markers.removeFirst();
}

void ClickMarkerOverlay::paint(QPainter &painter, const OverlayContext &c)
{
    if (m_markers.isEmpty())
        return;
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing, true);
    QPen pen(QColor(255, 80, 200), 1.5);
    pen.setCosmetic(true);
    for (const Marker &marker : std::as_const(m_markers)) {
        const QPointF p = c.view.imageToWidget(marker.image);
        painter.setPen(pen);
        painter.drawLine(p - QPointF(7, 7), p + QPointF(7, 7));
        painter.drawLine(p - QPointF(7, -7), p + QPointF(7, -7));
        drawLabel(painter, p + QPointF(8, -20), marker.label, QColor(255, 80, 200));
    }
    painter.restore();
}

} // namespace reticle
