#include "CameraToolOffsetWorkflow.h"

#include "CameraCalibrationWorkflow.h"
#include "MachineIo.h"
#include "OneSidedApproach.h"
#include "WorkflowLogging.h"

#include <algorithm>
#include <cmath>

namespace reticle {

namespace {
bool differs(double a, double b)
{
    return std::abs(a - b) > 1e-6;
}
} // namespace

CameraToolOffsetWorkflow::CameraToolOffsetWorkflow(MachineIo &machine, MarkProbe &probe, CameraToolSettings settings,
                                                   QObject *parent)
    : QObject(parent)
    , m_machine(machine)
    , m_probe(probe)
    , m_settings(std::move(settings))
    , m_links(machine, probe)
    , m_loop(m_settings.centring)
{
    m_settings.repeats = std::max(1, m_settings.repeats);
    m_settings.repeatRetreatMm = std::max(m_settings.repeatRetreatMm, m_settings.approachTakeUpMm);
    connect(&m_machine, &MachineIo::operationFinished, this, &CameraToolOffsetWorkflow::onOperationFinished);
    connect(&m_probe, &NozzleProbe::probed, this, &CameraToolOffsetWorkflow::onProbed);
    connect(&m_links, &LinkWatch::lost, this, [this](bool printer, const QString &reason) {
        if (printer)
            m_operationInFlight = false; // its answer is lost with the socket
        pause(reason);
    });
    connect(&m_links, &LinkWatch::restored, this, [this] { emit stateChanged(m_state); });
    connect(&m_links, &LinkWatch::shutdown, this, [this](const QString &reason) {
        if (m_state != State::Idle && m_state != State::Review && m_state != State::Cancelled
            && m_state != State::Failed) {
            m_ops.clear();
            m_then = nullptr;
            fail(reason);
        }
    });
}

CameraToolOffsetWorkflow::~CameraToolOffsetWorkflow() = default;

QString CameraToolOffsetWorkflow::toolLabel(int tool) const
{
    return tool == m_settings.cameraTool ? m_settings.cameraToolName : QStringLiteral("T%1").arg(tool);
}

QString CameraToolOffsetWorkflow::stateText() const
{
    const QString tool = toolLabel(currentTool());
    switch (m_state) {
    case State::Idle: return tr("Ready to start");
    case State::AwaitingConfirmation: return tr("Confirm the deposit: %1").arg(depositSummary());
    case State::SelectingTool:
        return m_stage == Stage::Deposit ? tr("Selecting %1").arg(tool)
                                         : tr("Selecting the camera tool %1").arg(m_settings.cameraToolName);
    case State::Moving:
        return m_stage == Stage::Deposit ? tr("Moving %1 to its mark position").arg(tool)
                                         : tr("Moving the camera over the mark of %1").arg(tool);
    case State::Depositing: return tr("%1 is depositing its mark").arg(tool);
    case State::CalibratingCamera: return tr("Calibrating the camera on the mark of %1").arg(tool);
    case State::Probing: return tr("Detecting the mark of %1").arg(tool);
    case State::AwaitingClick: return tr("Click the mark of %1 in the camera view").arg(tool);
    case State::Paused: return tr("Paused: %1").arg(m_pauseReason);
    case State::Restoring: return tr("Restoring the starting tool and position");
    case State::Review: return tr("Review the measured offsets");
    case State::Cancelled: return tr("Cancelled");
    case State::Failed: return tr("Failed: %1").arg(m_failure);
    }
    return {};
}

QString CameraToolOffsetWorkflow::depositSummary() const
{
    QStringList tools;
    for (int i = 0; i < m_settings.tools.size(); ++i) {
        const QPointF p = m_settings.markPosition(i);
        tools << tr("%1 at X %2 Y %3").arg(toolLabel(m_settings.tools[i])).arg(p.x(), 0, 'f', 1).arg(p.y(), 0, 'f', 1);
    }
    return tr("each tool is lowered to Z %1 mm and extrudes %2 mm of filament: %3. The tools must be hot and the "
              "bed clear there.")
        .arg(m_settings.depositZ, 0, 'f', 2)
        .arg(m_settings.extrudeMm, 0, 'f', 2)
        .arg(tools.join(QStringLiteral(", ")));
}

int CameraToolOffsetWorkflow::currentTool() const
{
    if (m_stage == Stage::Restore)
        return -1;
    return m_settings.tools.value(m_index, -1);
}

bool CameraToolOffsetWorkflow::canResume() const
{
    return m_state == State::Paused && m_links.bothBack();
}

void CameraToolOffsetWorkflow::setState(State state)
{
    if (m_state == state)
        return;
    qCDebug(lcWorkflow) << "camera-tool offsets:" << m_state << "->" << state;
    m_state = state;
    emit stateChanged(state);
}

void CameraToolOffsetWorkflow::fail(const QString &reason)
{
    qCWarning(lcWorkflow) << "camera-tool offsets failed:" << reason;
    m_failure = reason;
    m_ops.clear();
    m_then = nullptr;
    setState(State::Failed);
    emit failed(reason);
}

void CameraToolOffsetWorkflow::emitProgress(const QString &text)
{
    const int count = int(m_settings.tools.size());
    const int step = m_stage == Stage::Deposit ? m_index : count + m_index;
    emit progress(step, 2 * count, text);
}

void CameraToolOffsetWorkflow::start()
{
    if (m_state != State::Idle && m_state != State::Review && m_state != State::Cancelled && m_state != State::Failed)
        return;
    m_results.clear();
    m_deposits.clear();
    m_depositMoves.clear();
    m_depositSeconds.clear();
    m_centres.clear();
    m_std.clear();
    m_range.clear();
    m_samples.clear();
    m_markMoves.clear();
    m_markSeconds.clear();
    m_manual.clear();
    m_failure.clear();
    m_pauseReason.clear();
    m_cancelRequested = false;
    m_failAfterRestore = false;
    m_confirmed = m_settings.depositConfirmed;
    m_stage = Stage::Deposit;
    m_index = 0;

    m_settings.tools.removeAll(m_settings.cameraTool); // the camera cannot deposit
    if (m_settings.referenceTool < 0)
        m_settings.referenceTool = m_settings.cameraTool;
    if (m_settings.tools.isEmpty()) {
        fail(tr("No tools to measure."));
        return;
    }
    if (m_settings.cameraTool < 0) {
        fail(tr("No camera tool: choose the tool that carries the camera."));
        return;
    }
    if (m_settings.referenceTool != m_settings.cameraTool && !m_settings.tools.contains(m_settings.referenceTool)) {
        fail(tr("The reference %1 deposits no mark: choose the camera tool or one of the measured tools.")
                 .arg(toolLabel(m_settings.referenceTool)));
        return;
    }
    if (!(m_settings.depositZ < m_settings.travelZ) || !(m_settings.extrudeMm > 0.0)) {
        fail(tr("The deposit height must be below the travel height and the extrusion amount above zero."));
        return;
    }
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
    if (!m_confirmed) {
        setState(State::AwaitingConfirmation);
        emit confirmationNeeded(depositSummary());
        return;
    }
    beginDeposit(0);
}

void CameraToolOffsetWorkflow::confirmDeposit()
{
    if (m_state != State::AwaitingConfirmation)
        return;
    m_confirmed = true;
    beginDeposit(0);
}

void CameraToolOffsetWorkflow::beginDeposit(int index, bool fresh)
{
    m_stage = Stage::Deposit;
    m_index = index;
    m_extruded = false;
    if (index >= m_settings.tools.size()) {
        beginMeasuring(0);
        return;
    }
    if (fresh) {
        m_movesNow = 0;
        m_timer.restart();
    }
    const int tool = m_settings.tools[index];
    emitProgress(tr("%1 deposits its mark").arg(toolLabel(tool)));
    m_ops.clear();
    // Up to the travel height before a tool change, never a change with the nozzle near the bed.
    if (m_machine.gcodePosition().z < m_settings.travelZ - 1e-6)
        m_ops.append({Op::Kind::Move, -1, std::nullopt, std::nullopt, m_settings.travelZ});
    if (m_machine.activeTool() != tool)
        m_ops.append({Op::Kind::Select, tool, std::nullopt, std::nullopt, std::nullopt});
    m_then = [this] { planDeposit(); };
    issueNext();
}

void CameraToolOffsetWorkflow::planDeposit()
{
    const Offset3 here = m_machine.gcodePosition();
    const QPointF target = m_settings.markPosition(m_index);
    m_ops.clear();
    // The last XY move runs in +X/+Y (backlash then sits the same way for every tool and for the
    // camera), then straight down, extrude, straight up.
    const OneSidedApproach oneSided(m_settings.approachTakeUpMm);
    for (const QPointF &xy : oneSided.movesTo(QPointF(here.x, here.y), target))
        m_ops.append({Op::Kind::Move, -1, xy.x(), xy.y(), std::nullopt});
    m_ops.append({Op::Kind::Move, -1, std::nullopt, std::nullopt, m_settings.depositZ});
    m_ops.append({Op::Kind::Extrude, -1, std::nullopt, std::nullopt, std::nullopt});
    m_ops.append({Op::Kind::Move, -1, std::nullopt, std::nullopt, m_settings.travelZ});
    m_then = [this] { afterDeposit(); };
    issueNext();
}

void CameraToolOffsetWorkflow::afterDeposit()
{
    m_depositMoves.append(m_movesNow);
    m_depositSeconds.append(m_timer.elapsed() / 1000.0);
    beginDeposit(m_index + 1);
}

void CameraToolOffsetWorkflow::beginMeasuring(int index)
{
    m_stage = Stage::Measure;
    m_index = index;
    m_ops.clear();
    if (m_machine.activeTool() != m_settings.cameraTool)
        m_ops.append({Op::Kind::Select, m_settings.cameraTool, std::nullopt, std::nullopt, std::nullopt});
    m_then = [this] {
        if (m_probe.hasCameraMap()) {
            measureMark(m_index);
            return;
        }
        // Over the first mark, seen from one side: the target of the calibration by moves.
        m_approachTarget = m_settings.markPosition(0);
        approach(m_approachTarget, m_settings.cameraZ);
        m_then = [this] { calibrateCamera(); };
        issueNext();
    };
    issueNext();
}

void CameraToolOffsetWorkflow::calibrateCamera()
{
    setState(State::CalibratingCamera);
    emitProgress(tr("Calibrating the camera on the mark of %1").arg(toolLabel(currentTool())));
    MoveCalibrationPlanner::Config config = m_settings.calibration;
    config.imageSize = QSizeF(m_probe.imageSize());
    m_calibration = std::make_unique<CameraCalibrationWorkflow>(m_machine, m_probe, config);
    connect(m_calibration.get(), &CameraCalibrationWorkflow::finished, this, [this](const MapFit &fit) {
        m_fit = fit;
        m_fitPoints = m_calibration->planner().pairs();
        m_calibrationMoves = m_calibration->movesIssued();
        m_probe.setCameraMap(fit.map, m_probe.imageSize());
        emit cameraCalibrated(fit);
        if (m_cancelRequested) {
            restore();
            return;
        }
        measureMark(0);
    });
    connect(m_calibration.get(), &CameraCalibrationWorkflow::failed, this, [this](const QString &reason) {
        if (m_state != State::CalibratingCamera && m_state != State::Paused)
            return;
        const QString why = tr("Camera calibration on the first mark: %1").arg(reason);
        if (m_links.printerLost()) {
            fail(why);
            return;
        }
        m_failure = why;
        m_failAfterRestore = true;
        restore();
    });
    connect(m_calibration.get(), &CameraCalibrationWorkflow::stateChanged, this,
            [this](CameraCalibrationWorkflow::State state) {
                if (state == CameraCalibrationWorkflow::State::Cancelled && m_cancelRequested)
                    restore();
            });
    m_calibration->start();
}

void CameraToolOffsetWorkflow::measureMark(int index)
{
    m_stage = Stage::Measure;
    m_index = index;
    CentringSettings centring = m_settings.centring;
    if (centring.maxStepMm <= 0.0)
        centring.maxStepMm = m_probe.maxCorrectionMm();
    m_loop = CentringLoop(centring);
    m_stats.clear();
    m_repeating = false;
    m_repeatsDone = 0;
    m_manualNow = false;
    m_movesNow = 0;
    m_timer.restart();
    m_markTarget = m_settings.markPosition(index);
    emitProgress(tr("Measuring the mark of %1").arg(toolLabel(currentTool())));
    m_approachTarget = m_markTarget;
    approach(m_approachTarget, m_settings.cameraZ);
    m_then = [this] { probeNow(); };
    issueNext();
}

void CameraToolOffsetWorkflow::approach(const QPointF &xy, double z)
{
    const Offset3 here = m_machine.gcodePosition();
    m_ops.clear();
    if (z > here.z + 1e-6)
        m_ops.append({Op::Kind::Move, -1, std::nullopt, std::nullopt, z});
    const OneSidedApproach oneSided(m_settings.approachTakeUpMm);
    for (const QPointF &p : oneSided.movesTo(QPointF(here.x, here.y), xy))
        m_ops.append({Op::Kind::Move, -1, p.x(), p.y(), std::nullopt});
    if (z < here.z - 1e-6)
        m_ops.append({Op::Kind::Move, -1, std::nullopt, std::nullopt, z});
    m_pendingOneSided = true;
}

void CameraToolOffsetWorkflow::issueNext()
{
    if (m_ops.isEmpty()) {
        m_oneSidedHere = m_pendingOneSided;
        m_pendingOneSided = false;
        if (auto then = std::exchange(m_then, nullptr))
            then();
        return;
    }
    const Op op = m_ops.takeFirst();
    m_operationInFlight = true;
    const bool restoring = m_stage == Stage::Restore; // stays Restoring until done
    switch (op.kind) {
    case Op::Kind::Select:
        if (!restoring)
            setState(State::SelectingTool);
        m_machine.selectTool(op.tool);
        break;
    case Op::Kind::Move:
        if (op.x || op.y)
            m_oneSidedHere = false;
        ++m_movesNow;
        if (!restoring)
            setState(State::Moving);
        m_machine.moveTo(op.x, op.y, op.z);
        break;
    case Op::Kind::Extrude:
        m_depositToolhead = m_machine.toolheadPosition();
        setState(State::Depositing);
        m_machine.extrude(m_settings.extrudeMm, m_settings.extrudeFeedMmPerMin);
        break;
    }
}

void CameraToolOffsetWorkflow::probeNow()
{
    setState(State::Probing);
    m_probe.probe();
}

void CameraToolOffsetWorkflow::onOperationFinished(bool ok, const QString &error)
{
    if (!m_operationInFlight)
        return;
    m_operationInFlight = false;
    if (m_state == State::Paused || m_state == State::Failed || m_state == State::Cancelled)
        return;
    if (!ok) {
        if (m_stage == Stage::Restore) {
            fail(m_failAfterRestore ? tr("%1 (and putting back the tool and position failed: %2)").arg(m_failure, error)
                                    : error);
            return;
        }
        // The nozzle may be just above the bed: lift and put things back, then report.
        qCWarning(lcWorkflow) << "camera-tool offsets: operation failed, restoring:" << error;
        m_failure = error;
        m_failAfterRestore = true;
        restore();
        return;
    }
    if (m_state == State::Depositing) {
        m_extruded = true;
        m_deposits.append(m_depositToolhead);
        emit markDeposited(currentTool(), QPointF(m_depositToolhead.x, m_depositToolhead.y));
        if (m_state != State::Depositing || m_operationInFlight)
            return; // a slot cancelled (restore() is under way)
    }
    if (m_cancelRequested && m_stage != Stage::Restore) {
        restore();
        return;
    }
    issueNext();
}

void CameraToolOffsetWorkflow::onProbed(const ProbeResult &result)
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

void CameraToolOffsetWorkflow::provideManualMeasurement(const QPointF &errorMm)
{
    if (m_state != State::AwaitingClick)
        return;
    ProbeResult manual = m_lastProbe;
    manual.found = true;
    manual.errorMm = errorMm;
    manual.confidence = 1.0;
    m_manualNow = true;
    handleMeasurement(manual);
}

void CameraToolOffsetWorkflow::handleMeasurement(const ProbeResult &result)
{
    const Offset3 toolhead = m_machine.toolheadPosition();
    const QPointF head(toolhead.x, toolhead.y);
    if (m_repeating) {
        if (!result.found) {
            setState(State::AwaitingClick);
            emit manualMeasurementNeeded(result);
            return;
        }
        m_stats.add(head - result.errorMm);
        if (++m_repeatsDone < m_settings.repeats)
            startRepeat();
        else
            finishMark();
        return;
    }

    const CentringAction action =
        m_loop.next({head, result.found, result.errorMm, m_timer.elapsed() / 1000.0});
    switch (action.kind) {
    case CentringAction::Kind::MoveTo: {
        const Offset3 gcode = m_machine.gcodePosition();
        m_approachTarget = QPointF(gcode.x, gcode.y) + (action.targetMm - head);
        approach(m_approachTarget, m_settings.cameraZ);
        m_then = [this] { probeNow(); };
        issueNext();
        break;
    }
    case CentringAction::Kind::Remeasure:
        probeNow();
        break;
    case CentringAction::Kind::Converged: {
        const Offset3 gcode = m_machine.gcodePosition();
        if (!m_oneSidedHere) {
            m_approachTarget = QPointF(gcode.x, gcode.y);
            approach(m_approachTarget, m_settings.cameraZ);
            m_then = [this] { probeNow(); };
            issueNext();
            break;
        }
        m_stats.add(action.centreMm);
        m_centredGcode = QPointF(gcode.x, gcode.y);
        m_repeatsDone = 1;
        if (m_settings.repeats > 1)
            startRepeat();
        else
            finishMark();
        break;
    }
    case CentringAction::Kind::Failed:
        if (!result.found) {
            setState(State::AwaitingClick);
            emit manualMeasurementNeeded(result);
        } else {
            m_failure = tr("Mark of %1: %2").arg(toolLabel(currentTool()), action.reason);
            m_failAfterRestore = true;
            restore();
        }
        break;
    }
}

void CameraToolOffsetWorkflow::startRepeat()
{
    m_repeating = true;
    const double back = m_settings.repeatRetreatMm;
    m_ops = {{Op::Kind::Move, -1, m_centredGcode.x() - back, m_centredGcode.y() - back, std::nullopt},
             {Op::Kind::Move, -1, m_centredGcode.x(), m_centredGcode.y(), std::nullopt}};
    m_approachTarget = m_centredGcode;
    m_pendingOneSided = true;
    m_then = [this] { probeNow(); };
    issueNext();
}

void CameraToolOffsetWorkflow::finishMark()
{
    m_centres.append(m_stats.mean());
    m_std.append(m_stats.standardDeviation());
    m_range.append(m_stats.range());
    m_samples.append(m_stats.count());
    m_markMoves.append(m_movesNow);
    m_markSeconds.append(m_timer.elapsed() / 1000.0);
    m_manual.append(m_manualNow);
    if (m_index + 1 < m_settings.tools.size())
        measureMark(m_index + 1);
    else
        finishAll();
}

void CameraToolOffsetWorkflow::finishAll()
{
    // d_n = K_n − C_n: tool n's offset relative to the camera tool.
    QVector<QPointF> relative;
    for (int i = 0; i < m_settings.tools.size(); ++i)
        relative.append(QPointF(m_deposits[i].x, m_deposits[i].y) - m_centres[i]);
    const int reference = m_settings.referenceTool;
    const Offset3 referenceOffset = m_machine.toolOffset(reference);
    const QPointF referenceRelative =
        reference == m_settings.cameraTool ? QPointF() : relative[m_settings.tools.indexOf(reference)];
    for (int i = 0; i < m_settings.tools.size(); ++i) {
        ToolOffsetResult r;
        r.tool = m_settings.tools[i];
        r.centre = m_deposits[i];
        r.currentOffset = m_machine.toolOffset(r.tool);
        const QPointF offset = QPointF(referenceOffset.x, referenceOffset.y) + relative[i] - referenceRelative;
        r.newOffset = {offset.x(), offset.y(), r.currentOffset.z}; // the camera measures X and Y only
        r.stdMm = m_std[i];
        r.rangeMm = m_range[i];
        r.samples = m_samples[i];
        r.moves = m_depositMoves.value(i) + m_markMoves[i];
        r.seconds = m_depositSeconds.value(i) + m_markSeconds[i];
        r.manual = m_manual[i];
        m_results.append(r);
        emit toolMeasured(r);
    }
    restore();
}

void CameraToolOffsetWorkflow::restore()
{
    m_stage = Stage::Restore;
    m_ops.clear();
    setState(State::Restoring);
    const Offset3 here = m_machine.gcodePosition();
    double z = here.z;
    if (z < m_settings.travelZ - 1e-6) {
        z = m_settings.travelZ;
        m_ops.append({Op::Kind::Move, -1, std::nullopt, std::nullopt, z});
    }
    if (m_originalTool >= 0 && m_machine.activeTool() != m_originalTool)
        m_ops.append({Op::Kind::Select, m_originalTool, std::nullopt, std::nullopt, std::nullopt});
    const Offset3 &o = m_originalGcode;
    const bool xyDiffers = differs(here.x, o.x) || differs(here.y, o.y);
    // Up first when the start was higher, so the return never drags the nozzle low over the bed.
    if (o.z > z + 1e-6) {
        m_ops.append({Op::Kind::Move, -1, std::nullopt, std::nullopt, o.z});
        if (xyDiffers)
            m_ops.append({Op::Kind::Move, -1, o.x, o.y, std::nullopt});
    } else {
        if (xyDiffers)
            m_ops.append({Op::Kind::Move, -1, o.x, o.y, std::nullopt});
        if (differs(z, o.z))
            m_ops.append({Op::Kind::Move, -1, std::nullopt, std::nullopt, o.z});
    }
    m_then = [this] {
        if (m_failAfterRestore) {
            setState(State::Failed);
            emit failed(m_failure);
            return;
        }
        if (m_cancelRequested) {
            setState(State::Cancelled);
            return;
        }
        setState(State::Review);
        emit finished();
    };
    issueNext();
}

void CameraToolOffsetWorkflow::cancel()
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
    case State::AwaitingConfirmation:
        m_cancelRequested = true; // nothing moved yet
        setState(State::Cancelled);
        return;
    default:
        break;
    }
    m_cancelRequested = true;
    m_ops.clear();
    m_then = nullptr;
    if (m_links.printerLost()) {
        m_pauseReason = tr("the printer is disconnected, so the tool and position were not restored");
        setState(State::Cancelled);
        return;
    }
    if (m_calibration && m_calibration->state() != CameraCalibrationWorkflow::State::Done
        && m_calibration->state() != CameraCalibrationWorkflow::State::Failed
        && m_calibration->state() != CameraCalibrationWorkflow::State::Cancelled) {
        m_calibration->cancel(); // back to its start, then restore() from its Cancelled state
        return;
    }
    if (!m_operationInFlight)
        restore();
    // else: onOperationFinished() continues with restore()
}

