#include "ToolOffsetWorkflow.h"

#include "MachineIo.h"
#include "OneSidedApproach.h"
#include "WorkflowLogging.h"

#include <algorithm>
#include <cmath>

namespace reticle {

ToolOffsetWorkflow::ToolOffsetWorkflow(MachineIo &machine, NozzleProbe &probe, ToolOffsetSettings settings,
                                       QObject *parent)
    : QObject(parent)
    , m_machine(machine)
    , m_probe(probe)
    , m_settings(std::move(settings))
    , m_loop(m_settings.centring)
    , m_links(machine, probe)
{
    m_settings.repeats = std::max(1, m_settings.repeats);
    m_settings.repeatRetreatMm = std::max(m_settings.repeatRetreatMm, m_settings.approachTakeUpMm);
    connect(&m_machine, &MachineIo::operationFinished, this, &ToolOffsetWorkflow::onOperationFinished);
    connect(&m_probe, &NozzleProbe::probed, this, &ToolOffsetWorkflow::onProbed);
    connect(&m_links, &LinkWatch::lost, this, [this](bool printer, const QString &reason) {
        if (printer)
            m_operationInFlight = false; // its answer is lost with the socket
        pause(reason);
    });
    connect(&m_links, &LinkWatch::restored, this, [this] { emit stateChanged(m_state); });
    connect(&m_links, &LinkWatch::shutdown, this, [this](const QString &reason) {
        // Only a running workflow fails: one that already failed (say, the move's M400 came back
        // with Klipper's message) keeps its first reason.
        if (m_state != State::Idle && m_state != State::Review && m_state != State::Cancelled
            && m_state != State::Failed)
            fail(reason);
    });
}

QString ToolOffsetWorkflow::stateText() const
{
    switch (m_state) {
    case State::Idle: return tr("Ready to start");
    case State::SelectingTool: return tr("Selecting T%1").arg(currentTool());
    case State::Moving: return tr("Moving T%1 over the camera").arg(currentTool());
    case State::Probing: return tr("Detecting the nozzle of T%1").arg(currentTool());
    case State::AwaitingClick: return tr("Click the nozzle of T%1 in the camera view").arg(currentTool());
    case State::Paused: return tr("Paused: %1").arg(m_pauseReason);
    case State::Restoring: return tr("Restoring the starting tool and position");
    case State::Review: return tr("Review the measured offsets");
    case State::Cancelled: return tr("Cancelled");
    case State::Failed: return tr("Failed: %1").arg(m_failure);
    }
    return {};
}

int ToolOffsetWorkflow::currentTool() const
{
    return m_settings.tools.value(m_toolIndex, -1);
}

bool ToolOffsetWorkflow::canResume() const
{
    return m_state == State::Paused && m_links.bothBack();
}

void ToolOffsetWorkflow::setState(State state)
{
    if (m_state == state)
        return;
    qCDebug(lcWorkflow) << "tool offsets:" << m_state << "->" << state;
    m_state = state;
    emit stateChanged(state);
}

void ToolOffsetWorkflow::fail(const QString &reason)
{
    if (m_state == State::Failed && !m_failure.isEmpty())
        return; // a workflow fails once; the first reason stands (start() clears it)
    qCWarning(lcWorkflow) << "tool offsets failed:" << reason;
    m_failure = reason;
    m_pendingMoves.clear();
    setState(State::Failed);
    emit failed(reason);
}

void ToolOffsetWorkflow::start()
{
    if (m_state != State::Idle && m_state != State::Review && m_state != State::Cancelled && m_state != State::Failed)
        return;
    m_results.clear();
    m_failure.clear();
    m_cancelRequested = false;
    m_referenceCentre.reset();
    m_toolIndex = 0;

    if (m_settings.tools.isEmpty()) {
        fail(tr("No tools to measure."));
        return;
    }
    // The reference is measured first: every other offset is relative to it.
    m_settings.tools.removeAll(m_settings.referenceTool);
    m_settings.tools.prepend(m_settings.referenceTool);
    if (!m_machine.isReady()) {
        fail(tr("The printer is not ready: it must be connected, ready and homed."));
        return;
    }
    if (!m_probe.isAvailable()) {
        fail(tr("No camera image."));
        return;
    }
    m_originalTool = m_machine.activeTool();
    m_originalGcode = m_machine.gcodePosition();
    beginTool();
}

void ToolOffsetWorkflow::beginTool()
{
    m_loop = CentringLoop(m_settings.centring);
    m_stats.clear();
    m_phase = Phase::Centring;
    m_repeatsDone = 0;
    m_movesThisTool = 0;
    m_manualThisTool = false;
    m_toolTimer.restart();
    emit progress(m_toolIndex, int(m_settings.tools.size()), tr("Measuring T%1").arg(currentTool()));
    if (m_machine.activeTool() != currentTool()) {
        setState(State::SelectingTool);
        m_operationInFlight = true;
        m_machine.selectTool(currentTool());
        return;
    }
    planMovesTo(m_settings.cameraPosition, false); // a first look: corrections approach from one side
}

void ToolOffsetWorkflow::planMovesTo(const Offset3 &target, bool oneSided)
{
    const Offset3 current = m_machine.gcodePosition();
    m_pendingMoves.clear();
    // Going straight there is a one-sided approach too when the target lies ahead on both axes.
    const OneSidedApproach approach(m_settings.approachTakeUpMm);
    const bool ahead = approach.reachesDirectly(QPointF(current.x, current.y), QPointF(target.x, target.y));
    m_pendingOneSided = oneSided || ahead;
    const bool alreadyThere = std::abs(target.x - current.x) < 1e-6 && std::abs(target.y - current.y) < 1e-6
        && std::abs(target.z - current.z) < 1e-6;
    if (!oneSided && alreadyThere) {
        issueNextMove(); // a first look needs no move; corrections will approach from one side
        return;
    }
    const bool raiseFirst = target.z > current.z;
    const double travelZ = raiseFirst ? target.z : current.z;
    if (raiseFirst)
        m_pendingMoves.append({current.x, current.y, target.z});
    if (oneSided) {
        for (const QPointF &xy : approach.movesTo(QPointF(current.x, current.y), QPointF(target.x, target.y)))
            m_pendingMoves.append({xy.x(), xy.y(), travelZ});
    } else {
        m_pendingMoves.append({target.x, target.y, travelZ});
    }
    if (!raiseFirst && target.z != current.z)
        m_pendingMoves.append(target);
    issueNextMove();
}

void ToolOffsetWorkflow::issueNextMove()
{
    if (m_pendingMoves.isEmpty()) {
        m_oneSidedHere = m_pendingOneSided;
        probeNow();
        return;
    }
    m_lastMoveTarget = m_pendingMoves.takeFirst();
    ++m_movesThisTool;
    setState(State::Moving);
    m_operationInFlight = true;
    m_machine.moveTo(m_lastMoveTarget.x, m_lastMoveTarget.y, m_lastMoveTarget.z);
}

void ToolOffsetWorkflow::probeNow()
{
    setState(State::Probing);
    m_probe.probe();
}

void ToolOffsetWorkflow::onOperationFinished(bool ok, const QString &error)
{
    if (!m_operationInFlight)
        return;
    m_operationInFlight = false;
    if (m_state == State::Paused || m_state == State::Failed || m_state == State::Cancelled)
        return;
    if (!ok) {
        fail(error);
        return;
    }
    if (m_cancelRequested && m_state != State::Restoring) {
        restore();
        return;
    }
    switch (m_state) {
    case State::SelectingTool:
        planMovesTo(m_settings.cameraPosition, false);
        break;
    case State::Moving:
        issueNextMove();
        break;
    case State::Restoring:
        restore();
        break;
    default:
        break;
    }
}

void ToolOffsetWorkflow::onProbed(const ProbeResult &result)
{
    if (m_state != State::Probing)
        return;
    if (m_cancelRequested) {
        restore();
        return;
    }
    m_lastProbe = result;
    handleMeasurement(result);
}

void ToolOffsetWorkflow::provideManualMeasurement(const QPointF &errorMm)
{
    if (m_state != State::AwaitingClick)
        return;
    ProbeResult manual = m_lastProbe;
    manual.found = true;
    manual.errorMm = errorMm;
    manual.confidence = 1.0;
    m_manualThisTool = true;
    handleMeasurement(manual);
}

void ToolOffsetWorkflow::handleMeasurement(const ProbeResult &result)
{
    const Offset3 toolhead = m_machine.toolheadPosition();
    if (m_phase == Phase::Repeating) {
        if (!result.found) {
            setState(State::AwaitingClick);
            emit manualMeasurementNeeded(result);
            return;
        }
        m_stats.add(QPointF(toolhead.x, toolhead.y) - result.errorMm);
        if (++m_repeatsDone < m_settings.repeats)
            startRepeat();
        else
            finishTool();
        return;
    }

    const CentringAction action = m_loop.next(
        {QPointF(toolhead.x, toolhead.y), result.found, result.errorMm, m_toolTimer.elapsed() / 1000.0});
    switch (action.kind) {
    case CentringAction::Kind::MoveTo: {
        const Offset3 gcode = m_machine.gcodePosition();
        planMovesTo({gcode.x + (action.targetMm.x() - toolhead.x), gcode.y + (action.targetMm.y() - toolhead.y),
                     m_settings.cameraPosition.z});
        break;
    }
    case CentringAction::Kind::Remeasure:
        probeNow();
        break;
    case CentringAction::Kind::Converged:
        if (!m_oneSidedHere) {
            // Close enough, but reached straight from wherever the tool change left the head:
            // backlash may still sit in the axes. Approach this spot again from one side.
            planMovesTo(m_machine.gcodePosition(), true);
            break;
        }
        m_stats.add(action.centreMm);
        m_centredGcode = m_machine.gcodePosition();
        m_repeatsDone = 1;
        if (m_settings.repeats > 1)
            startRepeat();
        else
            finishTool();
        break;
    case CentringAction::Kind::Failed:
        if (!result.found) {
            setState(State::AwaitingClick);
            emit manualMeasurementNeeded(result);
        } else {
            fail(tr("T%1: %2").arg(currentTool()).arg(action.reason));
        }
        break;
    }
}

void ToolOffsetWorkflow::startRepeat()
{
    m_phase = Phase::Repeating;
    const double back = m_settings.repeatRetreatMm;
    m_pendingMoves = {{m_centredGcode.x - back, m_centredGcode.y - back, m_centredGcode.z}, m_centredGcode};
    m_pendingOneSided = true;
    issueNextMove();
}

void ToolOffsetWorkflow::finishTool()
{
    ToolOffsetResult result;
    result.tool = currentTool();
    const QPointF mean = m_stats.mean();
    result.centre = {mean.x(), mean.y(), m_machine.toolheadPosition().z};
    result.currentOffset = m_machine.toolOffset(result.tool);
    if (!m_referenceCentre) {
        m_referenceCentre = result.centre;
        m_referenceOffset = result.currentOffset;
    }
    result.newOffset = ToolOffsetMath::offsetOf(m_referenceOffset, *m_referenceCentre, result.centre);
    result.newOffset.z = result.currentOffset.z; // the camera measures X and Y only
    result.stdMm = m_stats.standardDeviation();
    result.rangeMm = m_stats.range();
    result.samples = m_stats.count();
    result.moves = m_movesThisTool;
    result.seconds = m_toolTimer.elapsed() / 1000.0;
    result.manual = m_manualThisTool;
    m_results.append(result);
    emit toolMeasured(result);

    ++m_toolIndex;
    if (m_toolIndex < m_settings.tools.size())
        beginTool();
    else
        restore();
}

void ToolOffsetWorkflow::restore()
{
    // Step by step: the original tool first, then the original position; each step waits for the
    // previous operation to finish.
    if (m_state != State::Restoring) {
        m_pendingMoves.clear();
        setState(State::Restoring);
    }
    if (m_originalTool >= 0 && m_machine.activeTool() != m_originalTool) {
        m_operationInFlight = true;
        m_machine.selectTool(m_originalTool);
        return;
    }
    const Offset3 here = m_machine.gcodePosition();
    auto differs = [](double a, double b) { return std::abs(a - b) > 1e-6; };
    if (differs(here.x, m_originalGcode.x) || differs(here.y, m_originalGcode.y) || differs(here.z, m_originalGcode.z)) {
        m_operationInFlight = true;
        // Up first when the start was higher, so the return never drags the nozzle lower over the camera.
        if (m_originalGcode.z > here.z + 1e-6)
            m_machine.moveTo(std::nullopt, std::nullopt, m_originalGcode.z);
        else
            m_machine.moveTo(m_originalGcode.x, m_originalGcode.y, m_originalGcode.z);
        return;
    }
    if (m_cancelRequested) {
        setState(State::Cancelled);
        return;
    }
    setState(State::Review);
    emit finished();
}

void ToolOffsetWorkflow::cancel()
{
    switch (m_state) {
    case State::Idle:
    case State::Review:
    case State::Cancelled:
    case State::Failed:
        return;
    case State::Restoring:
        m_cancelRequested = true;
        return;
    default:
        break;
    }
    m_cancelRequested = true;
    m_pendingMoves.clear();
    if (m_links.printerLost()) {
        m_pauseReason = tr("the printer is disconnected, so the tool and position were not restored");
        setState(State::Cancelled);
        return;
    }
    if (!m_operationInFlight)
        restore();
    // else: onOperationFinished() continues with restore()
}

void ToolOffsetWorkflow::pause(const QString &reason)
{
    switch (m_state) {
    case State::SelectingTool:
    case State::Moving:
    case State::Probing:
    case State::AwaitingClick:
        m_resumeState = m_state;
        break;
    default:
        return;
    }
    m_pauseReason = reason;
    setState(State::Paused);
}

void ToolOffsetWorkflow::resume()
{
    if (!canResume())
        return;
    m_operationInFlight = false;
    switch (m_resumeState) {
    case State::SelectingTool:
        beginTool();
        break;
    case State::Moving: {
        // The interrupted move may or may not have completed: plan again from where the printer
        // says it is (this is a new move, issued because the operator resumed).
        const Offset3 finalTarget = m_pendingMoves.isEmpty() ? m_lastMoveTarget : m_pendingMoves.constLast();
        planMovesTo(finalTarget);
        break;
    }
    default:
        probeNow();
        break;
    }
}

} // namespace reticle
