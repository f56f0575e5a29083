#include "CentringMap.h"

#include <algorithm>
#include <cmath>

namespace reticle {

void CentringMap::set(const PixelMap &map, QSize imageSize)
{
    m_map = map;
    m_imageSize = imageSize;
    m_imageCentre = QPointF((imageSize.width() - 1) / 2.0, (imageSize.height() - 1) / 2.0);
}

QPointF CentringMap::errorMmAt(const QPointF &pixel) const
{
    return m_map.toPrinter(pixel) - m_map.toPrinter(m_imageCentre);
}

double CentringMap::maxCorrectionMm() const
{
    const double fieldMm = std::abs(m_map.micronsPerPixelX(m_imageCentre))
        * std::min(m_imageSize.width(), m_imageSize.height()) / 1000.0;
    return std::max(0.5, fieldMm / 3.0);
}

} // namespace reticle
