#pragma once

#include "CameraOverlay.h"
#include "camera/DetectionResult.h"

#include <QList>

namespace reticle {

// Detector results: the fitted circle, its sub-pixel centre and the confidence.
class DetectionOverlay : public CameraOverlay
{
public:
    void paint(QPainter &painter, const OverlayContext &context) override;

    void setResults(const QList<DetectionResult> &results) { m_results = results; }
    const QList<DetectionResult> &results() const { return m_results; }
    void clear() { m_results.clear(); }

private:
    QList<DetectionResult> m_results;
};

} // namespace reticle
