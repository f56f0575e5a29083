#include "vision/MarkDetector.h"

#include <opencv2/imgproc.hpp>

#include <QTest>

#include <cmath>
#include <numbers>

using namespace reticle;

namespace {

constexpr int kSuper = 8;

// Draws at 8x with sub-pixel coordinates, then averages down: exact sub-pixel placement.
// Coordinates are in the final image's pixel-centre convention.
cv::Point toBig(double x, double y)
{
    return cv::Point(int(std::lround((kSuper * x + (kSuper - 1) / 2.0) * 16)), int(std::lround((kSuper * y + (kSuper - 1) / 2.0) * 16)));
}

cv::Mat finish(const cv::Mat &big, double blur = 0.8, double noise = 2.0)
{
    cv::Mat small, f;
    cv::resize(big, small, cv::Size(), 1.0 / kSuper, 1.0 / kSuper, cv::INTER_AREA);
    small.convertTo(f, CV_32F);
    if (blur > 0)
        cv::GaussianBlur(f, f, cv::Size(), blur);
    cv::Mat n(f.size(), CV_32F);
    cv::RNG(5).fill(n, cv::RNG::NORMAL, 0, noise);
    f += n;
    f.convertTo(small, CV_8U);
    return small;
}

cv::Mat dotImage(double x, double y, double r)
{
    cv::Mat big(480 * kSuper, 640 * kSuper, CV_8U, cv::Scalar(200));
    cv::circle(big, toBig(x, y), int(std::lround(r * kSuper * 16)), cv::Scalar(40), -1, cv::LINE_8, 4);
    return finish(big);
}

} // namespace

class TestMarkDetector : public QObject
{
    Q_OBJECT

private slots:
    void depositedDot()
    {
        const cv::Mat img = dotImage(200.4, 150.7, 12.3);
        const Detection d = MarkDetector().detect(img);
        QVERIFY(d.found);
        QVERIFY2(std::hypot(d.x - 200.4, d.y - 150.7) < 0.05, qPrintable(QStringLiteral("%1 %2").arg(d.x).arg(d.y)));
        QVERIFY(std::abs(d.radius - 12.3) < 0.6);
    }

    void brightDotOnDarkGround()
    {
        cv::Mat img = dotImage(321.1, 222.2, 9.0);
        cv::bitwise_not(img, img);
        MarkDetectorParams p;
        p.darkMark = false;
        const Detection d = MarkDetector(p).detect(img);
        QVERIFY(d.found);
        QVERIFY(std::hypot(d.x - 321.1, d.y - 222.2) < 0.05);
    }

    void twoDotsAreAmbiguous()
    {
        cv::Mat big(480 * kSuper, 640 * kSuper, CV_8U, cv::Scalar(200));
        cv::circle(big, toBig(200, 200), 12 * kSuper * 16, cv::Scalar(40), -1, cv::LINE_8, 4);
        cv::circle(big, toBig(400, 250), 12 * kSuper * 16, cv::Scalar(40), -1, cv::LINE_8, 4);
        const Detection d = MarkDetector().detect(finish(big));
        QVERIFY(!d.found);
        QCOMPARE(d.status, DetectionStatus::Ambiguous);
    }

    void printedRing()
    {
        cv::Mat big(480 * kSuper, 640 * kSuper, CV_8U, cv::Scalar(210));
        cv::circle(big, toBig(320.2, 240.6), 30 * kSuper * 16, cv::Scalar(30), -1, cv::LINE_8, 4);
        cv::circle(big, toBig(320.2, 240.6), 24 * kSuper * 16, cv::Scalar(210), -1, cv::LINE_8, 4);
        MarkDetectorParams p;
        p.kind = MarkDetectorParams::Kind::Ring;
        const Detection d = MarkDetector(p).detect(finish(big));
        QVERIFY(d.found);
        QVERIFY2(std::hypot(d.x - 320.2, d.y - 240.6) < 0.05, qPrintable(QStringLiteral("%1 %2").arg(d.x).arg(d.y)));
        QVERIFY(std::abs(d.radius - 24.0) < 0.8);
    }

    void printedCross()
    {
        const double cx = 300.3, cy = 200.8, half = 40, thick = 2.5, angle = 15 * std::numbers::pi / 180;
        cv::Mat big(480 * kSuper, 640 * kSuper, CV_8U, cv::Scalar(220));
        for (const double a : {angle, angle + std::numbers::pi / 2}) {
            const double c = std::cos(a), s = std::sin(a);
            std::vector<cv::Point> poly;
            for (const auto &[u, v] : {std::pair{-half, -thick}, std::pair{half, -thick}, std::pair{half, thick}, std::pair{-half, thick}})
                poly.push_back(toBig(cx + u * c - v * s, cy + u * s + v * c));
            cv::fillConvexPoly(big, poly, cv::Scalar(30), cv::LINE_8, 4);
        }
        MarkDetectorParams p;
        p.kind = MarkDetectorParams::Kind::Cross;
        const Detection d = MarkDetector(p).detect(finish(big));
        QVERIFY(d.found);
        QVERIFY2(std::hypot(d.x - cx, d.y - cy) < 0.1, qPrintable(QStringLiteral("%1 %2").arg(d.x).arg(d.y)));
        QVERIFY(std::abs(std::remainder(d.angleDeg - 15.0, 90.0)) < 2.0);
    }

    void blankImageHasNoMark()
    {
        const Detection d = MarkDetector().detect(cv::Mat(240, 320, CV_8U, cv::Scalar(128)));
        QVERIFY(!d.found);
        QCOMPARE(MarkDetector().detect(cv::Mat()).status, DetectionStatus::BadImage);
    }
};

QTEST_GUILESS_MAIN(TestMarkDetector)
#include "tst_markdetector.moc"
