#pragma once

#include "FrameSource.h"

#include <QObject>
#include <QThread>

#include <memory>

namespace reticle {

// Runs one FrameSource on its own thread (network + decode off the GUI thread). Owns the source;
// destroying the CameraThread stops the source, deletes it on its thread and joins the thread,
// unless retire() handed both over to end by themselves.
class CameraThread : public QObject
{
    Q_OBJECT
public:
    explicit CameraThread(std::unique_ptr<FrameSource> source, QObject *parent = nullptr);
    ~CameraThread() override;

    FrameSource *source() const { return m_source; }
    void start(); // queued into the camera thread
    void stop();

    // Ends the source and the thread without waiting for them: the source stops and is deleted
    // on its own thread, then the thread ends and its object is deleted. For the GUI thread,
    // which must not wait for a player's teardown (a live RTSP pipeline takes 0.3-2 s inside
    // Qt). Afterwards source() is null and the destructor returns at once. The source still
    // emits while it stops: disconnect your own receivers from it first.
    void retire();
    // Joins every retired thread that is still ending (before the application exits).
    static void waitForRetired();

private:
    QThread *m_thread;
    FrameSource *m_source;
    QObject *m_anchor; // lives on the camera thread; context for work done there
};

} // namespace reticle
