#pragma once

#include "NozzleProbe.h"
#include "vision/NozzleDetector.h"

#include <QFutureWatcher>
#include <QImage>
#include <QPointer>

#include <functional>

namespace reticle {

class FrameSource;

// NozzleProbe over a live camera: waits for the first frame captured after the call (so never
// a frame from before the last move), runs the NozzleDetector on a worker thread (never the GUI
// thread) and maps the detected pixel to millimetres with the camera's fitted map. The camera
// stalling or reconnecting becomes cameraLost(); streaming again, cameraRestored().
class CameraNozzleProbe : public NozzleProbe
{
    Q_OBJECT
public:
    // pixel -> nozzle minus camera centre, in printer millimetres
    using PixelMap = std::function<QPointF(const QPointF &pixel)>;

    CameraNozzleProbe(FrameSource &source, NozzleDetector detector, PixelMap map, QObject *parent = nullptr);

    void setPixelMap(PixelMap map) { m_map = std::move(map); }
    void setFrameTimeoutMs(int ms) { m_timeoutMs = ms; }
    void setDetector(NozzleDetector detector) { m_detector = std::move(detector); }

    void probe() override;
    bool isAvailable() const override;

    // The frame the last result came from (for the overlay and the manual-click fallback).
    QImage lastImage() const { return m_lastImage; }

private:
    void detectOn(const QImage &image);

    FrameSource &m_source;
    NozzleDetector m_detector;
    PixelMap m_map;
    int m_timeoutMs = 5000;
    bool m_lost = false;
    QImage m_lastImage;
    QFutureWatcher<Detection> m_watcher;
};

} // namespace reticle
