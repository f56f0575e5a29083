#include "CameraNozzleProbe.h"

#include "camera/FrameSource.h"
#include "camera/FrameWaiter.h"

#include <QtConcurrent/QtConcurrentRun>

namespace reticle {

CameraNozzleProbe::CameraNozzleProbe(FrameSource &source, NozzleDetector detector, PixelMap map, QObject *parent)
    : NozzleProbe(parent)
    , m_source(source)
    , m_detector(std::move(detector))
    , m_map(std::move(map))
{
    connect(&m_source, &FrameSource::stateChanged, this, [this](StreamStateMachine::State state) {
        const bool streaming = state == StreamStateMachine::State::Streaming;
        if (!streaming && state != StreamStateMachine::State::Connecting && state != StreamStateMachine::State::Idle
            && !m_lost) {
            m_lost = true;
            emit cameraLost(m_source.lastError().isEmpty() ? tr("no frames from the camera") : m_source.lastError());
        } else if (streaming && m_lost) {
            m_lost = false;
            emit cameraRestored();
        }
    });
    connect(&m_watcher, &QFutureWatcher<Detection>::finished, this, [this] {
        const Detection d = m_watcher.result();
        ProbeResult result;
        result.found = d.found;
        result.pixel = QPointF(d.x, d.y);
        result.confidence = d.confidence;
        if (d.found && m_map)
            result.errorMm = m_map(result.pixel);
        else if (!d.found)
            result.reason = d.statusText();
        emit probed(result);
    });
}

bool CameraNozzleProbe::isAvailable() const
{
    return !m_lost && m_source.state() == StreamStateMachine::State::Streaming;
}

void CameraNozzleProbe::probe()
{
    FrameWaiter::request(&m_source, monotonicNowNs(), m_timeoutMs, this, [this](std::optional<Frame> frame) {
        if (!frame) {
            ProbeResult result;
            result.reason = tr("No new camera frame within %1 s.").arg(m_timeoutMs / 1000.0, 0, 'f', 1);
            emit probed(result);
            return;
        }
        detectOn(frame->image);
    });
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
