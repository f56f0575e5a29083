#include "FocusMeter.h"

#include <algorithm>
#include <cmath>

namespace reticle {

void FocusMeter::setRegion(std::optional<QPointF> centrePx, double sizeFraction)
{
    m_centre = centrePx;
    m_fraction = std::clamp(sizeFraction, 0.01, 1.0);
}

QRect FocusMeter::regionFor(QSize size) const
{
    if (size.isEmpty())
        return {};
    const int side = std::max(8, int(std::lround(m_fraction * std::min(size.width(), size.height()))));
    const QPointF centre = m_centre.value_or(QPointF((size.width() - 1) / 2.0, (size.height() - 1) / 2.0));
    const QRect square(
        int(std::lround(centre.x() - side / 2.0)), int(std::lround(centre.y() - side / 2.0)), side, side);
    return square.intersected(QRect(QPoint(0, 0), size));
}

} // namespace reticle
