#include "CameraPrepareWorkflow.h"

#include "MachineIo.h"
#include "WorkflowLogging.h"

namespace reticle {

CameraPrepareWorkflow::CameraPrepareWorkflow(MachineIo &machine, NozzleProbe &probe, PrepareIo &io,
                                             CameraPrepareSettings settings, QObject *parent)
    : QObject(parent)
    , m_machine(machine)
    , m_probe(probe)
    , m_io(io)
    , m_settings(settings)
    , m_links(machine, probe)
{
    connect(&m_machine, &MachineIo::operationFinished, this, &CameraPrepareWorkflow::onOperationFinished);
    connect(&m_io, &PrepareIo::homed, this, [this](bool ok, const QString &error) {
        if (m_state != State::Homing)
            return;
        if (!ok) {
            fail(tr("Homing failed: %1").arg(error));
            return;
        }
        m_homed = true;
        if (m_cancelRequested) {
            setState(State::Cancelled);
            return;
        }
        afterHoming();
    });
    connect(&m_io, &PrepareIo::sharpnessMeasured, this, [this](const SharpnessReading &reading) {
        if (m_state != State::CheckingSharpness)
            return;
        m_sharpness = reading;
        if (m_cancelRequested) {
            cancel();
            return;
        }
        setState(State::DetectingNozzle);
        m_probe.probe();
    });
    connect(&m_probe, &NozzleProbe::probed, this, [this](const ProbeResult &result) {
        if (m_state != State::DetectingNozzle)
            return;
        m_nozzle = result;
        if (m_cancelRequested) {
            cancel();
            return;
        }
        setState(State::Ready);
        emit finished();
    });
    connect(&m_links, &LinkWatch::lost, this, [this](bool printer, const QString &reason) {
        if (printer)
            m_inFlight = false;
        pause(reason);
    });
    connect(&m_links, &LinkWatch::restored, this, [this] { emit stateChanged(m_state); });
    connect(&m_links, &LinkWatch::shutdown, this, [this](const QString &reason) {
        if (m_state != State::Idle && m_state != State::Ready && m_state != State::Cancelled && m_state != State::Failed)
            fail(reason);
    });
}

QString CameraPrepareWorkflow::stateText() const
{
    switch (m_state) {
    case State::Idle: return tr("Ready to start");
    case State::AwaitingHomeConfirmation: return tr("The printer is not homed: confirm homing (G28)");
    case State::Homing: return tr("Homing");
    case State::Moving: return tr("Moving to the camera position");
    case State::CheckingSharpness: return tr("Measuring the sharpness of the live frame");
    case State::DetectingNozzle: return tr("Looking for the nozzle");
    case State::Paused: return tr("Paused: %1").arg(m_pauseReason);
    case State::Returning: return tr("Returning to the start position");
    case State::Ready: return tr("Prepared");
    case State::Cancelled: return tr("Cancelled");
    case State::Failed: return tr("Failed: %1").arg(m_failure);
    }
    return {};
}

bool CameraPrepareWorkflow::canResume() const
{
    return m_state == State::Paused && m_links.bothBack();
}

void CameraPrepareWorkflow::setState(State state)
{
    if (m_state == state)
        return;
    qCDebug(lcWorkflow) << "camera prepare:" << m_state << "->" << state;
    m_state = state;
    emit stateChanged(state);
}

void CameraPrepareWorkflow::fail(const QString &reason)
{
    qCWarning(lcWorkflow) << "camera prepare failed:" << reason;
    m_failure = reason;
    m_pending.clear();
    setState(State::Failed);
    emit failed(reason);
}

void CameraPrepareWorkflow::start()
{
    if (m_state != State::Idle && m_state != State::Ready && m_state != State::Cancelled && m_state != State::Failed
        && m_state != State::Paused)
        return;
    m_failure.clear();
    m_cancelRequested = false;
    m_sharpness = {};
    m_nozzle = {};
    const PrinterReadiness r = m_io.readiness();
    if (!r.connected) {
        fail(tr("Not connected to the printer. Connect first (Machine > Connect…)."));
        return;
    }
    if (!r.klippyReady) {
        fail(r.klippyMessage.isEmpty() ? tr("Klipper is not ready (state: %1).").arg(r.klippyState)
                                       : tr("Klipper is not ready (state: %1): %2").arg(r.klippyState, r.klippyMessage));
        return;
    }
    if (r.printing) {
        fail(tr("A print is running; calibrate when the printer is idle."));
        return;
    }
    if (!m_probe.isAvailable()) {
        fail(tr("No camera image. Open the camera that looks at the nozzle first."));
        return;
    }
    if (!r.homed) {
        setState(State::AwaitingHomeConfirmation);
        emit homingConfirmationNeeded();
        return;
    }
    afterHoming();
}

void CameraPrepareWorkflow::confirmHoming(bool home)
{
    if (m_state != State::AwaitingHomeConfirmation)
        return;
    if (!home) {
        m_failure = tr("Homing declined.");
        setState(State::Cancelled);
        return;
    }
    setState(State::Homing);
    m_io.home();
}

void CameraPrepareWorkflow::afterHoming()
{
    if (!m_machine.isReady()) {
        fail(tr("The printer is not ready: it must be connected, ready and homed."));
        return;
    }
    if (!m_hasStart) {
        m_start = m_machine.gcodePosition();
        m_hasStart = true;
    }
    m_cameraPosition = m_settings.cameraPosition.value_or(m_machine.gcodePosition());
    queueMovesTo(m_cameraPosition);
    if (m_pending.isEmpty()) {
        setState(State::CheckingSharpness);
        m_io.measureSharpness();
        return;
    }
    setState(State::Moving);
    nextMove();
}

void CameraPrepareWorkflow::queueMovesTo(const Offset3 &target)
{
    m_pending.clear();
    const Offset3 here = m_machine.gcodePosition();
    if (here == target)
        return;
    // Rise before travelling, sink after it: the nozzle never sweeps low across the camera.
    if (target.z > here.z) {
        m_pending.append({here.x, here.y, target.z});
        m_pending.append(target);
    } else {
        m_pending.append({target.x, target.y, here.z});
        m_pending.append(target);
    }
    // Drop legs that do not move.
    QVector<Offset3> legs;
    Offset3 from = here;
    for (const Offset3 &leg : std::as_const(m_pending)) {
        if (!(leg == from))
            legs.append(leg);
        from = leg;
    }
    m_pending = legs;
}

void CameraPrepareWorkflow::nextMove()
{
    const Offset3 target = m_pending.takeFirst();
    ++m_moves;
    m_inFlight = true;
    m_machine.moveTo(target.x, target.y, target.z);
}

void CameraPrepareWorkflow::onOperationFinished(bool ok, const QString &error)
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
        if (!m_pending.isEmpty()) {
            nextMove();
            return;
        }
        setState(State::Cancelled);
        return;
    }
    if (m_cancelRequested) {
        cancel();
        return;
    }
    if (!m_pending.isEmpty()) {
        nextMove();
        return;
    }
    setState(State::CheckingSharpness);
    m_io.measureSharpness();
}

