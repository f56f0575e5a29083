#pragma once

#include "NozzleProbe.h"
#include "vision/Detection.h"

#include <QCoreApplication>
#include <QVector>

#include <optional>

namespace reticle {

// The settle rule both camera probes share: detections on consecutive frames taken after a move
// are collected until `frames` of them in a row agree within `tolerancePx` (the toolhead or the
// camera tool has stopped ringing and the stream's lag has passed — no fixed sleep); their mean
// is the result. Too many frames without a detection, or `maxFrames` frames without agreement,
// end the probe with the reason. The caller maps a found pixel to millimetres.
class SettledDetection
{
    Q_DECLARE_TR_FUNCTIONS(SettledDetection)
public:
    // maxMisses frames without a detection end the probe: counted in a row when
    // `missesInARow`, otherwise over the whole probe.
    SettledDetection(int maxMisses, bool missesInARow, double tolerancePx);

    void setSettling(int frames, double tolerancePx, int maxFrames);
    // Starts a new probe.
    void reset();
    // One frame's detection: nothing while another frame is needed, else the finished result
    // (errorMm left for the caller).
    std::optional<ProbeResult> add(const Detection &detection);

private:
    int m_settleFrames = 3;
    double m_tolerancePx = 0.1;
    int m_maxFrames = 45;
    int m_maxMisses = 3;
    bool m_missesInARow = false;
    int m_framesSeen = 0;
    int m_misses = 0;
    QVector<QPointF> m_window;
    double m_lastConfidence = 0.0;
};

} // namespace reticle
