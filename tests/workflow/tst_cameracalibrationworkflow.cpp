#include "FakeRig.h"
#include "workflow/CameraCalibrationWorkflow.h"

#include <QSignalSpy>
#include <QTest>

#include <cmath>

using namespace reticle;
using namespace reticle::test;

namespace {

MoveCalibrationPlanner::Config configFor(const FakeProbe &probe)
{
    MoveCalibrationPlanner::Config config;
    config.imageSize = probe.imageSize;
    config.backlashMm = 0.3;
    return config;
}

} // namespace

class TestCameraCalibrationWorkflow : public QObject
{
    Q_OBJECT

private slots:
    void recoversScaleRotationAndMirroring()
    {
        FakeMachine machine;
        machine.trueOffsets = {{0, {}}};
        machine.appliedOffsets = {{0, {}}};
        machine.gcode = {150.2, 149.9, 20.0}; // nozzle roughly over the camera
        machine.backlashMm = 0.02;
        FakeProbe probe(machine);
        CameraCalibrationWorkflow wf(machine, probe, configFor(probe));
        QSignalSpy done(&wf, &CameraCalibrationWorkflow::finished);
        wf.start();
        QTRY_COMPARE_WITH_TIMEOUT(wf.state(), CameraCalibrationWorkflow::State::Done, 5000);
        QCOMPARE(done.count(), 1);

        const MapFit &fit = wf.fit();
        QVERIFY2(fit.ok, qPrintable(fit.error));
        const QPointF c = probe.centrePx;
        QVERIFY2(std::abs(fit.map.micronsPerPixelX(c) - 1000.0 / probe.pxPerMm) < 0.05,
                 qPrintable(QString::number(fit.map.micronsPerPixelX(c))));
        QVERIFY(fit.map.isMirrored(c));
        // One-sided approach: backlash shifts every point equally, so the fit stays exact.
        QVERIFY2(fit.rmsUm < 0.5, qPrintable(fit.explanation()));
        // Back where it started.
        QCOMPARE(machine.gcodePosition(), (Offset3{150.2, 149.9, 20.0}));

        // The map predicts where the toolhead must go: a nozzle 0.137 / -0.081 mm off the
        // centre maps back to that error within a micron.
        machine.gcode = {150.0 + 0.137, 150.0 - 0.081, 20.0};
        const QPointF pixel = probe.pixelOf(machine.nozzle());
        const QPointF error = fit.map.toPrinter(pixel) - fit.map.toPrinter(c);
        const Offset3 nozzle = machine.nozzle();
        QVERIFY(std::abs(error.x() - (nozzle.x - 150.0)) < 0.001);
        QVERIFY(std::abs(error.y() - (nozzle.y - 150.0)) < 0.001);
    }

    void failsWhenTheNozzleIsNotSeen()
    {
        FakeMachine machine;
        machine.gcode = {150, 150, 20};
        FakeProbe probe(machine);
        probe.failNext = 1000;
        CameraCalibrationWorkflow wf(machine, probe, configFor(probe));
        wf.start();
        QTRY_COMPARE_WITH_TIMEOUT(wf.state(), CameraCalibrationWorkflow::State::Failed, 5000);
        QVERIFY2(wf.failureReason().contains(QStringLiteral("No nozzle detected")), qPrintable(wf.failureReason()));
    }

    void cancelReturnsToTheStart()
    {
        FakeMachine machine;
        machine.gcode = {150, 150, 20};
        FakeProbe probe(machine);
        CameraCalibrationWorkflow wf(machine, probe, configFor(probe));
        int probes = 0;
        connect(&wf, &CameraCalibrationWorkflow::stateChanged, this, [&](CameraCalibrationWorkflow::State s) {
            if (s == CameraCalibrationWorkflow::State::Moving && ++probes == 4)
                QTimer::singleShot(0, &wf, [&] { wf.cancel(); });
        });
        wf.start();
        QTRY_COMPARE_WITH_TIMEOUT(wf.state(), CameraCalibrationWorkflow::State::Cancelled, 5000);
        QCOMPARE(machine.gcodePosition(), (Offset3{150, 150, 20}));
    }

    void cameraLossPausesAndResumes()
    {
        FakeMachine machine;
        machine.gcode = {150, 150, 20};
        FakeProbe probe(machine);
        CameraCalibrationWorkflow wf(machine, probe, configFor(probe));
        bool lost = false;
        connect(&wf, &CameraCalibrationWorkflow::pointMeasured, this, [&](int index) {
            if (index == 5 && !lost) {
                lost = true;
                probe.holdResults = true;
                QTimer::singleShot(0, &probe, [&] { probe.loseCamera(); });
            }
        });
        wf.start();
        QTRY_VERIFY_WITH_TIMEOUT(lost && wf.state() == CameraCalibrationWorkflow::State::Paused, 5000);
        const qsizetype sent = machine.commands.size();
        probe.holdResults = false;
        probe.restoreCamera();
        QCOMPARE(machine.commands.size(), sent);
        wf.resume();
        QTRY_COMPARE_WITH_TIMEOUT(wf.state(), CameraCalibrationWorkflow::State::Done, 5000);
        QVERIFY(wf.fit().ok);
    }
};

QTEST_GUILESS_MAIN(TestCameraCalibrationWorkflow)
#include "tst_cameracalibrationworkflow.moc"
