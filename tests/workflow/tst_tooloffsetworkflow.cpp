#include "FakeRig.h"
#include "workflow/ToolOffsetWorkflow.h"

#include <QSignalSpy>
#include <QTest>

#include <cmath>

using namespace reticle;
using namespace reticle::test;

namespace {

ToolOffsetSettings defaultSettings(QVector<int> tools)
{
    ToolOffsetSettings s;
    s.tools = std::move(tools);
    s.referenceTool = 0;
    s.cameraPosition = {150.0, 150.0, 20.0};
    s.centring = CentringSettings{1.0, 2.0, 20.0, 8, 120.0};
    s.repeats = 3;
    s.approachTakeUpMm = 0.2;
    s.repeatRetreatMm = 0.5;
    return s;
}

bool isTerminal(ToolOffsetWorkflow::State s)
{
    return s == ToolOffsetWorkflow::State::Review || s == ToolOffsetWorkflow::State::Cancelled
        || s == ToolOffsetWorkflow::State::Failed;
}

bool waitForState(ToolOffsetWorkflow &wf, ToolOffsetWorkflow::State state, int timeoutMs = 5000)
{
    return QTest::qWaitFor([&] { return wf.state() == state; }, timeoutMs);
}

void setUpRig(FakeMachine &machine)
{
    machine.trueOffsets = {{0, {0, 0, 0}}, {1, {1.234, -0.567, 0.1}}, {2, {-3.21, 2.468, -0.05}}};
    machine.appliedOffsets = {{0, {0, 0, 0}}, {1, {1.0, -0.5, 0.1}}, {2, {-3.0, 2.5, -0.05}}};
    machine.backlashMm = 0.02;
}

} // namespace

class TestToolOffsetWorkflow : public QObject
{
    Q_OBJECT

private slots:
    void recoversOffsetsDespiteBacklashAndAWrongMap()
    {
        FakeMachine machine;
        setUpRig(machine);
        FakeProbe probe(machine);
        probe.mapScaleError = 1.04; // first calibration 4 % off
        ToolOffsetWorkflow wf(machine, probe, defaultSettings({0, 1, 2}));
        wf.start();
        QVERIFY(QTest::qWaitFor([&] { return isTerminal(wf.state()); }, 5000));
        QCOMPARE(wf.state(), ToolOffsetWorkflow::State::Review);
        QCOMPARE(wf.results().size(), 3);
        for (const ToolOffsetResult &r : wf.results()) {
            const Offset3 truth = machine.trueOffsets.value(r.tool);
            QVERIFY2(std::abs(r.newOffset.x - truth.x) < 0.001 && std::abs(r.newOffset.y - truth.y) < 0.001,
                     qPrintable(QStringLiteral("T%1: %2, %3").arg(r.tool).arg(r.newOffset.x).arg(r.newOffset.y)));
            QCOMPARE(r.newOffset.z, machine.appliedOffsets.value(r.tool).z); // Z is not measured here
            QCOMPARE(r.samples, 3);
            QVERIFY2(r.moves <= 10, qPrintable(QString::number(r.moves)));
            QVERIFY(!r.manual);
        }
        // Restored: the tool it started with, at the position it started from.
        QCOMPARE(machine.activeTool(), 0);
        QCOMPARE(machine.gcodePosition(), (Offset3{100.0, 100.0, 30.0}));
    }

    void referenceOffsetIsCarriedToEveryTool()
    {
        FakeMachine machine;
        setUpRig(machine);
        machine.trueOffsets[0] = {0.3, 0.2, 0.0};
        machine.appliedOffsets[0] = {0.3, 0.2, 0.0};
        machine.trueOffsets[1] = {1.534, -0.367, 0.1};
        FakeProbe probe(machine);
        probe.cameraCentre = {149.7, 149.8, 0}; // where T0's nozzle lands at gcode (150, 150)
        ToolOffsetWorkflow wf(machine, probe, defaultSettings({0, 1}));
        wf.start();
        QVERIFY(waitForState(wf, ToolOffsetWorkflow::State::Review));
        const ToolOffsetResult t1 = wf.results().at(1);
        QVERIFY(std::abs(t1.newOffset.x - 1.534) < 1e-9);
        QVERIFY(std::abs(t1.newOffset.y + 0.367) < 1e-9);
    }

