#include "CameraThread.h"

namespace reticle {

CameraThread::CameraThread(std::unique_ptr<FrameSource> source, QObject *parent)
    : QObject(parent)
    , m_source(source.release())
    , m_anchor(new QObject)
{
    m_thread.setObjectName(QStringLiteral("camera"));
    m_source->setParent(nullptr);
    m_source->moveToThread(&m_thread);
    m_anchor->moveToThread(&m_thread);
    m_thread.start();
}

CameraThread::~CameraThread()
{
    FrameSource *source = m_source;
    QObject *anchor = m_anchor;
    QMetaObject::invokeMethod(
        anchor,
        [source, anchor] {
            source->stop();
            delete source;
        },
        Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
    delete anchor; // its thread has finished, so deleting it from here is safe
}

void CameraThread::start()
{
    QMetaObject::invokeMethod(m_source, &FrameSource::start, Qt::QueuedConnection);
}

void CameraThread::stop()
{
    QMetaObject::invokeMethod(m_source, &FrameSource::stop, Qt::QueuedConnection);
}

} // namespace reticle
