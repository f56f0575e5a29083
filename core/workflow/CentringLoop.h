#pragma once

#include <QCoreApplication>
#include <QPointF>
#include <QString>

namespace reticle {

// Settings of the centring loop; every one is shown to the operator in the wizard.
struct CentringSettings
{
    double gain = 1.0;          // fraction of the measured error corrected per move (0.1 .. 1.0)
    double maxStepMm = 2.0;     // largest single correction
    double toleranceUm = 20.0;  // accept when the nozzle is this close to the camera centre
    int maxMoves = 8;           // corrections before giving up
    double maxSeconds = 120.0;  // wall time before giving up
};

// One observation after a move has finished and a fresh frame was analysed.
struct CentringMeasurement
{
    QPointF toolheadMm;      // toolhead.position (physical frame) when the frame was captured
    bool detected = false;   // false: no nozzle found in the frame
    QPointF errorMm;         // nozzle minus camera centre, in printer axes (from the pixel map)
    double elapsedSeconds = 0.0;
};

// What to do next.
struct CentringAction
{
    enum class Kind { MoveTo, Remeasure, Converged, Failed };
    Kind kind = Kind::Failed;
    QPointF targetMm;        // MoveTo: where to put the toolhead
    QPointF centreMm;        // Converged: toolhead position that puts the nozzle on the camera centre
    QString reason;          // Failed: why, for the operator
};

// Pure step algorithm that brings a nozzle to the camera centre: feed it a measurement, get the
// next action. The centre estimate is toolhead − error, so the result does not need the nozzle to
// land exactly on the centre — only close enough that the camera map is at its best.
class CentringLoop
{
    Q_DECLARE_TR_FUNCTIONS(CentringLoop)
public:
    explicit CentringLoop(CentringSettings settings = {});

    CentringAction next(const CentringMeasurement &measurement);

    int movesIssued() const { return m_moves; }
    const CentringSettings &settings() const { return m_settings; }
    void reset();

private:
    CentringSettings m_settings;
    int m_moves = 0;
    int m_missedDetections = 0;
};

} // namespace reticle