void CameraToolOffsetWorkflow::pause(const QString &reason)
{
    switch (m_state) {
    case State::SelectingTool:
    case State::Moving:
    case State::Depositing:
    case State::CalibratingCamera:
    case State::Probing:
    case State::AwaitingClick:
    case State::Restoring:
        m_resumeState = m_state;
        break;
    default:
        return;
    }
    m_pauseReason = reason;
    setState(State::Paused);
}

void CameraToolOffsetWorkflow::resume()
{
    if (!canResume())
        return;
    m_operationInFlight = false;
    m_ops.clear();
    m_then = nullptr;
    if (m_resumeState == State::CalibratingCamera && m_calibration) {
        setState(State::CalibratingCamera);
        m_calibration->resume();
        return;
    }
    if (m_stage == Stage::Restore || m_cancelRequested) {
        restore();
        return;
    }
    if (m_stage == Stage::Deposit) {
        if (m_resumeState == State::Depositing && !m_extruded) {
            // The answer to the extrusion was lost with the link: it may or may not have run.
            // Never extrude twice; the camera finds the mark, or the operator clicks it.
            qCWarning(lcWorkflow) << "the extrusion of" << toolLabel(currentTool()) << "may be incomplete";
            m_extruded = true;
            m_deposits.append(m_depositToolhead);
        }
        if (m_extruded) {
            m_ops = {{Op::Kind::Move, -1, std::nullopt, std::nullopt, m_settings.travelZ}};
            m_then = [this] { afterDeposit(); };
            issueNext();
        } else {
            beginDeposit(m_index, false);
        }
        return;
    }
    // Measuring: the current mark again from the start, approached from one side (new moves,
    // issued because the operator resumed).
    beginMeasuring(m_index);
}

} // namespace reticle
