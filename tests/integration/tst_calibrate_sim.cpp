// The job the operator bought Reticle for, end to end on the simulator: hidden offsets up to
// ±5 mm, a rotated and mirrored camera, sensor noise, 0.02 mm backlash, frame lag and ringing.
#include "embedded/EmbeddedSimulator.h"
#include "store/CalibrationStore.h"
#include "store/ToolsConfigStore.h"
#include "workflow/CalibrationRun.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonArray>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

using namespace reticle;
using namespace reticle::sim;

namespace {

struct Scenario
{
    QMap<int, QVector3D> offsets;
    double rotationDeg;
    bool mirrored;
};

CalibrationRunResult runCalibration(EmbeddedSimulator &sim, const QString &dir, bool reuse)
{
    CalibrationRunOptions options;
    options.printerUrl = sim.printerUrl();
    options.apiKey = sim.apiKey();
    options.camera.name = QStringLiteral("sim");
    options.camera.url = sim.cameraStreamUrl();
    options.camera.type = CameraProfile::Type::MjpegStream;
    options.tools = {0, 1, 2};
    options.referenceTool = 0;
    options.repeats = 3;
    options.reuseCalibration = reuse;
    options.toolsConfigPath = dir + QStringLiteral("/tools_config.json");
    options.calibrationPath = dir + QStringLiteral("/calibration.json");
    CalibrationRun run(options);
    QSignalSpy finished(&run, &CalibrationRun::finished);
    run.start();
    if (!finished.wait(240000))
        return {};
    return run.result();
}

} // namespace

class TestCalibrateSim : public QObject
{
    Q_OBJECT

private slots:
    void recoversEveryOffsetWithinFiveMicrons_data()
    {
        QTest::addColumn<double>("rotation");
        QTest::addColumn<bool>("mirrored");
        QTest::addColumn<QVector3D>("t1");
        QTest::addColumn<QVector3D>("t2");
        QTest::newRow("rotated -28°, mirrored") << -28.0 << true << QVector3D(4.234f, -3.567f, 0.05f)
                                                << QVector3D(-4.71f, 4.468f, -0.03f);
        QTest::newRow("rotated +30°") << 30.0 << false << QVector3D(-2.345f, -4.9f, 0.0f) << QVector3D(0.123f, 1.5f, 0.0f);
    }

    void recoversEveryOffsetWithinFiveMicrons()
    {
        QFETCH(double, rotation);
        QFETCH(bool, mirrored);
        QFETCH(QVector3D, t1);
        QFETCH(QVector3D, t2);

        SimulatorOptions options = SimulatorOptions::forTests();
        options.tools = 3;
        options.trueOffsets = {{1, t1}, {2, t2}};
        options.backlash = 0.02;
        options.positionNoise = 0.0;
        options.seed = 11;
        EmbeddedSimulator sim(options);
        CameraOptions camera;
        camera.rotationDeg = rotation;
        camera.mirrored = mirrored;
        sim.setCameraOptions(camera);
        QString error;
        QVERIFY2(sim.start(&error), qPrintable(error));

        QTemporaryDir dir;
        const CalibrationRunResult result = runCalibration(sim, dir.path(), true);
        QVERIFY2(result.ok, qPrintable(result.error));
        QVERIFY(!result.calibrationReused);
        QVERIFY2(result.rmsUm < 5.0, qPrintable(QString::number(result.rmsUm)));
        QCOMPARE(result.tools.size(), 3);
        const QMap<int, QVector3D> truth{{0, QVector3D()}, {1, t1}, {2, t2}};
        for (const ToolOffsetResult &r : result.tools) {
            const QVector3D t = truth.value(r.tool);
            const double ex = (r.newOffset.x - double(t.x())) * 1000.0;
            const double ey = (r.newOffset.y - double(t.y())) * 1000.0;
            qInfo("T%d: error %.2f / %.2f µm, std %.2f / %.2f µm, %d moves", r.tool, ex, ey, r.stdMm.x() * 1000,
                  r.stdMm.y() * 1000, r.moves);
            QVERIFY2(std::abs(ex) <= 5.0 && std::abs(ey) <= 5.0,
                     qPrintable(QStringLiteral("T%1 off by %2 / %3 µm").arg(r.tool).arg(ex).arg(ey)));
            QVERIFY2(r.stdMm.x() <= 0.002 && r.stdMm.y() <= 0.002,
                     qPrintable(QStringLiteral("T%1 std %2 / %3 mm").arg(r.tool).arg(r.stdMm.x()).arg(r.stdMm.y())));
            QVERIFY2(r.moves <= 10, qPrintable(QStringLiteral("T%1: %2 moves").arg(r.tool).arg(r.moves)));
        }

        // Both files were written, in the camera-Pi system's keys.
        ToolsConfigStore tools(dir.filePath(QStringLiteral("tools_config.json")));
        QVERIFY2(tools.load(), qPrintable(tools.error()));
        QFile raw(dir.filePath(QStringLiteral("tools_config.json")));
        QVERIFY(raw.open(QIODevice::ReadOnly));
        const QJsonArray entries = QJsonDocument::fromJson(raw.readAll()).object().value(QStringLiteral("tools")).toArray();
        QCOMPARE(entries.size(), 3);
        bool sawT1 = false;
        for (const QJsonValue &entry : entries) {
            if (entry.toObject().value(QStringLiteral("klipperTool")).toString() == QLatin1String("T1")) {
                sawT1 = true;
                QVERIFY(std::abs(entry.toObject().value(QStringLiteral("preciseX")).toDouble() - double(t1.x())) < 0.005);
            }
        }
        QVERIFY(sawT1);
        CalibrationStore calibration(dir.filePath(QStringLiteral("calibration.json")));
        QVERIFY2(calibration.load(), qPrintable(calibration.error()));
        QVERIFY(calibration.record().enabled);
        QVERIFY(calibration.record().transform.has_value());

        // A second run reuses the saved camera calibration and agrees with the first.
        const CalibrationRunResult again = runCalibration(sim, dir.path(), true);
        QVERIFY2(again.ok, qPrintable(again.error));
        QVERIFY(again.calibrationReused);
        for (int i = 0; i < again.tools.size(); ++i) {
            QVERIFY(std::abs(again.tools[i].newOffset.x - result.tools[i].newOffset.x) < 0.005);
            QVERIFY(std::abs(again.tools[i].newOffset.y - result.tools[i].newOffset.y) < 0.005);
        }
    }
};

QTEST_GUILESS_MAIN(TestCalibrateSim)
#include "tst_calibrate_sim.moc"
