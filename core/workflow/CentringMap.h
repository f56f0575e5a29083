#pragma once

#include "geometry/PixelMap.h"

#include <QPointF>
#include <QSize>

namespace reticle {

// The camera's fitted pixel->printer map for images of one size, read as centring errors: how far
// (in printer millimetres) a pixel lies from the image centre, and the largest correction worth
// one move. Shared by the nozzle and the mark probe.
class CentringMap
{
public:
    void set(const PixelMap &map, QSize imageSize);
    bool isValid() const { return m_map.isValid(); }
    QSize imageSize() const { return m_imageSize; }

    // Pixel minus image centre, in printer millimetres.
    QPointF errorMmAt(const QPointF &pixel) const;
    // A third of the field of view, at least 0.5 mm.
    double maxCorrectionMm() const;

private:
    PixelMap m_map;
    QPointF m_imageCentre;
    QSize m_imageSize;
};

} // namespace reticle
