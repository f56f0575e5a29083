#include "PointSurveyWorkflow.h"

#include "MachineIo.h"
#include "WorkflowLogging.h"

namespace reticle {

PointSurveyWorkflow::PointSurveyWorkflow(MachineIo &machine, NozzleProbe &probe, double backlashMm, QObject *parent)
    : QObject(parent)
    , m_machine(machine)
    , m_probe(probe)
    , m_backlashMm(backlashMm)
    , m_links(machine, probe)
{
    connect(&m_machine, &MachineIo::operationFinished, this, &PointSurveyWorkflow::onOperationFinished);
    connect(&m_probe, &NozzleProbe::probed, this, &PointSurveyWorkflow::onProbed);
    connect(&m_links, &LinkWatch::lost, this, [this](bool printer, const QString &reason) {
        if (printer)
            m_inFlight = false;
        pause(reason);
    });
    connect(&m_links, &LinkWatch::restored, this, [this] { emit stateChanged(m_state); });
    connect(&m_links, &LinkWatch::shutdown, this, [this](const QString &reason) {
        if (isRunning() || m_state == State::Paused)
            fail(reason);
    });
}

QString PointSurveyWorkflow::stateText() const
{
    const int n = int(m_points.size());
    switch (m_state) {
    case State::Idle: return tr("Ready to start");
    case State::Moving: return tr("%1: moving to point %2 of %3").arg(stepName()).arg(m_index + 1).arg(n);
    case State::Probing: return tr("%1: detecting the nozzle at point %2 of %3").arg(stepName()).arg(m_index + 1).arg(n);
    case State::AwaitingClick:
        return tr("%1: the nozzle was not detected at point %2 of %3. Click it in the camera view, or skip the point.")
            .arg(stepName())
            .arg(m_index + 1)
            .arg(n);
    case State::Paused: return tr("Paused: %1").arg(m_pauseReason);
    case State::Returning: return tr("Returning to the start position");
    case State::Done: return tr("%1: done").arg(stepName());
    case State::Cancelled: return tr("Cancelled");
    case State::Failed: return tr("Failed: %1").arg(m_failure);
    }
    return {};
}

bool PointSurveyWorkflow::canResume() const
{
    return m_state == State::Paused && m_links.bothBack();
}

bool PointSurveyWorkflow::isRunning() const
{
    return m_state == State::Moving || m_state == State::Probing || m_state == State::AwaitingClick
        || m_state == State::Returning;
}

int PointSurveyWorkflow::measuredCount() const
{
    int n = 0;
    for (const SurveyPoint &p : m_points)
        n += p.measured ? 1 : 0;
    return n;
}

double PointSurveyWorkflow::elapsedSeconds() const
{
    return m_clock.isValid() && isRunning() ? m_clock.elapsed() / 1000.0 : m_seconds;
}

void PointSurveyWorkflow::setState(State state)
{
    if (m_state == state)
        return;
    qCDebug(lcWorkflow) << stepName() << m_state << "->" << state;
    m_state = state;
    if (!isRunning() && state != State::Paused && m_clock.isValid())
        m_seconds = m_clock.elapsed() / 1000.0;
    emit stateChanged(state);
}

void PointSurveyWorkflow::fail(const QString &reason)
{
    qCWarning(lcWorkflow) << stepName() << "failed:" << reason;
    m_failure = reason;
    m_pending.clear();
    setState(State::Failed);
    emit failed(reason);
}

void PointSurveyWorkflow::start()
{
    if (isRunning() || m_state == State::Paused)
        return;
    m_failure.clear();
    m_evaluationError.clear();
    m_cancelRequested = false;
    m_moves = 0;
    m_index = -1;
    m_points.clear();
    m_clock.start();
    if (!m_machine.isReady()) {
        fail(tr("The printer is not ready: it must be connected, ready and homed."));
        return;
    }
    if (!m_probe.isAvailable()) {
        fail(tr("No camera image."));
        return;
    }
    const Offset3 here = m_machine.gcodePosition();
    m_start = m_fixedStart.value_or(QPointF(here.x, here.y));
    QString error;
    const QVector<QPointF> targets = plan(m_start, &error);
    if (targets.isEmpty()) {
        fail(error.isEmpty() ? tr("Nothing to measure.") : error);
        return;
    }
    for (const QPointF &t : targets) {
        SurveyPoint p;
        p.target = t;
        m_points.append(p);
    }
    visit(0);
}

void PointSurveyWorkflow::visit(int index)
{
    m_index = index;
    const QPointF target = m_points[index].target;
    m_pending = {target - QPointF(m_backlashMm, m_backlashMm), target};
    moveXY(m_pending.takeFirst());
}

void PointSurveyWorkflow::moveXY(const QPointF &xy)
{
    if (m_state != State::Returning)
        setState(State::Moving);
    ++m_moves;
    m_inFlight = true;
    m_machine.moveTo(xy.x(), xy.y(), std::nullopt);
}

void PointSurveyWorkflow::onOperationFinished(bool ok, const QString &error)
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
        } else if (!m_evaluationError.isEmpty()) {
            fail(m_evaluationError);
        } else {
            setState(State::Done);
            emit finished();
        }
        return;
    }
    if (m_cancelRequested) {
        finishCancel();
        return;
    }
    if (!m_pending.isEmpty()) {
        moveXY(m_pending.takeFirst());
        return;
    }
    setState(State::Probing);
    m_probe.probe();
}

