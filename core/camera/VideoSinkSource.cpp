#include "VideoSinkSource.h"

#include <QMutexLocker>
#include <QVideoSink>

namespace reticle {

VideoSinkSource::VideoSinkSource(const CameraProfile &profile, QObject *parent)
    : FrameSource(profile, parent)
{
}

VideoSinkSource::~VideoSinkSource() = default;

QVideoSink *VideoSinkSource::videoSink()
{
    if (!m_sink) {
        m_sink = new QVideoSink(this);
        connect(m_sink, &QVideoSink::videoFrameChanged, this, &VideoSinkSource::onVideoFrame,
                Qt::DirectConnection);
    }
    return m_sink;
}

void VideoSinkSource::resetSink()
{
    QMutexLocker lock(&m_pendingMutex);
    m_pending = QVideoFrame();
    m_hasPending = false;
}

void VideoSinkSource::onVideoFrame(const QVideoFrame &frame)
{
    if (!frame.isValid())
        return;
    // Stamped here, as it reaches the sink, not when the camera thread gets round to it.
    const qint64 arrivalNs = monotonicNowNs();
    bool queue = false;
    bool replaced = false;
    {
        QMutexLocker lock(&m_pendingMutex);
        replaced = m_hasPending;
        m_pending = frame;
        m_pendingArrivalNs = arrivalNs;
        m_hasPending = true;
        if (!m_conversionQueued) {
            m_conversionQueued = true;
            queue = true;
        }
    }
    if (replaced)
        QMetaObject::invokeMethod(this, [this] { countDropped(1, 0); }, Qt::QueuedConnection);
    if (queue)
        QMetaObject::invokeMethod(this, &VideoSinkSource::convertPending, Qt::QueuedConnection);
}

void VideoSinkSource::convertPending()
{
    QVideoFrame frame;
    FrameInfo info;
    {
        QMutexLocker lock(&m_pendingMutex);
        m_conversionQueued = false;
        if (!m_hasPending)
            return;
        frame = m_pending;
        info.arrivalNs = m_pendingArrivalNs;
        m_pending = QVideoFrame();
        m_hasPending = false;
    }
    const QImage image = frame.toImage();
    if (image.isNull()) {
        reportError(tr("A video frame in format %1 could not be converted.").arg(int(frame.pixelFormat())));
        return;
    }
    deliverImage(image, std::move(info));
}

} // namespace reticle
