#pragma once

#include "LinkWatch.h"
#include "NozzleProbe.h"
#include "PrepareIo.h"
#include "ToolOffsetMath.h"

#include <QObject>
#include <QPointF>
#include <QVector>

#include <optional>

namespace reticle {

class MachineIo;

struct CameraPrepareSettings
{
    // Where the nozzle is over the camera (gcode X/Y/Z); empty: stay where the operator jogged.
    std::optional<Offset3> cameraPosition;
    // Sharpness (variance of the Laplacian over the central half of the frame) below this is a
    // warning: the nozzle is probably out of focus (wrong Z or camera focus).
    double minSharpness = 8.0;
};

// Step 1 of the camera calibration wizard ("home and prepare") as a state machine: checks the
// connection and Klippy's state, asks the operator before homing when an axis is not homed, moves
// to the camera position (Z first when it rises, last when it sinks), measures the live frame's
// sharpness and looks for the nozzle. Warnings (soft focus, no nozzle seen) do not stop it; the
// operator reads them and decides. Cancel returns to the position it started from.
class CameraPrepareWorkflow : public QObject
{
    Q_OBJECT
public:
    enum class State {
        Idle,
        AwaitingHomeConfirmation,  // not homed: the operator confirms G28 (or declines: cancelled)
        Homing,
        Moving,
        CheckingSharpness,
        DetectingNozzle,
        Paused,                    // printer or camera lost; resume() starts the step again
        Returning,
        Ready,
        Cancelled,
        Failed,
    };
    Q_ENUM(State)

    CameraPrepareWorkflow(MachineIo &machine, NozzleProbe &probe, PrepareIo &io, CameraPrepareSettings settings,
                          QObject *parent = nullptr);

    State state() const { return m_state; }
    QString stateText() const;
    QString failureReason() const { return m_failure; }
    bool canResume() const;
    bool homedByUs() const { return m_homed; }
    // Where the printer was before the step moved it (valid once homed).
    Offset3 startPosition() const { return m_start; }
    bool hasStartPosition() const { return m_hasStart; }
    Offset3 cameraPosition() const { return m_cameraPosition; }
    const SharpnessReading &sharpness() const { return m_sharpness; }
    bool sharpnessPassed() const { return m_sharpness.ok && m_sharpness.value >= m_settings.minSharpness; }
    double minSharpness() const { return m_settings.minSharpness; }
    const ProbeResult &nozzle() const { return m_nozzle; }
    int movesIssued() const { return m_moves; }

public slots:
    void start();
    void confirmHoming(bool home);
    void cancel();
    void resume();

signals:
    void stateChanged(reticle::CameraPrepareWorkflow::State state);
    void homingConfirmationNeeded();
    void finished();
    void failed(const QString &reason);

private:
    void setState(State state);
    void fail(const QString &reason);
    void afterHoming();
    void queueMovesTo(const Offset3 &target);
    void nextMove();
    void onOperationFinished(bool ok, const QString &error);
    void pause(const QString &reason);

    MachineIo &m_machine;
    NozzleProbe &m_probe;
    PrepareIo &m_io;
    CameraPrepareSettings m_settings;
    LinkWatch m_links;
    State m_state = State::Idle;
    QString m_failure;
    QString m_pauseReason;
    Offset3 m_start;
    bool m_hasStart = false;
    Offset3 m_cameraPosition;
    QVector<Offset3> m_pending;
    bool m_inFlight = false;
    bool m_cancelRequested = false;
    bool m_homed = false;
    int m_moves = 0;
    SharpnessReading m_sharpness;
    ProbeResult m_nozzle;
};

} // namespace reticle
