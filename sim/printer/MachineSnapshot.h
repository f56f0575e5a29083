#pragma once

#include <QString>
#include <QVector>
#include <QVector3D>
#include <QtGlobal>

namespace reticle::sim {

// A mark left on the bed by an extruding move (SIM-CONTRACT.md "Deposited marks").
struct DepositedMark
{
    double x, y;     // bed position of the mark centre, mm
    double diameter; // mm
    int tool;        // tool number that deposited it
};

// What the virtual camera renders from: the physical state of the machine at one instant.
// Returned by VirtualKlipper::snapshot(), which is thread-safe.
struct MachineSnapshot
{
    qint64 monotonicMs;             // QElapsedTimer-based time of the snapshot
    double carriage[3];             // physical carriage x,y,z now (live, interpolated, with backlash/noise)
    bool moving;                    // true while the motion queue is executing
    qint64 lastMotionEndMs;         // monotonicMs at which the last move finished (for settle/vibration)
    int activeTool;                 // tool number, -1 when none
    QVector<QVector3D> trueOffsets; // index = tool number
    QVector<DepositedMark> marks;
    bool homed;                     // xyz all homed
    QString klippyState;            // "ready", "shutdown", ...
};

} // namespace reticle::sim
