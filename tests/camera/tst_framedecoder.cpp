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
    void decodesLikeTheReferenceDecoder()
    {
        // The exact IDCT, with chroma repeated over each 2x2 block as OpenCV's VideoCapture
        // does: grey, which detection and sharpness read, is the exact decoder's to within
        // rounding, and colours are the same picture, a pixel coarser only at colour edges.
        const QByteArray jpeg = sceneJpeg(333, 187, 1);
        FrameDecoder decoder;
        QString error;
        const QImage image = decoder.decodeJpeg(jpeg, &error);
        QVERIFY2(!image.isNull(), qPrintable(error));
        QCOMPARE(image.format(), QImage::Format_RGB32);
        const cv::Mat reference = cv::imdecode(
            cv::Mat(1, int(jpeg.size()), CV_8UC1, const_cast<char *>(jpeg.data())), cv::IMREAD_COLOR);
        QCOMPARE(image.width(), reference.cols);
        QCOMPARE(image.height(), reference.rows);
        const cv::Mat decoded(image.height(), image.width(), CV_8UC4, const_cast<uchar *>(image.constBits()),
                              size_t(image.bytesPerLine()));
        cv::Mat decodedBgr, decodedGrey, referenceGrey, greyDifference, colourDifference;
        cv::cvtColor(decoded, decodedBgr, cv::COLOR_BGRA2BGR);
        cv::cvtColor(decoded, decodedGrey, cv::COLOR_BGRA2GRAY);
        cv::cvtColor(reference, referenceGrey, cv::COLOR_BGR2GRAY);
        cv::absdiff(decodedGrey, referenceGrey, greyDifference);
        // Grey moves only where a saturated colour edge clips differently (this scene has many:
        // random saturated discs over a hard-edged blue ramp); on the simulator's nozzle
        // pictures 67 of 1.2 million pixels moved, by at most 2 levels.
        const int beyondTwo = cv::countNonZero(greyDifference > 2);
        QVERIFY2(beyondTwo * 100 <= int(greyDifference.total()),
                 qPrintable(QStringLiteral("grey differs by more than 2 levels in %1 of %2 pixels")
                                .arg(beyondTwo)
                                .arg(greyDifference.total())));
        QVERIFY2(cv::mean(greyDifference)[0] < 0.1,
                 qPrintable(QStringLiteral("grey differs by %1 on average").arg(cv::mean(greyDifference)[0])));
        // Colour moves within each chroma sample's neighbourhood only (this scene's per-pixel
        // colour noise makes single pixels differ a lot): averaged over 8x8 blocks it is the
        // same picture; swapped channels or a wrong colour space would move tens of levels.
        cv::Mat decodedBlocks, referenceBlocks;
        cv::resize(decodedBgr, decodedBlocks, cv::Size(), 0.125, 0.125, cv::INTER_AREA);
        cv::resize(reference, referenceBlocks, cv::Size(), 0.125, 0.125, cv::INTER_AREA);
        cv::absdiff(decodedBlocks, referenceBlocks, colourDifference);
        double worstBlock = 0;
        cv::minMaxLoc(colourDifference.reshape(1), nullptr, &worstBlock);
        QVERIFY2(worstBlock <= 8, qPrintable(QStringLiteral("an 8x8 block's colour differs by %1").arg(worstBlock)));
        const cv::Scalar meanColour = cv::mean(colourDifference);
        for (int channel = 0; channel < 3; ++channel)
            QVERIFY2(meanColour[channel] < 1.5, qPrintable(QStringLiteral("channel %1 differs by %2 on average")
                                                               .arg(channel)
                                                               .arg(meanColour[channel])));
        QCOMPARE(255 - qAlpha(image.pixel(0, 0)), 0);
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
