#pragma once

#include "LinkWatch.h"
#include "NozzleProbe.h"
#include "ToolOffsetMath.h"
#include "geometry/MoveCalibrationPlanner.h"

#include <QObject>

namespace reticle {

class MachineIo;

// Camera calibration by moves as an explicit state machine: the MoveCalibrationPlanner decides
// where to go (two probe moves, then a circle or star pattern, every point approached from one
// side), this class drives the printer and the camera, and the planner's robust fit is the
// result. Pauses when the printer or camera goes away; cancel returns to the start position.
class CameraCalibrationWorkflow : public QObject
{
    Q_OBJECT
public:
    enum class State { Idle, Moving, Probing, Returning, Paused, Done, Cancelled, Failed };
    Q_ENUM(State)

    CameraCalibrationWorkflow(MachineIo &machine, NozzleProbe &probe, MoveCalibrationPlanner::Config config,
                              QObject *parent = nullptr);

    State state() const { return m_state; }
    QString failureReason() const { return m_failure; }
    const MoveCalibrationPlanner &planner() const { return m_planner; }
    const MapFit &fit() const { return m_planner.fit(); }
    int movesIssued() const { return m_moves; }
    bool canResume() const;

public slots:
    // Starts from the current position: the nozzle must be visible near the image centre.
    void start();
    void cancel();
    void resume();

signals:
    void stateChanged(reticle::CameraCalibrationWorkflow::State state);
    void pointMeasured(int index, const reticle::ProbeResult &result);
    void finished(const reticle::MapFit &fit);
    void failed(const QString &reason);

private:
    void setState(State state);
    void fail(const QString &reason);
    void perform(const MoveCalibrationPlanner::Action &action);
    void moveXY(const QPointF &xy);
    void onOperationFinished(bool ok, const QString &error);
    void onProbed(const ProbeResult &result);
    void pause();

    MachineIo &m_machine;
    NozzleProbe &m_probe;
    MoveCalibrationPlanner::Config m_config;
    MoveCalibrationPlanner m_planner;
    LinkWatch m_links;
    State m_state = State::Idle;
    State m_resumeState = State::Idle;
    QString m_failure;
    QVector<QPointF> m_pending;      // moves left before the next probe
    QPointF m_lastTarget;
    Offset3 m_start;
    bool m_inFlight = false;
    bool m_cancelRequested = false;
    int m_moves = 0;
    int m_points = 0;
};

} // namespace reticle
