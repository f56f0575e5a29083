#include "CameraThread.h"

#include <QMutex>
#include <QSet>

namespace reticle {

namespace {

// Threads handed over by retire() that have not been deleted yet.
QMutex &retiredMutex()
{
    static QMutex mutex;
    return mutex;
}

QSet<QThread *> &retiredThreads()
{
    static QSet<QThread *> threads;
    return threads;
}

} // namespace

CameraThread::CameraThread(std::unique_ptr<FrameSource> source, QObject *parent)
    : QObject(parent)
    , m_thread(new QThread)
    , m_source(source.release())
    , m_anchor(new QObject)
{
    m_thread->setObjectName(QStringLiteral("camera"));
    m_source->setParent(nullptr);
    m_source->moveToThread(m_thread);
    m_anchor->moveToThread(m_thread);
    m_thread->start();
}

CameraThread::~CameraThread()
{
    if (!m_thread)
        return; // retired: the thread ends by itself
    FrameSource *source = m_source;
    QObject *anchor = m_anchor;
    QMetaObject::invokeMethod(
        anchor,
        [source, anchor] {
            source->stop();
            delete source;
        },
        Qt::BlockingQueuedConnection);
    m_thread->quit();
    m_thread->wait();
    delete anchor; // its thread has finished, so deleting it from here is safe
    delete m_thread;
}

void CameraThread::start()
{
    if (m_source)
        QMetaObject::invokeMethod(m_source, &FrameSource::start, Qt::QueuedConnection);
}

void CameraThread::stop()
{
    if (m_source)
        QMetaObject::invokeMethod(m_source, &FrameSource::stop, Qt::QueuedConnection);
}

void CameraThread::retire()
{
    if (!m_thread)
        return;
    QThread *thread = m_thread;
    FrameSource *source = m_source;
    QObject *anchor = m_anchor;
    m_thread = nullptr;
    m_source = nullptr;
    m_anchor = nullptr;
    {
        QMutexLocker lock(&retiredMutex());
        retiredThreads().insert(thread);
    }
    // The thread object lives on the thread that made it: it is deleted there, once finished.
    connect(thread, &QThread::finished, thread, &QObject::deleteLater);
    connect(thread, &QObject::destroyed, thread, [thread] {
        QMutexLocker lock(&retiredMutex());
        retiredThreads().remove(thread);
    }, Qt::DirectConnection);
    QMetaObject::invokeMethod(anchor, [source, anchor, thread] {
        source->stop();
        delete source;
        anchor->deleteLater(); // deleted as the thread finishes
        thread->quit();
    }, Qt::QueuedConnection);
}

void CameraThread::waitForRetired()
{
    QSet<QThread *> threads;
    {
        QMutexLocker lock(&retiredMutex());
        threads = retiredThreads();
    }
    // Only the thread that made them deletes them (from its event loop, not running here).
    for (QThread *thread : std::as_const(threads))
        thread->wait();
}

} // namespace reticle
