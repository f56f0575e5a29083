#include "camera/LocalCameraSource.h"
#include "camera/MediaUrlSource.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <opencv2/imgproc.hpp>
#include <opencv2/videoio.hpp>

using namespace reticle;

// Plays a video file the test writes itself through Qt Multimedia (QMediaPlayer + QVideoSink).
class TestMediaSource : public QObject
{
    Q_OBJECT

private slots:
    void playsAVideoFileItWrote_data()
    {
        QTest::addColumn<QString>("fileName");
        QTest::addColumn<QByteArray>("fourcc");
        QTest::newRow("MJPG in AVI") << QStringLiteral("clip.avi") << QByteArray("MJPG");
        QTest::newRow("H.264 in MP4") << QStringLiteral("clip.mp4") << QByteArray("avc1");
    }

    void playsAVideoFileItWrote()
    {
        QFETCH(QString, fileName);
        QFETCH(QByteArray, fourcc);
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(fileName);
        {
            cv::VideoWriter writer(path.toStdString(), cv::CAP_FFMPEG,
                                   cv::VideoWriter::fourcc(fourcc[0], fourcc[1], fourcc[2], fourcc[3]), 25.0,
                                   cv::Size(160, 120));
            if (!writer.isOpened() && fourcc != "MJPG")
                QSKIP("OpenCV's FFmpeg backend cannot encode this codec on this machine");
            QVERIFY2(writer.isOpened(), "OpenCV cannot write an MJPG AVI here");
            for (int i = 0; i < 50; ++i) {
                cv::Mat frame(120, 160, CV_8UC3, cv::Scalar(0, 0, 0));
                frame(cv::Rect(0, 0, 80, 120)) = cv::Scalar(0, 0, 255); // red left half (BGR)
                cv::circle(frame, cv::Point(40 + i, 60), 10, cv::Scalar(255, 255, 255), -1);
                writer.write(frame);
            }
        }
        CameraProfile profile;
        profile.name = QStringLiteral("file");
        profile.type = CameraProfile::Type::MediaUrl;
        profile.url = QUrl::fromLocalFile(path);
        profile.flipHorizontal = true;
        MediaUrlSource source(profile);
        QSignalSpy frames(&source, &FrameSource::frameDecoded);
        QSignalSpy errors(&source, &FrameSource::errorOccurred);
        source.start();
        QTRY_VERIFY_WITH_TIMEOUT(frames.size() >= 3 || source.state() == StreamStateMachine::State::Failed, 20000);
        QVERIFY2(frames.size() >= 3,
                 qPrintable(QStringLiteral("no frames; state %1, error: %2")
                                .arg(StreamStateMachine::stateName(source.state()), source.lastError())));
        const Frame frame = frames.last().at(0).value<Frame>();
        QCOMPARE(frame.size(), QSize(160, 120));
        // Mirrored by the profile: the red half is now on the right.
        QVERIFY(qRed(frame.image.pixel(150, 10)) > 180 && qGreen(frame.image.pixel(150, 10)) < 80);
        QVERIFY(qRed(frame.image.pixel(10, 10)) < 80);
        QCOMPARE(source.state(), StreamStateMachine::State::Streaming);
        source.stop();
    }

    void missingLocalCameraIsReportedAndRetried()
    {
        CameraProfile profile;
        profile.type = CameraProfile::Type::LocalCamera;
        profile.url = QUrl(QStringLiteral("no-such-camera-0815"));
        LocalCameraSource source(profile);
        source.stateMachine()->setPolicy(ReconnectPolicy(50, 100));
        source.start();
        // Not permanent: a camera that is plugged in later is picked up by the next attempt.
        QTRY_COMPARE_WITH_TIMEOUT(source.state(), StreamStateMachine::State::Reconnecting, 10000);
        QVERIFY2(source.lastError().contains(QLatin1String("no-such-camera-0815")), qPrintable(source.lastError()));
        source.stop();
        QCOMPARE(source.state(), StreamStateMachine::State::Idle);
    }

    void missingFileFails()
    {
        CameraProfile profile;
        profile.type = CameraProfile::Type::MediaUrl;
        profile.url = QUrl::fromLocalFile(QStringLiteral("/nonexistent/clip.avi"));
        MediaUrlSource source(profile);
        source.start();
        QTRY_VERIFY_WITH_TIMEOUT(source.state() == StreamStateMachine::State::Failed
                                     || source.state() == StreamStateMachine::State::Reconnecting,
                                 20000);
        QVERIFY(!source.lastError().isEmpty());
    }
};

QTEST_MAIN(TestMediaSource)
#include "tst_mediasource.moc"
