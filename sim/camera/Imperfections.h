#pragma once

#include "camera/CameraScene.h"

#include <QPointF>
#include <QtGlobal>

#include <opencv2/core/mat.hpp>

namespace reticle::sim {

// The ways the virtual camera differs from a perfect one. Every effect can be switched off and
// every random one is seeded, so the same seed gives the same frames.
struct ImperfectionSettings
{
    quint32 seed = 1;

    bool noise = true;
    double noiseSigma = 2.0; // grey levels (0..255), gaussian, per pixel and channel
    // The noise pattern of a frame is picked by what the frame shows (a hash of the scene)
    // instead of by the frame counter: the same scene always gives the same bytes, however the
    // frames fall in time. Still noise (different scenes, different patterns), but reproducible
    // run to run, for tests that compare exact results (--scene-noise).
    bool noisePerScene = false;

    bool defocus = true;
    double apertureMm = 1.5;    // lens aperture diameter: sets how fast blur grows off focus
    double baseSigmaPx = 0.7;   // blur of lens and sensor when perfectly in focus

    bool illumination = true;
    double gradient = 0.18;     // brightness change across the frame (fraction)
    double vignetting = 0.22;   // darkening of the corners (fraction)

    bool vibration = true;
    double vibrationMm = 0.015; // amplitude while moving
    double vibrationHz = 22.0;
    double vibrationDecayMs = 120.0; // amplitude falls by e every this many ms after a move

    int lagMs = 60; // a frame shows the printer as it was this long ago (0 = none)
    int jpegQuality = 85;
};

class Imperfections
{
public:
    explicit Imperfections(const ImperfectionSettings &settings = {}) : m_settings(settings) {}

    const ImperfectionSettings &settings() const { return m_settings; }

    // Defocus as a thin lens focused at `focusedDistanceMm`: a point at distance d spreads into
    // a blur circle of diameter c = A * |d - D| / d (object-side mm), i.e. c * 1000 / umPerPx px.
    // A uniform disc of diameter c has a standard deviation of c / 4 per axis, so the blur is a
    // gaussian with sigma = sqrt(base^2 + (c_px / 4)^2).
    double defocusSigmaPx(double targetDistanceMm, double focusedDistanceMm, double umPerPx) const;

    // Toolhead vibration (mm) at `nowMs`: full amplitude while moving, then a damped oscillation
    // that decays after the last move ended.
    QPointF vibrationMm(bool moving, qint64 lastMotionEndMs, qint64 nowMs) const;

    // The finished 8-bit frame: `clean` (CV_32FC3) times the illumination field (linear gradient
    // + vignetting) plus seeded gaussian sensor noise, rounded and saturated. `frameIndex` makes
    // each frame's noise different; the same seed and index give the same frame.
    cv::Mat finish(const cv::Mat &clean, quint64 frameIndex);

private:
    const cv::Mat &illuminationFor(cv::Size size);
    const cv::Mat &noiseTile();

    ImperfectionSettings m_settings;
    cv::Mat m_illumination; // CV_32F field for the last frame size
    cv::Mat m_noiseTile;    // CV_32FC3 block of gaussian noise, sampled at a per-frame offset
};

} // namespace reticle::sim
