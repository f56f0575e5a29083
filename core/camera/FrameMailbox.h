#pragma once

#include "Frame.h"

#include <QMutex>
#include <QObject>

namespace reticle {

class FrameSource;

// Hands frames from a camera thread to a consumer on another thread, latest-frame-wins: it
// holds one frame; a newer frame replaces an unread one (counted as skipped), and at most one
// notification is queued to the consumer, so a busy consumer never builds up a queue.
class FrameMailbox : public QObject
{
    Q_OBJECT
public:
    explicit FrameMailbox(QObject *parent = nullptr);

    // Receives every frame `source` decodes (a direct connection into post()).
    void attach(FrameSource *source);
    void detach();

    // Thread-safe.
    void post(const reticle::Frame &frame);
    quint64 skippedFrames() const;

signals:
    // In the mailbox's thread; carries the newest frame at the time of delivery.
    void frameReady(const reticle::Frame &frame);

private:
    void deliver();

    mutable QMutex m_mutex;
    Frame m_frame;
    bool m_hasFrame = false;
    bool m_notificationQueued = false;
    quint64 m_skipped = 0;
    QMetaObject::Connection m_connection;
};

} // namespace reticle
