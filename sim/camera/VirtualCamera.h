#pragma once

#include "camera/CameraFrame.h"
#include "camera/CameraOptions.h"
#include "camera/CameraScene.h"

#include <QMutex>
#include <QObject>
#include <QThread>

#include <atomic>
#include <functional>

namespace reticle::sim {

class RenderWorker;

// The rendered camera: a worker thread renders frames of what the printer's state shows at the
// configured rate; the newest frame replaces any not yet picked up (latest frame wins) and
// frameReady() announces it on this object's thread.
class VirtualCamera : public QObject
{
    Q_OBJECT
public:
    // `snapshot` is called on the worker thread and must be thread-safe
    // (VirtualKlipper::snapshot() is). Without one the camera shows an idle machine.
    VirtualCamera(const CameraOptions &options, std::function<MachineSnapshot()> snapshot,
                  QObject *parent = nullptr);
    ~VirtualCamera() override;

    const CameraOptions &options() const { return m_options; }

    void start();
    void stop();
    bool isRunning() const { return m_thread.isRunning(); }
    // Focus setting 0..30, as the camera bus sends it.
    void setFocus(int focus);
    // While nobody watches, the camera can pause rendering (CameraService does so).
    void setPaused(bool paused);

    CameraFramePtr latestFrame() const;

signals:
    void frameReady(reticle::sim::CameraFramePtr frame);

private:
    void publish(CameraFramePtr frame); // any thread
    void deliver();                     // this object's thread

    CameraOptions m_options;
    QThread m_thread;
    RenderWorker *m_worker = nullptr;
    mutable QMutex m_mutex;
    CameraFramePtr m_latest;
    CameraFramePtr m_undelivered;
    std::atomic_bool m_deliveryPending{false};
};

} // namespace reticle::sim
