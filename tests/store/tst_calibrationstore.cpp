#include "store/CalibrationStore.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

using namespace reticle;

namespace {

const char *kCameraPiFile = "{\"microns_per_pixel_x\": 15.2, \"microns_per_pixel_y\": 15.2,\n"
    " \"reference_points\": [{\"pixel_x\": 640, \"pixel_y\": 480, \"printer_x\": 200.0, \"printer_y\": 150.0, \"printer_z\": 5.0}],\n"
    " \"enabled\": true, \"focus\": 12, \"operator\": \"ada\"}";

void writeRaw(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(bytes);
}

QByteArray readRaw(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

std::vector<PointPair> rotatedGrid()
{
    std::vector<PointPair> pts;
    const double c = std::cos(0.1), s = std::sin(0.1);
    for (int j = 0; j < 3; ++j)
        for (int i = 0; i < 4; ++i) {
            const double x = 100 + 150.0 * i, y = 80 + 140.0 * j;
            pts.push_back({x, y, 200 + 0.015 * (c * x - s * y), 150 + 0.015 * (s * x + c * y)});
        }
    pts[5].printerX += 0.5; // one outlier
    return pts;
}

} // namespace

class TestCalibrationStore : public QObject
{
    Q_OBJECT

private slots:
    void aSavedFitIsReusedOnlyForItsImageSize()
    {
        CalibrationRecord record;
        record.transform = PixelMap::fromAxisScale(15.0, 15.0, QPointF(639.5, 479.5), QPointF(150.0, 150.0));
        record.imageSize = QSize(1280, 960);
        QVERIFY(!record.fittedMapFor(QSize(1280, 960))); // not enabled
        record.enabled = true;
        QVERIFY(record.fittedMapFor(QSize(1280, 960)));
        QVERIFY(!record.fittedMapFor(QSize(1920, 1080)));
        record.imageSize = QSize(); // a file that does not say: fits any size
        QVERIFY(record.fittedMapFor(QSize(1920, 1080)));
        record.transform.reset();
        QVERIFY(!record.fittedMapFor(QSize(1280, 960)));
    }

    void seedFormulaFromTheCameraPiFile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("calibration.json"));
        writeRaw(path, kCameraPiFile);
        CalibrationStore store(path);
        QVERIFY2(store.load(), qPrintable(store.error()));
        const CalibrationRecord &r = store.record();
        QCOMPARE(r.micronsPerPixelX, 15.2);
        QVERIFY(r.enabled);
        QCOMPARE(r.referencePoints.size(), 1);
        QCOMPARE(r.referencePoints[0].printerZ, 5.0);
        QVERIFY(!r.transform.has_value());
        const QPointF p = r.effectiveMap().toPrinter({740, 480});
        QVERIFY(std::abs(p.x() - 201.52) < 1e-12);
        QVERIFY(std::abs(p.y() - 150.0) < 1e-12);
    }

    void fittedCalibrationRoundTripsAndKeepsUnknownKeys()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("calibration.json"));
        writeRaw(path, kCameraPiFile);
        CalibrationStore store(path);
        QVERIFY(store.load());
        const std::vector<PointPair> pts = rotatedGrid();
        const MapFit fit = MapFitter::fit(pts, {});
        QVERIFY(fit.ok);
        QCOMPARE(fit.inliers, 11);
        store.setCalibration(fit, pts, 5.0, QStringLiteral("nozzle cam"), QSize(640, 480), QStringLiteral("moves"),
                             QDateTime(QDate(2026, 11, 21), QTime(6, 0), Qt::UTC));
        QVERIFY2(store.save(), qPrintable(store.error()));

        const QJsonObject root = QJsonDocument::fromJson(readRaw(path)).object();
        QCOMPARE(root.value(QStringLiteral("operator")).toString(), QStringLiteral("ada"));
        QCOMPARE(root.value(QStringLiteral("focus")).toInt(), 12);
        QCOMPARE(root.value(QStringLiteral("reference_points")).toArray().size(), 11); // inliers only
        QCOMPARE(root.value(QStringLiteral("residuals")).toArray().size(), 12);
        QVERIFY(!root.value(QStringLiteral("residuals")).toArray()[5].toObject().value(QStringLiteral("inlier")).toBool());
        QVERIFY(std::abs(root.value(QStringLiteral("microns_per_pixel_x")).toDouble() - 15.0) < 1e-6);
        QCOMPARE(root.value(QStringLiteral("camera_name")).toString(), QStringLiteral("nozzle cam"));
        QCOMPARE(root.value(QStringLiteral("history")).toArray().size(), 1);
        QVERIFY(root.value(QStringLiteral("fit")).toObject().value(QStringLiteral("explanation")).toString().contains(QStringLiteral("63 %")));

        CalibrationStore again(path);
        QVERIFY2(again.load(), qPrintable(again.error()));
        const CalibrationRecord &r = again.record();
        QVERIFY(r.transform.has_value());
        QCOMPARE(r.imageSize, QSize(640, 480));
        QCOMPARE(r.calibratedAt, QDateTime(QDate(2026, 11, 21), QTime(6, 0), Qt::UTC));
        const QPointF a = r.effectiveMap().toPrinter({321.5, 200.25});
        const QPointF b = fit.map.toPrinter({321.5, 200.25});
        QVERIFY(std::hypot(a.x() - b.x(), a.y() - b.y()) < 1e-12);
        QVERIFY(QFile::exists(path + QStringLiteral(".bak")));
    }

    void malformedFilesAreNeverOverwritten_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QString>("expected");
        QTest::newRow("truncated") << QByteArray("{\"microns_per_pixel_x\": 15.2, \"reference_po") << QStringLiteral("line 1");
        QTest::newRow("empty") << QByteArray() << QStringLiteral("empty");
        QTest::newRow("scale is a string") << QByteArray("{\"microns_per_pixel_x\": \"15.2\"}")
                                           << QStringLiteral("microns_per_pixel_x: expected a finite number");
        QTest::newRow("points not an array") << QByteArray("{\"reference_points\": 3}") << QStringLiteral("reference_points");
        QTest::newRow("point lacks a key") << QByteArray("{\"reference_points\": [{\"pixel_x\": 1, \"pixel_y\": 2, \"printer_x\": 3}]}")
                                           << QStringLiteral("reference_points[0].printer_y");
        QTest::newRow("enabled is a number") << QByteArray("{\"enabled\": 1}") << QStringLiteral("enabled: expected true or false");
        QTest::newRow("NaN") << QByteArray("{\"microns_per_pixel_x\": NaN}") << QStringLiteral("column");
        QTest::newRow("huge number") << QByteArray("{\"microns_per_pixel_y\": 1e999}") << QStringLiteral("column");
        QTest::newRow("broken transform") << QByteArray("{\"transform\": {\"model\": \"spline\"}}") << QStringLiteral("transform");
    }

    void malformedFilesAreNeverOverwritten()
    {
        QFETCH(QByteArray, content);
        QFETCH(QString, expected);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("calibration.json"));
        writeRaw(path, content);
        CalibrationStore store(path);
        QVERIFY(!store.load());
        QVERIFY2(store.error().contains(expected), qPrintable(store.error()));
        QVERIFY(store.error().contains(path));
        store.setEnabled(false);
        QVERIFY(!store.save());
        QCOMPARE(readRaw(path), content);
    }
};

QTEST_GUILESS_MAIN(TestCalibrationStore)
#include "tst_calibrationstore.moc"
