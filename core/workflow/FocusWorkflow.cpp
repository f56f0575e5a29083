#include "FocusWorkflow.h"

#include "FocusActuator.h"
#include "MachineIo.h"
#include "WorkflowLogging.h"

#include <QDateTime>

#include <cmath>

namespace reticle {

FocusWorkflow::FocusWorkflow(MachineIo &machine, NozzleProbe &camera, FocusActuator &actuator,
    FocusMeter &meter, FocusSettings settings, QObject *parent)
    : QObject(parent)
    , m_machine(machine)
    , m_camera(camera)
    , m_actuator(actuator)
    , m_meter(meter)
    , m_settings(std::move(settings))
    , m_links(machine, camera)
{
    // BestFocus ends at the best focus; Z offsets leave the axis where the next tool starts.
    m_settings.sweep.finishAtBest = m_settings.mode == FocusSettings::Mode::BestFocus;
    connect(&m_machine, &MachineIo::operationFinished, this, &FocusWorkflow::onMachineFinished);
    connect(&m_actuator, &FocusActuator::moveFinished, this, &FocusWorkflow::onActuatorFinished);
    connect(&m_camera, &NozzleProbe::probed, this, &FocusWorkflow::onProbed);
    connect(&m_meter, &FocusMeter::measured, this, &FocusWorkflow::onMeasured);
    connect(&m_links, &LinkWatch::lost, this, [this](bool, const QString &reason) { pause(reason); });
    connect(&m_links, &LinkWatch::restored, this, [this] { emit stateChanged(m_state); });
    connect(&m_links, &LinkWatch::shutdown, this, [this](const QString &reason) {
        if (isRunning() || m_state == State::Paused)
            failNow(reason); // nothing can move any more: no restore
    });
}

FocusWorkflow::~FocusWorkflow() = default;

bool FocusWorkflow::isRunning() const
{
    switch (m_state) {
    case State::Idle:
    case State::Paused:
    case State::Done:
    case State::Cancelled:
    case State::Failed:
        return false;
    default:
        return true;
    }
}

bool FocusWorkflow::canResume() const
{
    return m_state == State::Paused && m_links.bothBack();
}

int FocusWorkflow::currentTool() const
{
    return m_order.value(m_toolIndex, -1);
}

QString FocusWorkflow::logPath() const
{
    return m_log && m_log->isOpen() ? m_log->path() : QString();
}

QString FocusWorkflow::stateText() const
{
    const int tool = currentTool();
    const QString pass = m_action.pass == FocusPass::Coarse ? tr("coarse pass") : tr("fine pass");
    switch (m_state) {
    case State::Idle:
        return tr("Ready to start.");
    case State::SelectingTool:
        return tr("Selecting T%1…").arg(tool);
    case State::Positioning:
        return tr("Moving T%1 over the camera…").arg(tool);
    case State::Locating:
        return tr("Finding the nozzle of T%1…").arg(tool);
    case State::Moving:
        return tr("T%1, %2: moving %3 to %4…")
            .arg(tool)
            .arg(pass, m_actuator.axisName())
            .arg(m_action.position, 0, 'f', 3);
    case State::Measuring:
        return tr("T%1, %2: measuring sharpness at %3 %4…")
            .arg(tool)
            .arg(pass, m_actuator.axisName())
            .arg(m_action.position, 0, 'f', 3);
    case State::Paused:
        return tr("Paused: %1").arg(m_pauseReason);
    case State::Restoring:
        return tr("Putting back the tool and position…");
    case State::Done:
        if (m_settings.mode == FocusSettings::Mode::BestFocus && !m_results.isEmpty())
            return tr("Best focus at %1 %2 ± %3.")
                .arg(m_actuator.axisName())
                .arg(m_results.constLast().bestPosition, 0, 'f', 3)
                .arg(m_results.constLast().fine.uncertainty, 0, 'f', 3);
        return tr("Measured %n tool(s). Review the Z offsets below.", nullptr, int(m_results.size()));
    case State::Cancelled:
        return m_pauseReason.isEmpty() ? tr("Cancelled; the tool and position were put back.")
                                       : tr("Cancelled; %1.").arg(m_pauseReason);
    case State::Failed:
        return tr("Failed: %1").arg(m_failure);
    }
    return {};
}

void FocusWorkflow::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    qCDebug(lcWorkflow) << "focus workflow:" << state;
    emit stateChanged(state);
}

