// The camera calibration wizard's state machines against the scripted rig (FakeRig.h): the exact
// moves, the manual click path, pause/resume, cancel from every step back to the start, klippy
// shutdown, and that nothing is written before save().
#include "../workflow/FakeRig.h"
#include "workflow/AccuracyCheckWorkflow.h"
#include "workflow/CameraCalibrationWizard.h"
#include "workflow/CameraPrepareWorkflow.h"
#include "workflow/ReferencePointsWorkflow.h"
#include "workflow/ScaleFromLine.h"
#include "store/CalibrationStore.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

using namespace reticle;
using namespace reticle::test;

namespace {

QString g0(double x, double y)
{
    return QStringLiteral("G0 X%1 Y%2").arg(x, 0, 'f', 4).arg(y, 0, 'f', 4);
}
QString g0(const Offset3 &p)
{
    return QStringLiteral("G0 X%1 Y%2 Z%3").arg(p.x, 0, 'f', 4).arg(p.y, 0, 'f', 4).arg(p.z, 0, 'f', 4);
}

// The printer's readiness, homing and a sharpness figure, scripted.
class FakePrepareIo : public PrepareIo
{
public:
    explicit FakePrepareIo(FakeMachine &machine)
        : m_machine(machine)
    {
    }
    PrinterReadiness state{true, true, QStringLiteral("ready"), QString(), true, false};
    double sharpness = 80.0;
    int homes = 0;
    int sharpnessRequests = 0;

    PrinterReadiness readiness() const override { return state; }
    void home() override
    {
        ++homes;
        m_machine.commands << QStringLiteral("G28");
        QTimer::singleShot(0, this, [this] {
            state.homed = true;
            emit homed(true, {});
        });
    }
    void measureSharpness() override
    {
        ++sharpnessRequests;
        QTimer::singleShot(0, this, [this] {
            SharpnessReading r;
            r.ok = true;
            r.value = sharpness;
            r.imageSize = QSize(1280, 960);
            emit sharpnessMeasured(r);
        });
    }

private:
    FakeMachine &m_machine;
};

struct Rig
{
    FakeMachine machine;
    FakeProbe probe{machine};
    FakePrepareIo io{machine};
    Rig()
    {
        machine.trueOffsets = {{0, {}}};
        machine.appliedOffsets = {{0, {}}};
        machine.gcode = {100.0, 100.0, 30.0};
        machine.backlashMm = 0.02;
    }
};

ReferencePointsSettings referenceSettings(const FakeProbe &probe)
{
    ReferencePointsSettings s;
    s.imageSize = probe.imageSize;
    s.scale = {1000.0 / probe.pxPerMm, 1000.0 / probe.pxPerMm, QStringLiteral("line")};
    s.startPixel = probe.centrePx;
    s.backlashMm = 0.3;
    return s;
}

CameraCalibrationOptions wizardOptions(const FakeProbe &probe, const QString &path)
{
    CameraCalibrationOptions o;
    o.prepare.cameraPosition = Offset3{150.2, 149.9, 20.0};
    o.imageSize = probe.imageSize.toSize();
    o.reference = referenceSettings(probe);
    o.accuracy.points = 6;
    o.accuracy.seed = 42;
    o.cameraName = QStringLiteral("nozzle cam");
    o.calibrationPath = path;
    return o;
}

// A line of `mm` millimetres along the image x axis as the camera of `probe` sees it.
QLineF lineOf(const FakeProbe &probe, double mm)
{
    return QLineF(QPointF(300, 400), QPointF(300 + mm * probe.pxPerMm, 400));
}

} // namespace

class TestCameraCalibrationWizard : public QObject
{
    Q_OBJECT

private slots:
    void scaleFromALine()
    {
        QString error;
        QCOMPARE(ScaleFromLine::micronsPerPixel(QLineF(0, 0, 300, 400), 7.5, &error).value_or(-1), 15.0);
        QVERIFY(!ScaleFromLine::micronsPerPixel(QLineF(0, 0, 10, 0), 1.0, &error));
        QVERIFY2(error.contains(QStringLiteral("20 px")), qPrintable(error));
        QVERIFY(!ScaleFromLine::micronsPerPixel(QLineF(0, 0, 100, 0), 0.0, &error));

        // One axis at a time: the other takes the same value until it has its own line.
        std::optional<PixelScale> s = ScaleFromLine::apply({}, ScaleFromLine::Axis::ImageX, QLineF(0, 0, 200, 0), 3.0);
        QVERIFY(s);
        QCOMPARE(s->micronsPerPixelX, 15.0);
        QCOMPARE(s->micronsPerPixelY, 15.0);
        s = ScaleFromLine::apply(*s, ScaleFromLine::Axis::ImageY, QLineF(0, 0, 0, 250), 4.0);
        QVERIFY(s);
        QCOMPARE(s->micronsPerPixelX, 15.0);
        QCOMPARE(s->micronsPerPixelY, 16.0);
        QCOMPARE(s->method, QStringLiteral("line"));
    }

