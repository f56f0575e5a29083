#pragma once

#include "geometry/MapFitter.h"
#include "workflow/MachineIo.h"
#include "workflow/NozzleProbe.h"

#include <QObject>
#include <QSize>

namespace reticle {

// The peers' loop, as described in DESIGN.md section 8, over the same MachineIo and NozzleProbe
// as ours so that only the algorithm differs: camera calibration by 10 moves on a 0.5 mm circle
// with a quadratic least-squares pixel->mm map; per tool, damped (×0.55) steps until the step
// rounds to 0.001 mm, at most 30 moves; the offset is the difference of the final toolhead
// positions. Moves go straight to their target (no one-sided approach).
class TamvStyleLoop : public QObject
{
    Q_OBJECT
public:
    struct ToolResult
    {
        int tool = -1;
        double x = 0.0, y = 0.0; // offset relative to the reference
        int moves = 0;
        double seconds = 0.0;
        bool converged = false;
    };

    TamvStyleLoop(MachineIo &machine, NozzleProbe &probe, QSize imageSize);

    // Blocking helpers (spin a local event loop): fine for a benchmark, never for the GUI.
    bool calibrate(QString *error);
    bool measure(const QVector<int> &tools, double cameraX, double cameraY, double cameraZ, QVector<ToolResult> *out,
                 QString *error);
    int calibrationMoves() const { return m_calibrationMoves; }

private:
    bool moveTo(std::optional<double> x, std::optional<double> y, std::optional<double> z, QString *error);
    bool selectTool(int tool, QString *error);
    std::optional<ProbeResult> probeOnce();

    MachineIo &m_machine;
    NozzleProbe &m_probe;
    QSize m_imageSize;
    PixelMap m_map;
    int m_calibrationMoves = 0;
};

} // namespace reticle
