#include "CameraTestUtil.h"
#include "camera/FrameDecoder.h"

#include <QTest>
#include <QTransform>

#include <opencv2/core.hpp>
#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>

#include <random>

using namespace reticle;

namespace {

// A camera-like picture (gradients, shapes, noise, odd size so no edge lines up with the 16 px
// JPEG blocks), encoded with 4:2:0 chroma like real cameras.
QByteArray sceneJpeg(int width, int height, int seed)
{
    std::mt19937 rng(static_cast<unsigned>(seed));
    cv::Mat image(height, width, CV_8UC3);
    for (int y = 0; y < height; ++y)
        for (int x = 0; x < width; ++x)
            image.at<cv::Vec3b>(y, x) = cv::Vec3b(uchar(40 + 150 * x / width), uchar(60 + 120 * y / height),
                                                  uchar((x * 7 + y * 3 + seed * 40) & 255));
    for (int i = 0; i < 12; ++i)
        cv::circle(image, cv::Point(int(rng() % unsigned(width)), int(rng() % unsigned(height))),
                   int(3 + rng() % 20), cv::Scalar(double(rng() % 255), double(rng() % 255), double(rng() % 255)), -1);
    cv::Mat noise(height, width, CV_8UC3);
    cv::randn(noise, cv::Scalar::all(0), cv::Scalar::all(6));
    image += noise;
    std::vector<uchar> encoded;
    cv::imencode(".jpg", image, encoded, {cv::IMWRITE_JPEG_QUALITY, 85});
    return QByteArray(reinterpret_cast<const char *>(encoded.data()), qsizetype(encoded.size()));
}

int maxDifference(const QImage &a, const QImage &b)
{
    if (a.size() != b.size())
        return 1000;
    int worst = 0;
    for (int y = 0; y < a.height(); ++y) {
        const auto *ra = reinterpret_cast<const QRgb *>(a.constScanLine(y));
        const auto *rb = reinterpret_cast<const QRgb *>(b.constScanLine(y));
        for (int x = 0; x < a.width(); ++x) {
            worst = std::max({worst, std::abs(qRed(ra[x]) - qRed(rb[x])), std::abs(qGreen(ra[x]) - qGreen(rb[x])),
                              std::abs(qBlue(ra[x]) - qBlue(rb[x])), 255 - qAlpha(ra[x])});
        }
    }
    return worst;
}

} // namespace

class TestFrameDecoder : public QObject
{
    Q_OBJECT

private slots:
    void decodesExactlyLikeTheReferenceDecoder()
    {
        // The exact (integer) IDCT and smooth chroma upsampling: the same pixels as OpenCV's
        // libjpeg decode, so measurements on a frame do not depend on a "fast" shortcut.
        const QByteArray jpeg = sceneJpeg(333, 187, 1);
        FrameDecoder decoder;
        QString error;
        const QImage image = decoder.decodeJpeg(jpeg, &error);
        QVERIFY2(!image.isNull(), qPrintable(error));
        QCOMPARE(image.format(), QImage::Format_RGB32);
        const cv::Mat reference = cv::imdecode(
            cv::Mat(1, int(jpeg.size()), CV_8UC1, const_cast<char *>(jpeg.data())), cv::IMREAD_COLOR);
        cv::Mat bgra;
        cv::cvtColor(reference, bgra, cv::COLOR_BGR2BGRA);
        const QImage expected = QImage(bgra.data, bgra.cols, bgra.rows, int(bgra.step), QImage::Format_RGB32).copy();
        QCOMPARE(maxDifference(image, expected), 0);
    }

    void everyOrientationMatchesQtsTransforms_data()
    {
        QTest::addColumn<bool>("flipH");
        QTest::addColumn<bool>("flipV");
        QTest::addColumn<int>("rotation");
        for (int rotation : {0, 90, 180, 270}) {
            for (int flips = 0; flips < 4; ++flips) {
                const bool h = flips & 1;
                const bool v = flips & 2;
                QTest::addRow("h%d v%d r%d", int(h), int(v), rotation) << h << v << rotation;
            }
        }
    }

