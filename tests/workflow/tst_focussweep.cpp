// The coarse-to-fine sweep as a pure step class: the positions of each pass, the one-sided
// approach (every measured position reached moving up), resuming after an interruption, and the
// result, fed with a known sharpness curve.
#include "workflow/FocusSweep.h"

#include <QTest>

#include <cmath>

using namespace reticle;

namespace {

double curve(double z, double peak)
{
    const double d = (z - peak) / 0.5;
    return 1000.0 / (1.0 + d * d) + 20.0;
}

} // namespace

class TestFocusSweep : public QObject
{
    Q_OBJECT

private slots:
    void passPositionsAreSymmetricAndToTheMicrometre()
    {
        const QVector<double> p = FocusSweep::passPositions(20.1234567, 0.5, 0.05);
        QCOMPARE(p.size(), 21);
        QCOMPARE(p.constFirst(), 19.623);
        QCOMPARE(p.constLast(), 20.623);
        QCOMPARE(FocusSweep::passPositions(0.0, 2.0, 0.25).size(), 17);
        QVERIFY(FocusSweep::passPositions(0.0, 1.0, 0.0).isEmpty());
    }

    void everyMeasuredPositionIsReachedMovingUp()
    {
        FocusSweep sweep;
        double axis = 25.0; // above the whole sweep: the first position needs a take-up move
        FocusAction a = sweep.start(20.0, axis);
        int measured = 0;
        bool movingUp = false;
        while (a.kind == FocusAction::Kind::Move) {
            const bool up = a.position > axis + 1e-12;
            if (a.measure) {
                QVERIFY2(up && (movingUp || a.position - axis >= 0.2 - 1e-9),
                    qPrintable(QStringLiteral("%1 reached from %2").arg(a.position).arg(axis)));
                ++measured;
            }
            movingUp = up;
            axis = a.position;
            a = sweep.next(a.measure ? std::optional<double>(curve(axis, 20.37)) : std::nullopt);
        }
        QCOMPARE(int(a.kind), int(FocusAction::Kind::Done));
        QCOMPARE(measured, 17 + 21);
        QVERIFY(std::abs(a.peak.position - 20.37) < 0.005);
        // It ended at the best focus, reached from below.
        QVERIFY(movingUp);
        QCOMPARE(axis, a.peak.position);
    }

    void resumingApproachesTheInterruptedTargetFromBelowAgain()
    {
        FocusSweep sweep;
        double axis = 20.0;
        FocusAction a = sweep.start(20.0, axis);
        for (int i = 0; i < 6; ++i) { // a few moves into the coarse pass
            axis = a.position;
            a = sweep.next(a.measure ? std::optional<double>(curve(axis, 20.0)) : std::nullopt);
        }
        QVERIFY(a.kind == FocusAction::Kind::Move && a.measure);
        const double target = a.position;
        // The link dropped during that move; the axis is reported somewhere above it.
        FocusAction r = sweep.resume(target + 0.03);
        QVERIFY(r.kind == FocusAction::Kind::Move);
        QVERIFY(!r.measure);
        QCOMPARE(r.position, target - 0.2);
        r = sweep.next(std::nullopt);
        QCOMPARE(r.position, target);
        QVERIFY(r.measure);
    }

    void aPeakBeyondTheCoarseRangeFails()
    {
        FocusSweep sweep;
        double axis = 20.0;
        FocusAction a = sweep.start(20.0, axis);
        while (a.kind == FocusAction::Kind::Move) {
            axis = a.position;
            a = sweep.next(a.measure ? std::optional<double>(curve(axis, 23.0)) : std::nullopt);
        }
        QCOMPARE(int(a.kind), int(FocusAction::Kind::Failed));
        QVERIFY(a.reason.contains(QStringLiteral("end of the coarse sweep")));
        QVERIFY(!sweep.finePeak());
    }

    void withoutFinishAtBestItStopsAfterTheFineFit()
    {
        FocusSweepSettings settings;
        settings.finishAtBest = false;
        FocusSweep sweep(settings);
        double axis = 20.0;
        FocusAction a = sweep.start(20.0, axis);
        while (a.kind == FocusAction::Kind::Move) {
            axis = a.position;
            a = sweep.next(a.measure ? std::optional<double>(curve(axis, 19.6)) : std::nullopt);
        }
        QCOMPARE(int(a.kind), int(FocusAction::Kind::Done));
        QVERIFY(std::abs(a.peak.position - 19.6) < 0.005);
        QVERIFY(axis > a.peak.position + 0.4); // left at the top of the fine pass
        QCOMPARE(sweep.samples(FocusPass::Fine).size(), 21);
    }
};

QTEST_GUILESS_MAIN(TestFocusSweep)
#include "tst_focussweep.moc"
