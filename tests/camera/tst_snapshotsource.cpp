#include "CameraTestUtil.h"
#include "LoopbackCameraServer.h"
#include "camera/SnapshotPollingSource.h"

#include <QSignalSpy>
#include <QTest>

using namespace reticle;

class TestSnapshotSource : public QObject
{
    Q_OBJECT

private slots:
    void slowServerNeverGetsTwoRequestsAtOnce()
    {
        LoopbackCameraServer server;
        server.setFrame(cameratest::makeJpeg(80, 60));
        server.setSnapshotDelay(150); // much slower than the 50 frames/s asked for
        QVERIFY(server.start());
        CameraProfile profile;
        profile.name = QStringLiteral("snap");
        profile.type = CameraProfile::Type::Snapshot;
        profile.url = QUrl(server.url(QStringLiteral("/snapshot")));
        profile.snapshotFps = 50;
        SnapshotPollingSource source(profile);
        QSignalSpy frames(&source, &FrameSource::frameDecoded);
        source.start();
        QTRY_VERIFY_WITH_TIMEOUT(frames.size() >= 4, 15000);
        QCOMPARE(server.maxConcurrentSnapshots(), 1);
        QCOMPARE(source.maxInFlight(), 1);
        QVERIFY(server.snapshotRequests() <= frames.size() + 1);
        const Frame frame = frames.last().at(0).value<Frame>();
        QCOMPARE(frame.size(), QSize(80, 60));
        QVERIFY(frame.captureNs < frame.arrivalNs); // the request time bounds the capture
        QCOMPARE(source.state(), StreamStateMachine::State::Streaming);
    }

    void rateIsRespectedOnAFastServer()
    {
        LoopbackCameraServer server;
        server.setFrame(cameratest::makeJpeg(80, 60));
        QVERIFY(server.start());
        CameraProfile profile;
        profile.type = CameraProfile::Type::Snapshot;
        profile.url = QUrl(server.url(QStringLiteral("/snapshot")));
        profile.snapshotFps = 5;
        SnapshotPollingSource source(profile);
        QSignalSpy frames(&source, &FrameSource::frameDecoded);
        source.start();
        QTRY_VERIFY_WITH_TIMEOUT(frames.size() >= 3, 15000);
        // Three frames at 5/s take at least 400 ms between the first and the third request.
        const qint64 first = frames.at(0).at(0).value<Frame>().captureNs;
        const qint64 third = frames.at(2).at(0).value<Frame>().captureNs;
        QVERIFY2(third - first >= 350'000'000, qPrintable(QString::number((third - first) / 1e6)));
    }

    void missingSnapshotFails()
    {
        LoopbackCameraServer server;
        QVERIFY(server.start());
        CameraProfile profile;
        profile.type = CameraProfile::Type::Snapshot;
        profile.url = QUrl(server.url(QStringLiteral("/capture")));
        SnapshotPollingSource source(profile);
        source.start();
        QTRY_COMPARE_WITH_TIMEOUT(source.state(), StreamStateMachine::State::Failed, 10000);
        QVERIFY(source.lastError().contains(QLatin1String("404")));
    }
};

QTEST_GUILESS_MAIN(TestSnapshotSource)
#include "tst_snapshotsource.moc"
