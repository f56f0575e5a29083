#pragma once

#include "CentringLoop.h"
#include "LinkWatch.h"
#include "MarkProbe.h"
#include "RepeatabilityStats.h"
#include "ToolOffsetWorkflow.h"
#include "geometry/MoveCalibrationPlanner.h"

#include <QElapsedTimer>
#include <QObject>
#include <QVector>

#include <functional>
#include <memory>
#include <optional>

namespace reticle {

class CameraCalibrationWorkflow;
class MachineIo;

struct CameraToolSettings
{
    QVector<int> tools;               // tools that deposit a mark, in this order
    int cameraTool = -1;              // tool number of the camera tool (C0)
    QString cameraToolName = QStringLiteral("C0");
    int referenceTool = -1;           // -1 or cameraTool: C0 is the reference; else one of `tools`
    QPointF firstMarkMm{50.0, 250.0}; // gcode X/Y of the first tool's mark
    double markSpacingMm = 25.0;      // the next tool's mark this much further in +X
    double depositZ = 0.6;            // gcode Z of the nozzle while it extrudes (the MotionGuard keeps 0.5 mm off Z min)
    double extrudeMm = 1.0;           // filament per mark
    double extrudeFeedMmPerMin = 120.0;
    double travelZ = 5.0;             // Z for travel between marks and for tool changes
    double cameraZ = 20.0;            // gcode Z at which the camera tool sees the bed sharp
    bool depositConfirmed = false;    // the operator already agreed (CLI --yes); else ask first
    CentringSettings centring{1.0, 0.0, 20.0, 8, 120.0}; // maxStepMm 0: a third of the field of view
    int repeats = 1;                  // camera measurements per mark once centred
    double approachTakeUpMm = 0.2;    // every measured or deposit position is reached moving +X/+Y
    double repeatRetreatMm = 0.5;
    MoveCalibrationPlanner::Config calibration; // when the probe has no map: calibrate on the first mark

    QPointF markPosition(int index) const { return firstMarkMm + QPointF(index * markSpacingMm, 0.0); }
};

// Camera-tool mode of the tool offset wizard as an explicit state machine (DESIGN.md section 3).
// After the operator confirms, each tool in turn is selected, brought to its mark position from
// one side (backlash cancels), lowered to the deposit height, extrudes the set amount through
// MachineIo::extrude and lifts. Then the camera tool is selected and moved over each commanded
// mark position; without a saved map the camera is first calibrated by moves on the first mark
// (CameraCalibrationWorkflow on the MarkProbe). Each mark is detected and centred (CentringLoop;
// an operator's click when detection fails), and
//   d_n = K_n − C_n,  K_n = toolhead while tool n extruded, C_n = toolhead that centres its mark
// is tool n's offset relative to the camera tool (the mark lies at K_n − t_n, the camera looks at
// C_n − t_C0). Offsets, Klipper convention (moonraker-api.md §9.6): o_n = o_ref + d_n − d_ref,
// with d_C0 = 0. Pauses when the printer or camera goes away (never re-sending by itself), aborts
// on a Klippy shutdown, and on cancel lifts, puts back the tool and position it started from.
class CameraToolOffsetWorkflow : public QObject
{
    Q_OBJECT
public:
    enum class State {
        Idle,
        AwaitingConfirmation, // the operator must agree before any tool extrudes
        SelectingTool,
        Moving,
        Depositing,           // a tool is extruding its mark
        CalibratingCamera,    // camera calibration by moves on the first mark
        Probing,
        AwaitingClick,        // detection failed: the operator clicks the mark
        Paused,
        Restoring,
        Review,
        Cancelled,
        Failed,
    };
    Q_ENUM(State)

    CameraToolOffsetWorkflow(MachineIo &machine, MarkProbe &probe, CameraToolSettings settings,
                             QObject *parent = nullptr);
    ~CameraToolOffsetWorkflow() override;

