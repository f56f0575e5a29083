#include "workflow/CentringLoop.h"

#include <QTest>

#include <cmath>
#include <random>

using namespace reticle;

namespace {

// A nozzle camera whose pixel map is slightly wrong (scale and rotation), as a first calibration
// is: the loop must still converge because each step re-measures.
struct FakeRig
{
    QPointF trueCentre{151.234, 148.765}; // toolhead position that centres the nozzle
    double mapScaleError = 1.03;
    double mapRotationRad = 0.03;
    double noiseMm = 0.0;
    std::mt19937 rng{7};

    QPointF measuredError(const QPointF &toolhead)
    {
        const QPointF trueError = toolhead - trueCentre;
        const double c = std::cos(mapRotationRad), s = std::sin(mapRotationRad);
        QPointF e(c * trueError.x() - s * trueError.y(), s * trueError.x() + c * trueError.y());
        e *= mapScaleError;
        std::normal_distribution<double> noise(0.0, noiseMm);
        if (noiseMm > 0)
            e += QPointF(noise(rng), noise(rng));
        return e;
    }
};

} // namespace

class TestCentringLoop : public QObject
{
    Q_OBJECT

private slots:
    void convergesWithAnImperfectMap()
    {
        FakeRig rig;
        CentringLoop loop(CentringSettings{1.0, 2.0, 5.0, 8, 120.0});
        QPointF toolhead(150.0, 150.0);
        CentringAction action;
        for (int i = 0; i < 20; ++i) {
            action = loop.next({toolhead, true, rig.measuredError(toolhead), 1.0 * i});
            if (action.kind != CentringAction::Kind::MoveTo)
                break;
            toolhead = action.targetMm;
        }
        QCOMPARE(action.kind, CentringAction::Kind::Converged);
        QVERIFY2(loop.movesIssued() <= 4, qPrintable(QString::number(loop.movesIssued())));
        // The centre estimate is toolhead − measured error: within the tolerance scaled by the map error.
        QVERIFY(std::hypot(action.centreMm.x() - rig.trueCentre.x(), action.centreMm.y() - rig.trueCentre.y())
                < 0.005 * 0.1);
    }

    void stepsAreClampedToTheMaximum()
    {
        CentringLoop loop(CentringSettings{1.0, 0.5, 5.0, 8, 120.0});
        const CentringAction action = loop.next({QPointF(100, 100), true, QPointF(3.0, -4.0), 0.0});
        QCOMPARE(action.kind, CentringAction::Kind::MoveTo);
        const QPointF step = action.targetMm - QPointF(100, 100);
        QVERIFY(std::abs(std::hypot(step.x(), step.y()) - 0.5) < 1e-12);
        // Direction opposite to the error: the nozzle moves with the toolhead.
        QVERIFY(step.x() < 0 && step.y() > 0);
    }

    void gainDampsTheCorrection()
    {
        CentringLoop loop(CentringSettings{0.5, 10.0, 5.0, 8, 120.0});
        const CentringAction action = loop.next({QPointF(10, 10), true, QPointF(0.2, 0.0), 0.0});
        QCOMPARE(action.targetMm, QPointF(9.9, 10.0));
    }

    void failsWithAReasonAfterTooManyMoves()
    {
        FakeRig rig;
        rig.mapScaleError = 2.2; // overshoots every time: diverges
        CentringLoop loop(CentringSettings{1.0, 50.0, 5.0, 5, 120.0});
        QPointF toolhead(150.0, 150.0);
        CentringAction action;
        for (int i = 0; i < 50; ++i) {
            action = loop.next({toolhead, true, rig.measuredError(toolhead), 0.0});
            if (action.kind != CentringAction::Kind::MoveTo)
                break;
            toolhead = action.targetMm;
        }
        QCOMPARE(action.kind, CentringAction::Kind::Failed);
        QCOMPARE(loop.movesIssued(), 5);
        QVERIFY2(action.reason.contains(QStringLiteral("after 5 moves")), qPrintable(action.reason));
    }

    void missingNozzleIsRemeasuredOnceThenFails()
    {
        CentringLoop loop;
        CentringAction action = loop.next({QPointF(1, 1), false, {}, 0.0});
        QCOMPARE(action.kind, CentringAction::Kind::Remeasure);
        action = loop.next({QPointF(1, 1), false, {}, 0.5});
        QCOMPARE(action.kind, CentringAction::Kind::Failed);
        QVERIFY(action.reason.contains(QStringLiteral("No nozzle")));
        QCOMPARE(loop.movesIssued(), 0);
    }

    void timesOut()
    {
        CentringLoop loop(CentringSettings{1.0, 2.0, 5.0, 8, 30.0});
        const CentringAction action = loop.next({QPointF(1, 1), true, QPointF(1, 1), 31.0});
        QCOMPARE(action.kind, CentringAction::Kind::Failed);
        QVERIFY(action.reason.contains(QStringLiteral("30")));
    }
};

QTEST_GUILESS_MAIN(TestCentringLoop)
#include "tst_centringloop.moc"