void CameraPrepareWorkflow::cancel()
{
    switch (m_state) {
    case State::Idle:
    case State::Cancelled:
    case State::Failed:
    case State::Returning:
        return;
    case State::AwaitingHomeConfirmation:
        setState(State::Cancelled);
        return;
    case State::Homing:
        m_cancelRequested = true; // G28 cannot be stopped halfway; cancelled once it ends
        return;
    default:
        break;
    }
    m_cancelRequested = true;
    if (m_inFlight)
        return; // continues in onOperationFinished
    if (m_links.printerLost() || !m_hasStart) {
        setState(State::Cancelled);
        return;
    }
    queueMovesTo(m_start);
    if (m_pending.isEmpty()) {
        setState(State::Cancelled);
        return;
    }
    setState(State::Returning);
    nextMove();
}

void CameraPrepareWorkflow::pause(const QString &reason)
{
    if (m_state == State::Idle || m_state == State::Ready || m_state == State::Cancelled || m_state == State::Failed
        || m_state == State::Paused)
        return;
    if (m_state == State::Returning) {
        // The way back was interrupted: nothing more is sent without the operator.
        setState(State::Cancelled);
        return;
    }
    m_pauseReason = reason;
    m_pending.clear();
    setState(State::Paused);
}

void CameraPrepareWorkflow::resume()
{
    if (!canResume())
        return;
    // Everything this step does is idempotent: check again and go to the camera position again.
    start();
}

} // namespace reticle
