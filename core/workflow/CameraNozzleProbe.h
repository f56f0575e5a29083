#pragma once

#include "NozzleProbe.h"
#include "CentringMap.h"
#include "SettledDetection.h"
#include "StreamLossWatch.h"
#include "geometry/PixelMap.h"
#include "vision/NozzleDetector.h"

#include <QFutureWatcher>
#include <QImage>
#include <QPointer>


namespace reticle {

class FrameSource;

// NozzleProbe over a live camera: takes frames captured after the call (so never a frame from
// before the last move), runs the NozzleDetector on each on a worker thread (never the GUI
// thread) until `settleFrames` consecutive detections agree within `settleTolerancePx` (the
// toolhead has stopped ringing and the camera's own lag has passed — no fixed sleep), and maps
// their mean to millimetres with the camera's fitted map. The camera stalling or reconnecting
// becomes cameraLost(); streaming again, cameraRestored().
class CameraNozzleProbe : public NozzleProbe
{
    Q_OBJECT
public:
    CameraNozzleProbe(FrameSource &source, NozzleDetector detector, QObject *parent = nullptr);

    // The camera's fitted pixel->printer map for images of `imageSize`; until one is set, results
    // carry pixels only (as the camera calibration needs).
    void setCameraMap(const PixelMap &map, QSize imageSize);
    // Nozzle minus image centre, in printer millimetres (the centring error of a pixel).
    QPointF errorMmAt(const QPointF &pixel) const;
    // The largest correction worth one move: a third of the field of view, at least 0.5 mm.
    double maxCorrectionMm() const;
    void setFrameTimeoutMs(int ms) { m_timeoutMs = ms; }
    void setDetector(NozzleDetector detector) { m_detector = std::move(detector); }
    void setSettling(int frames, double tolerancePx, int maxFrames);

    void probe() override;
    bool isAvailable() const override;

    // The frame the last result came from (for the overlay and the manual-click fallback).
    QImage lastImage() const { return m_lastImage; }

private:
    void requestFrameAfter(qint64 afterNs);
    void detectOn(const QImage &image);
    void onDetected(const Detection &detection);
    void finishWith(ProbeResult result);

    FrameSource &m_source;
    NozzleDetector m_detector;
    StreamLossWatch m_stream;
    CentringMap m_map;
    int m_timeoutMs = 5000;
    QImage m_lastImage;
    // 3 frames within 0.1 px; 3 frames without the nozzle (over the whole probe) end it.
    SettledDetection m_settle{3, false, 0.1};
    qint64 m_lastCaptureNs = 0;
    QFutureWatcher<Detection> m_watcher;
};

} // namespace reticle