    void referencePointsSendTheGridAndFitTheMap()
    {
        Rig rig;
        rig.machine.gcode = {150.2, 149.9, 20.0};
        const ReferencePointsSettings settings = referenceSettings(rig.probe);
        ReferencePointsWorkflow wf(rig.machine, rig.probe, settings);
        QSignalSpy done(&wf, &PointSurveyWorkflow::finished);
        wf.start();
        QTRY_COMPARE_WITH_TIMEOUT(wf.state(), PointSurveyWorkflow::State::Done, 5000);
        QCOMPARE(done.count(), 1);

        // Exactly: each grid point approached from -X/-Y by 0.3 mm, then back to the start.
        const QVector<QPointF> grid = ReferencePointsWorkflow::planGrid({150.2, 149.9}, settings, nullptr);
        QCOMPARE(grid.size(), 9);
        QStringList expected;
        for (const QPointF &p : grid)
            expected << g0(p.x() - 0.3, p.y() - 0.3) << g0(p.x(), p.y());
        expected << g0(150.2, 149.9);
        QCOMPARE(rig.machine.commands, expected);
        QCOMPARE(wf.movesIssued(), 19);

        // The grid spans the field: corners at 80 % of the free radius (480 - 30 px) for any rotation.
        const double halfMm = 0.8 * (479.5 - 30.0) / rig.probe.pxPerMm / std::sqrt(2.0);
        QVERIFY(std::abs(grid.first().x() - (150.2 - halfMm)) < 1e-9);
        QVERIFY(std::abs(grid.last().y() - (149.9 + halfMm)) < 1e-9);

        const MapFit &fit = wf.fit();
        QVERIFY2(fit.ok, qPrintable(fit.error));
        QCOMPARE(int(wf.pairs().size()), 9);
        QVERIFY(std::abs(fit.map.micronsPerPixelX(rig.probe.centrePx) - 1000.0 / rig.probe.pxPerMm) < 0.01);
        QVERIFY(fit.map.isMirrored(rig.probe.centrePx));
        QVERIFY2(fit.rmsUm < 0.5, qPrintable(fit.explanation()));
        QCOMPARE(rig.machine.gcodePosition(), (Offset3{150.2, 149.9, 20.0}));
    }

    void referencePointsWithAGuideSpanTheImage()
    {
        Rig rig;
        ReferencePointsSettings settings = referenceSettings(rig.probe);
        // A guide map (as calibration by moves gives): the grid becomes a grid of pixels.
        std::vector<PointPair> pairs;
        rig.machine.gcode = {150.0, 150.0, 20.0};
        for (double dx : {-2.0, 0.0, 2.0})
            for (double dy : {-2.0, 0.0, 2.0}) {
                const QPointF px = rig.probe.pixelOf({150.0 + dx, 150.0 + dy, 20.0});
                pairs.push_back({px.x(), px.y(), 150.0 + dx, 150.0 + dy});
            }
        settings.guide = MapFitter::fit(pairs).map;
        const QVector<QPointF> grid = ReferencePointsWorkflow::planGrid({150, 150}, settings, nullptr);
        QCOMPARE(grid.size(), 9);
        const QPointF corner = rig.probe.pixelOf({grid.first().x(), grid.first().y(), 20.0});
        const double spanX = 0.8 * (1280 - 60);
        QVERIFY2(std::abs(corner.x() - (639.5 - spanX / 2)) < 1e-6, qPrintable(QString::number(corner.x())));
    }