void FocusWorkflow::failNow(const QString &reason)
{
    m_failure = reason;
    m_machineBusy = m_actuatorBusy = false;
    m_actuator.abandon();
    qCWarning(lcWorkflow) << "focus workflow failed:" << reason;
    setState(State::Failed);
    emit failed(reason);
}

void FocusWorkflow::failAndRestore(const QString &reason)
{
    m_failure = reason;
    m_failAfterRestore = true;
    if (m_links.printerLost()) {
        failNow(reason);
        return;
    }
    restore();
}

void FocusWorkflow::start()
{
    if (isRunning() || m_state == State::Paused)
        return;
    m_failure.clear();
    m_pauseReason.clear();
    m_cancelRequested = false;
    m_failAfterRestore = false;
    m_machineBusy = m_actuatorBusy = false;
    m_results.clear();
    m_reference.reset();
    m_totalMoves = 0;
    m_toolIndex = 0;
    m_action = FocusAction {};
    if (!m_machine.isReady()) {
        failNow(tr("The printer is not ready (connected, homed and idle)."));
        return;
    }
    if (!m_camera.isAvailable()) {
        failNow(tr("The camera is not streaming."));
        return;
    }
    m_originalTool = m_machine.activeTool();
    m_originalGcode = m_machine.gcodePosition();
    m_startFocus = m_actuator.position();
    m_order.clear();
    if (m_settings.mode == FocusSettings::Mode::ZOffsets) {
        m_order = m_settings.tools;
        m_order.removeAll(m_settings.referenceTool);
        m_order.prepend(m_settings.referenceTool);
    } else {
        m_order = { m_originalTool };
    }
    if (!m_settings.logDirectory.isEmpty()) {
        m_log = std::make_unique<FocusRunLog>(m_settings.logDirectory);
        QString error;
        if (!m_log->open(QDateTime::currentDateTimeUtc(), &error)) {
            failNow(error);
            return;
        }
    }
    beginTool();
}

void FocusWorkflow::beginTool()
{
    m_toolTimer.start();
    m_movesThisTool = 0;
    m_regionOnNozzle = false;
    m_coarseReported = false;
    const int tool = currentTool();
    emit progress(m_toolIndex, int(m_order.size()), tr("T%1").arg(tool));
    if (m_settings.mode == FocusSettings::Mode::ZOffsets && tool >= 0 && m_machine.activeTool() != tool) {
        setState(State::SelectingTool);
        m_machineBusy = true;
        m_machine.selectTool(tool);
        return;
    }
    positionTool();
}

void FocusWorkflow::positionTool()
{
    if (m_settings.mode != FocusSettings::Mode::ZOffsets) {
        locate();
        return;
    }
    setState(State::Positioning);
    m_machineBusy = true;
    ++m_movesThisTool;
    ++m_totalMoves;
    const Offset3 &p = m_settings.cameraPosition;
    m_machine.moveTo(p.x, p.y, p.z);
}

void FocusWorkflow::locate()
{
    if (!m_settings.regionAroundNozzle) {
        m_meter.setRegion(std::nullopt, m_settings.regionFraction);
        beginSweep();
        return;
    }
    setState(State::Locating);
    m_camera.probe();
}

void FocusWorkflow::onProbed(const ProbeResult &result)
{
    if (m_state != State::Locating)
        return;
    if (m_cancelRequested) {
        restore();
        return;
    }
    if (result.found) {
        m_meter.setRegion(result.pixel, m_settings.regionFraction);
        m_regionOnNozzle = true;
    } else {
        qCInfo(lcWorkflow) << "focus: nozzle not found (" << result.reason << "), measuring the image centre";
        m_meter.setRegion(std::nullopt, m_settings.regionFraction);
    }
    beginSweep();
}

void FocusWorkflow::beginSweep()
{
    m_sweep = FocusSweep(m_settings.sweep);
    const double centre
        = m_settings.mode == FocusSettings::Mode::ZOffsets ? m_settings.cameraPosition.z : m_startFocus;
    emit sweepStarted(currentTool());
    perform(m_sweep.start(centre, m_actuator.position()));
}

