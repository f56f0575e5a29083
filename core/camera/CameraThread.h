#pragma once

#include "FrameSource.h"

#include <QObject>
#include <QThread>

#include <memory>

namespace reticle {

// Runs one FrameSource on its own thread (network + decode off the GUI thread). Owns the source;
// destroying the CameraThread stops the source, deletes it on its thread and joins the thread.
class CameraThread : public QObject
{
    Q_OBJECT
public:
    explicit CameraThread(std::unique_ptr<FrameSource> source, QObject *parent = nullptr);
    ~CameraThread() override;

    FrameSource *source() const { return m_source; }
    void start(); // queued into the camera thread
    void stop();

private:
    QThread m_thread;
    FrameSource *m_source;
    QObject *m_anchor; // lives on the camera thread; context for work done there
};

} // namespace reticle
