#pragma once

#include "FocusMeter.h"
#include "FocusPeakFit.h"
#include "FocusRunLog.h"
#include "FocusSweep.h"
#include "LinkWatch.h"
#include "NozzleProbe.h"
#include "ToolOffsetMath.h"

#include <QElapsedTimer>
#include <QObject>
#include <QVector>

#include <memory>
#include <optional>

namespace reticle {

class FocusActuator;
class MachineIo;

struct FocusSettings
{
    enum class Mode {
        BestFocus, // sweep the active tool and leave the axis at the best focus
        ZOffsets, // sweep each tool over the nozzle camera; Z offsets relative to the reference
    };
    Mode mode = Mode::BestFocus;
    QVector<int> tools; // ZOffsets: the tools to measure (the reference is measured first)
    int referenceTool = 0;
    Offset3 cameraPosition; // ZOffsets: gcode position that puts a nozzle over the camera
    FocusSweepSettings sweep;
    FocusMetric metric = FocusMetric::Laplacian;
    double regionFraction = 0.15; // measured square: this fraction of the image's shorter side
    bool regionAroundNozzle = true; // centre it on the detected nozzle (else the image centre)
    QString logDirectory; // CSV log folder; empty = no log
};

// One tool's sweep. Z offsets follow Klipper's convention (physical = gcode + offset,
// moonraker-api.md §9.6): o_n = o_ref + (Z_n − Z_ref), with Z the toolhead (physical) Z at best
// focus, so the result does not depend on the offsets applied while measuring.
struct FocusToolResult
{
    int tool = -1;
    FocusPeak coarse; // the coarse pass's estimate (ok = false when it fell back to the sharpest sample)
    FocusPeak fine; // the fit the result comes from
    double bestPosition = 0.0; // focus axis (gcode Z for FocusZActuator)
    double bestToolheadZ = 0.0; // physical Z at best focus
    Offset3 currentOffset; // applied when the run started
    double newZ = 0.0; // ZOffsets: the measured Z offset
    double newZUncertainty = 0.0; // one sigma of newZ − o_ref.z, from both fits (0 for the reference)
    bool reference = false;
    bool regionOnNozzle = false; // the measured region was centred on the detected nozzle
    int samples = 0;
    int moves = 0;
    double seconds = 0.0;
};

// The focus wizard and Z offsets by focus as one explicit state machine (DESIGN.md §3). For each
// tool: select it and bring it over the camera (ZOffsets), find the nozzle to centre the measured
// region on, then run a FocusSweep: coarse pass, fit, fine pass, fit — every sample measured by
// the FocusMeter on frames captured after the move ended, logged to CSV and emitted for the live
// curve. BestFocus ends at the fitted best focus; ZOffsets restores the tool and position and
// offers the offsets for review. It never writes offsets. Pauses when the printer or camera goes
// away (never re-sending a move by itself); a Klippy shutdown aborts; cancel from any state puts
// back the tool and position (the start Z) it began with.
class FocusWorkflow : public QObject
{
    Q_OBJECT
public:
    enum class State {
        Idle,
        SelectingTool,
        Positioning, // moving the tool over the camera
        Locating, // finding the nozzle for the measured region
        Moving, // a focus move of the sweep
        Measuring,
        Paused, // printer or camera lost; resume() once both are back
        Restoring, // putting back the tool and position (after the last tool, on cancel or failure)
        Done,
        Cancelled,
        Failed,
    };
    Q_ENUM(State)

    FocusWorkflow(MachineIo &machine, NozzleProbe &camera, FocusActuator &actuator, FocusMeter &meter,
        FocusSettings settings, QObject *parent = nullptr);
    ~FocusWorkflow() override;

    State state() const { return m_state; }
    QString stateText() const;
    QString failureReason() const { return m_failure; }
    QString pauseReason() const { return m_pauseReason; }
    bool canResume() const;
    bool isRunning() const;
    const FocusSettings &settings() const { return m_settings; }
    // The tools in measuring order (the reference first).
    const QVector<int> &order() const { return m_order; }
    int toolIndex() const { return m_toolIndex; }
    int currentTool() const;
    FocusPass currentPass() const { return m_action.pass; }
    const QVector<FocusToolResult> &results() const { return m_results; }
    QString logPath() const;
    int totalMoves() const { return m_totalMoves; }

public slots:
    void start();
    void cancel();
    void resume();

signals:
    void stateChanged(reticle::FocusWorkflow::State state);
    void progress(int toolIndex, int toolCount, const QString &text);
    void sweepStarted(int tool);
    void sampleMeasured(int tool, reticle::FocusPass pass, double position, double sharpness);
    void passFitted(int tool, reticle::FocusPass pass, const reticle::FocusPeak &peak);
    void toolMeasured(const reticle::FocusToolResult &result);
    void finished(); // entered Done
    void failed(const QString &reason);

private:
    void setState(State state);
    void failNow(const QString &reason);
    void failAndRestore(const QString &reason);
    void beginTool();
    void positionTool();
    void locate();
    void beginSweep();
    void perform(const FocusAction &action);
    void reportFits();
    void toolDone(const FocusPeak &peak);
    void restore();
    void finishRestore();
    void pause(const QString &reason);
    void onMachineFinished(bool ok, const QString &error);
    void onActuatorFinished(bool ok, const QString &error);
    void onProbed(const ProbeResult &result);
    void onMeasured(const FocusMeasurement &measurement);
    void log(bool ok, const QString &error);

    MachineIo &m_machine;
    NozzleProbe &m_camera;
    FocusActuator &m_actuator;
    FocusMeter &m_meter;
    FocusSettings m_settings;
    LinkWatch m_links;
    State m_state = State::Idle;
    State m_resumeState = State::Idle;
    QString m_failure;
    QString m_pauseReason;
    bool m_cancelRequested = false;
    bool m_failAfterRestore = false;
    bool m_machineBusy = false;
    bool m_actuatorBusy = false;

    QVector<int> m_order;
    int m_toolIndex = 0;
    int m_originalTool = -1;
    Offset3 m_originalGcode;
    double m_startFocus = 0.0;
    FocusSweep m_sweep;
    FocusAction m_action;
    bool m_coarseReported = false;
    bool m_regionOnNozzle = false;
    int m_movesThisTool = 0;
    int m_totalMoves = 0;
    QElapsedTimer m_toolTimer;
    std::optional<FocusToolResult> m_reference;
    QVector<FocusToolResult> m_results;
    std::unique_ptr<FocusRunLog> m_log;
};

} // namespace reticle
