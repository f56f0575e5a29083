#include "camera/MediaUrlSource.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QSignalSpy>
#include <QTest>

#include <algorithm>
#include <memory>

using namespace reticle;

namespace {

// rtsp_test_server (tests/camera/rtsp_test_server.cpp) in a child process: a live 320x240 H.264
// picture (left half red with a white top-left block, right half black) on 127.0.0.1.
class RtspServer
{
public:
    ~RtspServer() { kill(); }

    // Starts the server on `port` (0: a free one) and waits until it listens. Returns false with
    // the reason in error() when it does not.
    bool start(quint16 port = 0, const QString &mount = QStringLiteral("/stream.h264"))
    {
        kill();
        m_process = std::make_unique<QProcess>();
        m_process->setProcessChannelMode(QProcess::SeparateChannels);
        m_process->start(QStringLiteral(RTSP_TEST_SERVER),
                         {QStringLiteral("--port"), QString::number(port), QStringLiteral("--mount"), mount});
        if (!m_process->waitForStarted(10000)) {
            m_error = m_process->errorString();
            return false;
        }
        QByteArray out;
        QElapsedTimer waited;
        waited.start();
        while (!out.contains('\n') && m_process->state() == QProcess::Running && waited.elapsed() < 20000) {
            m_process->waitForReadyRead(500);
            out += m_process->readAllStandardOutput();
        }
        const QList<QByteArray> words = out.trimmed().split(' ');
        if (words.size() != 2 || words.at(0) != "PORT" || words.at(1).toUShort() == 0) {
            m_process->waitForFinished(2000);
            m_error = QStringLiteral("the RTSP test server did not start (stdout \"%1\", stderr \"%2\")")
                          .arg(QString::fromLocal8Bit(out.trimmed()),
                               QString::fromLocal8Bit(m_process->readAllStandardError().trimmed()));
            return false;
        }
        m_port = words.at(1).toUShort();
        return true;
    }

    // Like a crash or a pulled network cable: no RTSP TEARDOWN, the connection just drops.
    void kill()
    {
        if (!m_process)
            return;
        if (m_process->state() != QProcess::NotRunning) {
            m_process->kill();
            m_process->waitForFinished(5000);
        }
        m_process.reset();
    }

    // A command on the server's standard input ("right 0xAARRGGBB": paint the right half).
    void send(const QByteArray &line)
    {
        if (m_process)
            m_process->write(line + '\n');
    }

    quint16 port() const { return m_port; }
    QString error() const { return m_error; }
    QUrl url(const QString &mount = QStringLiteral("/stream.h264")) const
    {
        return QUrl(QStringLiteral("rtsp://127.0.0.1:%1%2").arg(m_port).arg(mount));
    }

private:
    std::unique_ptr<QProcess> m_process;
    quint16 m_port = 0;
    QString m_error;
};

CameraProfile rtspProfile(const QUrl &url)
{
    CameraProfile profile;
    profile.name = QStringLiteral("rtsp");
    profile.type = CameraProfile::Type::MediaUrl;
    profile.url = url;
    return profile;
}

bool isRed(QRgb pixel)
{
    return qRed(pixel) > 180 && qGreen(pixel) < 90 && qBlue(pixel) < 90;
}
bool isGreen(QRgb pixel)
{
    return qGreen(pixel) > 180 && qRed(pixel) < 90 && qBlue(pixel) < 90;
}
bool isBlue(QRgb pixel)
{
    return qBlue(pixel) > 180 && qRed(pixel) < 90 && qGreen(pixel) < 90;
}
bool isWhite(QRgb pixel)
{
    return qRed(pixel) > 180 && qGreen(pixel) > 180 && qBlue(pixel) > 180;
}
bool isBlack(QRgb pixel)
{
    return qRed(pixel) < 70 && qGreen(pixel) < 70 && qBlue(pixel) < 70;
}

QString describe(const FrameSource &source)
{
    return QStringLiteral("state %1, last error: %2")
        .arg(StreamStateMachine::stateName(source.state()), source.lastError());
}

} // namespace

