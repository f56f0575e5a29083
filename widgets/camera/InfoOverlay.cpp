#include "InfoOverlay.h"

namespace reticle {

QString InfoOverlay::text(const OverlayContext &c)
{
    QStringList parts;
    if (!c.imageSize.isEmpty())
        parts << QStringLiteral("%1×%2").arg(c.imageSize.width()).arg(c.imageSize.height());
    parts << QCoreApplication::translate("InfoOverlay", "zoom %1×").arg(c.view.zoom(), 0, 'f', c.view.zoom() < 10 ? 1 : 0);
    parts << QCoreApplication::translate("InfoOverlay", "%1 fps").arg(c.health.fps, 0, 'f', 1);
    if (c.health.latencyMs >= 0)
        parts << QCoreApplication::translate("InfoOverlay", "%1 ms").arg(c.health.latencyMs, 0, 'f', 0);
    parts << StreamStateMachine::stateName(c.state);
    return parts.join(QStringLiteral(" · "));
}

void InfoOverlay::paint(QPainter &painter, const OverlayContext &c)
{
    QColor color = Qt::white;
    switch (c.health.level()) {
    case StreamHealth::Level::Degraded:
        color = QColor(255, 200, 0);
        break;
    case StreamHealth::Level::Critical:
        color = QColor(255, 90, 90);
        break;
    default:
        break;
    }
    drawLabel(painter, c.widgetRect.topLeft() + QPointF(6, 6), text(c), color);
}

} // namespace reticle