    State state() const { return m_state; }
    QString stateText() const;
    QString failureReason() const { return m_failure; }
    QString pauseReason() const { return m_pauseReason; }
    const CameraToolSettings &settings() const { return m_settings; }
    const QVector<ToolOffsetResult> &results() const { return m_results; }
    // What the operator agrees to: tools, positions, height and amount.
    QString depositSummary() const;
    int currentTool() const;       // the tool depositing or whose mark is measured; -1 otherwise
    const ProbeResult &lastProbe() const { return m_lastProbe; }
    int marksDeposited() const { return m_deposits.size(); }
    int marksMeasured() const { return m_centres.size(); }
    bool canResume() const;
    bool calibratedCamera() const { return m_fit.has_value(); }
    std::optional<MapFit> cameraFit() const { return m_fit; }
    std::vector<PointPair> cameraFitPoints() const { return m_fitPoints; }
    int calibrationMoves() const { return m_calibrationMoves; }

public slots:
    void start();
    void confirmDeposit();
    void cancel();
    void resume();
    // AwaitingClick: the operator clicked the mark; its error in printer millimetres.
    void provideManualMeasurement(const QPointF &errorMm);

signals:
    void stateChanged(reticle::CameraToolOffsetWorkflow::State state);
    void progress(int step, int stepCount, const QString &text);
    void confirmationNeeded(const QString &summary);
    void cameraCalibrated(const reticle::MapFit &fit);
    void markDeposited(int tool, const QPointF &toolheadMm);
    void toolMeasured(const reticle::ToolOffsetResult &result);
    void manualMeasurementNeeded(const reticle::ProbeResult &last);
    void finished();
    void failed(const QString &reason);

private:
    enum class Stage { Deposit, Measure, Restore };
    struct Op
    {
        enum class Kind { Select, Move, Extrude };
        Kind kind = Kind::Move;
        int tool = -1;
        std::optional<double> x, y, z;
    };

    void setState(State state);
    void fail(const QString &reason);
    void beginDeposit(int index, bool fresh = true);
    void planDeposit();
    void beginMeasuring(int index);
    void calibrateCamera();
    void measureMark(int index);
    void approach(const QPointF &xy, double z);
    void afterDeposit();
    QString toolLabel(int tool) const;
    void issueNext();
    void opsDone();
    void probeNow();
    void onOperationFinished(bool ok, const QString &error);
    void onProbed(const ProbeResult &result);
    void handleMeasurement(const ProbeResult &result);
    void startRepeat();
    void finishMark();
    void finishAll();
    void restore();
    void pause(const QString &reason);
    void emitProgress(const QString &text);

    MachineIo &m_machine;
    MarkProbe &m_probe;
    CameraToolSettings m_settings;
    LinkWatch m_links;
    State m_state = State::Idle;
    State m_resumeState = State::Idle;
    Stage m_stage = Stage::Deposit;
    QString m_failure;
    QString m_pauseReason;
    bool m_cancelRequested = false;
    bool m_operationInFlight = false;

    int m_originalTool = -1;
    Offset3 m_originalGcode;
    int m_index = 0;                  // tool (deposit) or mark (measure) index
    bool m_extruded = false;          // the current tool's extrusion finished
    QVector<Op> m_ops;
    std::function<void()> m_then;     // what follows once m_ops ran
    bool m_confirmed = false;
    bool m_failAfterRestore = false;
    QPointF m_approachTarget;
    bool m_pendingOneSided = false;
    bool m_oneSidedHere = false;
    QPointF m_markTarget;             // the gcode XY the camera looks at for the current mark
    Offset3 m_depositToolhead;
    QVector<Offset3> m_deposits;      // K_n per tool index
    QVector<int> m_depositMoves;
    QVector<double> m_depositSeconds;
    QVector<QPointF> m_centres;       // C_n per tool index
    QVector<QPointF> m_std, m_range;
    QVector<int> m_samples, m_markMoves;
    QVector<double> m_markSeconds;
    QVector<bool> m_manual;
    int m_movesNow = 0;
    bool m_manualNow = false;
    CentringLoop m_loop;
    RepeatabilityStats m_stats;
    bool m_repeating = false;
    int m_repeatsDone = 0;
    QPointF m_centredGcode;
    ProbeResult m_lastProbe;
    QElapsedTimer m_timer;
    std::unique_ptr<CameraCalibrationWorkflow> m_calibration;
    std::optional<MapFit> m_fit;
    std::vector<PointPair> m_fitPoints;
    int m_calibrationMoves = 0;
    QVector<ToolOffsetResult> m_results;
};

} // namespace reticle
