// What the virtual camera draws: the nozzle exactly where the camera model puts it (to a small
// fraction of a pixel), the right way round under rotation and mirroring, blurrier away from
// the focal plane, and deposited marks at their true bed positions.
#include "SimCameraMeasure.h"

#include "camera/BedRenderer.h"
#include "camera/FrameRenderer.h"

#include <QTest>

#include <cmath>

using namespace reticle::sim;
using simcamtest::boreCentre;

namespace {

// A noise-free, evenly lit, vibration- and lag-free camera: what is measured is pure geometry.
CameraOptions cleanOptions(CameraMode mode = CameraMode::Nozzle)
{
    CameraOptions o;
    o.mode = mode;
    o.resolution = QSize(320, 240);
    o.umPerPx = 15.0;
    o.imperfections.noise = false;
    o.imperfections.illumination = false;
    o.imperfections.vibration = false;
    o.imperfections.lagMs = 0;
    o.imperfections.seed = 42;
    return o;
}

MachineSnapshot machine(double x, double y, double z, int tool)
{
    MachineSnapshot s{};
    s.monotonicMs = 50000;
    s.carriage[0] = x;
    s.carriage[1] = y;
    s.carriage[2] = z;
    s.activeTool = tool;
    s.homed = true;
    s.trueOffsets = {QVector3D(0, 0, 0), QVector3D(25.3f, -12.7f, 1.0f), QVector3D(-1.0f, 2.0f, 0.0f)};
    return s;
}

SnapshotHistory historyOf(const MachineSnapshot &s)
{
    SnapshotHistory h;
    h.add(s);
    return h;
}

QString describe(QPointF measured, QPointF expected)
{
    return QStringLiteral("measured (%1, %2), expected (%3, %4)")
        .arg(measured.x(), 0, 'f', 4)
        .arg(measured.y(), 0, 'f', 4)
        .arg(expected.x(), 0, 'f', 4)
        .arg(expected.y(), 0, 'f', 4);
}

} // namespace

class TestSimCameraRender : public QObject
{
    Q_OBJECT
private slots:
    void nozzleLandsOnPredictedPixel_data()
    {
        QTest::addColumn<double>("x");
        QTest::addColumn<double>("y");
        QTest::addColumn<double>("rotation");
        QTest::addColumn<bool>("mirrored");
        QTest::newRow("centre") << 150.0 << 150.0 << 0.0 << false;
        QTest::newRow("fraction of a pixel") << 150.0031 << 149.9917 << 0.0 << false;
        QTest::newRow("off centre") << 150.6123 << 150.4071 << 0.0 << false;
        QTest::newRow("rotated 30") << 149.4567 << 150.2311 << 30.0 << false;
        QTest::newRow("rotated -30 mirrored") << 150.3333 << 149.6543 << -30.0 << true;
    }
    void nozzleLandsOnPredictedPixel()
    {
        QFETCH(double, x);
        QFETCH(double, y);
        QFETCH(double, rotation);
        QFETCH(bool, mirrored);
        CameraOptions o = cleanOptions();
        o.rotationDeg = rotation;
        o.mirrored = mirrored;
        FrameRenderer renderer(o);
        const CameraScene scene = renderer.sceneAt(historyOf(machine(x, y, 20.0, 0)), 50000);
        const cv::Mat image = renderer.renderClean(scene);
        const QPointF expected = renderer.modelFor(scene).toPixel(QPointF(x, y));
        const QPointF measured = boreCentre(image, expected, 0.3 * 1000.0 / o.umPerPx);
        QVERIFY2(std::hypot(measured.x() - expected.x(), measured.y() - expected.y()) < 0.05,
                 qPrintable(describe(measured, expected)));
    }

