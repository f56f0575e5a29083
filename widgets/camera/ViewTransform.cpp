#include "ViewTransform.h"

#include <algorithm>
#include <cmath>

namespace reticle {

void ViewTransform::setWidgetSize(const QSizeF &size)
{
    m_widget = QSizeF(std::max(size.width(), 1.0), std::max(size.height(), 1.0));
    clampCenter();
}

void ViewTransform::setImageSize(const QSizeF &size)
{
    if (size == m_image)
        return;
    m_image = size;
    reset();
}

double ViewTransform::fitScale() const
{
    if (m_image.isEmpty())
        return 1.0;
    return std::min(m_widget.width() / m_image.width(), m_widget.height() / m_image.height());
}

double ViewTransform::scale() const
{
    return fitScale() * m_zoom;
}

void ViewTransform::setZoom(double zoom)
{
    zoomAt(QPointF(m_widget.width() / 2.0, m_widget.height() / 2.0), zoom / m_zoom);
}

void ViewTransform::zoomAt(const QPointF &widgetPoint, double factor)
{
    if (!std::isfinite(factor) || factor <= 0)
        return;
    const QPointF anchor = widgetToImage(widgetPoint);
    m_zoom = std::clamp(m_zoom * factor, kMinZoom, kMaxZoom);
    const QPointF widgetCenter(m_widget.width() / 2.0, m_widget.height() / 2.0);
    m_center = anchor - (widgetPoint - widgetCenter) / scale();
    clampCenter();
}

void ViewTransform::setCenter(const QPointF &imagePoint)
{
    m_center = imagePoint;
    clampCenter();
}

void ViewTransform::panBy(const QPointF &widgetDelta)
{
    m_center -= widgetDelta / scale();
    clampCenter();
}

void ViewTransform::reset()
{
    m_zoom = 1.0;
    m_center = QPointF((m_image.width() - 1.0) / 2.0, (m_image.height() - 1.0) / 2.0);
}

void ViewTransform::clampCenter()
{
    if (m_image.isEmpty())
        return;
    // The centre stays on the image, so the picture can never be panned out of sight.
    m_center.setX(std::clamp(m_center.x(), -0.5, m_image.width() - 0.5));
    m_center.setY(std::clamp(m_center.y(), -0.5, m_image.height() - 0.5));
}

QPointF ViewTransform::imageToWidget(const QPointF &image) const
{
    const QPointF widgetCenter(m_widget.width() / 2.0, m_widget.height() / 2.0);
    return widgetCenter + (image - m_center) * scale();
}

QPointF ViewTransform::widgetToImage(const QPointF &widget) const
{
    const QPointF widgetCenter(m_widget.width() / 2.0, m_widget.height() / 2.0);
    return m_center + (widget - widgetCenter) / scale();
}

QTransform ViewTransform::imageToWidgetTransform() const
{
    const double s = scale();
    const QPointF widgetCenter(m_widget.width() / 2.0, m_widget.height() / 2.0);
    QTransform t;
    t.translate(widgetCenter.x(), widgetCenter.y());
    t.scale(s, s);
    t.translate(-m_center.x(), -m_center.y());
    return t;
}

QRectF ViewTransform::imageRectInWidget() const
{
    return QRectF(imageToWidget(QPointF(-0.5, -0.5)), imageToWidget(QPointF(m_image.width() - 0.5, m_image.height() - 0.5)));
}

bool ViewTransform::containsImagePoint(const QPointF &p) const
{
    return p.x() >= -0.5 && p.y() >= -0.5 && p.x() < m_image.width() - 0.5 && p.y() < m_image.height() - 0.5;
}

} // namespace reticle
