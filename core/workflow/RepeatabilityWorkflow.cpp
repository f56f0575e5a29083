#include "RepeatabilityWorkflow.h"

#include "WorkflowLogging.h"

#include <QTimer>

namespace reticle {

QVector<QPointF> RepeatabilityToolResult::deviationsUm() const
{
    QVector<QPointF> out;
    out.reserve(samples.size());
    for (const QPointF &s : samples)
        out.append((s - mean) * 1000.0);
    return out;
}

RepeatabilityWorkflow::RepeatabilityWorkflow(MachineIo &machine, NozzleProbe &probe, RepeatabilitySettings settings,
                                             QObject *parent)
    : QObject(parent)
    , m_machine(machine)
    , m_probe(probe)
    , m_settings(std::move(settings))
{
    m_settings.cycles = std::max(1, m_settings.cycles);
}

RepeatabilityWorkflow::~RepeatabilityWorkflow() = default;

QString RepeatabilityWorkflow::stateText() const
{
    const int cycle = std::min(m_cyclesDone + 1, m_settings.cycles);
    switch (m_state) {
    case State::Idle: return tr("Ready to start");
    case State::Measuring:
    case State::AwaitingClick: {
        // Between two cycles the cycle's workflow still shows its review: say what comes next.
        const bool between = !m_cycle || m_cycle->state() == ToolOffsetWorkflow::State::Review
            || m_cycle->state() == ToolOffsetWorkflow::State::Idle;
        QString text = tr("Cycle %1 of %2: %3")
                           .arg(cycle)
                           .arg(m_settings.cycles)
                           .arg(between ? tr("starting") : m_cycle->stateText());
        if (m_pauseRequested)
            text += QLatin1Char(' ') + tr("(pausing after this cycle)");
        return text;
    }
    case State::Paused:
        if (m_pausedBetweenCycles)
            return tr("Paused after cycle %1 of %2; the tool and position are restored.")
                .arg(m_cyclesDone)
                .arg(m_settings.cycles);
        return m_cycle ? m_cycle->stateText() : tr("Paused");
    case State::Review:
        return tr("%1 cycles done in %2 s: review the scatter, then save it to the history.")
            .arg(m_cyclesDone)
            .arg(m_seconds, 0, 'f', 0);
    case State::Cancelled: return tr("Cancelled after %1 of %2 cycles").arg(m_cyclesDone).arg(m_settings.cycles);
    case State::Failed: return tr("Failed: %1").arg(m_failure);
    }
    return {};
}

bool RepeatabilityWorkflow::canResume() const
{
    if (m_state != State::Paused)
        return false;
    return m_pausedBetweenCycles || (m_cycle && m_cycle->canResume());
}

double RepeatabilityWorkflow::elapsedSeconds() const
{
    if (m_state == State::Measuring || m_state == State::AwaitingClick || m_state == State::Paused)
        return m_timer.isValid() ? m_timer.elapsed() / 1000.0 : 0.0;
    return m_seconds;
}

void RepeatabilityWorkflow::setState(State state)
{
    if (m_state == state) {
        emit stateChanged(state); // the cycle's own state (shown in stateText) moved on
        return;
    }
    qCDebug(lcWorkflow) << "repeatability:" << m_state << "->" << state;
    m_state = state;
    if (state == State::Review || state == State::Cancelled || state == State::Failed)
        m_seconds = m_timer.isValid() ? m_timer.elapsed() / 1000.0 : 0.0;
    emit stateChanged(state);
}

void RepeatabilityWorkflow::start()
{
    if (m_state != State::Idle && m_state != State::Review && m_state != State::Cancelled && m_state != State::Failed)
        return;
    m_failure.clear();
    m_pauseRequested = false;
    m_pausedBetweenCycles = false;
    m_cyclesDone = 0;
    m_stats.clear();
    m_totals.clear();
    m_offsets.clear();
    m_seconds = 0.0;
    m_order = m_settings.measurement.tools;
    m_order.removeAll(m_settings.measurement.referenceTool);
    m_order.prepend(m_settings.measurement.referenceTool);

    m_cycle = std::make_unique<ToolOffsetWorkflow>(m_machine, m_probe, m_settings.measurement);
    connect(m_cycle.get(), &ToolOffsetWorkflow::stateChanged, this, &RepeatabilityWorkflow::onCycleState);
    connect(m_cycle.get(), &ToolOffsetWorkflow::finished, this, &RepeatabilityWorkflow::onCycleFinished);
    connect(m_cycle.get(), &ToolOffsetWorkflow::failed, this, [this](const QString &reason) {
        m_failure = tr("cycle %1: %2").arg(m_cyclesDone + 1).arg(reason);
        qCWarning(lcWorkflow) << "repeatability failed:" << m_failure;
        setState(State::Failed);
        emit failed(m_failure);
    });
    connect(m_cycle.get(), &ToolOffsetWorkflow::progress, this, [this](int index, int count, const QString &text) {
        emit progress(m_cyclesDone, m_settings.cycles, index, count, text);
    });
    m_timer.start();
    startCycle();
}

void RepeatabilityWorkflow::startCycle()
{
    setState(State::Measuring);
    emit progress(m_cyclesDone, m_settings.cycles, 0, int(m_order.size()),
                  tr("Cycle %1 of %2").arg(m_cyclesDone + 1).arg(m_settings.cycles));
    m_cycle->start();
}

void RepeatabilityWorkflow::onCycleState(ToolOffsetWorkflow::State state)
{
    using S = ToolOffsetWorkflow::State;
    switch (state) {
    case S::SelectingTool:
    case S::Moving:
    case S::Probing:
    case S::Restoring:
        if (m_state == State::Measuring || m_state == State::AwaitingClick || m_state == State::Paused)
            setState(State::Measuring);
        break;
    case S::AwaitingClick: setState(State::AwaitingClick); break;
    case S::Paused: setState(State::Paused); break;
    case S::Cancelled: setState(State::Cancelled); break;
    case S::Idle:
    case S::Review:
    case S::Failed: break; // finished() / failed() handle these
    }
}

void RepeatabilityWorkflow::onCycleFinished()
{
    const int reference = m_settings.measurement.referenceTool;
    for (const ToolOffsetResult &r : m_cycle->results()) {
        const bool isReference = r.tool == reference;
        m_stats[r.tool].add(isReference ? QPointF(r.centre.x, r.centre.y) : QPointF(r.newOffset.x, r.newOffset.y));
        m_offsets[r.tool].append(r.newOffset);
        RepeatabilityToolResult &total = m_totals[r.tool];
        if (total.tool < 0) {
            total.tool = r.tool;
            total.reference = isReference;
            total.currentOffset = r.currentOffset;
        }
        total.moves += r.moves;
        total.seconds += r.seconds;
        total.manual = total.manual || r.manual;
    }
    ++m_cyclesDone;
    qCInfo(lcWorkflow) << "repeatability: cycle" << m_cyclesDone << "of" << m_settings.cycles << "done";
    emit cycleFinished(m_cyclesDone);
    if (m_cyclesDone >= m_settings.cycles) {
        setState(State::Review);
        emit finished();
        return;
    }
    if (m_pauseRequested) {
        m_pausedBetweenCycles = true;
        setState(State::Paused);
        return;
    }
    // Not from inside the cycle's finished() signal: start the next cycle from the event loop.
    QTimer::singleShot(0, this, [this] {
        if (m_state == State::Measuring && m_cycle && m_cycle->state() == ToolOffsetWorkflow::State::Review)
            startCycle();
    });
}

QVector<RepeatabilityToolResult> RepeatabilityWorkflow::results() const
{
    QVector<RepeatabilityToolResult> out;
    for (int tool : m_order) {
        if (!m_totals.contains(tool))
            continue;
        RepeatabilityToolResult r = m_totals.value(tool);
        const RepeatabilityStats &stats = m_stats[tool];
        r.samples = stats.samples();
        r.mean = stats.mean();
        r.stdMm = stats.standardDeviation();
        r.rangeMm = stats.range();
        const QVector<Offset3> &offsets = m_offsets[tool];
        Offset3 sum;
        for (const Offset3 &o : offsets)
            sum = sum + o;
        const double n = double(std::max<qsizetype>(1, offsets.size()));
        r.meanOffset = {sum.x / n, sum.y / n, sum.z / n};
        out.append(r);
    }
    return out;
}

void RepeatabilityWorkflow::cancel()
{
    switch (m_state) {
    case State::Idle:
    case State::Review:
    case State::Cancelled:
    case State::Failed:
        return;
    case State::Paused:
        if (m_pausedBetweenCycles) {
            m_pausedBetweenCycles = false;
            setState(State::Cancelled); // the cycle already put the tool and position back
            return;
        }
        break;
    default:
        break;
    }
    if (m_state == State::Measuring && m_cycle->state() == ToolOffsetWorkflow::State::Review) {
        setState(State::Cancelled); // between two cycles (the next one had not started yet)
        return;
    }
    m_cycle->cancel();
}

void RepeatabilityWorkflow::pauseAfterCycle()
{
    if (m_state != State::Measuring && m_state != State::AwaitingClick)
        return;
    m_pauseRequested = true;
    emit stateChanged(m_state);
}

void RepeatabilityWorkflow::resume()
{
    if (!canResume())
        return;
    if (m_pausedBetweenCycles) {
        m_pausedBetweenCycles = false;
        m_pauseRequested = false;
        startCycle();
        return;
    }
    m_cycle->resume();
}

void RepeatabilityWorkflow::provideManualMeasurement(const QPointF &errorMm)
{
    if (m_state == State::AwaitingClick && m_cycle)
        m_cycle->provideManualMeasurement(errorMm);
}

} // namespace reticle