void FocusWorkflow::perform(const FocusAction &action)
{
    m_action = action;
    reportFits();
    switch (action.kind) {
    case FocusAction::Kind::Move:
        setState(State::Moving);
        emit stateChanged(m_state); // the text names the new target
        m_actuatorBusy = true;
        ++m_movesThisTool;
        ++m_totalMoves;
        m_actuator.moveTo(action.position);
        return;
    case FocusAction::Kind::Done:
        toolDone(action.peak);
        return;
    case FocusAction::Kind::Failed:
        failAndRestore(tr("T%1: %2").arg(currentTool()).arg(action.reason));
        return;
    }
}

void FocusWorkflow::reportFits()
{
    const int tool = currentTool();
    if (!m_coarseReported && m_sweep.coarsePeak()) {
        m_coarseReported = true;
        if (m_log) {
            QString error;
            log(m_log->addFit(tool, FocusPass::Coarse, *m_sweep.coarsePeak(), &error), error);
        }
        emit passFitted(tool, FocusPass::Coarse, *m_sweep.coarsePeak());
    }
}

void FocusWorkflow::log(bool ok, const QString &error)
{
    if (!ok)
        qCWarning(lcWorkflow) << "focus log:" << error;
}

void FocusWorkflow::onActuatorFinished(bool ok, const QString &error)
{
    if (!m_actuatorBusy)
        return;
    m_actuatorBusy = false;
    if (m_state == State::Restoring) {
        if (!ok) {
            failNow(tr("Could not return to the start position: %1").arg(error));
            return;
        }
        restore();
        return;
    }
    if (m_cancelRequested) {
        restore();
        return;
    }
    if (!ok) {
        failAndRestore(tr("T%1: the focus move failed: %2").arg(currentTool()).arg(error));
        return;
    }
    if (m_action.measure) {
        setState(State::Measuring);
        m_meter.measure();
        return;
    }
    perform(m_sweep.next(std::nullopt));
}

void FocusWorkflow::onMeasured(const FocusMeasurement &measurement)
{
    if (m_state != State::Measuring)
        return;
    if (m_cancelRequested) {
        restore();
        return;
    }
    const int tool = currentTool();
    if (!measurement.ok) {
        failAndRestore(tr("T%1: %2").arg(tool).arg(measurement.reason));
        return;
    }
    const double value = measurement.value(m_settings.metric);
    if (m_log) {
        QString error;
        log(m_log->addSample(
                tool, m_action.pass, m_action.position, m_machine.toolheadPosition().z, measurement, &error),
            error);
    }
    emit sampleMeasured(tool, m_action.pass, m_action.position, value);
    perform(m_sweep.next(value));
}

void FocusWorkflow::toolDone(const FocusPeak &peak)
{
    const int tool = currentTool();
    if (m_log) {
        QString error;
        log(m_log->addFit(tool, FocusPass::Fine, peak, &error), error);
    }
    emit passFitted(tool, FocusPass::Fine, peak);

    FocusToolResult result;
    result.tool = tool;
    result.coarse = m_sweep.coarsePeak().value_or(FocusPeak {});
    result.fine = peak;
    result.bestPosition = peak.position;
    // Gcode and toolhead Z differ by the offsets applied to this tool, constant during its sweep.
    result.bestToolheadZ = peak.position + (m_machine.toolheadPosition().z - m_machine.gcodePosition().z);
    result.currentOffset = m_machine.toolOffset(tool);
    result.samples = int(m_sweep.samples(FocusPass::Coarse).size() + m_sweep.samples(FocusPass::Fine).size());
    result.regionOnNozzle = m_regionOnNozzle;
    result.moves = m_movesThisTool;
    result.seconds = m_toolTimer.elapsed() / 1000.0;
    if (m_settings.mode == FocusSettings::Mode::ZOffsets) {
        if (!m_reference) {
            result.reference = true;
            result.newZ = result.currentOffset.z;
            result.newZUncertainty = 0.0;
            m_reference = result;
        } else {
            result.newZ = m_reference->currentOffset.z + (result.bestToolheadZ - m_reference->bestToolheadZ);
            result.newZUncertainty = std::hypot(peak.uncertainty, m_reference->fine.uncertainty);
        }
    }
    m_results.append(result);
    qCInfo(lcWorkflow).nospace() << "focus T" << tool << ": best " << peak.position << " ± "
                                 << peak.uncertainty << " (toolhead Z " << result.bestToolheadZ << "), "
                                 << result.moves << " moves, " << result.seconds << " s";
    emit toolMeasured(result);

    if (m_cancelRequested) {
        restore();
        return;
    }
    if (m_toolIndex + 1 < m_order.size()) {
        ++m_toolIndex;
        beginTool();
        return;
    }
    if (m_settings.mode == FocusSettings::Mode::ZOffsets) {
        restore();
        return;
    }
    setState(State::Done);
    emit finished();
}

