#include "ReticleOverlay.h"

#include <cmath>

namespace reticle {

QList<ReticleOverlay::Kind> ReticleOverlay::allKinds()
{
    return {Kind::Crosshair, Kind::Circle, Kind::Grid, Kind::Ruler, Kind::None};
}

QString ReticleOverlay::kindId(Kind kind)
{
    switch (kind) {
    case Kind::None:
        return QStringLiteral("none");
    case Kind::Crosshair:
        return QStringLiteral("crosshair");
    case Kind::Circle:
        return QStringLiteral("circle");
    case Kind::Grid:
        return QStringLiteral("grid");
    case Kind::Ruler:
        return QStringLiteral("ruler");
    }
    return QStringLiteral("crosshair");
}

ReticleOverlay::Kind ReticleOverlay::kindFromId(const QString &id)
{
    for (Kind kind : allKinds()) {
        if (kindId(kind) == id)
            return kind;
    }
    return Kind::Crosshair;
}

QString ReticleOverlay::kindDisplayName(Kind kind)
{
    switch (kind) {
    case Kind::None:
        return QCoreApplication::translate("ReticleOverlay", "No reticle");
    case Kind::Crosshair:
        return QCoreApplication::translate("ReticleOverlay", "Crosshair");
    case Kind::Circle:
        return QCoreApplication::translate("ReticleOverlay", "Circle");
    case Kind::Grid:
        return QCoreApplication::translate("ReticleOverlay", "Grid");
    case Kind::Ruler:
        return QCoreApplication::translate("ReticleOverlay", "Ruler");
    }
    return {};
}

void ReticleOverlay::paint(QPainter &painter, const OverlayContext &c)
{
    if (m_kind == Kind::None || c.imageSize.isEmpty())
        return;
    const ViewTransform &v = c.view;
    const QPointF centreImage((c.imageSize.width() - 1) / 2.0, (c.imageSize.height() - 1) / 2.0);
    const QPointF centre = v.imageToWidget(centreImage);
    const QRectF image = v.imageRectInWidget().intersected(c.widgetRect);
    const double s = v.scale();
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing, true);
    QPen pen(m_color, 1.0);
    pen.setCosmetic(true);
    painter.setPen(pen);

    // Step between grid lines / ruler ticks in image pixels: 0.1 mm when calibrated, else a
    // round number of pixels that stays readable at this zoom.
    double step = 0;
    QString unit;
    if (c.micronsPerPixel > 0) {
        step = 100.0 / c.micronsPerPixel; // 0.1 mm
        while (step * s < 12)
            step *= 10;
        unit = QStringLiteral("mm");
    } else {
        step = 10;
        while (step * s < 12)
            step *= 5;
        unit = QStringLiteral("px");
    }

    switch (m_kind) {
    case Kind::None:
        break;
    case Kind::Crosshair:
        painter.drawLine(QPointF(image.left(), centre.y()), QPointF(image.right(), centre.y()));
        painter.drawLine(QPointF(centre.x(), image.top()), QPointF(centre.x(), image.bottom()));
        break;
    case Kind::Circle: {
        const double r = (m_circleRadius > 0 ? m_circleRadius : c.imageSize.height() / 10.0) * s;
        painter.drawEllipse(centre, r, r);
        painter.drawEllipse(centre, r / 2, r / 2);
        painter.drawLine(centre - QPointF(r * 1.2, 0), centre + QPointF(r * 1.2, 0));
        painter.drawLine(centre - QPointF(0, r * 1.2), centre + QPointF(0, r * 1.2));
        break;
    }
    case Kind::Grid: {
        const double d = step * s;
        QPen thin = pen;
        thin.setColor(QColor(m_color.red(), m_color.green(), m_color.blue(), 110));
        painter.setPen(thin);
        for (double x = centre.x(); x <= image.right(); x += d)
            painter.drawLine(QPointF(x, image.top()), QPointF(x, image.bottom()));
        for (double x = centre.x() - d; x >= image.left(); x -= d)
            painter.drawLine(QPointF(x, image.top()), QPointF(x, image.bottom()));
        for (double y = centre.y(); y <= image.bottom(); y += d)
            painter.drawLine(QPointF(image.left(), y), QPointF(image.right(), y));
        for (double y = centre.y() - d; y >= image.top(); y -= d)
            painter.drawLine(QPointF(image.left(), y), QPointF(image.right(), y));
        painter.setPen(pen);
        painter.drawLine(QPointF(image.left(), centre.y()), QPointF(image.right(), centre.y()));
        painter.drawLine(QPointF(centre.x(), image.top()), QPointF(centre.x(), image.bottom()));
        const double label = c.micronsPerPixel > 0 ? step * c.micronsPerPixel / 1000.0 : step;
        drawLabel(painter, QPointF(centre.x() + 4, centre.y() + 4),
                  QCoreApplication::translate("ReticleOverlay", "grid %1 %2").arg(label, 0, 'g', 4).arg(unit), m_color);
        break;
    }
    case Kind::Ruler: {
        painter.drawLine(QPointF(image.left(), centre.y()), QPointF(image.right(), centre.y()));
        painter.drawLine(QPointF(centre.x(), image.top()), QPointF(centre.x(), image.bottom()));
        const double d = step * s;
        const int count = static_cast<int>(std::max(image.width(), image.height()) / d) + 1;
        for (int i = -count; i <= count; ++i) {
            const double len = (i % 10 == 0) ? 12 : ((i % 5 == 0) ? 8 : 4);
            const double x = centre.x() + i * d;
            const double y = centre.y() + i * d;
            if (x >= image.left() && x <= image.right())
                painter.drawLine(QPointF(x, centre.y() - len), QPointF(x, centre.y() + len));
            if (y >= image.top() && y <= image.bottom())
                painter.drawLine(QPointF(centre.x() - len, y), QPointF(centre.x() + len, y));
            if (i != 0 && i % 10 == 0 && x >= image.left() && x <= image.right()) {
                const double value = i * (c.micronsPerPixel > 0 ? step * c.micronsPerPixel / 1000.0 : step);
                painter.drawText(QPointF(x + 2, centre.y() - 14), QString::number(value, 'g', 4));
            }
        }
        drawLabel(painter, QPointF(centre.x() + 4, centre.y() + 16),
                  QCoreApplication::translate("ReticleOverlay", "tick %1 %2")
                      .arg(c.micronsPerPixel > 0 ? step * c.micronsPerPixel / 1000.0 : step, 0, 'g', 4)
                      .arg(unit),
                  m_color);
        break;
    }
    }
    painter.restore();
}

} // namespace reticle
