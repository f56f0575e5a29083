#pragma once

#include "FrameSource.h"

#include <QMutex>
#include <QVideoFrame>

class QVideoSink;

namespace reticle {

// Common part of the Qt Multimedia sources: takes frames from a QVideoSink (which Qt may feed
// from a backend thread), keeps only the newest one and converts it on the camera thread
// (latest-frame-wins: frames that arrive while one is being converted replace each other and
// are counted as dropped).
class VideoSinkSource : public FrameSource
{
    Q_OBJECT
public:
    explicit VideoSinkSource(const CameraProfile &profile, QObject *parent = nullptr);
    ~VideoSinkSource() override;
    // The sink's frames carry no capture time and come out of a decode pipeline several frames
    // late (RTSP: 185-235 ms on loopback, tests/camera/tst_rtspsource).
    bool capturesTimed() const override { return false; }

protected:
    QVideoSink *videoSink();
    void resetSink();

private:
    void onVideoFrame(const QVideoFrame &frame); // any thread
    void convertPending();                       // camera thread

    QVideoSink *m_sink = nullptr;
    QMutex m_pendingMutex;
    QVideoFrame m_pending;
    qint64 m_pendingArrivalNs = 0; // when the pending frame reached the sink
    bool m_hasPending = false;
    bool m_conversionQueued = false;
};

} // namespace reticle
