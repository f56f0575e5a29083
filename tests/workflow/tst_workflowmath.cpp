#include "workflow/OneSidedApproach.h"
#include "workflow/RepeatabilityStats.h"
#include "workflow/ToolOffsetMath.h"

#include <QTest>

#include <cmath>

using namespace reticle;

class TestWorkflowMath : public QObject
{
    Q_OBJECT

private slots:
    void offsetFollowsTheKlipperConvention()
    {
        // Reference T0 (offset 0) centred at (150, 150); T1 centred at (151.5, 147.75).
        const Offset3 o = ToolOffsetMath::offsetOf({0, 0, 0}, {150, 150, 20}, {151.5, 147.75, 20});
        QCOMPARE(o.x, 1.5);
        QCOMPARE(o.y, -2.25);
        QCOMPARE(o.z, 0.0);
        // A reference with its own offset shifts every tool by it.
        const Offset3 o2 = ToolOffsetMath::offsetOf({0.1, -0.2, 0}, {150, 150, 20}, {151.5, 147.75, 20});
        QVERIFY(std::abs(o2.x - 1.6) < 1e-12);
        QVERIFY(std::abs(o2.y + 2.45) < 1e-12);
        const Offset3 rrf = ToolOffsetMath::toRepRapFirmware(o);
        QCOMPARE(rrf.x, -1.5);
        QCOMPARE(rrf.y, 2.25);
    }

    void approachAlwaysEndsTravellingPositive_data()
    {
        QTest::addColumn<QPointF>("from");
        QTest::addColumn<QPointF>("to");
        QTest::addColumn<int>("moves");
        QTest::newRow("ahead on both axes") << QPointF(0, 0) << QPointF(5, 5) << 1;
        QTest::newRow("behind on both") << QPointF(10, 10) << QPointF(5, 5) << 2;
        QTest::newRow("behind on x only") << QPointF(10, 0) << QPointF(5, 5) << 2;
        QTest::newRow("too close ahead") << QPointF(4.95, 4.95) << QPointF(5, 5) << 2;
        QTest::newRow("already there") << QPointF(5, 5) << QPointF(5, 5) << 2;
        // Read back exactly one take-up short (a resume): 150.1 − 149.9 is 0.2 less 1.1e-14 in
        // doubles. One move; a pre-position move would go to where the head already is.
        QTest::newRow("exactly one take-up short") << QPointF(149.9, 99.9) << QPointF(150.1, 100.1) << 1;
        // The pre-position move went out rounded to 0.001 mm and stopped 0.4 µm short of the
        // planned point: still one move (the pre-position would be empty G-code).
        QTest::newRow("one take-up short, rounded") << QPointF(149.9, 99.9) << QPointF(150.0996, 100.0996) << 1;
        QTest::newRow("a micrometre too close") << QPointF(149.9, 99.9) << QPointF(150.099, 100.1) << 2;
    }

    void approachAlwaysEndsTravellingPositive()
    {
        QFETCH(QPointF, from);
        QFETCH(QPointF, to);
        QFETCH(int, moves);
        const OneSidedApproach approach(0.2);
        const QVector<QPointF> plan = approach.movesTo(from, to);
        QCOMPARE(plan.size(), moves);
        QCOMPARE(plan.constLast(), to);
        const QPointF before = plan.size() == 2 ? plan[0] : from;
        QVERIFY(to.x() - before.x() >= 0.2 - 0.0005 - 1e-9);
        QVERIFY(to.y() - before.y() >= 0.2 - 0.0005 - 1e-9);
        // Never a move to where the head is (as far as G-code written to 0.001 mm can tell).
        QVERIFY(plan.size() == 1 || std::abs(plan[0].x() - from.x()) >= 0.0005 || std::abs(plan[0].y() - from.y()) >= 0.0005);
        QCOMPARE(approach.reachesDirectly(from, to), moves == 1);
    }

    void repeatabilityStatistics()
    {
        RepeatabilityStats stats;
        QCOMPARE(stats.standardDeviation(), QPointF());
        for (const QPointF &p : {QPointF(1.000, 2.000), QPointF(1.002, 1.999), QPointF(0.998, 2.001),
                                 QPointF(1.001, 2.000)})
            stats.add(p);
        QCOMPARE(stats.count(), 4);
        QVERIFY(std::abs(stats.mean().x() - 1.00025) < 1e-12);
        QVERIFY(std::abs(stats.mean().y() - 2.0) < 1e-12);
        // sample std of {1.000, 1.002, 0.998, 1.001}
        QVERIFY(std::abs(stats.standardDeviation().x() - 0.0017078251276599) < 1e-12);
        QVERIFY(std::abs(stats.range().x() - 0.004) < 1e-12);
        QVERIFY(std::abs(stats.range().y() - 0.002) < 1e-12);
    }
};

QTEST_GUILESS_MAIN(TestWorkflowMath)
#include "tst_workflowmath.moc"
