#include "FrameMailbox.h"

#include "FrameSource.h"

#include <QMutexLocker>

namespace reticle {

FrameMailbox::FrameMailbox(QObject *parent)
    : QObject(parent)
{
    qRegisterMetaType<reticle::Frame>();
}

void FrameMailbox::attach(FrameSource *source)
{
    detach();
    if (source)
        m_connection = connect(source, &FrameSource::frameDecoded, this, &FrameMailbox::post, Qt::DirectConnection);
}

void FrameMailbox::detach()
{
    if (m_connection)
        disconnect(m_connection);
    m_connection = {};
    QMutexLocker lock(&m_mutex);
    m_frame = Frame();
    m_hasFrame = false;
}

quint64 FrameMailbox::skippedFrames() const
{
    QMutexLocker lock(&m_mutex);
    return m_skipped;
}

void FrameMailbox::post(const Frame &frame)
{
    bool notify = false;
    {
        QMutexLocker lock(&m_mutex);
        if (m_hasFrame)
            ++m_skipped;
        m_frame = frame;
        m_hasFrame = true;
        if (!m_notificationQueued) {
            m_notificationQueued = true;
            notify = true;
        }
    }
    if (notify)
        QMetaObject::invokeMethod(this, &FrameMailbox::deliver, Qt::QueuedConnection);
}

void FrameMailbox::deliver()
{
    Frame frame;
    {
        QMutexLocker lock(&m_mutex);
        m_notificationQueued = false;
        if (!m_hasFrame)
            return;
        frame = std::move(m_frame);
        m_frame = Frame();
        m_hasFrame = false;
    }
    emit frameReady(frame);
}

} // namespace reticle
