#include "geometry/MoveCalibrationPlanner.h"

#include <QTest>

#include <cmath>
#include <functional>
#include <numbers>

using namespace reticle;

namespace {

// A camera that sees the nozzle at pixel = centre + J * (printer - start): 15 µm/px, rotated,
// maybe mirrored.
struct FakeCamera
{
    QPointF start{150, 120};
    QPointF centre{330.5, 250.25};
    double pxPerMm = 1000.0 / 15.0;
    double rotationDeg = 20.0;
    bool mirror = false;

    QPointF pixel(QPointF printer) const
    {
        const QPointF d = printer - start;
        const double t = rotationDeg * std::numbers::pi / 180.0;
        const double y = mirror ? -d.y() : d.y();
        return centre + pxPerMm * QPointF(std::cos(t) * d.x() - std::sin(t) * y, std::sin(t) * d.x() + std::cos(t) * y);
    }
};

struct RunResult
{
    MoveCalibrationPlanner::Action last;
    std::vector<MoveCalibrationPlanner::Action> moves;
};

RunResult run(MoveCalibrationPlanner &planner, const FakeCamera &camera,
              const std::function<MoveCalibrationPlanner::Measurement(int, QPointF)> &measure = {})
{
    RunResult r;
    auto action = planner.start();
    int step = 0;
    while (action.kind == MoveCalibrationPlanner::Action::Kind::MoveAndMeasure && step < 200) {
        r.moves.push_back(action);
        MoveCalibrationPlanner::Measurement m{true, camera.pixel(action.target)};
        if (measure)
            m = measure(step, action.target);
        action = planner.next(m);
        ++step;
    }
    r.last = action;
    return r;
}

MoveCalibrationPlanner::Config config(const FakeCamera &camera)
{
    MoveCalibrationPlanner::Config c;
    c.imageSize = QSizeF(640, 480);
    c.start = camera.start;
    return c;
}

} // namespace

class TestMoveCalibrationPlanner : public QObject
{
    Q_OBJECT

private slots:
    void calibratesRotatedAndMirroredCameras_data()
    {
        QTest::addColumn<double>("rotation");
        QTest::addColumn<bool>("mirror");
        QTest::addColumn<int>("pattern");
        for (double rot : {0.0, 20.0, 90.0, 180.0, -135.0})
            for (bool mirror : {false, true})
                for (int pattern : {0, 1})
                    QTest::addRow("rot %g%s %s", rot, mirror ? " mirrored" : "", pattern ? "star" : "circle")
                        << rot << mirror << pattern;
    }

    void calibratesRotatedAndMirroredCameras()
    {
        QFETCH(double, rotation);
        QFETCH(bool, mirror);
        QFETCH(int, pattern);
        FakeCamera camera;
        camera.rotationDeg = rotation;
        camera.mirror = mirror;
        MoveCalibrationPlanner::Config c = config(camera);
        c.pattern = pattern ? MoveCalibrationPlanner::Pattern::Star : MoveCalibrationPlanner::Pattern::Circle;
        MoveCalibrationPlanner planner(c);
        const RunResult r = run(planner, camera);
        QCOMPARE(r.last.kind, MoveCalibrationPlanner::Action::Kind::Finished);
        QCOMPARE(planner.stage(), MoveCalibrationPlanner::Stage::Done);
        QCOMPARE(r.last.target, camera.start); // back to where it started
        // The probes reveal mirroring and rotation.
        QCOMPARE(planner.probeMirrored(), mirror);
        QVERIFY(std::abs(std::remainder(planner.probeRotationDeg() - rotation, 360.0)) < 1e-6);
        // Every point approached from the same side (backlash), and inside the image with margin.
        for (const auto &move : r.moves) {
            QCOMPARE(move.approachFrom, move.target - QPointF(c.backlashMm, c.backlashMm));
            const QPointF px = camera.pixel(move.target);
            QVERIFY(px.x() >= c.marginPx && px.x() <= 639 - c.marginPx);
            QVERIFY(px.y() >= c.marginPx && px.y() <= 479 - c.marginPx);
        }
        // The pattern uses a good part of the field: more than 1 mm at 15 µm/px in 640x480.
        QVERIFY2(planner.patternRadiusMm() > 1.0, qPrintable(QString::number(planner.patternRadiusMm())));
        // The fitted map is the camera's inverse.
        const MapFit &fit = planner.fit();
        QVERIFY(fit.ok);
        for (const QPointF printer : {QPointF(150, 120), QPointF(151.2, 119.3), QPointF(148.9, 121.1)}) {
            const QPointF back = fit.map.toPrinter(camera.pixel(printer));
            QVERIFY(std::hypot(back.x() - printer.x(), back.y() - printer.y()) < 1e-9);
        }
        QCOMPARE(fit.map.isMirrored({320, 240}), mirror);
    }

