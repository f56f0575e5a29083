// Camera-tool mode (CameraToolOffsetWorkflow) against the scripted rig: every tool deposits a mark
// at its commanded position, the camera tool C0 measures each one, and the offsets follow from
// where the tool stood when it extruded and where C0 stood when the mark was centred. The exact
// commands are asserted, including the extrusion script the Moonraker adapter sends.
#include "../workflow/FakeRig.h"

#include "workflow/CameraToolOffsetWorkflow.h"

#include <QSignalSpy>
#include <QTest>

using namespace reticle;
using namespace reticle::test;

namespace {

constexpr int kCamera = 2;

struct Rig
{
    FakeMachine machine;
    FakeMarkProbe probe{machine};

    Rig()
    {
        machine.cameraTool = kCamera;
        machine.trueOffsets = {{0, {0.3, -0.2, 0.0}}, {1, {-2.5, 1.75, 0.05}}, {kCamera, {1.0, -0.5, 0.0}}};
        machine.appliedOffsets = {{kCamera, {0.9, -0.4, 0.0}}}; // C0 roughly known, the tools not at all
        machine.backlashMm = 0.02;
        probe.setCameraMap(PixelMap(), QSize(1280, 960)); // a map exists: no calibration
    }

    CameraToolSettings settings() const
    {
        CameraToolSettings s;
        s.tools = {0, 1};
        s.cameraTool = kCamera;
        s.depositConfirmed = true;
        return s;
    }
};

// Klipper-convention offset the run should find for `tool` with C0 as the reference:
// o_C0 + (t_tool − t_C0).
QPointF expectedOffset(const Rig &rig, int tool)
{
    const Offset3 t = rig.machine.trueOffsets.value(tool) - rig.machine.trueOffsets.value(kCamera);
    const Offset3 o = rig.machine.appliedOffsets.value(kCamera);
    return {o.x + t.x, o.y + t.y};
}

int countOf(const QStringList &lines, const QString &line)
{
    return int(std::count(lines.begin(), lines.end(), line));
}

} // namespace

class TestCameraToolWorkflow : public QObject
{
    Q_OBJECT

private slots:
    void fullRunSendsExactlyTheseCommands()
    {
        Rig rig;
        CameraToolOffsetWorkflow workflow(rig.machine, rig.probe, rig.settings());
        QSignalSpy finished(&workflow, &CameraToolOffsetWorkflow::finished);
        QSignalSpy states(&workflow, &CameraToolOffsetWorkflow::stateChanged);
        workflow.start();
        QVERIFY(finished.wait(5000));
        QCOMPARE(workflow.state(), CameraToolOffsetWorkflow::State::Review);
        // Putting back the tool and position is one state for the operator, up to the review.
        QVERIFY(states.size() >= 2);
        QCOMPARE(states.at(states.size() - 2).at(0).value<CameraToolOffsetWorkflow::State>(),
                 CameraToolOffsetWorkflow::State::Restoring);

        const QStringList expected{
            // T0 (already mounted, high enough): to its mark from -X/-Y, down, extrude, up.
            QStringLiteral("G0 X49.8000 Y100.0000"),
            QStringLiteral("G0 X50.0000 Y250.0000"),
            QStringLiteral("G0 Z0.6000"),
            QStringLiteral("SAVE_GCODE_STATE NAME=RETICLE_DEPOSIT"),
            QStringLiteral("M83"),
            QStringLiteral("G1 E1.000 F120"),
            QStringLiteral("RESTORE_GCODE_STATE NAME=RETICLE_DEPOSIT"),
            QStringLiteral("M400"),
            QStringLiteral("G0 Z5.0000"),
            // T1: change at travel height, its mark 25 mm further in +X.
            QStringLiteral("T1"),
            QStringLiteral("G0 X50.0000 Y249.8000"),
            QStringLiteral("G0 X75.0000 Y250.0000"),
            QStringLiteral("G0 Z0.6000"),
            QStringLiteral("SAVE_GCODE_STATE NAME=RETICLE_DEPOSIT"),
            QStringLiteral("M83"),
            QStringLiteral("G1 E1.000 F120"),
            QStringLiteral("RESTORE_GCODE_STATE NAME=RETICLE_DEPOSIT"),
            QStringLiteral("M400"),
            QStringLiteral("G0 Z5.0000"),
            // C0 up to the camera height, over T0's commanded mark position from -X/-Y. The mark lies
            // 0.2 mm left of and 0.1 mm above the view centre: one correction, again from -X/-Y.
            QStringLiteral("T2"),
            QStringLiteral("G0 Z20.0000"),
            QStringLiteral("G0 X49.8000 Y249.8000"),
            QStringLiteral("G0 X50.0000 Y250.0000"),
            QStringLiteral("G0 X49.6000 Y249.9000"),
            QStringLiteral("G0 X49.8000 Y250.1000"),
            // T1's mark: 3.2 mm off, so the first correction is clamped to the 3 mm step limit.
            QStringLiteral("G0 X49.8000 Y249.8000"),
            QStringLiteral("G0 X75.0000 Y250.0000"),
            QStringLiteral("G0 X75.0000 Y248.0607"),
            QStringLiteral("G0 X77.4444 Y248.2607"),
            QStringLiteral("G0 X77.4000 Y247.9500"),
            QStringLiteral("G0 X77.6000 Y248.1500"),
            // Back to T0 and the starting position (up first: it was higher).
            QStringLiteral("T0"),
            QStringLiteral("G0 Z30.0000"),
            QStringLiteral("G0 X100.0000 Y100.0000"),
        };
        QCOMPARE(rig.machine.commands, expected);
        QCOMPARE(rig.machine.tool, 0);
        QCOMPARE(rig.machine.gcode, (Offset3{100.0, 100.0, 30.0}));

        // Every mark landed on the bed, one per tool, where the physical nozzle was.
        QCOMPARE(rig.machine.marks.size(), 2);
        QCOMPARE(workflow.results().size(), 2);
        for (const ToolOffsetResult &r : workflow.results()) {
            const QPointF want = expectedOffset(rig, r.tool);
            QVERIFY2(std::abs(r.newOffset.x - want.x()) < 1e-4 && std::abs(r.newOffset.y - want.y()) < 1e-4,
                     qPrintable(QStringLiteral("T%1: %2, %3 instead of %4, %5")
                                    .arg(r.tool)
                                    .arg(r.newOffset.x)
                                    .arg(r.newOffset.y)
                                    .arg(want.x())
                                    .arg(want.y())));
            QCOMPARE(r.currentOffset, Offset3{});
            QVERIFY(r.moves >= 5);
            QVERIFY(!r.manual);
        }
    }