    void tenthOfAPixelMoveShowsInTheImage()
    {
        const CameraOptions o = cleanOptions();
        FrameRenderer renderer(o);
        const double step = 0.1 * o.umPerPx / 1000.0; // 0.1 px in mm
        const CameraScene a = renderer.sceneAt(historyOf(machine(150.0, 150.0, 20.0, 0)), 50000);
        const QPointF pa = boreCentre(renderer.renderClean(a), QPointF(159.5, 119.5), 20.0);
        const CameraScene b = renderer.sceneAt(historyOf(machine(150.0 + step, 150.0, 20.0, 0)), 50000);
        const QPointF pb = boreCentre(renderer.renderClean(b), QPointF(159.5, 119.5), 20.0);
        QVERIFY2(std::abs((pb.x() - pa.x()) - 0.1) < 0.02, qPrintable(QString::number(pb.x() - pa.x(), 'f', 4)));
        QVERIFY2(std::abs(pb.y() - pa.y()) < 0.02, qPrintable(QString::number(pb.y() - pa.y(), 'f', 4)));
    }

    void trueOffsetDecidesWhereTheNozzleIs()
    {
        // Tool 1 with carriage = nozzle camera + its true offset: its nozzle sits on the optical axis.
        const CameraOptions o = cleanOptions();
        FrameRenderer renderer(o);
        const CameraScene scene = renderer.sceneAt(historyOf(machine(175.3, 137.3, 21.0, 1)), 50000);
        const QPointF measured = boreCentre(renderer.renderClean(scene), QPointF(159.5, 119.5), 25.0);
        QVERIFY2(std::hypot(measured.x() - 159.5, measured.y() - 119.5) < 0.05,
                 qPrintable(describe(measured, QPointF(159.5, 119.5))));
    }

    void rotationAndMirrorMoveTheImageTheRightWay_data()
    {
        QTest::addColumn<double>("rotation");
        QTest::addColumn<bool>("mirrored");
        QTest::addColumn<double>("expectDx"); // image motion per +1 mm X, in units of px/mm
        QTest::addColumn<double>("expectDy");
        QTest::newRow("plain: +X goes right") << 0.0 << false << 1.0 << 0.0;
        QTest::newRow("mirrored: +X goes left") << 0.0 << true << -1.0 << 0.0;
        QTest::newRow("rotated 90: +X goes down") << 90.0 << false << 0.0 << 1.0;
        QTest::newRow("rotated 30") << 30.0 << false << std::cos(M_PI / 6) << std::sin(M_PI / 6);
        QTest::newRow("rotated -30 mirrored") << -30.0 << true << -std::cos(M_PI / 6) << std::sin(M_PI / 6);
    }
    void rotationAndMirrorMoveTheImageTheRightWay()
    {
        QFETCH(double, rotation);
        QFETCH(bool, mirrored);
        QFETCH(double, expectDx);
        QFETCH(double, expectDy);
        CameraOptions o = cleanOptions();
        o.rotationDeg = rotation;
        o.mirrored = mirrored;
        FrameRenderer renderer(o);
        const double k = 1000.0 / o.umPerPx;
        const QPointF centre(159.5, 119.5);
        const QPointF a = boreCentre(renderer.renderClean(renderer.sceneAt(historyOf(machine(150, 150, 20, 0)), 50000)),
                                     centre, 20.0);
        const QPointF guess = centre + QPointF(expectDx, expectDy) * k;
        const QPointF b = boreCentre(
            renderer.renderClean(renderer.sceneAt(historyOf(machine(151, 150, 20, 0)), 50000)), guess, 20.0);
        QVERIFY2(std::abs((b.x() - a.x()) / k - expectDx) < 0.01 && std::abs((b.y() - a.y()) / k - expectDy) < 0.01,
                 qPrintable(describe(b - a, QPointF(expectDx, expectDy) * k)));
    }

