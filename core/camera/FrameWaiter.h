#pragma once

#include "Frame.h"
#include "FrameMailbox.h"

#include <QObject>
#include <QTimer>

#include <functional>

namespace reticle {

class FrameSource;

// "Give me the first frame captured after time T" for workflows: after a move has finished
// (M400 answered at T = monotonicNowNs()), wait for a frame whose capture time is after T, or
// time out. Frames whose capture time is only an estimate (no source timestamp) are not
// trusted for the first `untimedFramesToSkip` frames after T, because the camera may have been
// exposing before T.
//
// Asynchronous: emit-once signals, or the callback form FrameWaiter::request().
class FrameWaiter : public QObject
{
    Q_OBJECT
public:
    FrameWaiter(FrameSource *source, qint64 afterNs, int timeoutMs, QObject *parent = nullptr);

    void setUntimedFramesToSkip(int frames) { m_untimedToSkip = std::max(frames, 0); }
    void start();
    bool isFinished() const { return m_finished; }

    // Calls `done` once, in `context`'s thread, with the frame or std::nullopt on timeout. The
    // waiter deletes itself afterwards.
    static FrameWaiter *request(FrameSource *source, qint64 afterNs, int timeoutMs, QObject *context,
                                std::function<void(std::optional<Frame>)> done);

signals:
    void frameCaptured(const reticle::Frame &frame);
    void timedOut();

private:
    void onFrame(const Frame &frame);
    void finish();

    FrameSource *m_source;
    qint64 m_afterNs;
    int m_timeoutMs;
    int m_untimedToSkip = 1;
    int m_untimedSeen = 0;
    FrameMailbox m_mailbox;
    QTimer m_timer;
    bool m_finished = false;
};

} // namespace reticle