    void everyOrientationMatchesQtsTransforms()
    {
        QFETCH(bool, flipH);
        QFETCH(bool, flipV);
        QFETCH(int, rotation);
        const QByteArray jpeg = sceneJpeg(101, 57, 2);
        FrameDecoder plain;
        const QImage upright = plain.decodeJpeg(jpeg);
        QVERIFY(!upright.isNull());
        // The profile's rule: mirror first, then turn clockwise.
        const QImage expected = upright.mirrored(flipH, flipV).transformed(QTransform().rotate(rotation));
        FrameDecoder oriented;
        oriented.setOrientation(flipH, flipV, rotation);
        const QImage fromJpeg = oriented.decodeJpeg(jpeg);
        QCOMPARE(fromJpeg.size(), expected.size());
        QCOMPARE(maxDifference(fromJpeg, expected), 0);
        // Raw frames from Qt Multimedia (any format) take the same path.
        const QImage fromVideo = oriented.orient(upright.convertToFormat(QImage::Format_RGB888));
        QCOMPARE(fromVideo.format(), QImage::Format_RGB32);
        QCOMPARE(maxDifference(fromVideo, expected), 0);
    }

    void aFrameSomeoneHoldsNeverChanges()
    {
        // Output images are reused, but only once nobody holds them.
        const QByteArray a = sceneJpeg(160, 120, 3);
        const QByteArray b = sceneJpeg(160, 120, 4);
        FrameDecoder decoder;
        const QImage held = decoder.decodeJpeg(a);
        const QImage snapshot = held.copy();
        QImage latest;
        for (int i = 0; i < 12; ++i)
            latest = decoder.decodeJpeg(i % 2 ? a : b);
        QCOMPARE(maxDifference(held, snapshot), 0);
        QVERIFY(maxDifference(decoder.decodeJpeg(b), snapshot) > 10); // b really is another picture
        QVERIFY(!latest.isNull());
    }

    void aSteadyStreamReusesItsImages()
    {
        const QByteArray a = sceneJpeg(160, 120, 5);
        FrameDecoder decoder;
        QImage shown; // a viewer holding the previous frame while the next one decodes
        for (int i = 0; i < 50; ++i)
            shown = decoder.decodeJpeg(a);
        QVERIFY(!shown.isNull());
        QVERIFY2(decoder.imagesAllocated() <= 2, qPrintable(QString::number(decoder.imagesAllocated())));
        FrameDecoder turned;
        turned.setOrientation(true, false, 90);
        for (int i = 0; i < 50; ++i)
            shown = turned.decodeJpeg(a);
        QCOMPARE(shown.size(), QSize(120, 160));
        QVERIFY2(turned.imagesAllocated() <= 2, qPrintable(QString::number(turned.imagesAllocated())));
    }

    void garbageIsAnErrorAndATruncatedJpegStillDecodes()
    {
        FrameDecoder decoder;
        QString error;
        QVERIFY(decoder.decodeJpeg(QByteArray(5000, 'g'), &error).isNull());
        QVERIFY2(error.contains(QLatin1String("not a decodable image")), qPrintable(error));
        error.clear();
        QVERIFY(decoder.decodeJpeg(QByteArray("\xFF\xD8"), &error).isNull());
        QVERIFY2(error.contains(QLatin1String("empty frame")), qPrintable(error));
        // A JPEG cut off near its end decodes (libjpeg pads it), as camera viewers show it.
        const QByteArray jpeg = sceneJpeg(160, 120, 6);
        const QImage cut = decoder.decodeJpeg(jpeg.left(jpeg.size() - 200), &error);
        QCOMPARE(cut.size(), QSize(160, 120));
    }
};

QTEST_GUILESS_MAIN(TestFrameDecoder)
#include "tst_framedecoder.moc"
