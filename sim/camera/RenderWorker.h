#pragma once

#include "camera/CameraFrame.h"
#include "camera/CameraOptions.h"
#include "camera/FrameRenderer.h"
#include "camera/SnapshotHistory.h"

#include <QElapsedTimer>
#include <QObject>

#include <functional>

class QTimer;

namespace reticle::sim {

// Lives on the virtual camera's worker thread: samples the printer's state often (so that lag
// can be rendered), renders and JPEG-encodes a frame at the configured rate and hands each one
// to `deliver`. A slow render simply delays the next tick: frames never queue up.
class RenderWorker : public QObject
{
    Q_OBJECT
public:
    using SnapshotProvider = std::function<MachineSnapshot()>;
    using FrameSink = std::function<void(CameraFramePtr)>;

    RenderWorker(const CameraOptions &options, SnapshotProvider provider, FrameSink deliver);

public slots:
    void start();
    void stop();
    void setFocus(int focus);
    // Paused: keep sampling the printer (for lag) but render nothing; resuming renders at once.
    void setPaused(bool paused);

private:
    void sample();
    void renderOne();

    FrameRenderer m_renderer;
    SnapshotProvider m_provider;
    FrameSink m_deliver;
    SnapshotHistory m_history;
    QElapsedTimer m_clock; // used when there is no printer
    QTimer *m_sampleTimer = nullptr;
    QTimer *m_frameTimer = nullptr;
    quint64 m_sequence = 0;
    bool m_paused = false;
};

} // namespace reticle::sim