    void exactCommandsForATwoToolRun()
    {
        FakeMachine machine;
        setUpRig(machine);
        machine.backlashMm = 0.0;
        FakeProbe probe(machine);
        ToolOffsetSettings settings = defaultSettings({0, 1});
        settings.repeats = 2;
        ToolOffsetWorkflow wf(machine, probe, settings);
        wf.start();
        QVERIFY(waitForState(wf, ToolOffsetWorkflow::State::Review));
        const QStringList expected{
            // T0 is active: travel at the starting height (the target lies ahead in +X/+Y, so this is
            // already a one-sided approach), then down to the camera.
            QStringLiteral("G0 X150.0000 Y150.0000 Z30.0000"),
            QStringLiteral("G0 X150.0000 Y150.0000 Z20.0000"),
            // already centred; repeat: back off 0.5 mm and return
            QStringLiteral("G0 X149.5000 Y149.5000 Z20.0000"),
            QStringLiteral("G0 X150.0000 Y150.0000 Z20.0000"),
            // T1: select and look without moving; its nozzle is (−0.234, +0.067) off: +0.234 in X
            // needs no pre-position, −0.067 in Y does
            QStringLiteral("T1"),
            QStringLiteral("G0 X150.0000 Y149.7330 Z20.0000"),
            QStringLiteral("G0 X150.2340 Y149.9330 Z20.0000"),
            // repeat
            QStringLiteral("G0 X149.7340 Y149.4330 Z20.0000"),
            QStringLiteral("G0 X150.2340 Y149.9330 Z20.0000"),
            // restore T0, up to the starting height first, then back to the starting XY
            QStringLiteral("T0"),
            QStringLiteral("G0 Z30.0000"),
            QStringLiteral("G0 X100.0000 Y100.0000 Z30.0000"),
        };
        QVERIFY2(machine.commands == expected, qPrintable(machine.commands.join(QLatin1Char('\n'))));
    }

    void failedDetectionFallsBackToTheOperatorsClick()
    {
        FakeMachine machine;
        setUpRig(machine);
        FakeProbe probe(machine);
        ToolOffsetSettings settings = defaultSettings({0, 1});
        settings.repeats = 1;
        ToolOffsetWorkflow wf(machine, probe, settings);
        QSignalSpy manualSpy(&wf, &ToolOffsetWorkflow::manualMeasurementNeeded);
        connect(&wf, &ToolOffsetWorkflow::progress, this, [&](int index, int, const QString &) {
            if (index == 1)
                probe.failNext = 1000; // T1's nozzle is never detected
        });
        wf.start();
        for (int clicks = 0; clicks < 10 && wf.state() != ToolOffsetWorkflow::State::Review; ++clicks) {
            QVERIFY(QTest::qWaitFor([&] {
                return wf.state() == ToolOffsetWorkflow::State::AwaitingClick
                    || wf.state() == ToolOffsetWorkflow::State::Review;
            }, 5000));
            if (wf.state() == ToolOffsetWorkflow::State::AwaitingClick)
                wf.provideManualMeasurement(probe.trueError());
        }
        QVERIFY(waitForState(wf, ToolOffsetWorkflow::State::Review));
        QVERIFY(manualSpy.count() >= 1);
        const ToolOffsetResult t1 = wf.results().at(1);
        QVERIFY(t1.manual);
        QVERIFY(!wf.results().at(0).manual);
        QVERIFY(std::abs(t1.newOffset.x - 1.234) < 0.001);
        QVERIFY(std::abs(t1.newOffset.y + 0.567) < 0.001);
    }

    void cancelInEveryStateRestoresToolAndPosition_data()
    {
        QTest::addColumn<int>("stateValue");
        QTest::newRow("selecting tool") << int(ToolOffsetWorkflow::State::SelectingTool);
        QTest::newRow("moving") << int(ToolOffsetWorkflow::State::Moving);
        QTest::newRow("probing") << int(ToolOffsetWorkflow::State::Probing);
        QTest::newRow("awaiting click") << int(ToolOffsetWorkflow::State::AwaitingClick);
        QTest::newRow("paused (camera lost)") << int(ToolOffsetWorkflow::State::Paused);
        QTest::newRow("restoring") << int(ToolOffsetWorkflow::State::Restoring);
    }

    void cancelInEveryStateRestoresToolAndPosition()
    {
        QFETCH(int, stateValue);
        const auto target = ToolOffsetWorkflow::State(stateValue);
        FakeMachine machine;
        setUpRig(machine);
        machine.tool = 2; // starts on T2, away from the camera
        FakeProbe probe(machine);
        ToolOffsetWorkflow wf(machine, probe, defaultSettings({0, 1}));
        bool cancelled = false;
        connect(&wf, &ToolOffsetWorkflow::stateChanged, this, [&](ToolOffsetWorkflow::State s) {
            if (cancelled)
                return;
            if (target == ToolOffsetWorkflow::State::AwaitingClick && s == ToolOffsetWorkflow::State::Moving)
                probe.failNext = 1000;
            if (target == ToolOffsetWorkflow::State::Paused && s == ToolOffsetWorkflow::State::Probing)
                QTimer::singleShot(0, &probe, [&] { probe.loseCamera(); });
            if (s == target) {
                cancelled = true;
                QTimer::singleShot(0, &wf, [&] { wf.cancel(); });
            }
        });
        wf.start();
        QVERIFY(QTest::qWaitFor([&] { return isTerminal(wf.state()); }, 5000));
        QVERIFY(cancelled);
        // Cancelling while already restoring after the last tool ends cancelled too.
        QCOMPARE(wf.state(), ToolOffsetWorkflow::State::Cancelled);
        QCOMPARE(machine.activeTool(), 2);
        QCOMPARE(machine.gcodePosition(), (Offset3{100.0, 100.0, 30.0}));
        QVERIFY(!machine.hasPending());
    }