void PointSurveyWorkflow::onProbed(const ProbeResult &result)
{
    if (m_state != State::Probing)
        return;
    if (m_cancelRequested) {
        finishCancel();
        return;
    }
    SurveyPoint &p = m_points[m_index];
    p.confidence = result.confidence;
    if (!result.found) {
        p.reason = result.reason;
        setState(State::AwaitingClick);
        return;
    }
    p.found = true;
    p.pixel = result.pixel;
    pointDone();
}

void PointSurveyWorkflow::provideClick(const QPointF &pixel)
{
    if (m_state != State::AwaitingClick)
        return;
    SurveyPoint &p = m_points[m_index];
    p.found = true;
    p.manual = true;
    p.pixel = pixel;
    pointDone();
}

void PointSurveyWorkflow::skipPoint()
{
    if (m_state != State::AwaitingClick)
        return;
    m_points[m_index].skipped = true;
    pointDone();
}

void PointSurveyWorkflow::pointDone()
{
    m_points[m_index].measured = true;
    emit pointMeasured(m_index);
    if (m_index + 1 < m_points.size()) {
        visit(m_index + 1);
        return;
    }
    m_evaluationError = evaluate();
    returnToStart();
}

void PointSurveyWorkflow::returnToStart()
{
    setState(State::Returning);
    m_pending.clear();
    const Offset3 here = m_machine.gcodePosition();
    if (QPointF(here.x, here.y) == m_start) {
        // Already there: one answer as if moved.
        m_inFlight = true;
        onOperationFinished(true, {});
        return;
    }
    moveXY(m_start);
}

void PointSurveyWorkflow::cancel()
{
    if (m_state == State::Idle || m_state == State::Done || m_state == State::Cancelled || m_state == State::Failed)
        return;
    m_cancelRequested = true;
    if (m_state == State::Returning || m_inFlight)
        return; // continues in onOperationFinished
    if (m_state == State::Probing)
        return; // continues in onProbed
    finishCancel();
}

void PointSurveyWorkflow::finishCancel()
{
    if (m_links.printerLost()) {
        setState(State::Cancelled); // nothing is sent without the printer (and the operator)
        return;
    }
    returnToStart();
}

void PointSurveyWorkflow::pause(const QString &reason)
{
    if (m_state != State::Moving && m_state != State::Probing && m_state != State::AwaitingClick)
        return;
    m_pauseReason = reason;
    m_resumeState = m_state;
    m_pending.clear();
    setState(State::Paused);
}

void PointSurveyWorkflow::resume()
{
    if (!canResume())
        return;
    switch (m_resumeState) {
    case State::Moving:
        visit(m_index); // approach the interrupted point again from its side: new, operator-issued moves
        break;
    case State::Probing:
        setState(State::Probing);
        m_probe.probe();
        break;
    default:
        setState(State::AwaitingClick);
        break;
    }
}

} // namespace reticle
