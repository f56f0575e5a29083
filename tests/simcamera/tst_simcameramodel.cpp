// The virtual camera's geometry and options: printer mm <-> pixels, rotation, mirroring, and
// the command-line options reticle-sim takes for its camera.
#include "camera/CameraModel.h"
#include "camera/CameraOptions.h"
#include "camera/CameraScene.h"
#include "camera/Imperfections.h"
#include "camera/SnapshotHistory.h"

#include <QTest>

#include <cmath>

using namespace reticle::sim;

namespace {

CameraModel model(double rotation = 0.0, bool mirrored = false)
{
    CameraModel m;
    m.setResolution(QSize(640, 480));
    m.setMicronsPerPixel(20.0);
    m.setRotationDegrees(rotation);
    m.setMirrored(mirrored);
    m.setCentre(QPointF(150.0, 150.0));
    return m;
}

MachineSnapshot snapshotAt(qint64 ms, double x, double y, double z, int tool = 0)
{
    MachineSnapshot s{};
    s.monotonicMs = ms;
    s.carriage[0] = x;
    s.carriage[1] = y;
    s.carriage[2] = z;
    s.activeTool = tool;
    s.trueOffsets = {QVector3D(0, 0, 0), QVector3D(25.3f, -12.7f, 0.4f), QVector3D(-1.0f, 2.0f, 0.0f)};
    return s;
}

} // namespace

class TestSimCameraModel : public QObject
{
    Q_OBJECT
private slots:
    void opticalCentreIsImageCentre()
    {
        const QPointF p = model().toPixel(QPointF(150, 150));
        QCOMPARE(p.x(), 319.5);
        QCOMPARE(p.y(), 239.5);
    }

    void plusXIsRightAndPlusYIsUp()
    {
        const CameraModel m = model();
        const QPointF p = m.toPixel(QPointF(151, 151)); // 1 mm = 50 px at 20 µm/px
        QCOMPARE(p.x(), 319.5 + 50.0);
        QCOMPARE(p.y(), 239.5 - 50.0);
    }

    void mirroringFlipsX()
    {
        const QPointF p = model(0, true).toPixel(QPointF(151, 150));
        QCOMPARE(p.x(), 319.5 - 50.0);
        QVERIFY(std::abs(p.y() - 239.5) < 1e-9);
    }

    void positiveRotationTurnsClockwise()
    {
        // +X (image right without rotation) turns towards image down for +90°.
        const QPointF p = model(90).toPixel(QPointF(151, 150));
        QVERIFY(std::abs(p.x() - 319.5) < 1e-9);
        QVERIFY(std::abs(p.y() - (239.5 + 50.0)) < 1e-9);
        // 30°: 1 mm of +X moves the image by (cos 30°, sin 30°) * 50 px.
        const QPointF q = model(30).toPixel(QPointF(151, 150));
        QVERIFY(std::abs(q.x() - (319.5 + 50.0 * std::cos(M_PI / 6))) < 1e-9);
        QVERIFY(std::abs(q.y() - (239.5 + 50.0 * std::sin(M_PI / 6))) < 1e-9);
    }

    void pixelToPrinterInvertsPrinterToPixel_data()
    {
        QTest::addColumn<double>("rotation");
        QTest::addColumn<bool>("mirrored");
        QTest::newRow("plain") << 0.0 << false;
        QTest::newRow("rotated +30") << 30.0 << false;
        QTest::newRow("rotated -30 mirrored") << -30.0 << true;
        QTest::newRow("rotated 177 mirrored") << 177.0 << true;
    }
    void pixelToPrinterInvertsPrinterToPixel()
    {
        QFETCH(double, rotation);
        QFETCH(bool, mirrored);
        const CameraModel m = model(rotation, mirrored);
        for (const QPointF p : {QPointF(150, 150), QPointF(153.217, 148.5), QPointF(141.0, 157.77)}) {
            const QPointF back = m.toPrinter(m.toPixel(p));
            QVERIFY2(std::abs(back.x() - p.x()) < 1e-9 && std::abs(back.y() - p.y()) < 1e-9,
                     qPrintable(QStringLiteral("%1,%2 -> %3,%4").arg(p.x()).arg(p.y()).arg(back.x()).arg(back.y())));
        }
    }

    void nozzleIsCarriageMinusTrueOffset()
    {
        CameraRig rig;
        const MachineSnapshot s = snapshotAt(0, 175.3, 137.3, 20.4, 1);
        const CameraScene scene = CameraScene::fromSnapshot(s, CameraMode::Nozzle, rig);
        QVERIFY(scene.nozzleVisible);
        QVERIFY(std::abs(scene.nozzleMm.x() - 150.0) < 1e-5);
        QVERIFY(std::abs(scene.nozzleMm.y() - 150.0) < 1e-5);
        // Tip z = 20.4 - 0.4 = 20: exactly in focus.
        QVERIFY(std::abs(scene.defocusMm) < 1e-5);
        // The camera tool (the last tool by default) has no nozzle to show.
        QVERIFY(!CameraScene::fromSnapshot(snapshotAt(0, 150, 150, 20, 2), CameraMode::Nozzle, rig).nozzleVisible);
        QVERIFY(!CameraScene::fromSnapshot(snapshotAt(0, 150, 150, 20, -1), CameraMode::Nozzle, rig).nozzleVisible);
    }

    void cameraToolLooksAlongCarriageMinusItsOffset()
    {
        CameraRig rig;
        MachineSnapshot s = snapshotAt(0, 100.0, 80.0, 25.0, 2);
        s.marks = {DepositedMark{101.0, 82.0, 1.0, 0}};
        const CameraScene scene = CameraScene::fromSnapshot(s, CameraMode::CameraTool, rig);
        QVERIFY(std::abs(scene.viewCentreMm.x() - 101.0) < 1e-5);
        QVERIFY(std::abs(scene.viewCentreMm.y() - 78.0) < 1e-5);
        QCOMPARE(scene.marks.size(), 1);
        QVERIFY(std::abs(scene.defocusMm - 5.0) < 1e-9);
    }

