// The virtual camera inside the embedded simulator, end to end: G-code moves the virtual
// printer, the camera server's snapshot shows the nozzle where the physics puts it, and a tool
// with a hidden true offset shows up off-centre by exactly that offset.
#include "SimCameraMeasure.h"

#include "embedded/EmbeddedSimulator.h"
#include "printer/VirtualKlipper.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTest>

#include <opencv2/imgcodecs.hpp>

#include <atomic>
#include <cmath>

using namespace reticle::sim;

namespace {

constexpr int kWaitMs = 30000;

SimulatorOptions printerOptions()
{
    SimulatorOptions o = SimulatorOptions::forTests();
    o.tools = 2;
    o.trueOffsets.insert(1, QVector3D(0.3f, -0.2f, 0.0f));
    o.seed = 3;
    return o;
}

CameraOptions cameraOptions()
{
    CameraOptions o;
    o.resolution = QSize(320, 240);
    o.umPerPx = 30.0;
    o.fps = 30.0;
    o.imperfections.noise = false;
    o.imperfections.illumination = false;
    o.imperfections.vibration = false;
    o.imperfections.lagMs = 0;
    o.imperfections.jpegQuality = 100;
    return o;
}

} // namespace

class TestSimCameraEmbedded : public QObject
{
    Q_OBJECT
private:
    // Runs G-code on the simulator thread and waits for it to finish; returns Klipper's code
    // (-2: it did not finish in time).
    int run(EmbeddedSimulator &sim, const QString &script)
    {
        auto code = std::make_shared<std::atomic_int>(-1);
        auto done = std::make_shared<std::atomic_bool>(false);
        QMetaObject::invokeMethod(
            sim.threadContext(),
            [&sim, script, code, done] {
                sim.klipper()->runScript(script, [code, done](int c, const QString &) {
                    *code = c;
                    *done = true;
                });
            },
            Qt::BlockingQueuedConnection);
        QDeadlineTimer deadline(kWaitMs);
        while (!done->load() && !deadline.hasExpired())
            QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
        return done->load() ? code->load() : -2;
    }

    QString state(EmbeddedSimulator &sim)
    {
        QString name;
        QMetaObject::invokeMethod(
            sim.threadContext(), [&sim, &name] { name = sim.klipper()->stateName(); }, Qt::BlockingQueuedConnection);
        return name;
    }

    cv::Mat snapshot(const QUrl &url)
    {
        QNetworkAccessManager network;
        QNetworkReply *reply = network.get(QNetworkRequest(url));
        QSignalSpy finished(reply, &QNetworkReply::finished);
        if (!reply->isFinished() && !finished.wait(kWaitMs))
            return {};
        const QByteArray body = reply->readAll();
        reply->deleteLater();
        const std::vector<uchar> bytes(body.begin(), body.end());
        cv::Mat bgr = cv::imdecode(bytes, cv::IMREAD_COLOR);
        cv::Mat f;
        if (!bgr.empty())
            bgr.convertTo(f, CV_32FC3);
        return f;
    }

private slots:
    void cameraShowsWhatThePrinterDoes()
    {
        EmbeddedSimulator sim(printerOptions());
        sim.setCameraOptions(cameraOptions());
        QString error;
        QVERIFY2(sim.start(&error), qPrintable(error));
        QVERIFY(sim.cameraStreamUrl().isValid());
        QCOMPARE(sim.cameraStreamUrl().host(), QStringLiteral("127.0.0.1"));
        QCOMPARE(sim.cameraSnapshotUrl().path(), QStringLiteral("/snapshot"));
        QTRY_COMPARE_WITH_TIMEOUT(state(sim), QStringLiteral("ready"), kWaitMs);

        CameraModel model = cameraOptions().model();
        const double k = model.pixelsPerMm();

        // T0 (no offset) to a point a fraction of a pixel off the optical axis.
        QCOMPARE(run(sim, QStringLiteral("G28\nG1 X150.1 Y149.95 Z20 F60000\nM400")), 0);
        cv::Mat frame = snapshot(sim.cameraSnapshotUrl());
        QVERIFY(!frame.empty());
        QCOMPARE(frame.cols, 320);
        const QPointF expected0 = model.toPixel(QPointF(150.1, 149.95));
        const QPointF seen0 = simcamtest::boreCentre(frame, expected0, 0.3 * k);
        QVERIFY2(std::hypot(seen0.x() - expected0.x(), seen0.y() - expected0.y()) < 0.15,
                 qPrintable(QStringLiteral("(%1, %2) vs (%3, %4)")
                                .arg(seen0.x())
                                .arg(seen0.y())
                                .arg(expected0.x())
                                .arg(expected0.y())));

        // T1 at the same G-code position: its hidden true offset (0.3, -0.2) puts the nozzle at
        // carriage - offset, so it appears shifted by that much.
        QCOMPARE(run(sim, QStringLiteral("T1\nG1 X150.1 Y149.95 Z20 F60000\nM400")), 0);
        const MachineSnapshot s = sim.snapshot();
        QCOMPARE(s.activeTool, 1);
        frame = snapshot(sim.cameraSnapshotUrl());
        QVERIFY(!frame.empty());
        const QPointF expected1 = model.toPixel(QPointF(s.carriage[0] - 0.3, s.carriage[1] + 0.2));
        const QPointF seen1 = simcamtest::boreCentre(frame, expected1, 0.3 * k);
        QVERIFY2(std::hypot(seen1.x() - expected1.x(), seen1.y() - expected1.y()) < 0.15,
                 qPrintable(QStringLiteral("(%1, %2) vs (%3, %4)")
                                .arg(seen1.x())
                                .arg(seen1.y())
                                .arg(expected1.x())
                                .arg(expected1.y())));
    }
};

QTEST_GUILESS_MAIN(TestSimCameraEmbedded)
#include "tst_simcameraembedded.moc"