    void printerDropMidMovePausesAndNeverResendsByItself()
    {
        FakeMachine machine;
        setUpRig(machine);
        FakeProbe probe(machine);
        ToolOffsetWorkflow wf(machine, probe, defaultSettings({0, 1}));
        bool dropped = false;
        machine.onCommand = [&](const QString &line) {
            if (!dropped && line == QStringLiteral("T1")) {
                dropped = true;
                machine.holdOperations = true; // the T1 change never reports back
            }
        };
        wf.start();
        QVERIFY(QTest::qWaitFor([&] { return dropped && machine.hasPending(); }, 5000));
        machine.dropConnection();
        QCOMPARE(wf.state(), ToolOffsetWorkflow::State::Paused);
        QVERIFY(wf.pauseReason().contains(QStringLiteral("socket closed")));
        const qsizetype sentBefore = machine.commands.size();
        machine.holdOperations = false;
        machine.reconnect();
        QTest::qWait(50);
        QCOMPARE(machine.commands.size(), sentBefore); // nothing sent without the operator
        QVERIFY(wf.canResume());
        wf.resume();
        QVERIFY(QTest::qWaitFor([&] { return isTerminal(wf.state()); }, 5000));
        QCOMPARE(wf.state(), ToolOffsetWorkflow::State::Review);
        QVERIFY(std::abs(wf.results().at(1).newOffset.x - 1.234) < 0.001);
    }

    void cameraLossPausesUntilItReturns()
    {
        FakeMachine machine;
        setUpRig(machine);
        FakeProbe probe(machine);
        ToolOffsetWorkflow wf(machine, probe, defaultSettings({0, 1}));
        bool lost = false;
        connect(&wf, &ToolOffsetWorkflow::stateChanged, this, [&](ToolOffsetWorkflow::State s) {
            if (!lost && s == ToolOffsetWorkflow::State::Probing && wf.currentTool() == 1) {
                lost = true;
                probe.holdResults = true;
                QTimer::singleShot(0, &probe, [&] { probe.loseCamera(); });
            }
        });
        wf.start();
        QVERIFY(waitForState(wf, ToolOffsetWorkflow::State::Paused));
        QVERIFY(!wf.canResume());
        wf.resume(); // ignored while the camera is gone
        QCOMPARE(wf.state(), ToolOffsetWorkflow::State::Paused);
        probe.holdResults = false;
        probe.restoreCamera();
        QVERIFY(wf.canResume());
        wf.resume();
        QVERIFY(waitForState(wf, ToolOffsetWorkflow::State::Review));
        QVERIFY(std::abs(wf.results().at(1).newOffset.y + 0.567) < 0.001);
    }

    void shutdownAbortsWithTheMessage()
    {
        FakeMachine machine;
        setUpRig(machine);
        FakeProbe probe(machine);
        ToolOffsetWorkflow wf(machine, probe, defaultSettings({0, 1}));
        QSignalSpy failed(&wf, &ToolOffsetWorkflow::failed);
        machine.onCommand = [&](const QString &line) {
            if (line == QStringLiteral("T1"))
                QTimer::singleShot(0, &machine, [&] { emit machine.shutdown(QStringLiteral("Shutdown due to webhooks request")); });
        };
        wf.start();
        QVERIFY(waitForState(wf, ToolOffsetWorkflow::State::Failed));
        QCOMPARE(failed.count(), 1);
        QVERIFY(wf.failureReason().contains(QStringLiteral("Shutdown due to webhooks request")));
    }

    void printerErrorFailsWithItsMessage()
    {
        FakeMachine machine;
        setUpRig(machine);
        FakeProbe probe(machine);
        ToolOffsetWorkflow wf(machine, probe, defaultSettings({0}));
        machine.failNext(QStringLiteral("Move out of range: 150.000 150.000 20.000 [0.000]"));
        wf.start();
        QVERIFY(waitForState(wf, ToolOffsetWorkflow::State::Failed));
        QVERIFY(wf.failureReason().startsWith(QStringLiteral("Move out of range")));
    }

    void refusesToStartWhenThePrinterIsNotReady()
    {
        FakeMachine machine;
        machine.ready = false;
        FakeProbe probe(machine);
        ToolOffsetWorkflow wf(machine, probe, defaultSettings({0, 1}));
        wf.start();
        QCOMPARE(wf.state(), ToolOffsetWorkflow::State::Failed);
        QVERIFY(wf.failureReason().contains(QStringLiteral("homed")));
        QVERIFY(machine.commands.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestToolOffsetWorkflow)
#include "tst_tooloffsetworkflow.moc"
