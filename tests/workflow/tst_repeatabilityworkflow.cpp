// RepeatabilityWorkflow over the scripted printer: every cycle changes every tool again, the
// per-tool scatter is the scatter of what was measured, and pause/resume/cancel behave as in the
// tool offset wizard.
#include "FakeRig.h"
#include "workflow/RepeatabilityWorkflow.h"

#include <QSignalSpy>
#include <QTest>

#include <cmath>

using namespace reticle;
using namespace reticle::test;

namespace {

RepeatabilitySettings settingsFor(int cycles)
{
    RepeatabilitySettings settings;
    settings.measurement.tools = {0, 1, 2};
    settings.measurement.referenceTool = 0;
    settings.measurement.cameraPosition = {150, 150, 20};
    settings.measurement.repeats = 1;
    settings.cycles = cycles;
    return settings;
}

double sampleStd(const QVector<double> &values)
{
    double mean = 0.0;
    for (double v : values)
        mean += v;
    mean /= double(values.size());
    double sum = 0.0;
    for (double v : values)
        sum += (v - mean) * (v - mean);
    return std::sqrt(sum / double(values.size() - 1));
}

} // namespace

class TestRepeatabilityWorkflow : public QObject
{
    Q_OBJECT

private slots:
    void scatterIsWhatEachCycleMeasured()
    {
        FakeMachine machine;
        machine.tool = 0;
        machine.gcode = {150, 150, 20};
        machine.trueOffsets = {{0, {}}, {1, {0.8, -0.3, 0}}, {2, {-1.2, 0.5, 0}}};
        machine.appliedOffsets = {{0, {}}, {1, {0.8, -0.3, 0}}, {2, {-1.2, 0.5, 0}}};
        // T1 docks a little differently every time it is picked up: the true offset moves by a
        // known amount per tool change, which the scatter must show.
        const QVector<double> jitterX{0.000, 0.004, -0.002, 0.001};
        const QVector<double> jitterY{0.000, -0.003, 0.002, 0.003};
        int pickups = 0;
        machine.onCommand = [&](const QString &line) {
            if (line == QLatin1String("T1")) {
                machine.trueOffsets[1] = {0.8 + jitterX.value(pickups), -0.3 + jitterY.value(pickups), 0};
                ++pickups;
            }
        };
        FakeProbe probe(machine);
        RepeatabilityWorkflow workflow(machine, probe, settingsFor(4));
        QSignalSpy cycles(&workflow, &RepeatabilityWorkflow::cycleFinished);
        QSignalSpy finished(&workflow, &RepeatabilityWorkflow::finished);
        workflow.start();
        QVERIFY(finished.wait(10000));
        QCOMPARE(workflow.state(), RepeatabilityWorkflow::State::Review);
        QCOMPARE(cycles.count(), 4);
        QCOMPARE(pickups, 4); // a real tool change in every cycle
        QCOMPARE(machine.tool, 0); // the starting tool is back
        QCOMPARE(machine.gcode, (Offset3{150, 150, 20}));

        const QVector<RepeatabilityToolResult> results = workflow.results();
        QCOMPARE(results.size(), 3);
        QCOMPARE(results[0].tool, 0);
        QVERIFY(results[0].reference);
        QCOMPARE(results[1].tool, 1);
        QCOMPARE(results[1].samples.size(), 4);
        for (int i = 0; i < 4; ++i) {
            QVERIFY(std::abs(results[1].samples[i].x() - (0.8 + jitterX[i])) < 1e-4);
            QVERIFY(std::abs(results[1].samples[i].y() - (-0.3 + jitterY[i])) < 1e-4);
        }
        QVERIFY(std::abs(results[1].stdMm.x() - sampleStd(jitterX)) < 1e-4);
        QVERIFY(std::abs(results[1].stdMm.y() - sampleStd(jitterY)) < 1e-4);
        QVERIFY(std::abs(results[1].rangeMm.x() - 0.006) < 1e-4);
        QVERIFY(std::abs(results[1].rangeMm.y() - 0.006) < 1e-4);
        // T2 did not move: no scatter.
        QVERIFY(results[2].stdMm.x() < 1e-6 && results[2].stdMm.y() < 1e-6);
        QVERIFY(std::abs(results[2].meanOffset.x + 1.2) < 1e-4);
        // Deviations for the plot are relative to the mean, in µm.
        const QVector<QPointF> deviations = results[1].deviationsUm();
        QCOMPARE(deviations.size(), 4);
        double sumX = 0.0;
        for (const QPointF &d : deviations)
            sumX += d.x();
        QVERIFY(std::abs(sumX) < 1e-6);
        QVERIFY(std::abs(deviations[1].x() - (4.0 - 0.75)) < 0.1);
        QVERIFY(results[1].moves > 0);
    }

