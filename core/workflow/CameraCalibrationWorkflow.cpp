#include "CameraCalibrationWorkflow.h"

#include "MachineIo.h"
#include "WorkflowLogging.h"

namespace reticle {

CameraCalibrationWorkflow::CameraCalibrationWorkflow(MachineIo &machine, NozzleProbe &probe,
                                                     MoveCalibrationPlanner::Config config, QObject *parent)
    : QObject(parent)
    , m_machine(machine)
    , m_probe(probe)
    , m_config(config)
    , m_planner(config)
    , m_links(machine, probe)
{
    connect(&m_machine, &MachineIo::operationFinished, this, &CameraCalibrationWorkflow::onOperationFinished);
    connect(&m_probe, &NozzleProbe::probed, this, &CameraCalibrationWorkflow::onProbed);
    connect(&m_links, &LinkWatch::lost, this, [this](bool printer) {
        if (printer)
            m_inFlight = false;
        pause();
    });
    connect(&m_links, &LinkWatch::restored, this, [this] { emit stateChanged(m_state); });
    connect(&m_links, &LinkWatch::shutdown, this, [this](const QString &reason) {
        // Only a running calibration fails: one that already failed keeps its first reason.
        if (m_state != State::Idle && m_state != State::Done && m_state != State::Cancelled
            && m_state != State::Failed)
            fail(reason);
    });
}

bool CameraCalibrationWorkflow::canResume() const
{
    return m_state == State::Paused && m_links.bothBack();
}

void CameraCalibrationWorkflow::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    emit stateChanged(state);
}

void CameraCalibrationWorkflow::fail(const QString &reason)
{
    if (m_state == State::Failed && !m_failure.isEmpty())
        return; // a calibration fails once; the first reason stands (start() clears it)
    qCWarning(lcWorkflow) << "camera calibration failed:" << reason;
    m_failure = reason;
    m_pending.clear();
    setState(State::Failed);
    emit failed(reason);
}

void CameraCalibrationWorkflow::start()
{
    if (m_state != State::Idle && m_state != State::Done && m_state != State::Cancelled && m_state != State::Failed)
        return;
    m_failure.clear();
    m_cancelRequested = false;
    m_moves = 0;
    m_points = 0;
    if (!m_machine.isReady()) {
        fail(tr("The printer is not ready: it must be connected, ready and homed."));
        return;
    }
    if (!m_probe.isAvailable()) {
        fail(tr("No camera image."));
        return;
    }
    m_start = m_machine.gcodePosition();
    m_config.start = QPointF(m_start.x, m_start.y);
    m_planner = MoveCalibrationPlanner(m_config);
    perform(m_planner.start());
}

void CameraCalibrationWorkflow::perform(const MoveCalibrationPlanner::Action &action)
{
    switch (action.kind) {
    case MoveCalibrationPlanner::Action::Kind::MoveAndMeasure: {
        m_pending = {action.approachFrom, action.target};
        const Offset3 here = m_machine.gcodePosition();
        if (QPointF(here.x, here.y) == action.target)
            m_pending.clear(); // already there (the start point): measure at once
        if (m_pending.isEmpty()) {
            setState(State::Probing);
            m_probe.probe();
        } else {
            moveXY(m_pending.takeFirst());
        }
        break;
    }
    case MoveCalibrationPlanner::Action::Kind::Finished:
        setState(State::Returning);
        m_pending = {QPointF(m_start.x, m_start.y)};
        moveXY(m_pending.takeFirst());
        break;
    case MoveCalibrationPlanner::Action::Kind::Failed:
        fail(action.message);
        break;
    }
}

void CameraCalibrationWorkflow::moveXY(const QPointF &xy)
{
    if (m_state != State::Returning)
        setState(State::Moving);
    m_lastTarget = xy;
    ++m_moves;
    m_inFlight = true;
    m_machine.moveTo(xy.x(), xy.y(), std::nullopt);
}

void CameraCalibrationWorkflow::onOperationFinished(bool ok, const QString &error)
{
    if (!m_inFlight)
        return;
    m_inFlight = false;
    if (m_state == State::Paused || m_state == State::Failed || m_state == State::Cancelled)
        return;
    if (!ok) {
        fail(error);
        return;
    }
    if (m_state == State::Returning) {
        if (m_cancelRequested) {
            setState(State::Cancelled);
            return;
        }
        setState(State::Done);
        emit finished(m_planner.fit());
        return;
    }
    if (m_cancelRequested) {
        cancel();
        return;
    }
    if (!m_pending.isEmpty()) {
        moveXY(m_pending.takeFirst());
        return;
    }
    setState(State::Probing);
    m_probe.probe();
}

void CameraCalibrationWorkflow::onProbed(const ProbeResult &result)
{
    if (m_state != State::Probing)
        return;
    if (m_cancelRequested) {
        cancel();
        return;
    }
    emit pointMeasured(m_points++, result);
    perform(m_planner.next({result.found, result.pixel}));
}

void CameraCalibrationWorkflow::cancel()
{
    switch (m_state) {
    case State::Idle:
    case State::Done:
    case State::Cancelled:
    case State::Failed:
        return;
    default:
        break;
    }
    m_cancelRequested = true;
    if (m_inFlight)
        return; // continues in onOperationFinished
    if (m_links.printerLost()) {
        setState(State::Cancelled);
        return;
    }
    setState(State::Returning);
    m_pending.clear();
    moveXY(QPointF(m_start.x, m_start.y));
}

void CameraCalibrationWorkflow::pause()
{
    if (m_state != State::Moving && m_state != State::Probing)
        return;
    m_resumeState = m_state;
    setState(State::Paused);
}

void CameraCalibrationWorkflow::resume()
{
    if (!canResume())
        return;
    if (m_resumeState == State::Moving) {
        // Approach the interrupted target again from the planned side (a new move, operator-issued).
        m_pending.prepend(m_lastTarget);
        m_pending.prepend(m_lastTarget - QPointF(m_config.backlashMm, m_config.backlashMm));
        moveXY(m_pending.takeFirst());
    } else {
        setState(State::Probing);
        m_probe.probe();
    }
}

} // namespace reticle
