#include "vision/NozzleImageGenerator.h"
#include "vision/SettleDetector.h"
#include "vision/Sharpness.h"

#include <opencv2/imgproc.hpp>

#include <QTest>

using namespace reticle;

namespace {

cv::Mat frame(double blur, double shiftX = 0)
{
    SyntheticScene s;
    s.blurSigma = blur;
    s.noiseSigma = 0;
    s.colour = false;
    SyntheticNozzle n;
    n.cx = 320 + shiftX;
    n.cy = 240;
    s.nozzles.push_back(n);
    return NozzleImageGenerator::render(s);
}

} // namespace

class TestSharpnessSettle : public QObject
{
    Q_OBJECT

private slots:
    void sharperFramesScoreHigher()
    {
        double lastLap = 1e300, lastTen = 1e300;
        for (double blur : {0.0, 1.0, 2.0, 4.0}) {
            const cv::Mat f = frame(blur);
            const double lap = Sharpness::varianceOfLaplacian(f);
            const double ten = Sharpness::tenengrad(f);
            QVERIFY(lap < lastLap);
            QVERIFY(ten < lastTen);
            lastLap = lap;
            lastTen = ten;
        }
        // A region of interest counts only that region.
        QVERIFY(Sharpness::tenengrad(frame(0), cv::Rect(0, 0, 50, 50))
                < 0.01 * Sharpness::tenengrad(frame(0), cv::Rect(260, 180, 120, 120)));
        QCOMPARE(Sharpness::varianceOfLaplacian(cv::Mat()), 0.0);
    }

    void settlesAfterDebounce()
    {
        SettleDetector settle({1.0, 3, 2000, 160});
        settle.start(1000);
        QCOMPARE(settle.addFrame(frame(1, 30), 990), SettleDetector::State::Waiting); // before the move ended: ignored
        // Still moving: each frame differs.
        for (int i = 0; i < 5; ++i)
            QCOMPARE(settle.addFrame(frame(1, 10.0 * i), 1000 + 33 * i), SettleDetector::State::Waiting);
        // Standing still: the first still frame still differs from the last moving one, then three
        // quiet differences are needed.
        QCOMPARE(settle.addFrame(frame(1, 60), 1200), SettleDetector::State::Waiting);
        QCOMPARE(settle.addFrame(frame(1, 60), 1233), SettleDetector::State::Waiting);
        QCOMPARE(settle.addFrame(frame(1, 60), 1266), SettleDetector::State::Waiting);
        QCOMPARE(settle.addFrame(frame(1, 60), 1300), SettleDetector::State::Settled);
        QCOMPARE(settle.settledAtMs(), 1300);
        QVERIFY(settle.lastDifference() < 1.0);
    }

    void movementResetsTheDebounce()
    {
        SettleDetector settle({1.0, 3, 2000, 160});
        settle.start(0);
        settle.addFrame(frame(1, 0), 10);
        settle.addFrame(frame(1, 0), 20);
        settle.addFrame(frame(1, 0), 30);
        QCOMPARE(settle.addFrame(frame(1, 8), 40), SettleDetector::State::Waiting); // vibration
        settle.addFrame(frame(1, 8), 50);
        settle.addFrame(frame(1, 8), 60);
        QCOMPARE(settle.addFrame(frame(1, 8), 70), SettleDetector::State::Settled);
    }

    void timesOut()
    {
        SettleDetector settle({1.0, 3, 500, 160});
        settle.start(0);
        SettleDetector::State state = SettleDetector::State::Waiting;
        for (int i = 0; i < 30 && state == SettleDetector::State::Waiting; ++i)
            state = settle.addFrame(frame(1, 5.0 * (i % 2)), 40 * i);
        QCOMPARE(state, SettleDetector::State::TimedOut);
        QCOMPARE(settle.state(), SettleDetector::State::TimedOut);
    }
};

QTEST_GUILESS_MAIN(TestSharpnessSettle)
#include "tst_sharpnesssettle.moc"