// RTSP/H.264 through Qt Multimedia (QMediaPlayer + QVideoSink, GStreamer's rtspsrc underneath)
// against a real RTSP server on 127.0.0.1, as camera-streamer serves `rtsp://pi:8554/stream.h264`.
class TestRtspSource : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        qRegisterMetaType<Frame>();
        qRegisterMetaType<StreamStateMachine::State>();
    }

    void streamsLiveH264Oriented_data()
    {
        QTest::addColumn<bool>("flipHorizontal");
        QTest::addColumn<int>("rotation");
        QTest::addColumn<QSize>("size");
        // Where the white block, a red and a black point end up in the delivered frame.
        QTest::addColumn<QPoint>("white");
        QTest::addColumn<QPoint>("red");
        QTest::addColumn<QPoint>("black");
        QTest::newRow("as sent") << false << 0 << QSize(320, 240) << QPoint(20, 20) << QPoint(120, 200)
                                 << QPoint(280, 120);
        QTest::newRow("mirrored") << true << 0 << QSize(320, 240) << QPoint(300, 20) << QPoint(200, 200)
                                  << QPoint(40, 120);
        QTest::newRow("rotated 90") << false << 90 << QSize(240, 320) << QPoint(220, 20) << QPoint(40, 120)
                                    << QPoint(120, 280);
    }

    // What the operator sees: the stream connects, frames of the right size and orientation flow
    // with increasing sequence numbers and plausible arrival times.
    void streamsLiveH264Oriented()
    {
        QFETCH(bool, flipHorizontal);
        QFETCH(int, rotation);
        QFETCH(QSize, size);
        QFETCH(QPoint, white);
        QFETCH(QPoint, red);
        QFETCH(QPoint, black);

        RtspServer server;
        QVERIFY2(server.start(), qPrintable(server.error()));
        CameraProfile profile = rtspProfile(server.url());
        profile.flipHorizontal = flipHorizontal;
        profile.rotation = rotation;
        MediaUrlSource source(profile);
        QSignalSpy frames(&source, &FrameSource::frameDecoded);
        QSignalSpy states(&source, &FrameSource::stateChanged);
        const qint64 startNs = monotonicNowNs();
        source.start();
        QTRY_VERIFY2_WITH_TIMEOUT(frames.size() >= 25 || source.state() == StreamState::Failed,
                                  qPrintable(describe(source)), 30000);
        const qint64 endNs = monotonicNowNs();
        QCOMPARE(source.state(), StreamState::Streaming);
        QVERIFY(states.size() >= 2);
        QCOMPARE(states.at(0).at(0).value<StreamState>(), StreamState::Connecting);
        QCOMPARE(states.at(1).at(0).value<StreamState>(), StreamState::Streaming);

        quint64 previousSequence = 0;
        qint64 previousArrival = startNs;
        for (const QList<QVariant> &args : std::as_const(frames)) {
            const Frame frame = args.at(0).value<Frame>();
            QCOMPARE(frame.size(), size);
            QVERIFY2(frame.sequence > previousSequence, qPrintable(QString::number(frame.sequence)));
            QVERIFY(frame.arrivalNs >= previousArrival);
            QVERIFY(frame.arrivalNs <= endNs);
            previousSequence = frame.sequence;
            previousArrival = frame.arrivalNs;
        }
        QCOMPARE(frames.first().at(0).value<Frame>().sequence, quint64(1));

        // The newest frame (the encoder may need a frame or two to settle its colours).
        const Frame last = frames.last().at(0).value<Frame>();
        const QImage &image = last.image;
        QVERIFY2(isWhite(image.pixel(white)), qPrintable(QStringLiteral("pixel at white block: %1")
                                                             .arg(image.pixel(white), 8, 16)));
        QVERIFY2(isRed(image.pixel(red)), qPrintable(QStringLiteral("pixel at red point: %1")
                                                         .arg(image.pixel(red), 8, 16)));
        QVERIFY2(isBlack(image.pixel(black)), qPrintable(QStringLiteral("pixel at black point: %1")
                                                             .arg(image.pixel(black), 8, 16)));

        // Figures for docs/camera.md (printed, not asserted: CI timing is noisy).
        const Frame first = frames.first().at(0).value<Frame>();
        const int n = int(frames.size());
        qInfo("RTSP: first frame %.0f ms after start(); mean frame interval %.1f ms over %d frames; "
              "mean decode+orient %.2f ms",
              double(first.arrivalNs - startNs) / 1e6, double(last.arrivalNs - first.arrivalNs) / 1e6 / (n - 1), n,
              [&] {
                  double sum = 0;
                  for (const QList<QVariant> &args : std::as_const(frames))
                      sum += args.at(0).value<Frame>().decodeMs;
                  return sum / n;
              }());
        source.stop();
        QCOMPARE(source.state(), StreamState::Idle);
    }

    // Frames show what the camera sees now, not seconds ago: a colour change at the server shows
    // up in the delivered frames. (GStreamer's default RTSP jitter buffer alone held frames back
    // by 2 s.) The delay is printed for docs/camera.md, not asserted: CI timing is noisy.
    void framesFollowTheCamera()
    {
        RtspServer server;
        QVERIFY2(server.start(), qPrintable(server.error()));
        MediaUrlSource source(rtspProfile(server.url()));
        QSignalSpy frames(&source, &FrameSource::frameDecoded);
        source.start();
        QTRY_VERIFY2_WITH_TIMEOUT(frames.size() >= 5, qPrintable(describe(source)), 30000);
        const QPoint right(240, 120);
        QVERIFY(isBlack(frames.last().at(0).value<Frame>().image.pixel(right)));

        QList<double> delaysMs;
        QList<int> staleFrames; // frames delivered after the change that still show the old colour
        const QList<QPair<QByteArray, bool (*)(QRgb)>> changes = {
            {"right 0xff00ff00", isGreen}, {"right 0xff0000ff", isBlue}, {"right 0xff000000", isBlack},
            {"right 0xff00ff00", isGreen}, {"right 0xff0000ff", isBlue}};
        for (const auto &[command, matches] : changes) {
            frames.clear();
            const qint64 sentNs = monotonicNowNs();
            server.send(command);
            QTRY_VERIFY2_WITH_TIMEOUT(
                !frames.isEmpty() && matches(frames.last().at(0).value<Frame>().image.pixel(right)),
                qPrintable(QStringLiteral("no frame shows \"%1\"; %2")
                               .arg(QString::fromLatin1(command), describe(source))),
                20000);
            int stale = 0;
            for (const QList<QVariant> &args : std::as_const(frames)) {
                const Frame frame = args.at(0).value<Frame>();
                if (matches(frame.image.pixel(right))) {
                    delaysMs.append(double(frame.arrivalNs - sentNs) / 1e6);
                    break;
                }
                ++stale;
            }
            staleFrames.append(stale);
        }
        std::sort(delaysMs.begin(), delaysMs.end());
        std::sort(staleFrames.begin(), staleFrames.end());
        // Counted in frames, not timed: GStreamer's default 2 s buffer left about 50 old frames
        // (25 fps) in the pipeline; a slow machine delivers fewer frames, not more old ones.
        QVERIFY2(staleFrames.at(staleFrames.size() / 2) < 25,
                 qPrintable(QStringLiteral("median %1 old frames after a change").arg(staleFrames.at(staleFrames.size() / 2))));
        qInfo("RTSP: colour change at the server -> first frame showing it: median %.0f ms (min %.0f, max %.0f, "
              "%lld changes); median %d old frames delivered after the change",
              delaysMs.at(delaysMs.size() / 2), delaysMs.first(), delaysMs.last(), qlonglong(delaysMs.size()),
              staleFrames.at(staleFrames.size() / 2));
        source.stop();
    }

    // The server dies mid-stream (no TEARDOWN): the source says so and retries; when the server
    // comes back on the same port, frames flow again without anyone pressing a button.
    void reconnectsAfterTheServerDies()
    {
        RtspServer server;
        QVERIFY2(server.start(), qPrintable(server.error()));
        const quint16 port = server.port();
        MediaUrlSource source(rtspProfile(server.url()));
        source.stateMachine()->setPolicy(ReconnectPolicy(200, 500));
        QSignalSpy frames(&source, &FrameSource::frameDecoded);
        QSignalSpy states(&source, &FrameSource::stateChanged);
        source.start();
        QTRY_VERIFY2_WITH_TIMEOUT(frames.size() >= 5, qPrintable(describe(source)), 30000);
        QCOMPARE(source.state(), StreamState::Streaming);

        QElapsedTimer lost;
        lost.start();
        server.kill();
        QTRY_VERIFY2_WITH_TIMEOUT(source.state() == StreamState::Reconnecting, qPrintable(describe(source)), 20000);
        qInfo("RTSP: server killed; source reconnecting after %lld ms", lost.elapsed());
        const QString error = source.lastError();
        QVERIFY2(!error.isEmpty(), "no error after the server died");
        qInfo() << "RTSP: error after the server died:" << error;
        QVERIFY2(error.contains(QLatin1String("RTSP")) || error.contains(QLatin1String("127.0.0.1")),
                 qPrintable(error));
        // Retrying while the server is away gives an error too, and never Failed.
        QTRY_VERIFY_WITH_TIMEOUT(source.stateMachine()->policy().attempts() >= 2, 20000);
        QVERIFY2(source.state() != StreamState::Failed, qPrintable(describe(source)));
        QVERIFY(!source.lastError().isEmpty());
        qInfo() << "RTSP: error while the server is away:" << source.lastError();

        const qsizetype framesBefore = frames.size();
        const quint64 lastSequence = frames.last().at(0).value<Frame>().sequence;
        states.clear();
        QVERIFY2(server.start(port), qPrintable(server.error()));
        QElapsedTimer back;
        back.start();
        QTRY_VERIFY2_WITH_TIMEOUT(frames.size() >= framesBefore + 5, qPrintable(describe(source)), 30000);
        qInfo("RTSP: server restarted; 5 frames again after %lld ms", back.elapsed());
        QCOMPARE(source.state(), StreamState::Streaming);
        QVERIFY(states.contains(QList<QVariant>{QVariant::fromValue(StreamState::Streaming)}));
        QVERIFY(frames.last().at(0).value<Frame>().sequence > lastSequence);
        QCOMPARE(frames.last().at(0).value<Frame>().size(), QSize(320, 240));
        source.stop();
        QCOMPARE(source.state(), StreamState::Idle);
    }

    // A wrong path on a running server (RTSP 404): a clear error, and no frames.
    void wrongMountPathIsReported()
    {
        RtspServer server;
        QVERIFY2(server.start(), qPrintable(server.error()));
        MediaUrlSource source(rtspProfile(server.url(QStringLiteral("/no-such-stream"))));
        source.stateMachine()->setPolicy(ReconnectPolicy(500, 1000));
        QSignalSpy frames(&source, &FrameSource::frameDecoded);
        source.start();
        QTRY_VERIFY2_WITH_TIMEOUT(source.state() == StreamState::Reconnecting || source.state() == StreamState::Failed,
                                  qPrintable(describe(source)), 20000);
        qInfo() << "RTSP: error for a wrong path:" << source.lastError();
        QVERIFY2(source.lastError().contains(QLatin1String("no-such-stream")), qPrintable(source.lastError()));
        QVERIFY2(source.lastError().contains(QLatin1String("not found"), Qt::CaseInsensitive),
                 qPrintable(source.lastError()));
        QCOMPARE(frames.size(), 0);
        source.stop();
    }

    // Nothing listens on the port: a clear error, retried.
    void refusedConnectionIsReported()
    {
        RtspServer server;
        QVERIFY2(server.start(), qPrintable(server.error()));
        const QUrl url = server.url();
        server.kill(); // the port was free a moment ago and nothing listens on it now
        MediaUrlSource source(rtspProfile(url));
        source.stateMachine()->setPolicy(ReconnectPolicy(500, 1000));
        source.start();
        QTRY_VERIFY2_WITH_TIMEOUT(source.state() == StreamState::Reconnecting, qPrintable(describe(source)), 20000);
        qInfo() << "RTSP: error for a refused connection:" << source.lastError();
        QVERIFY2(source.lastError().contains(QLatin1String("127.0.0.1")), qPrintable(source.lastError()));
        source.stop();
    }
};

QTEST_MAIN(TestRtspSource)
#include "tst_rtspsource.moc"