    void probeGrowsUntilTheNozzleMoves()
    {
        FakeCamera camera;
        camera.pxPerMm = 10; // 100 µm/px: a 0.1 mm probe moves only 1 px
        camera.rotationDeg = 0;
        MoveCalibrationPlanner planner(config(camera));
        const RunResult r = run(planner, camera);
        QCOMPARE(r.last.kind, MoveCalibrationPlanner::Action::Kind::Finished);
        QVERIFY(std::abs(planner.pixelsPerMmX().x() - 10) < 1e-9);
    }

    void failsWhenTooFewPointsAreDetected()
    {
        FakeCamera camera;
        MoveCalibrationPlanner planner(config(camera));
        // Lose the nozzle on 4 of the 13 pattern points: 12 of 16 planned = 75 % survive: passes.
        RunResult r = run(planner, camera, [&camera](int step, QPointF target) {
            return MoveCalibrationPlanner::Measurement{!(step >= 4 && step < 8), camera.pixel(target)};
        });
        QCOMPARE(r.last.kind, MoveCalibrationPlanner::Action::Kind::Finished);
        // Lose 5: 11 of 16 (69 %) fail with a clear reason.
        MoveCalibrationPlanner second(config(camera));
        r = run(second, camera, [&camera](int step, QPointF target) {
            return MoveCalibrationPlanner::Measurement{!(step >= 4 && step < 9), camera.pixel(target)};
        });
        QCOMPARE(r.last.kind, MoveCalibrationPlanner::Action::Kind::Failed);
        QCOMPARE(second.stage(), MoveCalibrationPlanner::Stage::Failed);
        QVERIFY2(r.last.message.contains(QStringLiteral("75 %")), qPrintable(r.last.message));
        QVERIFY(r.last.message.contains(QStringLiteral("5 not detected")));
    }

    void failsWhenOutliersLeaveTooFewPoints()
    {
        FakeCamera camera;
        MoveCalibrationPlanner planner(config(camera));
        // Five pattern points land on something else, 40 px away.
        const RunResult r = run(planner, camera, [&camera](int step, QPointF target) {
            QPointF px = camera.pixel(target);
            if (step >= 3 && step % 2 == 0 && step < 13)
                px += QPointF(40, -25);
            return MoveCalibrationPlanner::Measurement{true, px};
        });
        QCOMPARE(r.last.kind, MoveCalibrationPlanner::Action::Kind::Failed);
        QVERIFY2(r.last.message.contains(QStringLiteral("5 rejected as outliers")), qPrintable(r.last.message));
    }

    void failsClearlyOnBadSetups()
    {
        FakeCamera camera;
        // No nozzle at the start.
        MoveCalibrationPlanner a(config(camera));
        RunResult r = run(a, camera, [](int, QPointF) { return MoveCalibrationPlanner::Measurement{}; });
        QCOMPARE(r.last.kind, MoveCalibrationPlanner::Action::Kind::Failed);
        QVERIFY(r.last.message.contains(QStringLiteral("start position")));
        // The nozzle never moves in the image (the camera watches another tool).
        MoveCalibrationPlanner b(config(camera));
        r = run(b, camera, [](int, QPointF) { return MoveCalibrationPlanner::Measurement{true, QPointF(300, 200)}; });
        QCOMPARE(r.last.kind, MoveCalibrationPlanner::Action::Kind::Failed);
        QVERIFY(r.last.message.contains(QStringLiteral("did not move")));
        // The nozzle sits at the edge of the image.
        camera.centre = QPointF(5, 240);
        MoveCalibrationPlanner c(config(camera));
        r = run(c, camera);
        QCOMPARE(r.last.kind, MoveCalibrationPlanner::Action::Kind::Failed);
        QVERIFY(r.last.message.contains(QStringLiteral("edge")));
    }
};

QTEST_GUILESS_MAIN(TestMoveCalibrationPlanner)
#include "tst_movecalibrationplanner.moc"
