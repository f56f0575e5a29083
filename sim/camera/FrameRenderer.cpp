#include "FrameRenderer.h"

#include <opencv2/imgcodecs.hpp>

#include <vector>

namespace reticle::sim {

FrameRenderer::FrameRenderer(const CameraOptions &options)
    : m_options(options)
    , m_imperfections(options.imperfections)
{
    m_nozzle.setAppearance(options.nozzle);
    m_nozzle.setSeed(options.imperfections.seed);
    m_bed.setFiducial(options.fiducial);
    m_bed.setSeed(options.imperfections.seed);
}

CameraScene FrameRenderer::sceneAt(const SnapshotHistory &history, qint64 nowMs) const
{
    MachineSnapshot shown{};
    if (!history.isEmpty())
        shown = history.at(nowMs - m_options.imperfections.lagMs);
    CameraScene scene = CameraScene::fromSnapshot(shown, m_options.mode, m_options.rig);
    scene.shiftTarget(m_imperfections.vibrationMm(shown.moving, shown.lastMotionEndMs, shown.monotonicMs));
    return scene;
}

CameraModel FrameRenderer::modelFor(const CameraScene &scene) const
{
    CameraModel model = m_options.model();
    if (scene.mode == CameraMode::CameraTool)
        model.setCentre(scene.viewCentreMm);
    return model;
}

cv::Mat FrameRenderer::renderClean(const CameraScene &scene)
{
    if (!m_cachedClean.empty() && scene == m_cachedScene && m_cachedFocus == m_options.rig.focus)
        return m_cachedClean;
    const CameraModel model = modelFor(scene);
    const double focused = m_options.rig.focusedDistanceMm();
    const double sigma = m_imperfections.defocusSigmaPx(scene.targetDistanceMm, focused, m_options.umPerPx);
    cv::Mat clean;
    if (scene.mode == CameraMode::Nozzle) {
        // The hex body sits further from the lens than the tip, so it blurs differently.
        const double bodySigma = m_imperfections.defocusSigmaPx(
            scene.targetDistanceMm + m_options.nozzle.hexHeightMm, focused, m_options.umPerPx);
        clean = m_nozzle.render(model, scene, sigma, bodySigma);
    } else {
        clean = m_bed.render(model, scene, sigma);
    }
    m_cachedScene = scene;
    m_cachedFocus = m_options.rig.focus;
    m_cachedClean = clean;
    return clean;
}

cv::Mat FrameRenderer::renderFrame(const SnapshotHistory &history, qint64 nowMs, quint64 frameIndex)
{
    const CameraScene scene = sceneAt(history, nowMs);
    const quint64 noiseIndex = m_options.imperfections.noisePerScene ? scene.hash() : frameIndex;
    return m_imperfections.finish(renderClean(scene), noiseIndex);
}

QByteArray FrameRenderer::encodeJpeg(const cv::Mat &bgr8) const
{
    std::vector<uchar> buffer;
    const std::vector<int> params{cv::IMWRITE_JPEG_QUALITY, m_options.imperfections.jpegQuality};
    if (!cv::imencode(".jpg", bgr8, buffer, params))
        return {};
    return QByteArray(reinterpret_cast<const char *>(buffer.data()), qsizetype(buffer.size()));
}

} // namespace reticle::sim
