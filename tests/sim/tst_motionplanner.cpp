// The virtual printer's motion queue: trapezoid timing, contiguous moves, homing and the
// physical model (backlash band, seeded noise, stop and loss of reference).

#include "printer/MotionPlanner.h"

#include <QTest>

#include <cmath>

using namespace reticle::sim;

class TestMotionPlanner : public QObject
{
    Q_OBJECT

private slots:
    void trapezoidTiming()
    {
        MotionPlanner planner(0.0, 0.0, 1);
        planner.setLimits({100.0, 1000.0, 10.0, 100.0});
        // 100 mm at 100 mm/s with 1000 mm/s^2: 0.1 s up, 0.9 s cruise, 0.1 s down = 1.1 s.
        const double end = planner.queueMove({100.0, 0.0, 0.0, 0.0}, 500.0, 1000.0);
        QVERIFY(std::abs(end - 2100.0) < 1e-6);
        QVERIFY(std::abs(planner.live(1050.0)[0] - 1.25) < 1e-9); // 0.5 a t^2
        QVERIFY(std::abs(planner.live(1550.0)[0] - 50.0) < 1e-9); // half way, by symmetry
        QVERIFY(std::abs(planner.liveVelocity(1550.0) - 100.0) < 1e-9);
        QCOMPARE(planner.live(2100.0)[0], 100.0);
        QVERIFY(planner.isMoving(2000.0));
        QVERIFY(!planner.isMoving(2100.0));
        // Short move: triangle profile, 1 mm -> 2 * sqrt(1 / 1000) s.
        const double shortEnd = planner.queueMove({101.0, 0.0, 0.0, 0.0}, 500.0, 3000.0);
        QVERIFY(std::abs(shortEnd - 3000.0 - 2000.0 * std::sqrt(0.001)) < 1e-6);
        QCOMPARE(planner.lastMotionEndMs(4000.0), shortEnd);
    }

    void movesQueueBackToBackAndZIsSlower()
    {
        MotionPlanner planner(0.0, 0.0, 1);
        planner.setLimits({100.0, 1000.0, 10.0, 100.0});
        const double first = planner.queueMove({10.0, 0.0, 0.0, 0.0}, 100.0, 0.0);
        const double second = planner.queueMove({10.0, 0.0, 10.0, 0.0}, 100.0, 0.0);
        // Z: 10 mm at 10 mm/s, 100 mm/s^2: 0.1 + 0.9 + 0.1 s.
        QVERIFY(std::abs(second - first - 1100.0) < 1e-6);
        QCOMPARE(planner.live(first)[2], 0.0);
        QCOMPARE(planner.commanded()[2], 10.0);
    }

    void backlashBandAndNoise()
    {
        MotionPlanner planner(0.2, 0.0, 1);
        planner.setLimits({1000.0, 100000.0, 1000.0, 100000.0});
        planner.queueMove({50.0, 0.0, 0.0, 0.0}, 1000.0, 0.0);
        planner.queueMove({100.0, 0.0, 0.0, 0.0}, 1000.0, 0.0);
        const double up = planner.physicalAtEnd()[0];
        planner.queueMove({150.0, 0.0, 0.0, 0.0}, 1000.0, 0.0);
        planner.queueMove({100.0, 0.0, 0.0, 0.0}, 1000.0, 0.0);
        const double down = planner.physicalAtEnd()[0];
        QVERIFY(std::abs(up - 99.9) < 1e-9);
        QVERIFY(std::abs(down - 100.1) < 1e-9);

        MotionPlanner a(0.0, 0.05, 7), b(0.0, 0.05, 7), c(0.0, 0.05, 8);
        for (MotionPlanner *p : {&a, &b, &c})
            p->queueMove({10.0, 10.0, 0.0, 0.0}, 100.0, 0.0);
        QCOMPARE(a.physicalAtEnd(), b.physicalAtEnd());
        QVERIFY(a.physicalAtEnd() != c.physicalAtEnd());
        // An extrude-only move does not shake the carriage.
        const auto before = a.physicalAtEnd();
        a.queueMove({10.0, 10.0, 0.0, 5.0}, 100.0, 0.0);
        QCOMPARE(a.physicalAtEnd(), before);
    }

    void stopAndLoseReference()
    {
        MotionPlanner planner(0.0, 0.0, 1);
        planner.setLimits({100.0, 1000.0, 100.0, 1000.0});
        planner.queueMove({100.0, 0.0, 0.0, 0.0}, 100.0, 0.0);
        planner.stopNow(550.0); // half way
        QVERIFY(std::abs(planner.physical(700.0)[0] - 50.0) < 1e-9);
        QCOMPARE(planner.commanded()[0], 100.0); // toolhead.position keeps the target
        QVERIFY(!planner.isMoving(700.0));
        planner.loseReference(700.0);
        QCOMPARE(planner.commanded()[0], 0.0);
        QVERIFY(std::abs(planner.physical(800.0)[0] - 50.0) < 1e-9);
        // Homing brings commanded and physical together at the endstop.
        const double end = planner.queueHoming(1, {0.0, 0.0, 0.0}, 100.0, 800.0);
        QVERIFY(end > 800.0);
        QCOMPARE(planner.physical(end)[0], 0.0);
        QCOMPARE(planner.commanded()[0], 0.0);
    }
};

QTEST_GUILESS_MAIN(TestMotionPlanner)
#include "tst_motionplanner.moc"
