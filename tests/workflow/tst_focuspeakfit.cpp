#include "workflow/FocusPeakFit.h"

#include <QTest>

#include <cmath>
#include <random>

using namespace reticle;

namespace {

QVector<FocusSample> sweep(double peak, double width, double from, double to, double step, double noise,
                           unsigned seed = 1)
{
    std::mt19937 rng(seed);
    std::normal_distribution<double> n(0.0, noise);
    QVector<FocusSample> samples;
    for (double z = from; z <= to + 1e-9; z += step) {
        const double s = 1000.0 * std::exp(-(z - peak) * (z - peak) / (2 * width * width)) + 20.0;
        samples.append({z, s * (1.0 + (noise > 0 ? n(rng) : 0.0))});
    }
    return samples;
}

} // namespace

class TestFocusPeakFit : public QObject
{
    Q_OBJECT

private slots:
    void findsThePeakBetweenSamples()
    {
        const FocusPeak peak = FocusPeakFit::fit(sweep(20.137, 0.4, 18.0, 22.0, 0.1, 0.0));
        QVERIFY2(peak.ok, qPrintable(peak.reason));
        QVERIFY2(std::abs(peak.position - 20.137) < 0.01, qPrintable(QString::number(peak.position, 'f', 4)));
        QVERIFY(peak.pointsUsed >= 5);
    }

    void noisyCurveGivesAnHonestUncertainty()
    {
        int inside = 0;
        const int runs = 40;
        for (int seed = 1; seed <= runs; ++seed) {
            const FocusPeak peak = FocusPeakFit::fit(sweep(20.137, 0.4, 18.0, 22.0, 0.1, 0.03, seed));
            QVERIFY2(peak.ok, qPrintable(peak.reason));
            QVERIFY(peak.uncertainty > 0.0);
            QVERIFY(std::abs(peak.position - 20.137) < 0.05);
            if (std::abs(peak.position - 20.137) <= 2.0 * peak.uncertainty)
                ++inside;
        }
        // About 95 % should lie within two standard deviations; accept a loose lower bound.
        QVERIFY2(inside >= runs * 3 / 4, qPrintable(QString::number(inside)));
    }

    void peakAtTheEdgeIsRefused()
    {
        const FocusPeak peak = FocusPeakFit::fit(sweep(23.0, 0.4, 18.0, 22.0, 0.1, 0.0));
        QVERIFY(!peak.ok);
        QVERIFY(peak.reason.contains(QStringLiteral("end of the sweep")));
    }

    void tooFewOrBadPointsAreRefused()
    {
        QVERIFY(!FocusPeakFit::fit({{1.0, 5.0}, {2.0, 6.0}}).ok);
        QVERIFY(!FocusPeakFit::fit({{1.0, 5.0}, {2.0, std::nan("")}, {3.0, 0.0}}).ok);
    }
};

QTEST_GUILESS_MAIN(TestFocusPeakFit)
#include "tst_focuspeakfit.moc"
