#pragma once

#include "camera/CameraModel.h"
#include "camera/CameraScene.h"

#include <QList>

#include <opencv2/core/mat.hpp>

namespace reticle::sim {

// Looks of a nozzle seen from below (an E3D V6-like brass nozzle in a heater block).
struct NozzleAppearance
{
    double boreDiameterMm = 0.4;
    double tipDiameterMm = 1.0;     // flat face around the bore
    double coneDiameterMm = 3.0;    // where the cone meets the hex body
    double hexAcrossFlatsMm = 7.0;
    double hexHeightMm = 2.0;       // hex face above the tip (blurs differently)
    double hexAngleDeg = 0.0;
    bool ooze = false;              // a blob of filament hanging off the tip
    double oozeAngleDeg = 35.0;
    // Tools (by number) whose tip is hidden under a large lump of filament: bore, tip face and
    // most of the cone are covered, only the hex body shows where the nozzle is. A detector
    // cannot find these nozzles; an operator still can (the centre of the hex).
    QList<int> occludedTools;
    double occlusionDiameterMm = 2.6;
};

// Renders the nozzle camera's view: soft background with the heater block, the hex body, the
// cone, the polished tip face with its rim highlight and the dark bore. Edges are anti-aliased
// analytically from the exact sub-pixel position, so moving the nozzle by 0.1 px moves the
// image by 0.1 px. The result is a linear BGR float image (0..255).
class NozzleRenderer
{
public:
    void setAppearance(const NozzleAppearance &appearance) { m_appearance = appearance; }
    const NozzleAppearance &appearance() const { return m_appearance; }
    void setSeed(quint32 seed) { m_seed = seed; }

    // `tipSigmaPx` blurs the tip and cone, `bodySigmaPx` the hex body (further from the lens).
    cv::Mat render(const CameraModel &model, const CameraScene &scene, double tipSigmaPx, double bodySigmaPx) const;

private:
    void renderBackground(cv::Mat &image, const CameraModel &model, const CameraScene &scene) const;
    void renderBody(cv::Mat &image, const CameraModel &model, const CameraScene &scene, double sigmaPx) const;
    void renderTip(cv::Mat &image, const CameraModel &model, const CameraScene &scene, double sigmaPx) const;

    NozzleAppearance m_appearance;
    quint32 m_seed = 1;
};

} // namespace reticle::sim