    void defocusGrowsWithDistanceToTheFocalPlane()
    {
        const CameraOptions o = cleanOptions();
        FrameRenderer renderer(o);
        double previous = 1e300;
        for (double z : {20.0, 20.5, 21.5, 23.0}) {
            const cv::Mat image = renderer.renderClean(renderer.sceneAt(historyOf(machine(150, 150, z, 0)), 50000));
            const double sharpness = simcamtest::laplacianVariance(image);
            QVERIFY2(sharpness < previous * 0.9, qPrintable(QStringLiteral("z %1: %2 after %3").arg(z).arg(sharpness).arg(previous)));
            previous = sharpness;
        }
    }

    void hiddenZOffsetBlursAToolAtTheSameHeight()
    {
        // Same carriage Z, but tool 1's nozzle hangs 1 mm lower (true z offset 1.0): it is off focus.
        FrameRenderer renderer(cleanOptions());
        const cv::Mat t0 = renderer.renderClean(renderer.sceneAt(historyOf(machine(150, 150, 20, 0)), 50000));
        const cv::Mat t1 = renderer.renderClean(renderer.sceneAt(historyOf(machine(175.3, 137.3, 20, 1)), 50000));
        QVERIFY(simcamtest::laplacianVariance(t1) < 0.8 * simcamtest::laplacianVariance(t0));
    }

    void focusSettingRefocuses()
    {
        // Nozzle 1 mm above the default focal plane: blurred at focus 15, sharp at focus 17.
        FrameRenderer renderer(cleanOptions());
        const CameraScene scene = renderer.sceneAt(historyOf(machine(150, 150, 21, 0)), 50000);
        const double blurred = simcamtest::laplacianVariance(renderer.renderClean(scene));
        renderer.setFocus(17);
        const CameraScene refocused = renderer.sceneAt(historyOf(machine(150, 150, 21, 0)), 50000);
        QVERIFY(simcamtest::laplacianVariance(renderer.renderClean(refocused)) > 1.5 * blurred);
    }

    void marksAppearAtTheirTruePositions()
    {
        CameraOptions o = cleanOptions(CameraMode::CameraTool);
        o.rotationDeg = 12.0;
        FrameRenderer renderer(o);
        // The camera tool (tool 2, offset (-1, 2)) over bed point (60.4, 70.3), far from the fiducial.
        MachineSnapshot s = machine(59.4, 72.3, 20.0, 2);
        s.marks = {DepositedMark{60.0123, 70.8071, 0.8, 0}, DepositedMark{61.1, 69.9, 0.6, 0}};
        const CameraScene scene = renderer.sceneAt(historyOf(s), 50000);
        const CameraModel model = renderer.modelFor(scene);
        const cv::Mat image = renderer.renderClean(scene);
        for (const DepositedMark &m : s.marks) {
            const QPointF expected = model.toPixel(QPointF(m.x, m.y));
            const double radius = (m.diameter / 2.0 + 0.1) * model.pixelsPerMm();
            // The red-orange tool-0 material against the golden bed: weight by red over green.
            const QPointF measured = simcamtest::weightedCentroid(image, expected, radius, [](const cv::Vec3f &c) {
                return double(c[2] - c[1]) - 80.0;
            });
            QVERIFY2(std::hypot(measured.x() - expected.x(), measured.y() - expected.y()) < 0.1,
                     qPrintable(describe(measured, expected)));
        }
    }

