#include "RenderWorker.h"

#include "camera/SimCameraLogging.h"

#include <QTimer>

#include <algorithm>
#include <chrono>
#include <cmath>

namespace reticle::sim {

RenderWorker::RenderWorker(const CameraOptions &options, SnapshotProvider provider, FrameSink deliver)
    : m_renderer(options)
    , m_provider(std::move(provider))
    , m_deliver(std::move(deliver))
    , m_history(std::max(2000, options.imperfections.lagMs + 1000))
{
    m_clock.start();
}

void RenderWorker::start()
{
    if (!m_frameTimer) {
        m_sampleTimer = new QTimer(this);
        m_sampleTimer->setTimerType(Qt::PreciseTimer);
        connect(m_sampleTimer, &QTimer::timeout, this, &RenderWorker::sample);
        m_frameTimer = new QTimer(this);
        m_frameTimer->setTimerType(Qt::PreciseTimer);
        connect(m_frameTimer, &QTimer::timeout, this, &RenderWorker::renderOne);
    }
    const double fps = m_renderer.options().fps;
    m_frameTimer->start(std::max(1, int(std::lround(1000.0 / fps))));
    // Sample the printer ten times per lag period (at most every 5 ms) so that lagged frames
    // show a position close to the true one at that moment.
    const int lag = m_renderer.options().imperfections.lagMs;
    if (lag > 0)
        m_sampleTimer->start(std::clamp(lag / 10, 5, 20));
    sample();
    renderOne();
}

void RenderWorker::stop()
{
    if (m_frameTimer)
        m_frameTimer->stop();
    if (m_sampleTimer)
        m_sampleTimer->stop();
}

void RenderWorker::setFocus(int focus)
{
    m_renderer.setFocus(std::clamp(focus, 0, 30));
}

void RenderWorker::setPaused(bool paused)
{
    if (paused == m_paused)
        return;
    m_paused = paused;
    if (!paused && m_frameTimer && m_frameTimer->isActive()) {
        m_frameTimer->start(); // the next frame a full interval after this one
        renderOne();
    }
}

void RenderWorker::sample()
{
    MachineSnapshot snapshot{};
    if (m_provider)
        snapshot = m_provider();
    else
        snapshot.monotonicMs = m_clock.elapsed();
    m_history.add(snapshot);
}

void RenderWorker::renderOne()
{
    sample();
    if (m_paused)
        return;
    const qint64 captureUs = std::chrono::duration_cast<std::chrono::microseconds>(
                                 std::chrono::system_clock::now().time_since_epoch())
                                 .count();
    const quint64 index = m_sequence++;
    const cv::Mat bgr = m_renderer.renderFrame(m_history, m_history.newestMs(), index);
    auto frame = std::make_shared<CameraFrame>();
    frame->jpeg = m_renderer.encodeJpeg(bgr);
    frame->captureUnixUs = captureUs;
    frame->sequence = index;
    frame->width = bgr.cols;
    frame->height = bgr.rows;
    if (frame->jpeg.isEmpty()) {
        qCWarning(lcSimCamera) << "JPEG encoding failed for frame" << index;
        return;
    }
    m_deliver(std::move(frame));
}

} // namespace reticle::sim
