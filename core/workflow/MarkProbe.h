#pragma once

#include "NozzleProbe.h"
#include "geometry/PixelMap.h"

#include <QSize>

namespace reticle {

// The "detect once" seam of camera-tool mode: the camera tool looks down at a mark on the bed (a
// dot a tool deposited) and reports where it is relative to the image centre. It is a
// NozzleProbe, so the camera calibration by moves (CameraCalibrationWorkflow) runs on it
// unchanged — the camera moves over a still mark instead of a nozzle over a still camera.
//
// With a map fitted by moves, errorMm = map(mark pixel) − map(image centre) is "toolhead now minus
// the toolhead that centres the mark", so centre = toolhead − errorMm in both set-ups and the
// CentringLoop works as it does for a nozzle.
class MarkProbe : public NozzleProbe
{
    Q_OBJECT
public:
    using NozzleProbe::NozzleProbe;

    // The camera's fitted pixel->printer map for images of `imageSize`; until one is set, results
    // carry pixels only (as the camera calibration needs).
    virtual void setCameraMap(const PixelMap &map, QSize imageSize) = 0;
    virtual bool hasCameraMap() const = 0;
    // The centring error of a pixel (for the manual click), in printer millimetres.
    virtual QPointF errorMmAt(const QPointF &pixel) const = 0;
    // The largest correction worth one move: a third of the field of view, at least 0.5 mm.
    virtual double maxCorrectionMm() const = 0;
    // The image size the probe sees (for the calibration planner); empty before the first frame.
    virtual QSize imageSize() const = 0;
};

} // namespace reticle