    void asksBeforeAnyExtrusion()
    {
        Rig rig;
        CameraToolSettings settings = rig.settings();
        settings.depositConfirmed = false;
        CameraToolOffsetWorkflow workflow(rig.machine, rig.probe, settings);
        QSignalSpy asked(&workflow, &CameraToolOffsetWorkflow::confirmationNeeded);
        workflow.start();
        QCOMPARE(workflow.state(), CameraToolOffsetWorkflow::State::AwaitingConfirmation);
        QCOMPARE(asked.size(), 1);
        QVERIFY(asked.at(0).at(0).toString().contains(QStringLiteral("X 75.0 Y 250.0")));
        QTest::qWait(20); // nothing is pending: the machine must not have been asked for anything
        QVERIFY(rig.machine.commands.isEmpty());

        // The operator declines: nothing moved, nothing to put back.
        workflow.cancel();
        QCOMPARE(workflow.state(), CameraToolOffsetWorkflow::State::Cancelled);
        QVERIFY(rig.machine.commands.isEmpty());

        // Asked again on a new start, and this time the operator agrees.
        QSignalSpy finished(&workflow, &CameraToolOffsetWorkflow::finished);
        workflow.start();
        QCOMPARE(workflow.state(), CameraToolOffsetWorkflow::State::AwaitingConfirmation);
        workflow.confirmDeposit();
        QVERIFY(finished.wait(5000));
        QCOMPARE(rig.machine.marks.size(), 2);
    }

    void cancelBeforeTheDepositLeavesTheBedClean()
    {
        Rig rig;
        CameraToolOffsetWorkflow workflow(rig.machine, rig.probe, rig.settings());
        // Cancel while T0 moves to its mark, before it is lowered.
        rig.machine.onCommand = [&](const QString &line) {
            if (line == QLatin1String("G0 X50.0000 Y250.0000"))
                QTimer::singleShot(0, &workflow, &CameraToolOffsetWorkflow::cancel);
        };
        QSignalSpy state(&workflow, &CameraToolOffsetWorkflow::stateChanged);
        workflow.start();
        QTRY_COMPARE_WITH_TIMEOUT(workflow.state(), CameraToolOffsetWorkflow::State::Cancelled, 5000);
        QVERIFY(!rig.machine.commands.contains(QStringLiteral("M83")));
        QVERIFY(rig.machine.marks.isEmpty());
        QCOMPARE(rig.machine.tool, 0);
        QCOMPARE(rig.machine.gcode, (Offset3{100.0, 100.0, 30.0}));
        QVERIFY(workflow.results().isEmpty());
    }

