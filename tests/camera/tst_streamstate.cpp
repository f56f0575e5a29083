#include "camera/CameraProfile.h"
#include "camera/HealthMeter.h"
#include "base/ReconnectPolicy.h"
#include "camera/StreamStateMachine.h"

#include <QSignalSpy>
#include <QTest>

using namespace reticle;
using State = StreamStateMachine::State;

class TestStreamState : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { qRegisterMetaType<reticle::StreamStateMachine::State>(); }

    void backoffDoublesFromOneToEightSeconds()
    {
        ReconnectPolicy policy;
        QList<int> delays;
        for (int i = 0; i < 6; ++i)
            delays.append(policy.nextDelayMs());
        QCOMPARE(delays, (QList<int>{1000, 2000, 4000, 8000, 8000, 8000}));
        policy.reset();
        QCOMPARE(policy.nextDelayMs(), 1000);
        ReconnectPolicy limited(100, 800, 2);
        limited.nextDelayMs();
        QVERIFY(!limited.exhausted());
        limited.nextDelayMs();
        QVERIFY(limited.exhausted());
    }

    void normalLifeCycle()
    {
        StreamStateMachine machine;
        QSignalSpy opens(&machine, &StreamStateMachine::openRequested);
        QSignalSpy closes(&machine, &StreamStateMachine::closeRequested);
        QCOMPARE(machine.state(), State::Idle);
        machine.start();
        QCOMPARE(machine.state(), State::Connecting);
        QCOMPARE(opens.size(), 1);
        machine.frameReceived();
        QCOMPARE(machine.state(), State::Streaming);
        machine.stop();
        QCOMPARE(machine.state(), State::Idle);
        QCOMPARE(closes.size(), 1);
        machine.frameReceived(); // a late frame changes nothing
        QCOMPARE(machine.state(), State::Idle);
    }

    void watchdogStallsThenReconnects()
    {
        StreamStateMachine machine;
        machine.setTiming({5000, 50, 150});
        machine.setPolicy(ReconnectPolicy(20, 40));
        QSignalSpy opens(&machine, &StreamStateMachine::openRequested);
        QSignalSpy closes(&machine, &StreamStateMachine::closeRequested);
        machine.start();
        machine.frameReceived();
        QTRY_COMPARE_WITH_TIMEOUT(machine.state(), State::Stalled, 5000);
        machine.frameReceived();
        QCOMPARE(machine.state(), State::Streaming);
        QTRY_COMPARE_WITH_TIMEOUT(machine.state(), State::Stalled, 5000);
        // Silent for longer: the connection is dropped and opened again after the backoff.
        QTRY_VERIFY_WITH_TIMEOUT(closes.size() >= 1, 5000);
        QTRY_VERIFY_WITH_TIMEOUT(opens.size() >= 2, 5000);
        QCOMPARE(machine.state(), State::Connecting);
        QVERIFY(machine.lastError().contains(QLatin1String("No frame")));
    }

    void failuresBackOffAndPermanentOnesFail()
    {
        StreamStateMachine machine;
        machine.setPolicy(ReconnectPolicy(20, 40, 3));
        QSignalSpy scheduled(&machine, &StreamStateMachine::reconnectScheduled);
        machine.start();
        machine.connectionFailed(QStringLiteral("refused"));
        QCOMPARE(machine.state(), State::Reconnecting);
        QCOMPARE(scheduled.size(), 1);
        QCOMPARE(scheduled.at(0).at(0).toInt(), 20);
        QTRY_COMPARE_WITH_TIMEOUT(machine.state(), State::Connecting, 5000);
        machine.connectionFailed(QStringLiteral("refused"));
        QCOMPARE(scheduled.at(1).at(0).toInt(), 40);
        QTRY_COMPARE_WITH_TIMEOUT(machine.state(), State::Connecting, 5000);
        machine.connectionFailed(QStringLiteral("refused"));
        QTRY_COMPARE_WITH_TIMEOUT(machine.state(), State::Connecting, 5000);
        machine.connectionFailed(QStringLiteral("refused"));
        QCOMPARE(machine.state(), State::Failed); // the policy gave up after 3 attempts
        machine.start();
        QCOMPARE(machine.state(), State::Connecting);
        machine.connectionFailed(QStringLiteral("HTTP 404"), true);
        QCOMPARE(machine.state(), State::Failed);
        QCOMPARE(machine.lastError(), QStringLiteral("HTTP 404"));
    }

    void framesResetTheBackoff()
    {
        StreamStateMachine machine;
        machine.setPolicy(ReconnectPolicy(20, 1000));
        QSignalSpy scheduled(&machine, &StreamStateMachine::reconnectScheduled);
        machine.start();
        machine.connectionFailed(QStringLiteral("x"));
        QTRY_COMPARE_WITH_TIMEOUT(machine.state(), State::Connecting, 5000);
        machine.frameReceived();
        machine.connectionFailed(QStringLiteral("x"));
        QCOMPARE(scheduled.last().at(0).toInt(), 20);
    }

    void aBurstAtConnectIsNotAThousandFps()
    {
        // A streamer often sends its buffered frame and a fresh one back to back on connect.
        HealthMeter meter(2'000'000'000);
        const qint64 t0 = 5'000'000'000;
        meter.frameDelivered(t0, 10000, 4.0, -1.0, 1280, 960);
        meter.frameDelivered(t0 + 1'000'000, 10000, 4.0, -1.0, 1280, 960);
        QVERIFY2(meter.health(t0 + 1'500'000).fps <= 8.0, qPrintable(QString::number(meter.health(t0 + 1'500'000).fps)));
        // Once the stream has run for a second at 15 fps, the figure follows the frames.
        for (int i = 1; i <= 15; ++i)
            meter.frameDelivered(t0 + 1'000'000 + i * 66'666'667LL, 10000, 4.0, -1.0, 1280, 960);
        QVERIFY(std::abs(meter.health(t0 + 1'001'000'000 + 1'000'000).fps - 17.0) < 1.5);
    }

    void healthFiguresFromRecordedTimings()
    {
        HealthMeter meter(2'000'000'000);
        const qint64 t0 = 1'000'000'000;
        // 30 frames/s for 2 s, 10 kB each, 4 ms decode, 20 ms latency; one in ten dropped.
        for (int i = 0; i < 60; ++i) {
            const qint64 t = t0 + i * 33'333'333LL;
            if (i % 10 == 9)
                meter.framesDropped(t, 10000);
            else
                meter.frameDelivered(t, 10000, 4.0, 20.0, 1920, 1080);
        }
        const StreamHealth h = meter.health(t0 + 2'000'000'000);
        QVERIFY(std::abs(h.fps - 27.0) < 1.5);
        QVERIFY(std::abs(h.receivedFps - 30.0) < 1.5);
        QVERIFY(std::abs(h.dropRatio - 0.1) < 0.02);
        QCOMPARE(h.decodeMs, 4.0);
        QCOMPARE(h.latencyMs, 20.0);
        QVERIFY(std::abs(h.bitrateKbps - 2400.0) < 120.0);
        QCOMPARE(h.framesDelivered, quint64(54));
        QCOMPARE(h.framesDropped, quint64(6));
        QCOMPARE(h.width, 1920);
        QCOMPARE(h.level(), StreamHealth::Level::Good);
    }

    void healthLevels()
    {
        StreamHealth h;
        QCOMPARE(h.level(), StreamHealth::Level::Unknown);
        h.framesDelivered = 10;
        h.fps = 30;
        QCOMPARE(h.level(), StreamHealth::Level::Good);
        h.latencyMs = 400;
        QCOMPARE(h.level(), StreamHealth::Level::Degraded);
        h.fps = 0.5;
        QCOMPARE(h.level(), StreamHealth::Level::Critical);
        h.fps = 30;
        h.latencyMs = -1;
        h.dropRatio = 0.7;
        QCOMPARE(h.level(), StreamHealth::Level::Critical);
    }

    void profileFromMoonrakerWebcam()
    {
        MoonrakerWebcam cam;
        cam.name = QStringLiteral("nozzle");
        cam.service = QStringLiteral("mjpegstreamer-adaptive");
        cam.streamUrl = QStringLiteral("/webcam/?action=stream");
        cam.snapshotUrl = QStringLiteral("/webcam/?action=snapshot");
        cam.flipHorizontal = true;
        cam.rotation = 270;
        CameraProfile p = CameraProfile::fromMoonrakerWebcam(cam, QStringLiteral("voron.local"));
        QCOMPARE(p.url, QUrl(QStringLiteral("http://voron.local/webcam/?action=stream")));
        QCOMPARE(p.type, CameraProfile::Type::MjpegStream);
        QVERIFY(p.flipHorizontal);
        QVERIFY(!p.flipVertical);
        QCOMPARE(p.rotation, 270);
        QCOMPARE(p.name, QStringLiteral("nozzle"));

        cam.service = QStringLiteral("webrtc-camerastreamer");
        cam.streamUrl = QStringLiteral("http://10.0.0.5/webcam2/webrtc");
        p = CameraProfile::fromMoonrakerWebcam(cam, QStringLiteral("10.0.0.5"));
        QCOMPARE(p.type, CameraProfile::Type::Snapshot);
        QCOMPARE(p.url, QUrl(QStringLiteral("http://10.0.0.5/webcam/?action=snapshot")));

        cam.service = QStringLiteral("mjpegstreamer");
        cam.streamUrl = QStringLiteral("http://192.168.1.40:81/stream"); // ESP32
        p = CameraProfile::fromMoonrakerWebcam(cam, QStringLiteral("printer"));
        QCOMPARE(p.url, QUrl(QStringLiteral("http://192.168.1.40:81/stream")));
    }

    void profileTypesAndJson()
    {
        QCOMPARE(CameraProfile::guessType(QUrl(QStringLiteral("rtsp://pi:8554/stream.h264"))),
                 CameraProfile::Type::MediaUrl);
        QCOMPARE(CameraProfile::guessType(QUrl(QStringLiteral("http://pi/webcam/?action=snapshot"))),
                 CameraProfile::Type::Snapshot);
        QCOMPARE(CameraProfile::guessType(QUrl(QStringLiteral("http://esp/capture"))), CameraProfile::Type::Snapshot);
        QCOMPARE(CameraProfile::guessType(QUrl(QStringLiteral("http://pi:8080/stream"))),
                 CameraProfile::Type::MjpegStream);
        QCOMPARE(CameraProfile::normalizedRotation(-90), 270);
        QCOMPARE(CameraProfile::normalizedRotation(100), 90);

        CameraProfile a;
        a.name = QStringLiteral("top");
        a.url = QUrl(QStringLiteral("http://pi/stream"));
        a.rotation = 180;
        a.flipVertical = true;
        a.reticle = QStringLiteral("grid");
        a.micronsPerPixel = 12.5;
        CameraProfile b = a;
        b.name = QStringLiteral("snap");
        b.type = CameraProfile::Type::Snapshot;
        const QList<CameraProfile> back = CameraProfile::listFromJson(CameraProfile::listToJson({a, b}));
        QCOMPARE(back.size(), 2);
        QVERIFY(back[0] == a);
        QVERIFY(back[1] == b);
        QVERIFY(CameraProfile::listFromJson("{not json").isEmpty());
        QCOMPARE(CameraProfile::listFromJson("[{\"name\":\"x\",\"rotation\":\"sideways\",\"snapshot_fps\":-3}, 5]").size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestStreamState)
#include "tst_streamstate.moc"
