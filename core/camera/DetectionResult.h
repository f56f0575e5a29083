#pragma once

#include <QMetaType>
#include <QPointF>
#include <QString>

namespace reticle {

// What a detector found in a frame, in image pixel coordinates (OpenCV convention: the centre of
// the top-left pixel is (0, 0)). Plain data: vision fills it, the camera view draws it.
struct DetectionResult
{
    bool found = false;
    QPointF center;          // sub-pixel
    double radius = 0.0;     // pixels; 0 when the detector reports only a point
    double confidence = 0.0; // 0..1
    QString label;           // e.g. "nozzle", "mark 3"
    quint64 frameSequence = 0;
};

} // namespace reticle

Q_DECLARE_METATYPE(reticle::DetectionResult)