    void cancelAfterTheDepositLiftsFirst()
    {
        Rig rig;
        CameraToolOffsetWorkflow workflow(rig.machine, rig.probe, rig.settings());
        connect(&workflow, &CameraToolOffsetWorkflow::markDeposited, &workflow, &CameraToolOffsetWorkflow::cancel);
        workflow.start();
        QTRY_COMPARE_WITH_TIMEOUT(workflow.state(), CameraToolOffsetWorkflow::State::Cancelled, 5000);
        const QStringList &sent = rig.machine.commands;
        QCOMPARE(countOf(sent, QStringLiteral("G1 E1.000 F120")), 1);
        QCOMPARE(rig.machine.marks.size(), 1);
        // Right after the extrusion: straight up to the travel height, then back to the start.
        const qsizetype after = sent.indexOf(QStringLiteral("M400"));
        QCOMPARE(sent.mid(after + 1),
                 (QStringList{QStringLiteral("G0 Z5.0000"), QStringLiteral("G0 Z30.0000"),
                              QStringLiteral("G0 X100.0000 Y100.0000")}));
        QCOMPARE(rig.machine.gcode, (Offset3{100.0, 100.0, 30.0}));
        QVERIFY(workflow.results().isEmpty());
    }

    void calibratesTheCameraOnTheFirstMark()
    {
        Rig rig;
        FakeMarkProbe probe(rig.machine); // no map yet
        CameraToolOffsetWorkflow workflow(rig.machine, probe, rig.settings());
        QSignalSpy calibrated(&workflow, &CameraToolOffsetWorkflow::cameraCalibrated);
        QSignalSpy finished(&workflow, &CameraToolOffsetWorkflow::finished);
        QSignalSpy states(&workflow, &CameraToolOffsetWorkflow::stateChanged);
        workflow.start();
        QVERIFY(finished.wait(10000));
        QCOMPARE(calibrated.size(), 1);
        QVERIFY(workflow.calibratedCamera());
        QVERIFY(workflow.calibrationMoves() >= 10);
        QVERIFY(workflow.cameraFit().has_value());
        const MapFit fit = *workflow.cameraFit();
        QVERIFY(fit.map.isValid());
        // The fitted scale is the camera's (66 px/mm → 15.15 µm/px) although the camera moved over
        // a still mark rather than a nozzle over a still camera.
        QVERIFY2(std::abs(std::abs(fit.map.micronsPerPixelX(QPointF(639.5, 479.5))) - 1000.0 / 66.0) < 0.05,
                 qPrintable(QString::number(fit.map.micronsPerPixelX(QPointF(639.5, 479.5)))));
        QVERIFY(probe.hasCameraMap());
        for (const ToolOffsetResult &r : workflow.results()) {
            const QPointF want = expectedOffset(rig, r.tool);
            QVERIFY(std::abs(r.newOffset.x - want.x()) < 1e-4 && std::abs(r.newOffset.y - want.y()) < 1e-4);
        }
    }

    void clickWhenTheMarkIsNotDetected()
    {
        Rig rig;
        CameraToolOffsetWorkflow workflow(rig.machine, rig.probe, rig.settings());
        QSignalSpy finished(&workflow, &CameraToolOffsetWorkflow::finished);
        bool armed = true;
        connect(&workflow, &CameraToolOffsetWorkflow::stateChanged, this, [&](CameraToolOffsetWorkflow::State s) {
            // The first look at T1's mark finds nothing, twice.
            if (armed && s == CameraToolOffsetWorkflow::State::Probing && workflow.marksMeasured() == 1) {
                armed = false;
                rig.probe.failNext = 2;
            }
        });
        QSignalSpy click(&workflow, &CameraToolOffsetWorkflow::manualMeasurementNeeded);
        workflow.start();
        QVERIFY(click.wait(5000));
        QCOMPARE(workflow.state(), CameraToolOffsetWorkflow::State::AwaitingClick);
        QCOMPARE(workflow.currentTool(), 1);
        workflow.provideManualMeasurement(rig.probe.trueErrorFor(1));
        QVERIFY(finished.wait(5000));
        const ToolOffsetResult &t1 = workflow.results().at(1);
        QVERIFY(t1.manual);
        QVERIFY(!workflow.results().at(0).manual);
        const QPointF want = expectedOffset(rig, 1);
        QVERIFY(std::abs(t1.newOffset.x - want.x()) < 1e-4 && std::abs(t1.newOffset.y - want.y()) < 1e-4);
    }

