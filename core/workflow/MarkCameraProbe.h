#pragma once

#include "MarkProbe.h"
#include "CentringMap.h"
#include "SettledDetection.h"
#include "StreamLossWatch.h"
#include "vision/MarkDetector.h"

#include <QFutureWatcher>
#include <QImage>
#include <QVector>

#include <opencv2/core/mat.hpp>

namespace reticle {

class FrameSource;

// MarkProbe over a live camera tool: takes frames captured after the call (never one from before
// the last move), finds the deposited dot on a worker thread (never the GUI thread) until
// `settleFrames` consecutive detections agree within `settleTolerancePx` (the camera has stopped
// ringing and the stream's lag has passed — no fixed sleep), and maps their mean to millimetres.
//
// A mark may be darker or lighter than the bed and of any colour (red PLA on gold PEI, white PLA
// on black), so the detector runs on the colour distance of every pixel from the bed's median
// colour: the mark is always the bright, round thing there.
class MarkCameraProbe : public MarkProbe
{
    Q_OBJECT
public:
    MarkCameraProbe(FrameSource &source, QObject *parent = nullptr);

    void setCameraMap(const PixelMap &map, QSize imageSize) override;
    bool hasCameraMap() const override { return m_map.isValid(); }
    QPointF errorMmAt(const QPointF &pixel) const override;
    double maxCorrectionMm() const override;
    QSize imageSize() const override;

    // Expected mark diameter range in pixels (0 = from the image size).
    void setMarkSizePx(double minDiameterPx, double maxDiameterPx);
    void setFrameTimeoutMs(int ms) { m_timeoutMs = ms; }
    void setSettling(int frames, double tolerancePx, int maxFrames);

    void probe() override;
    bool isAvailable() const override;

    QImage lastImage() const { return m_lastImage; }

    // The colour distance of each pixel from the image's median colour (8-bit, one channel).
    static cv::Mat contrastImage(const cv::Mat &bgr);
    // The whole detection on one BGR(A) image: contrast image, then MarkDetector (bright dots).
    static Detection detectMark(const cv::Mat &image, const MarkDetectorParams &params);

private:
    void requestFrameAfter(qint64 afterNs);
    void detectOn(const QImage &image);
    void onDetected(const Detection &detection);

    FrameSource &m_source;
    MarkDetectorParams m_params;
    StreamLossWatch m_stream;
    CentringMap m_map;
    int m_timeoutMs = 5000;
    QImage m_lastImage;
    // 3 frames within 0.15 px. Frames that still show the travel (stream lag, ringing) may hold
    // no mark or half of two: only 8 misses in a row mean there is nothing to find.
    SettledDetection m_settle{8, true, 0.15};
    qint64 m_lastCaptureNs = 0;
    QFutureWatcher<Detection> m_watcher;
};

} // namespace reticle