void FocusWorkflow::restore()
{
    if (m_state != State::Restoring)
        setState(State::Restoring);
    const bool zOffsets = m_settings.mode == FocusSettings::Mode::ZOffsets;
    if (zOffsets) {
        if (m_originalTool >= 0 && m_machine.activeTool() != m_originalTool) {
            m_machineBusy = true;
            m_machine.selectTool(m_originalTool);
            return;
        }
        const Offset3 here = m_machine.gcodePosition();
        auto differs = [](double a, double b) { return std::abs(a - b) > 1e-6; };
        if (differs(here.x, m_originalGcode.x) || differs(here.y, m_originalGcode.y)
            || differs(here.z, m_originalGcode.z)) {
            m_machineBusy = true;
            // Up first when the start was higher, so the return never drags the nozzle lower over the camera.
            if (m_originalGcode.z > here.z + 1e-6)
                m_machine.moveTo(std::nullopt, std::nullopt, m_originalGcode.z);
            else
                m_machine.moveTo(m_originalGcode.x, m_originalGcode.y, m_originalGcode.z);
            return;
        }
    } else if ((m_cancelRequested || m_failAfterRestore)
        && std::abs(m_actuator.position() - m_startFocus) > 1e-6) {
        m_actuatorBusy = true;
        m_actuator.moveTo(m_startFocus);
        return;
    }
    finishRestore();
}

void FocusWorkflow::finishRestore()
{
    if (m_cancelRequested) {
        setState(State::Cancelled);
        return;
    }
    if (m_failAfterRestore) {
        setState(State::Failed);
        emit failed(m_failure);
        return;
    }
    setState(State::Done);
    emit finished();
}

void FocusWorkflow::onMachineFinished(bool ok, const QString &error)
{
    if (!m_machineBusy)
        return; // the actuator's own move, or an operation from before a reconnect
    m_machineBusy = false;
    if (m_state == State::Restoring) {
        if (!ok) {
            failNow(tr("Could not put back the tool and position: %1").arg(error));
            return;
        }
        restore();
        return;
    }
    if (m_cancelRequested) {
        restore();
        return;
    }
    if (!ok) {
        failAndRestore(tr("T%1: %2").arg(currentTool()).arg(error));
        return;
    }
    if (m_state == State::SelectingTool)
        positionTool();
    else if (m_state == State::Positioning)
        locate();
}

void FocusWorkflow::cancel()
{
    switch (m_state) {
    case State::Idle:
    case State::Done:
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
    if (m_state == State::Paused) {
        if (m_links.printerLost()) {
            m_pauseReason = tr("the printer is disconnected, so the tool and position were not put back");
            setState(State::Cancelled);
            return;
        }
        m_pauseReason.clear();
        restore();
        return;
    }
    // Wait for what is in flight (a move, a measurement) to end; its handler continues with restore().
    if (!m_machineBusy && !m_actuatorBusy && m_state != State::Measuring && m_state != State::Locating)
        restore();
}

void FocusWorkflow::pause(const QString &reason)
{
    switch (m_state) {
    case State::SelectingTool:
    case State::Positioning:
    case State::Locating:
    case State::Moving:
    case State::Measuring:
    case State::Restoring:
        m_resumeState = m_state;
        break;
    default:
        return;
    }
    // The operation in flight is abandoned: its result (if any) is ignored, nothing is re-sent.
    m_machineBusy = m_actuatorBusy = false;
    m_actuator.abandon();
    m_pauseReason = reason;
    setState(State::Paused);
}

void FocusWorkflow::resume()
{
    if (!canResume())
        return;
    m_pauseReason.clear();
    switch (m_resumeState) {
    case State::SelectingTool:
        beginTool();
        break;
    case State::Positioning:
        positionTool();
        break;
    case State::Locating:
        locate();
        break;
    case State::Moving:
    case State::Measuring:
        // The interrupted move may or may not have happened: approach its target again from below.
        perform(m_sweep.resume(m_actuator.position()));
        break;
    case State::Restoring:
        restore();
        break;
    default:
        break;
    }
}

} // namespace reticle