    void fiducialIsOnTheBedNotOnTheCamera()
    {
        // Moving the camera tool by 1 mm moves the printed cross by 1 mm the other way in the image.
        CameraOptions o = cleanOptions(CameraMode::CameraTool);
        FrameRenderer renderer(o);
        const double k = 1000.0 / o.umPerPx;
        auto crossCentre = [&](double carriageX) {
            const CameraScene scene = renderer.sceneAt(historyOf(machine(carriageX, 152.0, 20.0, 2)), 50000);
            const cv::Mat image = renderer.renderClean(scene);
            const QPointF expected = renderer.modelFor(scene).toPixel(QPointF(150, 150));
            // x from the vertical arm alone (bands above and below the horizontal arm), y from the
            // horizontal arm alone: windows that cut the arms only across, never along.
            double sx = 0, swx = 0, sy = 0, swy = 0;
            for (int y = 0; y < image.rows; ++y) {
                for (int x = 0; x < image.cols; ++x) {
                    const cv::Vec3f c = image.at<cv::Vec3f>(y, x);
                    const double w = std::max(0.0, 80.0 - (c[0] + c[1] + c[2]) / 3.0);
                    const double ax = std::abs(x - expected.x()) / k, ay = std::abs(y - expected.y()) / k;
                    if (ax < 0.5 && ay > 0.5 && ay < 1.5) {
                        sx += w * x;
                        swx += w;
                    }
                    if (ay < 0.5 && ax > 0.5 && ax < 1.5) {
                        sy += w * y;
                        swy += w;
                    }
                }
            }
            return QPointF(sx / swx, sy / swy);
        };
        const QPointF a = crossCentre(148.0);
        const QPointF b = crossCentre(149.0);
        // 0.1 px: the bed's texture shows through the ink and tilts the measured edges a little.
        QVERIFY2(std::abs((b.x() - a.x()) + k) < 0.1 && std::abs(b.y() - a.y()) < 0.1,
                 qPrintable(describe(b - a, QPointF(-k, 0))));
        // The camera's optical axis at carriage - offset = (149, 150): the cross is 1 mm right of centre.
        QVERIFY2(std::abs(a.x() - (159.5 + k)) < 0.1 && std::abs(a.y() - 119.5) < 0.1,
                 qPrintable(describe(a, QPointF(159.5 + k, 119.5))));
    }

    void sameSeedSameFrameOtherSeedOtherNoise()
    {
        CameraOptions o = cleanOptions();
        o.imperfections.noise = true;
        o.imperfections.illumination = true;
        const SnapshotHistory h = historyOf(machine(150, 150, 20, 0));
        FrameRenderer a(o), b(o);
        const cv::Mat fa = a.renderFrame(h, 50000, 3);
        const cv::Mat fb = b.renderFrame(h, 50000, 3);
        QCOMPARE(cv::norm(fa, fb, cv::NORM_INF), 0.0);
        QVERIFY(cv::norm(fa, a.renderFrame(h, 50000, 4), cv::NORM_INF) > 0.0); // each frame its own noise
        o.imperfections.seed = 43;
        FrameRenderer c(o);
        QVERIFY(cv::norm(fa, c.renderFrame(h, 50000, 3), cv::NORM_INF) > 0.0);
    }

    void lagRendersThePositionFromBefore()
    {
        CameraOptions o = cleanOptions();
        o.imperfections.lagMs = 100;
        FrameRenderer renderer(o);
        SnapshotHistory h;
        MachineSnapshot s0 = machine(150.0, 150.0, 20.0, 0);
        s0.monotonicMs = 1000;
        s0.moving = true;
        MachineSnapshot s1 = machine(151.0, 150.0, 20.0, 0);
        s1.monotonicMs = 2000;
        h.add(s0);
        h.add(s1);
        const CameraScene scene = renderer.sceneAt(h, 2000);
        QVERIFY2(std::abs(scene.nozzleMm.x() - 150.9) < 1e-9, qPrintable(QString::number(scene.nozzleMm.x())));
    }

    void jpegIsDecodable()
    {
        FrameRenderer renderer(cleanOptions(CameraMode::CameraTool));
        const cv::Mat frame = renderer.renderFrame(historyOf(machine(151, 148, 20, 2)), 50000, 0);
        const QByteArray jpeg = renderer.encodeJpeg(frame);
        QVERIFY(jpeg.startsWith("\xFF\xD8"));
        QVERIFY(jpeg.endsWith("\xFF\xD9"));
        QCOMPARE(frame.cols, 320);
        QCOMPARE(frame.rows, 240);
    }
};

QTEST_GUILESS_MAIN(TestSimCameraRender)
#include "tst_simcamerarender.moc"