    void aMissedNozzleIsClickedOrSkipped()
    {
        Rig rig;
        rig.machine.gcode = {150.0, 150.0, 20.0};
        ReferencePointsWorkflow wf(rig.machine, rig.probe, referenceSettings(rig.probe));
        rig.probe.failNext = 1; // the first point
        wf.start();
        QTRY_COMPARE_WITH_TIMEOUT(wf.state(), PointSurveyWorkflow::State::AwaitingClick, 5000);
        QCOMPARE(wf.currentIndex(), 0);
        const qsizetype sent = rig.machine.commands.size();
        QTest::qWait(0);
        QCOMPARE(rig.machine.commands.size(), sent); // waits for the operator, no move
        const QPointF truth = rig.probe.pixelOf(rig.machine.nozzle());
        connect(&wf, &PointSurveyWorkflow::pointMeasured, this, [&](int index) {
            if (index == 3)
                rig.probe.failNext = 1; // the fifth point
        });
        wf.provideClick(truth);
        QTRY_COMPARE_WITH_TIMEOUT(wf.state(), PointSurveyWorkflow::State::AwaitingClick, 5000);
        QCOMPARE(wf.currentIndex(), 4);
        wf.skipPoint();
        QTRY_COMPARE_WITH_TIMEOUT(wf.state(), PointSurveyWorkflow::State::Done, 5000);
        QVERIFY(wf.points()[0].manual);
        QVERIFY(wf.points()[0].found);
        QVERIFY(std::abs(wf.points()[0].pixel.x() - truth.x()) < 1e-12);
        QVERIFY(wf.points()[4].skipped);
        QVERIFY(!wf.points()[4].found);
        QCOMPARE(wf.pairIndex()[4], -1);
        QCOMPARE(int(wf.pairs().size()), 8);
        QVERIFY2(wf.fit().rmsUm < 0.5, qPrintable(wf.fit().explanation()));
    }

    void accuracyCheckReportsTheMapsError()
    {
        Rig rig;
        rig.machine.gcode = {150.0, 150.0, 20.0};
        ReferencePointsWorkflow reference(rig.machine, rig.probe, referenceSettings(rig.probe));
        reference.start();
        QTRY_COMPARE_WITH_TIMEOUT(reference.state(), PointSurveyWorkflow::State::Done, 5000);

        AccuracyCheckSettings settings;
        settings.map = reference.fit().map;
        settings.imageSize = rig.probe.imageSize;
        settings.points = 8;
        settings.seed = 7;
        AccuracyCheckWorkflow good(rig.machine, rig.probe, settings);
        good.start();
        QTRY_COMPARE_WITH_TIMEOUT(good.state(), PointSurveyWorkflow::State::Done, 5000);
        QCOMPARE(good.checkedPoints(), 8);
        QVERIFY2(good.rmsUm() < 1.0 && good.maxUm() < 2.0, qPrintable(QString::number(good.rmsUm())));
        // Every random point was inside the field of view (with the margin).
        for (const SurveyPoint &p : good.points()) {
            QVERIFY(p.pixel.x() > 30 && p.pixel.x() < 1250);
            QVERIFY(p.pixel.y() > 30 && p.pixel.y() < 930);
        }
        QCOMPARE(good.movesIssued(), 2 * 8 + 1);

        // A map 1 % too coarse: the check sees it (about 1 % of the distance from the centre).
        const PixelMap &m = settings.map;
        std::array<double, 6> cx = m.coefficientsX(), cy = m.coefficientsY();
        for (int i = 1; i < 6; ++i) {
            cx[size_t(i)] *= 1.01;
            cy[size_t(i)] *= 1.01;
        }
        settings.map = PixelMap(m.model(), m.origin().x(), m.origin().y(), m.normalisationScale(), cx, cy);
        AccuracyCheckWorkflow bad(rig.machine, rig.probe, settings);
        bad.start();
        QTRY_COMPARE_WITH_TIMEOUT(bad.state(), PointSurveyWorkflow::State::Done, 5000);
        double expectedSq = 0.0;
        for (int i = 0; i < bad.points().size(); ++i) {
            const QPointF predicted = settings.map.toPrinter(bad.points()[i].pixel);
            const QPointF truth = reference.fit().map.toPrinter(bad.points()[i].pixel);
            const double e = std::hypot(predicted.x() - truth.x(), predicted.y() - truth.y()) * 1000.0;
            expectedSq += e * e;
        }
        const double expected = std::sqrt(expectedSq / bad.points().size());
        QVERIFY2(expected > 20.0, qPrintable(QString::number(expected)));
        QVERIFY2(std::abs(bad.rmsUm() - expected) < 1.0,
                 qPrintable(QStringLiteral("%1 vs %2").arg(bad.rmsUm()).arg(expected)));
    }

