#pragma once

#include "RepeatabilityStats.h"
#include "ToolOffsetWorkflow.h"

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>

#include <memory>

namespace reticle {

struct RepeatabilitySettings
{
    ToolOffsetSettings measurement; // tools, reference, camera position, centring; repeats per cycle
    int cycles = 5;
};

// The scatter of one tool over the cycles of a repeatability run.
//  - Other tools: the measured offset (relative to that cycle's reference measurement), so the
//    scatter is what the operator would see re-measuring the offsets.
//  - The reference: its centre (toolhead position that puts the nozzle on the camera centre);
//    its offset is the reference by definition and never scatters.
struct RepeatabilityToolResult
{
    int tool = -1;
    bool reference = false;
    QVector<QPointF> samples;   // mm, one per completed cycle
    QPointF mean;               // mm
    QPointF stdMm;              // sample standard deviation per axis
    QPointF rangeMm;            // max − min per axis
    Offset3 currentOffset;      // applied by the printer when the run started
    Offset3 meanOffset;         // mean measured offset (the reference: its current offset)
    int moves = 0;              // over all cycles
    double seconds = 0.0;       // over all cycles
    bool manual = false;        // a click was used in some cycle

    // The samples relative to their mean, in µm (what the scatter plot shows).
    QVector<QPointF> deviationsUm() const;
};

// N cycles of the tool offset measurement over the same tool set, one ToolOffsetWorkflow run per
// cycle (each cycle selects every tool again, so tool-change repeatability is part of the
// scatter). An explicit state machine around the per-cycle workflow: its pause (printer or camera
// lost), manual click and cancel are passed through; in addition the operator may pause between
// cycles. Nothing is applied or written: saving to the history is the window's job.
class RepeatabilityWorkflow : public QObject
{
    Q_OBJECT
public:
    enum class State {
        Idle,
        Measuring,      // a cycle is running (see cycleState() for what it does)
        AwaitingClick,  // detection failed in a cycle: the operator clicks the nozzle
        Paused,         // printer or camera lost, or the operator paused between cycles
        Review,         // every cycle done
        Cancelled,
        Failed,
    };
    Q_ENUM(State)

    RepeatabilityWorkflow(MachineIo &machine, NozzleProbe &probe, RepeatabilitySettings settings,
                          QObject *parent = nullptr);
    ~RepeatabilityWorkflow() override;

    State state() const { return m_state; }
    QString stateText() const;
    QString failureReason() const { return m_failure; }
    int cycles() const { return m_settings.cycles; }
    int cyclesDone() const { return m_cyclesDone; }
    const RepeatabilitySettings &settings() const { return m_settings; }
    // Per tool, in measuring order (the reference first); filled as cycles complete.
    QVector<RepeatabilityToolResult> results() const;
    double elapsedSeconds() const;
    bool canResume() const;
    bool pauseRequested() const { return m_pauseRequested; }
    // The workflow of the cycle under way (for the manual click).
    ToolOffsetWorkflow *cycleWorkflow() const { return m_cycle.get(); }

public slots:
    void start();
    void cancel();
    // Pause once the current cycle has finished (the tool and position are restored by then).
    void pauseAfterCycle();
    void resume();
    void provideManualMeasurement(const QPointF &errorMm);

signals:
    void stateChanged(reticle::RepeatabilityWorkflow::State state);
    void progress(int cycle, int cycles, int toolIndex, int toolCount, const QString &text);
    void cycleFinished(int cycle);
    void finished();
    void failed(const QString &reason);

private:
    void setState(State state);
    void startCycle();
    void onCycleState(ToolOffsetWorkflow::State state);
    void onCycleFinished();

    MachineIo &m_machine;
    NozzleProbe &m_probe;
    RepeatabilitySettings m_settings;
    std::unique_ptr<ToolOffsetWorkflow> m_cycle;
    State m_state = State::Idle;
    QString m_failure;
    QString m_pauseText;
    bool m_pauseRequested = false;
    bool m_pausedBetweenCycles = false;
    int m_cyclesDone = 0;
    QVector<int> m_order;
    QHash<int, RepeatabilityStats> m_stats;
    QHash<int, RepeatabilityToolResult> m_totals;
    QHash<int, QVector<Offset3>> m_offsets;
    QElapsedTimer m_timer;
    double m_seconds = 0.0;
};

} // namespace reticle
