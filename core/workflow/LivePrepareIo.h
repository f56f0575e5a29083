#pragma once

#include "PrepareIo.h"
#include "camera/FrameSource.h"

#include <QFutureWatcher>
#include <QPointer>
#include <QTimer>

namespace reticle {

class MotionGuard;
class PrinterLink;

// PrepareIo over a Moonraker printer and a live camera. Homing goes through the MotionGuard and
// completes once the subscription reports X, Y and Z homed (the G28 reply can arrive before the
// status diff does). Sharpness is measured on the first frame captured after the request, on a
// worker thread (never the GUI thread).
class LivePrepareIo : public PrepareIo
{
    Q_OBJECT
public:
    LivePrepareIo(PrinterLink &link, MotionGuard &guard, QObject *parent = nullptr);

    // The camera to measure (null: sharpness reports "no camera").
    void setSource(FrameSource *source) { m_source = source; }
    void setFrameTimeoutMs(int ms) { m_frameTimeoutMs = ms; }

    PrinterReadiness readiness() const override;
    void home() override;
    void measureSharpness() override;

private:
    void checkHomed();

    PrinterLink &m_link;
    MotionGuard &m_guard;
    QPointer<FrameSource> m_source;
    int m_frameTimeoutMs = 5000;
    bool m_homing = false;
    bool m_homeReplied = false;
    QTimer m_homedTimeout;
    QFutureWatcher<SharpnessReading> m_watcher;
};

} // namespace reticle
