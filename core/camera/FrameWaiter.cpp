#include "FrameWaiter.h"

#include "FrameSource.h"

namespace reticle {

FrameWaiter::FrameWaiter(FrameSource *source, qint64 afterNs, int timeoutMs, QObject *parent)
    : QObject(parent)
    , m_source(source)
    , m_afterNs(afterNs)
    , m_timeoutMs(std::max(timeoutMs, 0))
    , m_mailbox(this)
    , m_timer(this)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, [this] {
        if (m_finished)
            return;
        finish();
        emit timedOut();
    });
    connect(&m_mailbox, &FrameMailbox::frameReady, this, &FrameWaiter::onFrame);
}

void FrameWaiter::start()
{
    if (m_finished)
        return;
    m_mailbox.attach(m_source);
    m_timer.start(m_timeoutMs);
    // The newest frame may already be the one we want.
    if (m_source) {
        const Frame latest = m_source->latestFrame();
        if (latest.isValid() && latest.captureNs > m_afterNs && !latest.captureEstimated)
            QMetaObject::invokeMethod(this, [this, latest] { onFrame(latest); }, Qt::QueuedConnection);
    }
}

void FrameWaiter::onFrame(const Frame &frame)
{
    if (m_finished || frame.captureNs <= m_afterNs)
        return;
    if (frame.captureEstimated && m_untimedSeen++ < m_untimedToSkip)
        return;
    finish();
    emit frameCaptured(frame);
}

void FrameWaiter::finish()
{
    m_finished = true;
    m_timer.stop();
    m_mailbox.detach();
}

FrameWaiter *FrameWaiter::request(FrameSource *source, qint64 afterNs, int timeoutMs, QObject *context,
                                  std::function<void(std::optional<Frame>)> done)
{
    auto *waiter = new FrameWaiter(source, afterNs, timeoutMs, context);
    auto callback = std::make_shared<std::function<void(std::optional<Frame>)>>(std::move(done));
    connect(waiter, &FrameWaiter::frameCaptured, context, [waiter, callback](const Frame &frame) {
        (*callback)(frame);
        waiter->deleteLater();
    });
    connect(waiter, &FrameWaiter::timedOut, context, [waiter, callback] {
        (*callback)(std::nullopt);
        waiter->deleteLater();
    });
    waiter->start();
    return waiter;
}

} // namespace reticle