    void anExtruderAsTheReference()
    {
        Rig rig;
        rig.machine.appliedOffsets.insert(0, {0.25, -0.15, 0.0});
        CameraToolSettings settings = rig.settings();
        settings.referenceTool = 0;
        CameraToolOffsetWorkflow workflow(rig.machine, rig.probe, settings);
        QSignalSpy finished(&workflow, &CameraToolOffsetWorkflow::finished);
        workflow.start();
        QVERIFY(finished.wait(5000));
        const ToolOffsetResult &t0 = workflow.results().at(0);
        const ToolOffsetResult &t1 = workflow.results().at(1);
        QVERIFY(std::abs(t0.newOffset.x - 0.25) < 1e-4 && std::abs(t0.newOffset.y + 0.15) < 1e-4);
        // o_1 = o_0 + (t_1 − t_0)
        QVERIFY(std::abs(t1.newOffset.x - (0.25 - 2.8)) < 1e-4);
        QVERIFY(std::abs(t1.newOffset.y - (-0.15 + 1.95)) < 1e-4);
    }

    void printerLossPausesWithoutResending()
    {
        Rig rig;
        CameraToolOffsetWorkflow workflow(rig.machine, rig.probe, rig.settings());
        rig.machine.onCommand = [&](const QString &line) {
            if (line == QLatin1String("T2"))
                QTimer::singleShot(0, &rig.machine, [&] { rig.machine.dropConnection(); });
        };
        workflow.start();
        QTRY_COMPARE_WITH_TIMEOUT(workflow.state(), CameraToolOffsetWorkflow::State::Paused, 5000);
        rig.machine.onCommand = nullptr;
        const qsizetype sentBefore = rig.machine.commands.size();
        QTest::qWait(50); // paused: nothing may be sent until the operator resumes
        QCOMPARE(rig.machine.commands.size(), sentBefore);
        QVERIFY(!workflow.canResume());
        rig.machine.reconnect();
        QVERIFY(workflow.canResume());
        QSignalSpy finished(&workflow, &CameraToolOffsetWorkflow::finished);
        workflow.resume();
        QVERIFY(finished.wait(5000));
        QCOMPARE(rig.machine.marks.size(), 2); // no tool extruded twice
        for (const ToolOffsetResult &r : workflow.results()) {
            const QPointF want = expectedOffset(rig, r.tool);
            QVERIFY(std::abs(r.newOffset.x - want.x()) < 1e-4 && std::abs(r.newOffset.y - want.y()) < 1e-4);
        }
    }

    void aRefusedExtrusionLiftsAndFails()
    {
        Rig rig;
        CameraToolOffsetWorkflow workflow(rig.machine, rig.probe, rig.settings());
        rig.machine.onCommand = [&](const QString &line) {
            if (line == QLatin1String("G1 E1.000 F120"))
                rig.machine.failNext(QStringLiteral("Extrude below minimum temp"));
        };
        QSignalSpy failed(&workflow, &CameraToolOffsetWorkflow::failed);
        workflow.start();
        QVERIFY(failed.wait(5000));
        QCOMPARE(failed.at(0).at(0).toString(), QStringLiteral("Extrude below minimum temp"));
        QCOMPARE(workflow.state(), CameraToolOffsetWorkflow::State::Failed);
        // The nozzle was 0.6 mm above the bed: lifted, then back where it started.
        const QStringList &sent = rig.machine.commands;
        QCOMPARE(sent.mid(sent.indexOf(QStringLiteral("M400")) + 1),
                 (QStringList{QStringLiteral("G0 Z5.0000"), QStringLiteral("G0 Z30.0000"),
                              QStringLiteral("G0 X100.0000 Y100.0000")}));
    }

    void shutdownAborts()
    {
        Rig rig;
        CameraToolOffsetWorkflow workflow(rig.machine, rig.probe, rig.settings());
        rig.machine.onCommand = [&](const QString &line) {
            if (line == QLatin1String("T1"))
                QTimer::singleShot(0, &rig.machine, [&] { emit rig.machine.shutdown(QStringLiteral("MCU 'mcu' shutdown")); });
        };
        QSignalSpy failed(&workflow, &CameraToolOffsetWorkflow::failed);
        workflow.start();
        QVERIFY(failed.wait(5000));
        QVERIFY(failed.at(0).at(0).toString().contains(QStringLiteral("MCU 'mcu' shutdown")));
        const qsizetype sent = rig.machine.commands.size();
        QTest::qWait(50);
        QCOMPARE(rig.machine.commands.size(), sent); // nothing more after a shutdown
    }
};

QTEST_GUILESS_MAIN(TestCameraToolWorkflow)
#include "tst_cameratoolworkflow.moc"
