#include "VirtualCamera.h"

#include "camera/RenderWorker.h"
#include "camera/SimCameraLogging.h"

#include <QMetaObject>
#include <QMutexLocker>

namespace reticle::sim {

VirtualCamera::VirtualCamera(const CameraOptions &options, std::function<MachineSnapshot()> snapshot,
                             QObject *parent)
    : QObject(parent)
    , m_options(options)
{
    qRegisterMetaType<CameraFramePtr>();
    m_thread.setObjectName(QStringLiteral("VirtualCamera"));
    m_worker = new RenderWorker(options, std::move(snapshot), [this](CameraFramePtr f) { publish(std::move(f)); });
    m_worker->moveToThread(&m_thread);
}

VirtualCamera::~VirtualCamera()
{
    // The worker (and its timers) must die on its own thread while that thread still runs.
    if (m_thread.isRunning()) {
        QMetaObject::invokeMethod(m_worker, [w = m_worker] { delete w; }, Qt::BlockingQueuedConnection);
        m_thread.quit();
        m_thread.wait();
    } else {
        delete m_worker;
    }
    m_worker = nullptr;
}

void VirtualCamera::start()
{
    if (!m_thread.isRunning())
        m_thread.start();
    QMetaObject::invokeMethod(m_worker, &RenderWorker::start, Qt::QueuedConnection);
    qCInfo(lcSimCamera).noquote() << "virtual camera started:" << m_options.modeName()
                                  << QStringLiteral("%1x%2").arg(m_options.resolution.width()).arg(m_options.resolution.height())
                                  << m_options.fps << "fps";
}

void VirtualCamera::stop()
{
    if (m_thread.isRunning())
        QMetaObject::invokeMethod(m_worker, &RenderWorker::stop, Qt::BlockingQueuedConnection);
}

void VirtualCamera::setFocus(int focus)
{
    QMetaObject::invokeMethod(m_worker, [w = m_worker, focus] { w->setFocus(focus); }, Qt::QueuedConnection);
}

void VirtualCamera::setPaused(bool paused)
{
    QMetaObject::invokeMethod(m_worker, [w = m_worker, paused] { w->setPaused(paused); }, Qt::QueuedConnection);
}

CameraFramePtr VirtualCamera::latestFrame() const
{
    QMutexLocker lock(&m_mutex);
    return m_latest;
}

void VirtualCamera::publish(CameraFramePtr frame)
{
    {
        QMutexLocker lock(&m_mutex);
        m_latest = frame;
        m_undelivered = std::move(frame);
    }
    // One pending delivery at most: a busy receiver gets the newest frame, never a backlog.
    if (!m_deliveryPending.exchange(true))
        QMetaObject::invokeMethod(this, &VirtualCamera::deliver, Qt::QueuedConnection);
}

void VirtualCamera::deliver()
{
    m_deliveryPending = false;
    CameraFramePtr frame;
    {
        QMutexLocker lock(&m_mutex);
        frame = std::move(m_undelivered);
        m_undelivered.reset();
    }
    if (frame)
        emit frameReady(frame);
}

} // namespace reticle::sim
