#pragma once

#include "camera/BedRenderer.h"
#include "camera/CameraModel.h"
#include "camera/CameraOptions.h"
#include "camera/CameraScene.h"
#include "camera/Imperfections.h"
#include "camera/NozzleRenderer.h"
#include "camera/SnapshotHistory.h"

#include <QByteArray>

#include <opencv2/core/mat.hpp>

namespace reticle::sim {

// Turns the printer's recent history into camera frames: picks the moment the frame shows (lag),
// adds vibration, renders the nozzle or bed view with defocus, then illumination, sensor noise
// and JPEG. Plain synchronous code: VirtualCamera calls it from its worker thread, tests directly.
class FrameRenderer
{
public:
    explicit FrameRenderer(const CameraOptions &options);

    const CameraOptions &options() const { return m_options; }
    void setFocus(int focus) { m_options.rig.focus = focus; }

    // What a frame rendered at `nowMs` (printer clock) shows.
    CameraScene sceneAt(const SnapshotHistory &history, qint64 nowMs) const;
    // The camera model for a scene (the camera tool's view follows the carriage).
    CameraModel modelFor(const CameraScene &scene) const;
    // The noise-free, evenly lit image of a scene (CV_32FC3, BGR 0..255), with defocus.
    cv::Mat renderClean(const CameraScene &scene);
    // A finished 8-bit BGR frame: clean render + illumination + sensor noise (its pattern
    // chosen by `frameIndex`, or by the scene with ImperfectionSettings::noisePerScene).
    cv::Mat renderFrame(const SnapshotHistory &history, qint64 nowMs, quint64 frameIndex);

    QByteArray encodeJpeg(const cv::Mat &bgr8) const;

private:
    CameraOptions m_options;
    Imperfections m_imperfections;
    NozzleRenderer m_nozzle;
    BedRenderer m_bed;
    // The last clean render, reused while the scene does not change (a still printer).
    CameraScene m_cachedScene;
    int m_cachedFocus = -1;
    cv::Mat m_cachedClean;
};

} // namespace reticle::sim
