#include "CursorReadoutOverlay.h"

#include <QFontMetricsF>

namespace reticle {

QString CursorReadoutOverlay::text(const OverlayContext &c)
{
    if (!c.cursor || c.imageSize.isEmpty())
        return {};
    QString text = QCoreApplication::translate("CursorReadoutOverlay", "x %1  y %2 px")
                       .arg(c.cursor->x(), 0, 'f', 2)
                       .arg(c.cursor->y(), 0, 'f', 2);
    if (c.pixelToPrinter && *c.pixelToPrinter) {
        if (const auto mm = (*c.pixelToPrinter)(*c.cursor))
            text += QCoreApplication::translate("CursorReadoutOverlay", "   X %1  Y %2 mm")
                        .arg(mm->x(), 0, 'f', 3)
                        .arg(mm->y(), 0, 'f', 3);
    }
    return text;
}

void CursorReadoutOverlay::paint(QPainter &painter, const OverlayContext &c)
{
    const QString line = text(c);
    if (line.isEmpty())
        return;
    const QFontMetricsF metrics(painter.font());
    drawLabel(painter, QPointF(c.widgetRect.left() + 6, c.widgetRect.bottom() - metrics.height() - 10), line);
}

} // namespace reticle
