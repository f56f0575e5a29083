#include "CameraNozzleProbe.h"

#include "camera/FrameSource.h"
#include "camera/FrameWaiter.h"

#include <QtConcurrent/QtConcurrentRun>

#include <cmath>

namespace reticle {

CameraNozzleProbe::CameraNozzleProbe(FrameSource &source, NozzleDetector detector, QObject *parent)
    : NozzleProbe(parent)
    , m_source(source)
    , m_detector(std::move(detector))
    , m_stream(source)
{
    connect(&m_stream, &StreamLossWatch::lost, this, &CameraNozzleProbe::cameraLost);
    connect(&m_stream, &StreamLossWatch::restored, this, &CameraNozzleProbe::cameraRestored);
    connect(&m_watcher, &QFutureWatcher<Detection>::finished, this, [this] { onDetected(m_watcher.result()); });
}

bool CameraNozzleProbe::isAvailable() const
{
    return m_stream.isAvailable();
}

void CameraNozzleProbe::setCameraMap(const PixelMap &map, QSize imageSize)
{
    m_map.set(map, imageSize);
}

QPointF CameraNozzleProbe::errorMmAt(const QPointF &pixel) const
{
    return m_map.errorMmAt(pixel);
}

double CameraNozzleProbe::maxCorrectionMm() const
{
    return m_map.maxCorrectionMm();
}

void CameraNozzleProbe::setSettling(int frames, double tolerancePx, int maxFrames)
{
    m_settle.setSettling(frames, tolerancePx, maxFrames);
}

void CameraNozzleProbe::probe()
{
    m_settle.reset();
    requestFrameAfter(monotonicNowNs());
}

void CameraNozzleProbe::requestFrameAfter(qint64 afterNs)
{
    FrameWaiter::request(&m_source, afterNs, m_timeoutMs, this, [this](std::optional<Frame> frame) {
        if (!frame) {
            ProbeResult result;
            result.reason = tr("No new camera frame within %1 s.").arg(m_timeoutMs / 1000.0, 0, 'f', 1);
            finishWith(result);
            return;
        }
        m_lastCaptureNs = frame->captureNs;
        detectOn(frame->image);
    });
}

void CameraNozzleProbe::onDetected(const Detection &detection)
{
    std::optional<ProbeResult> result = m_settle.add(detection);
    if (!result) {
        requestFrameAfter(m_lastCaptureNs);
        return;
    }
    if (result->found && m_map.isValid())
        result->errorMm = m_map.errorMmAt(result->pixel);
    finishWith(*result);
}

void CameraNozzleProbe::finishWith(ProbeResult result)
{
    emit probed(result);
}

void CameraNozzleProbe::detectOn(const QImage &image)
{
    m_lastImage = image;
    const NozzleDetector detector = m_detector;
    m_watcher.setFuture(QtConcurrent::run([detector, image] {
        // The QImage keeps the pixels alive while the cv::Mat view is used.
        const QImage rgb = image.convertToFormat(QImage::Format_RGB32);
        const cv::Mat view(rgb.height(), rgb.width(), CV_8UC4, const_cast<uchar *>(rgb.constBits()),
                           size_t(rgb.bytesPerLine()));
        return detector.detect(view);
    }));
}

} // namespace reticle