    void prepareHomesAfterConfirmationAndMovesToTheCamera()
    {
        Rig rig;
        rig.io.state.homed = false;
        CameraPrepareSettings settings;
        settings.cameraPosition = Offset3{150.0, 150.0, 20.0};
        settings.minSharpness = 100.0;
        rig.io.sharpness = 60.0; // soft: a warning, not a failure
        CameraPrepareWorkflow wf(rig.machine, rig.probe, rig.io, settings);
        QSignalSpy confirm(&wf, &CameraPrepareWorkflow::homingConfirmationNeeded);
        wf.start();
        QCOMPARE(wf.state(), CameraPrepareWorkflow::State::AwaitingHomeConfirmation);
        QCOMPARE(confirm.count(), 1);
        QVERIFY(rig.machine.commands.isEmpty()); // nothing before the operator confirms
        wf.confirmHoming(true);
        QTRY_COMPARE_WITH_TIMEOUT(wf.state(), CameraPrepareWorkflow::State::Ready, 5000);
        // Travel at the safe height, then sink onto the camera's focal plane.
        QCOMPARE(rig.machine.commands,
                 (QStringList{QStringLiteral("G28"), g0({150.0, 150.0, 30.0}), g0({150.0, 150.0, 20.0})}));
        QVERIFY(!wf.sharpnessPassed());
        QCOMPARE(wf.sharpness().value, 60.0);
        QVERIFY(wf.nozzle().found);
        QCOMPARE(wf.startPosition(), (Offset3{100.0, 100.0, 30.0}));
    }

    void prepareRefusesWhatIsNotReady()
    {
        Rig rig;
        rig.io.state.connected = false;
        CameraPrepareWorkflow a(rig.machine, rig.probe, rig.io, {});
        a.start();
        QCOMPARE(a.state(), CameraPrepareWorkflow::State::Failed);
        QVERIFY2(a.failureReason().contains(QStringLiteral("Not connected")), qPrintable(a.failureReason()));

        rig.io.state = {true, false, QStringLiteral("shutdown"), QStringLiteral("MCU 'mcu' shutdown: Timer too close"),
                        true, false};
        CameraPrepareWorkflow b(rig.machine, rig.probe, rig.io, {});
        b.start();
        QCOMPARE(b.state(), CameraPrepareWorkflow::State::Failed);
        QVERIFY2(b.failureReason().contains(QStringLiteral("shutdown")) && b.failureReason().contains(QStringLiteral("Timer too close")),
                 qPrintable(b.failureReason()));

        rig.io.state = {true, true, QStringLiteral("ready"), {}, false, false};
        CameraPrepareWorkflow c(rig.machine, rig.probe, rig.io, {});
        c.start();
        c.confirmHoming(false);
        QCOMPARE(c.state(), CameraPrepareWorkflow::State::Cancelled);
        QVERIFY(rig.machine.commands.isEmpty());
        QCOMPARE(rig.io.homes, 0);
    }

