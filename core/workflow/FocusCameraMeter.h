#pragma once

#include "FocusMeter.h"

#include <QFutureWatcher>
#include <QImage>
#include <QVector>

namespace reticle {

class FrameSource;

// FocusMeter over a live camera. It takes frames captured after measure() was called (FrameWaiter)
// and computes both focus measures on a worker thread, never the GUI thread. A camera's image
// can lag its timestamp (the simulator's by 60 ms), so the first frame after a move may still
// show the old position: the meter keeps taking frames until `settleFrames` consecutive ones agree
// within `tolerance` (relative spread of the variance of the Laplacian) and reports their mean —
// no fixed sleep. When they never agree within `maxFrames`, the last window is reported with
// settled = false.
class FocusCameraMeter : public FocusMeter
{
    Q_OBJECT
public:
    explicit FocusCameraMeter(FrameSource &source, QObject *parent = nullptr);

    void setSettling(int frames, double tolerance, int maxFrames);
    void setFrameTimeoutMs(int ms) { m_timeoutMs = ms; }
    void measure() override;
    // The frame the last measurement ended on (for the camera overlay).
    QImage lastImage() const { return m_lastImage; }

private:
    struct Values
    {
        double laplacian = 0.0;
        double tenengrad = 0.0;
    };
    void requestFrameAfter(qint64 afterNs);
    void onComputed(const Values &values);
    void report(bool settled);

    FrameSource &m_source;
    int m_settleFrames = 3;
    double m_tolerance = 0.01;
    int m_maxFrames = 10;
    int m_timeoutMs = 5000;
    int m_generation = 0;
    int m_computeGeneration = -1;
    qint64 m_lastCaptureNs = 0;
    QRect m_region;
    QSize m_imageSize;
    QImage m_lastImage;
    QVector<Values> m_values;
    QFutureWatcher<Values> m_watcher;
};

} // namespace reticle