    void pausesBetweenCyclesAndResumes()
    {
        FakeMachine machine;
        machine.gcode = {150, 150, 20};
        machine.trueOffsets = {{0, {}}, {1, {0.3, 0.2, 0}}};
        machine.appliedOffsets = {{0, {}}, {1, {0.3, 0.2, 0}}};
        FakeProbe probe(machine);
        RepeatabilitySettings settings = settingsFor(3);
        settings.measurement.tools = {0, 1};
        RepeatabilityWorkflow workflow(machine, probe, settings);
        workflow.start();
        QCOMPARE(workflow.state(), RepeatabilityWorkflow::State::Measuring);
        workflow.pauseAfterCycle();
        QVERIFY(workflow.stateText().contains(QStringLiteral("pausing after this cycle")));
        QTRY_COMPARE_WITH_TIMEOUT(workflow.state(), RepeatabilityWorkflow::State::Paused, 5000);
        QCOMPARE(workflow.cyclesDone(), 1);
        QVERIFY(workflow.canResume());
        const int commandsWhenPaused = int(machine.commands.size());
        QTest::qWait(50); // nothing moves while paused (event loop runs; no timer is asserted)
        QCOMPARE(int(machine.commands.size()), commandsWhenPaused);
        workflow.resume();
        QTRY_COMPARE_WITH_TIMEOUT(workflow.state(), RepeatabilityWorkflow::State::Review, 5000);
        QCOMPARE(workflow.cyclesDone(), 3);
        QCOMPARE(workflow.results().at(1).samples.size(), 3);
    }

    void cancelMidCycleRestoresTheToolAndPosition()
    {
        FakeMachine machine;
        machine.gcode = {150, 150, 20};
        machine.trueOffsets = {{0, {}}, {1, {0.3, 0.2, 0}}};
        machine.appliedOffsets = {{0, {}}, {1, {0.3, 0.2, 0}}};
        FakeProbe probe(machine);
        RepeatabilitySettings settings = settingsFor(5);
        settings.measurement.tools = {0, 1};
        RepeatabilityWorkflow workflow(machine, probe, settings);
        // In cycle 2, while T1 is being selected: cancel.
        int pickups = 0;
        machine.onCommand = [&](const QString &line) {
            if (line == QLatin1String("T1") && ++pickups == 2)
                QTimer::singleShot(0, &workflow, &RepeatabilityWorkflow::cancel);
        };
        workflow.start();
        QTRY_COMPARE_WITH_TIMEOUT(workflow.state(), RepeatabilityWorkflow::State::Cancelled, 5000);
        QCOMPARE(machine.tool, 0);
        QCOMPARE(machine.gcode, (Offset3{150, 150, 20}));
        QCOMPARE(workflow.cyclesDone(), 1);
        QVERIFY(workflow.stateText().contains(QStringLiteral("Cancelled")));
    }

    void cancelWhilePausedBetweenCycles()
    {
        FakeMachine machine;
        machine.gcode = {150, 150, 20};
        machine.trueOffsets = {{0, {}}, {1, {0.3, 0.2, 0}}};
        machine.appliedOffsets = machine.trueOffsets;
        FakeProbe probe(machine);
        RepeatabilitySettings settings = settingsFor(3);
        settings.measurement.tools = {0, 1};
        RepeatabilityWorkflow workflow(machine, probe, settings);
        workflow.start();
        workflow.pauseAfterCycle();
        QTRY_COMPARE_WITH_TIMEOUT(workflow.state(), RepeatabilityWorkflow::State::Paused, 5000);
        const int commands = int(machine.commands.size());
        workflow.cancel();
        QCOMPARE(workflow.state(), RepeatabilityWorkflow::State::Cancelled);
        QCOMPARE(int(machine.commands.size()), commands); // already restored: nothing more sent
        QCOMPARE(machine.tool, 0);
    }

    void cameraLossPausesTheCycleAndResumeContinues()
    {
        FakeMachine machine;
        machine.gcode = {150, 150, 20};
        machine.trueOffsets = {{0, {}}, {1, {0.3, 0.2, 0}}};
        machine.appliedOffsets = machine.trueOffsets;
        FakeProbe probe(machine);
        RepeatabilitySettings settings = settingsFor(2);
        settings.measurement.tools = {0, 1};
        RepeatabilityWorkflow workflow(machine, probe, settings);
        probe.holdResults = true;
        workflow.start();
        QTRY_COMPARE_WITH_TIMEOUT(workflow.cycleWorkflow()->state(), ToolOffsetWorkflow::State::Probing, 5000);
        probe.loseCamera();
        QCOMPARE(workflow.state(), RepeatabilityWorkflow::State::Paused);
        QVERIFY(!workflow.canResume());
        QVERIFY(workflow.stateText().contains(QStringLiteral("Camera lost")));
        probe.restoreCamera();
        QVERIFY(workflow.canResume());
        probe.holdResults = false;
        workflow.resume();
        QTRY_COMPARE_WITH_TIMEOUT(workflow.state(), RepeatabilityWorkflow::State::Review, 5000);
        QCOMPARE(workflow.cyclesDone(), 2);
    }

    void detectionFailureAsksForAClick()
    {
        FakeMachine machine;
        machine.gcode = {150, 150, 20};
        machine.trueOffsets = {{0, {}}, {1, {0.3, 0.2, 0}}};
        machine.appliedOffsets = machine.trueOffsets;
        FakeProbe probe(machine);
        RepeatabilitySettings settings = settingsFor(2);
        settings.measurement.tools = {0, 1};
        RepeatabilityWorkflow workflow(machine, probe, settings);
        probe.failNext = 10;
        workflow.start();
        QTRY_COMPARE_WITH_TIMEOUT(workflow.state(), RepeatabilityWorkflow::State::AwaitingClick, 5000);
        probe.failNext = 0;
        workflow.provideManualMeasurement(probe.trueError());
        QTRY_COMPARE_WITH_TIMEOUT(workflow.state(), RepeatabilityWorkflow::State::Review, 5000);
        QVERIFY(workflow.results().at(0).manual);
    }
};

QTEST_GUILESS_MAIN(TestRepeatabilityWorkflow)
#include "tst_repeatabilityworkflow.moc"
