#pragma once

#include "CentringLoop.h"
#include "LinkWatch.h"
#include "NozzleProbe.h"
#include "RepeatabilityStats.h"
#include "ToolOffsetMath.h"

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QVector>

#include <optional>

namespace reticle {

class MachineIo;

struct ToolOffsetSettings
{
    QVector<int> tools;              // tools to measure; the reference is measured first
    int referenceTool = 0;
    Offset3 cameraPosition;          // gcode position that puts a nozzle over the camera centre
    CentringSettings centring;
    int repeats = 3;                 // measurements per tool once centred (1 = no repeat)
    double approachTakeUpMm = 0.2;   // every measured position is reached moving +X/+Y this far
    double repeatRetreatMm = 0.5;    // back-off between repeated measurements
};

// The result for one tool, in Klipper's sign convention.
struct ToolOffsetResult
{
    int tool = -1;
    Offset3 centre;         // mean toolhead position (physical) that centres the nozzle
    Offset3 currentOffset;  // as applied by the printer when the run started
    Offset3 newOffset;      // measured: o_R + (centre − centre_R)
    QPointF stdMm;          // sample standard deviation of the repeated centres
    QPointF rangeMm;
    int samples = 0;
    int moves = 0;          // moves issued for this tool (approach, centring, repeats)
    double seconds = 0.0;   // wall time from selecting the tool to its result
    bool manual = false;    // at least one measurement came from an operator's click
};

// The tool offset wizard as an explicit state machine (DESIGN.md section 3): selects each tool,
// brings its nozzle over the camera reaching every position from one side, centres it with a
// CentringLoop, measures it `repeats` times and computes its offset relative to the reference.
// Pauses when the printer or camera goes away (never re-sending a move by itself), falls back to
// an operator's click when detection fails, and on cancel restores the tool and position it
// started from. It never writes offsets: that is the review step's job, after confirmation.
class ToolOffsetWorkflow : public QObject
{
    Q_OBJECT
public:
    enum class State {
        Idle,
        SelectingTool,
        Moving,
        Probing,
        AwaitingClick,   // detection failed: the operator clicks the nozzle (or skips)
        Paused,          // printer or camera lost; resume() once it is back
        Restoring,       // putting back the original tool/position (after the last tool or on cancel)
        Review,          // results ready for the operator
        Cancelled,
        Failed,
    };
    Q_ENUM(State)

    ToolOffsetWorkflow(MachineIo &machine, NozzleProbe &probe, ToolOffsetSettings settings,
                       QObject *parent = nullptr);

    State state() const { return m_state; }
    QString stateText() const;
    QString failureReason() const { return m_failure; }
    QString pauseReason() const { return m_pauseReason; }
    const QVector<ToolOffsetResult> &results() const { return m_results; }
    int currentTool() const;
    bool canResume() const;

public slots:
    void start();
    void cancel();
    void resume();
    // AwaitingClick: the operator clicked the nozzle; the error in printer millimetres.
    void provideManualMeasurement(const QPointF &errorMm);

signals:
    void stateChanged(reticle::ToolOffsetWorkflow::State state);
    void progress(int toolIndex, int toolCount, const QString &text);
    void toolMeasured(const reticle::ToolOffsetResult &result);
    void manualMeasurementNeeded(const reticle::ProbeResult &last);
    void finished();   // entered Review
    void failed(const QString &reason);

private:
    enum class Phase { Centring, Repeating };
    void setState(State state);
    void fail(const QString &reason);
    void beginTool();
    // oneSided: finish with a +X/+Y approach (every position that is measured for the result);
    // a first, coarse look at a new tool may go straight there.
    void planMovesTo(const Offset3 &gcodeTarget, bool oneSided = true);
    void issueNextMove();
    void probeNow();
    void onOperationFinished(bool ok, const QString &error);
    void onProbed(const ProbeResult &result);
    void handleMeasurement(const ProbeResult &result);
    void startRepeat();
    void finishTool();
    void restore();
    void pause(const QString &reason);

    MachineIo &m_machine;
    NozzleProbe &m_probe;
    ToolOffsetSettings m_settings;
    State m_state = State::Idle;
    State m_resumeState = State::Idle;
    QString m_failure;
    QString m_pauseReason;
    bool m_cancelRequested = false;
    bool m_operationInFlight = false;

    int m_originalTool = -1;
    Offset3 m_originalGcode;
    int m_toolIndex = 0;
    Phase m_phase = Phase::Centring;
    CentringLoop m_loop;
    LinkWatch m_links;
    RepeatabilityStats m_stats;
    int m_repeatsDone = 0;
    int m_movesThisTool = 0;
    bool m_manualThisTool = false;
    Offset3 m_centredGcode;          // gcode target that centred the nozzle (for repeats)
    QVector<Offset3> m_pendingMoves;
    bool m_pendingOneSided = true;   // the planned moves end with a one-sided approach
    bool m_oneSidedHere = false;     // the current position was reached that way
    Offset3 m_lastMoveTarget;
    std::optional<Offset3> m_referenceCentre;
    Offset3 m_referenceOffset;
    ProbeResult m_lastProbe;
    QElapsedTimer m_toolTimer;
    QVector<ToolOffsetResult> m_results;
};

} // namespace reticle