    void focusSettingMovesTheSharpPlane()
    {
        CameraRig rig;
        rig.focus = 17;
        const CameraScene scene = CameraScene::fromSnapshot(snapshotAt(0, 150, 150, 21, 0), CameraMode::Nozzle, rig);
        QVERIFY(std::abs(scene.defocusMm) < 1e-9);
    }

    void lagShowsThePast()
    {
        SnapshotHistory history;
        history.add(snapshotAt(1000, 100, 100, 20));
        history.add(snapshotAt(2000, 110, 100, 20));
        QCOMPARE(history.at(1900).carriage[0], 109.0);
        QCOMPARE(history.at(500).carriage[0], 100.0);
        QCOMPARE(history.at(2500).carriage[0], 110.0);
    }

    void vibrationSettlesAfterMotion()
    {
        ImperfectionSettings settings;
        settings.vibrationMm = 0.02;
        const Imperfections imp(settings);
        double maxMoving = 0, maxLate = 0;
        for (qint64 t = 0; t < 200; t += 3) {
            const QPointF moving = imp.vibrationMm(true, 0, 10000 + t);
            const QPointF late = imp.vibrationMm(false, 10000, 12000 + t); // 2 s after the move
            maxMoving = std::max(maxMoving, std::hypot(moving.x(), moving.y()));
            maxLate = std::max(maxLate, std::hypot(late.x(), late.y()));
        }
        QVERIFY2(maxMoving > 0.01, qPrintable(QString::number(maxMoving)));
        QVERIFY2(maxLate < 1e-6, qPrintable(QString::number(maxLate)));
        settings.vibration = false;
        QCOMPARE(Imperfections(settings).vibrationMm(true, 0, 10000), QPointF());
    }

    void defocusGrowsWithDistanceFromFocus()
    {
        const Imperfections imp;
        const double sharp = imp.defocusSigmaPx(20.0, 20.0, 15.0);
        const double near = imp.defocusSigmaPx(20.5, 20.0, 15.0);
        const double far = imp.defocusSigmaPx(22.0, 20.0, 15.0);
        QVERIFY(sharp < near && near < far);
        QVERIFY(std::abs(imp.defocusSigmaPx(19.0, 20.0, 15.0) - imp.defocusSigmaPx(21.0, 20.0, 15.0)) < 1.0);
    }

    void parsesCommandLine()
    {
        QCommandLineParser parser;
        CameraOptions::addTo(parser);
        QVERIFY(parser.parse({QStringLiteral("reticle-sim"), QStringLiteral("--camera-mode"),
                              QStringLiteral("camera-tool"), QStringLiteral("--resolution"), QStringLiteral("1920x1080"),
                              QStringLiteral("--camera-rotation"), QStringLiteral("-30"),
                              QStringLiteral("--camera-mirror"), QStringLiteral("--focus"), QStringLiteral("12"),
                              QStringLiteral("--noise"), QStringLiteral("0"), QStringLiteral("--camera-port"),
                              QStringLiteral("0")}));
        CameraOptions options;
        QCOMPARE(CameraOptions::readFrom(parser, options), QString());
        QCOMPARE(options.mode, CameraMode::CameraTool);
        QCOMPARE(options.resolution, QSize(1920, 1080));
        QCOMPARE(options.rotationDeg, -30.0);
        QVERIFY(options.mirrored);
        QCOMPARE(options.rig.focus, 12);
        QVERIFY(!options.imperfections.noise);
        QCOMPARE(options.port, quint16(0));
        QVERIFY(options.portRequired);
        CameraOptions defaults;
        QCommandLineParser plain;
        CameraOptions::addTo(plain);
        QVERIFY(plain.parse({QStringLiteral("reticle-sim")}));
        QCOMPARE(CameraOptions::readFrom(plain, defaults), QString());
        QCOMPARE(defaults.port, quint16(8080));
        QVERIFY(!defaults.portRequired);
    }

    void rejectsBadCommandLine_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("mode") << QStringList{QStringLiteral("--camera-mode"), QStringLiteral("sideways")}
                              << QStringLiteral("--camera-mode");
        QTest::newRow("too big") << QStringList{QStringLiteral("--resolution"), QStringLiteral("7680x4320")}
                                 << QStringLiteral("--resolution");
        QTest::newRow("garbage size") << QStringList{QStringLiteral("--resolution"), QStringLiteral("big")}
                                      << QStringLiteral("--resolution");
        QTest::newRow("focus") << QStringList{QStringLiteral("--focus"), QStringLiteral("31")}
                               << QStringLiteral("--focus");
        QTest::newRow("quality") << QStringList{QStringLiteral("--jpeg-quality"), QStringLiteral("0")}
                                 << QStringLiteral("--jpeg-quality");
        QTest::newRow("fps") << QStringList{QStringLiteral("--fps"), QStringLiteral("fast")} << QStringLiteral("--fps");
    }
    void rejectsBadCommandLine()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, mentions);
        QCommandLineParser parser;
        CameraOptions::addTo(parser);
        QVERIFY(parser.parse(QStringList{QStringLiteral("reticle-sim")} + arguments));
        CameraOptions options;
        const QString error = CameraOptions::readFrom(parser, options);
        QVERIFY2(error.contains(mentions), qPrintable(error));
    }
};

QTEST_GUILESS_MAIN(TestSimCameraModel)
#include "tst_simcameramodel.moc"