    void wizardRunsTheFourStepsAndSavesOnlyWhenAsked()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("calibration.json"));
        Rig rig;
        CameraCalibrationWizard wizard(rig.machine, rig.probe, rig.io, wizardOptions(rig.probe, path));
        wizard.start();
        QTRY_VERIFY_WITH_TIMEOUT(wizard.canGoNext(), 5000);
        QCOMPARE(wizard.step(), CameraCalibrationWizard::Step::Prepare);
        wizard.next();
        QCOMPARE(wizard.step(), CameraCalibrationWizard::Step::PixelScale);
        QVERIFY(!wizard.canGoNext());
        QString error;
        QVERIFY(!wizard.applyScaleLine(ScaleFromLine::Axis::Both, QLineF(0, 0, 5, 0), 1.0, &error));
        QVERIFY(wizard.applyScaleLine(ScaleFromLine::Axis::Both, lineOf(rig.probe, 5.0), 5.0, &error));
        QVERIFY(std::abs(wizard.pixelScale().micronsPerPixelX - 1000.0 / rig.probe.pxPerMm) < 1e-9);
        wizard.next();
        QCOMPARE(wizard.step(), CameraCalibrationWizard::Step::ReferencePoints);
        QTRY_VERIFY_WITH_TIMEOUT(wizard.canGoNext(), 5000);
        wizard.next();
        QCOMPARE(wizard.step(), CameraCalibrationWizard::Step::AccuracyCheck);
        QTRY_VERIFY_WITH_TIMEOUT(wizard.canSave(), 5000);
        QVERIFY(wizard.accuracy()->rmsUm() < 1.0);
        QVERIFY(!QFile::exists(path)); // nothing written before the operator saves
        QVERIFY2(wizard.save(&error), qPrintable(error));
        QCOMPARE(wizard.state(), CameraCalibrationWizard::State::Saved);

        CalibrationStore store(path);
        QVERIFY2(store.load(), qPrintable(store.error()));
        QVERIFY(store.record().enabled);
        QVERIFY(store.record().transform.has_value());
        QCOMPARE(store.record().method, QStringLiteral("reference-points"));
        QCOMPARE(store.record().imageSize, QSize(1280, 960));
        QCOMPARE(store.record().referencePoints.size(), 9);
        QVERIFY(std::abs(store.record().micronsPerPixelX - 1000.0 / rig.probe.pxPerMm) < 0.01);
        // prepare 2 + reference 9×2+1 + accuracy 6×2+1
        QCOMPARE(wizard.totalMoves(), 2 + 19 + 13);
    }

    void scaleByMovesFeedsTheGrid()
    {
        QTemporaryDir dir;
        Rig rig;
        CameraCalibrationWizard wizard(rig.machine, rig.probe, rig.io,
                                       wizardOptions(rig.probe, dir.filePath(QStringLiteral("c.json"))));
        wizard.start();
        QTRY_VERIFY_WITH_TIMEOUT(wizard.canGoNext(), 5000);
        wizard.next();
        wizard.runScaleByMoves();
        QTRY_VERIFY_WITH_TIMEOUT(wizard.canGoNext(), 5000);
        QCOMPARE(wizard.pixelScale().method, QStringLiteral("moves"));
        QVERIFY(std::abs(wizard.pixelScale().micronsPerPixelX - 1000.0 / rig.probe.pxPerMm) < 0.05);
        QVERIFY(wizard.moves()->fit().ok);
        wizard.next();
        QTRY_VERIFY_WITH_TIMEOUT(wizard.canGoNext(), 5000);
        QVERIFY(wizard.reference()->settings().guide.has_value());
        QVERIFY(wizard.reference()->fit().rmsUm < 0.5);
    }

    void cancelFromEveryStepReturnsToTheStartAndSavesNothing_data()
    {
        QTest::addColumn<int>("step");
        QTest::addColumn<int>("afterPoints");
        QTest::newRow("prepare, moving") << 0 << 0;
        QTest::newRow("pixel scale, waiting for a line") << 1 << 0;
        QTest::newRow("pixel scale, by moves") << 1 << 4;
        QTest::newRow("reference points") << 2 << 3;
        QTest::newRow("accuracy check") << 3 << 2;
        QTest::newRow("accuracy check done (discard)") << 3 << -1;
    }

    void cancelFromEveryStepReturnsToTheStartAndSavesNothing()
    {
        QFETCH(int, step);
        QFETCH(int, afterPoints);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("calibration.json"));
        Rig rig;
        const Offset3 start = rig.machine.gcode;
        CameraCalibrationWizard wizard(rig.machine, rig.probe, rig.io, wizardOptions(rig.probe, path));
        bool cancelled = false;
        connect(&wizard, &CameraCalibrationWizard::pointMeasured, this,
                [&](CameraCalibrationWizard::Step s, int index) {
                    if (int(s) == step && index + 1 == afterPoints && !cancelled) {
                        cancelled = true;
                        wizard.cancel();
                    }
                });
        if (step == 0) {
            rig.machine.holdOperations = true;
            wizard.start();
            QTRY_VERIFY_WITH_TIMEOUT(rig.machine.hasPending(), 5000);
            wizard.cancel();
            rig.machine.holdOperations = false;
            rig.machine.completePending();
        } else {
            wizard.start();
            QTRY_VERIFY_WITH_TIMEOUT(wizard.canGoNext(), 5000);
            wizard.next();
            if (step == 1 && afterPoints == 0) {
                wizard.cancel();
            } else if (step == 1) {
                wizard.runScaleByMoves();
            } else {
                QVERIFY(wizard.applyScaleLine(ScaleFromLine::Axis::Both, lineOf(rig.probe, 5.0), 5.0));
                wizard.next();
                if (step == 3) {
                    QTRY_VERIFY_WITH_TIMEOUT(wizard.canGoNext(), 5000);
                    wizard.next();
                    if (afterPoints < 0) {
                        QTRY_VERIFY_WITH_TIMEOUT(wizard.canSave(), 5000);
                        wizard.discard();
                    }
                }
            }
        }
        QTRY_COMPARE_WITH_TIMEOUT(wizard.state(), CameraCalibrationWizard::State::Cancelled, 5000);
        QCOMPARE(rig.machine.gcodePosition(), start);
        QVERIFY(!QFile::exists(path));
        // Nothing moves after the cancel finished.
        const qsizetype sent = rig.machine.commands.size();
        QTest::qWait(20);
        QCOMPARE(rig.machine.commands.size(), sent);
    }

    void cameraLossPausesTheSurveyUntilResumed()
    {
        QTemporaryDir dir;
        Rig rig;
        CameraCalibrationWizard wizard(rig.machine, rig.probe, rig.io,
                                       wizardOptions(rig.probe, dir.filePath(QStringLiteral("c.json"))));
        bool lost = false;
        connect(&wizard, &CameraCalibrationWizard::pointMeasured, this, [&](CameraCalibrationWizard::Step, int index) {
            if (index == 4 && !lost) {
                lost = true;
                rig.probe.holdResults = true;
                QTimer::singleShot(0, &rig.probe, [&] { rig.probe.loseCamera(); });
            }
        });
        wizard.start();
        QTRY_VERIFY_WITH_TIMEOUT(wizard.canGoNext(), 5000);
        wizard.next();
        QVERIFY(wizard.applyScaleLine(ScaleFromLine::Axis::Both, lineOf(rig.probe, 5.0), 5.0));
        wizard.next();
        QTRY_COMPARE_WITH_TIMEOUT(wizard.state(), CameraCalibrationWizard::State::Paused, 5000);
        QVERIFY(!wizard.canResume());
        const qsizetype sent = rig.machine.commands.size();
        rig.probe.holdResults = false;
        rig.probe.restoreCamera();
        QVERIFY(wizard.canResume());
        QCOMPARE(rig.machine.commands.size(), sent); // nothing moved by itself
        wizard.resume();
        QTRY_VERIFY_WITH_TIMEOUT(wizard.canGoNext(), 5000);
        QCOMPARE(int(wizard.reference()->pairs().size()), 9);
    }

    void klippyShutdownFailsWithoutAnotherMove()
    {
        QTemporaryDir dir;
        Rig rig;
        CameraCalibrationWizard wizard(rig.machine, rig.probe, rig.io,
                                       wizardOptions(rig.probe, dir.filePath(QStringLiteral("c.json"))));
        wizard.start();
        QTRY_VERIFY_WITH_TIMEOUT(wizard.canGoNext(), 5000);
        wizard.next();
        QVERIFY(wizard.applyScaleLine(ScaleFromLine::Axis::Both, lineOf(rig.probe, 5.0), 5.0));
        rig.machine.holdOperations = true;
        wizard.next();
        QTRY_VERIFY_WITH_TIMEOUT(rig.machine.hasPending(), 5000);
        const qsizetype sent = rig.machine.commands.size();
        emit rig.machine.shutdown(QStringLiteral("Lost communication with MCU 'mcu'"));
        QCOMPARE(wizard.state(), CameraCalibrationWizard::State::Failed);
        QVERIFY2(wizard.failureReason().contains(QStringLiteral("Lost communication")), qPrintable(wizard.failureReason()));
        rig.machine.completePending();
        QTest::qWait(20);
        QCOMPARE(rig.machine.commands.size(), sent);
        wizard.cancel(); // no effect once failed
        QCOMPARE(rig.machine.commands.size(), sent);
    }
};

QTEST_GUILESS_MAIN(TestCameraCalibrationWizard)
#include "tst_cameracalibrationwizard.moc"
