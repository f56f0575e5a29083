#pragma once

#include <QObject>
#include <QString>

namespace reticle {

class FrameSource;

// Turns a camera stream's state into "lost" and "back" for the probes: stalled, reconnecting or
// failed is lost (once, with the source's error), streaming again is back. Connecting and idle
// are neither.
class StreamLossWatch : public QObject
{
    Q_OBJECT
public:
    explicit StreamLossWatch(FrameSource &source, QObject *parent = nullptr);

    // Streaming and not lost.
    bool isAvailable() const;

signals:
    void lost(const QString &reason);
    void restored();

private:
    FrameSource &m_source;
    bool m_lost = false;
};

} // namespace reticle
