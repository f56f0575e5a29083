#pragma once

#include "camera/CameraModel.h"
#include "camera/CameraScene.h"

#include <QPointF>

#include <opencv2/core/mat.hpp>

namespace reticle::sim {

// A printed fiducial on the bed: a cross inside a circle, and a 10 mm scale bar with 1 mm ticks
// below it.
struct Fiducial
{
    QPointF centreMm{150.0, 150.0};
    double circleDiameterMm = 6.0;
    double lineWidthMm = 0.3;
    double crossArmMm = 4.5;      // from the centre to the end of each arm
    double scaleBarLengthMm = 10.0;
    double scaleBarOffsetMm = 5.8; // bar centre below the target centre (-Y)
};

// Renders the camera tool's view of the bed: textured PEI sheet, the printed fiducial and the
// marks the tools deposited, all at their true bed positions with analytic anti-aliasing, then
// blurred by the defocus of the bed. The result is a linear BGR float image (0..255).
class BedRenderer
{
public:
    void setFiducial(const Fiducial &fiducial) { m_fiducial = fiducial; }
    const Fiducial &fiducial() const { return m_fiducial; }
    void setSeed(quint32 seed)
    {
        m_seed = seed;
        m_texture.release();
    }

    cv::Mat render(const CameraModel &model, const CameraScene &scene, double sigmaPx);

    // Colour of a tool's deposited material (BGR).
    static cv::Vec3f toolColour(int tool);

private:
    void renderTexture(cv::Mat &image, const CameraModel &model);
    const cv::Mat &texture();
    void renderFiducial(cv::Mat &image, const CameraModel &model) const;
    void renderMark(cv::Mat &image, const CameraModel &model, const CameraScene::Mark &mark) const;

    Fiducial m_fiducial;
    quint32 m_seed = 1;
    cv::Mat m_texture; // periodic brightness tile of the sheet's fine grain, in bed coordinates
};

} // namespace reticle::sim
