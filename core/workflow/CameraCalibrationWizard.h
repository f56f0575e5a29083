#pragma once

#include "AccuracyCheckWorkflow.h"
#include "CameraCalibrationWorkflow.h"
#include "CameraPrepareWorkflow.h"
#include "LinkWatch.h"
#include "ReferencePointsWorkflow.h"
#include "ScaleFromLine.h"

#include <QObject>
#include <QSize>

#include <memory>

namespace reticle {

class MachineIo;
class NozzleProbe;
class PrepareIo;

struct CameraCalibrationOptions
{
    CameraPrepareSettings prepare;
    MoveCalibrationPlanner::Config moves;  // calibration by moves (pixel scale step)
    ReferencePointsSettings reference;     // grid size, model (fit.model), margins
    AccuracyCheckSettings accuracy;        // number of points, seed
    QSize imageSize{640, 480};
    QString cameraName;
    QString setup = QStringLiteral("nozzle-camera"); // or "camera-tool" (recorded only)
    QString calibrationPath;               // calibration.json, written only by save()
};

// The camera calibration wizard (the four steps the camera-Pi macros name) as one state machine
// over four step state machines: 1. CameraPrepareWorkflow (home and prepare), 2. pixel scale
// (ScaleFromLine, or CameraCalibrationWorkflow by moves), 3. ReferencePointsWorkflow (the
// pixel <-> printer map), 4. AccuracyCheckWorkflow. Nothing is written before save(); cancel from
// any step (and discard) returns to the position the wizard started from. A printer or camera
// loss pauses the running step; a Klippy shutdown fails the wizard without another move.
class CameraCalibrationWizard : public QObject
{
    Q_OBJECT
public:
    enum class Step { Prepare, PixelScale, ReferencePoints, AccuracyCheck };
    Q_ENUM(Step)
    enum class State {
        Idle,
        Working,           // a step is moving / measuring
        AwaitingOperator,  // a step waits for input (confirm homing, draw a line, next, retry, save)
        Paused,            // printer or camera lost; resume() once back
        Returning,         // cancel: going back to the start position
        Saved,
        Cancelled,
        Failed,
    };
    Q_ENUM(State)

    CameraCalibrationWizard(MachineIo &machine, NozzleProbe &probe, PrepareIo &io, CameraCalibrationOptions options,
                            QObject *parent = nullptr);
    ~CameraCalibrationWizard() override;

    Step step() const { return m_step; }
    State state() const { return m_state; }
    QString stateText() const;
    QString failureReason() const { return m_failure; }
    // The current step finished with a result (the operator may go on).
    bool stepComplete() const;
    bool canGoNext() const;
    bool canResume() const;
    bool canSave() const;
    bool isFinishedForGood() const
    {
        return m_state == State::Saved || m_state == State::Cancelled || m_state == State::Failed;
    }
    // The step's own error, when it failed (retry() runs it again).
    QString stepError() const { return m_stepError; }
    bool awaitingHomingConfirmation() const;
    bool awaitingClick() const;

    CameraCalibrationOptions &options() { return m_options; }
    const CameraCalibrationOptions &options() const { return m_options; }
    const PixelScale &pixelScale() const { return m_scale; }
    CameraPrepareWorkflow *prepare() const { return m_prepare.get(); }
    CameraCalibrationWorkflow *moves() const { return m_moves.get(); }
    ReferencePointsWorkflow *reference() const { return m_reference.get(); }
    AccuracyCheckWorkflow *accuracy() const { return m_accuracy.get(); }
    Offset3 startPosition() const;
    int totalMoves() const;

public slots:
    void start();
    void confirmHoming(bool home);
    // Pixel scale step: a line drawn over a reference of known length (false + error: refused).
    bool applyScaleLine(reticle::ScaleFromLine::Axis axis, const QLineF &imageLine, double lengthMm,
                        QString *error = nullptr);
    void runScaleByMoves();
    void next();
    void retry();
    void provideClick(const QPointF &pixel);
    void skipPoint();
    void resume();
    void cancel();
    void discard() { cancel(); }
    // Writes calibration.json (atomic, with backups) after the accuracy check. False + error when
    // it cannot (nothing to save, malformed existing file, disk).
    bool save(QString *error = nullptr);

signals:
    void changed();                      // anything the panel shows
    void stepChanged(reticle::CameraCalibrationWizard::Step step);
    void stateChanged(reticle::CameraCalibrationWizard::State state);
    void homingConfirmationNeeded();
    void pointMeasured(reticle::CameraCalibrationWizard::Step step, int index);

private:
    void setState(State state);
    void setStep(Step step);
    void fail(const QString &reason);
    void startPrepare();
    void startReference();
    void startAccuracy();
    void onStepState();
    bool stepRunning() const;
    bool stepPaused() const;
    void returnToStart();
    void nextReturnLeg();

    MachineIo &m_machine;
    NozzleProbe &m_probe;
    PrepareIo &m_io;
    CameraCalibrationOptions m_options;
    LinkWatch m_links;
    Step m_step = Step::Prepare;
    State m_state = State::Idle;
    QString m_failure;
    QString m_stepError;
    PixelScale m_scale;
    std::optional<PixelMap> m_guide;
    std::unique_ptr<CameraPrepareWorkflow> m_prepare;
    std::unique_ptr<CameraCalibrationWorkflow> m_moves;
    std::unique_ptr<ReferencePointsWorkflow> m_reference;
    std::unique_ptr<AccuracyCheckWorkflow> m_accuracy;
    bool m_cancelling = false;
    QVector<Offset3> m_returnLegs;
    bool m_returnInFlight = false;
    int m_returnMoves = 0;
};

} // namespace reticle
