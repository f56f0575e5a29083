#include "CameraTestUtil.h"
#include "LoopbackCameraServer.h"
#include "ScriptedHttpServer.h"
#include "camera/CameraThread.h"
#include "camera/FrameMailbox.h"
#include "camera/FrameWaiter.h"
#include "camera/MjpegStreamSource.h"

#include <QPointer>
#include <QSignalSpy>
#include <QTimer>
#include <QTest>

using namespace reticle;
using State = StreamStateMachine::State;

namespace {

CameraProfile streamProfile(const QString &url)
{
    CameraProfile profile;
    profile.name = QStringLiteral("test");
    profile.type = CameraProfile::Type::MjpegStream;
    profile.url = QUrl(url);
    return profile;
}

void fastRetries(FrameSource &source)
{
    source.stateMachine()->setPolicy(ReconnectPolicy(50, 200));
    StreamStateMachine::Timing timing;
    timing.connectTimeoutMs = 3000;
    timing.stallMs = 400;
    timing.reconnectAfterStallMs = 60000;
    source.stateMachine()->setTiming(timing);
}

bool waitForState(FrameSource &source, State wanted, int timeoutMs = 10000)
{
    if (source.state() == wanted)
        return true;
    QSignalSpy spy(&source, &FrameSource::stateChanged);
    QDeadlineTimer deadline(timeoutMs);
    while (!deadline.hasExpired()) {
        if (source.state() == wanted)
            return true;
        spy.wait(int(std::max<qint64>(deadline.remainingTime(), 1)));
    }
    return source.state() == wanted;
}

} // namespace

class TestMjpegSource : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        qRegisterMetaType<reticle::StreamStateMachine::State>();
        m_jpeg = cameratest::makeJpeg(64, 48, Qt::red, Qt::blue);
    }

    void decodesFramesWithSizeSequenceAndTimestamps()
    {
        LoopbackCameraServer server;
        server.setFrame(m_jpeg);
        QVERIFY(server.start());
        MjpegStreamSource source(streamProfile(server.url(QStringLiteral("/stream"))));
        QSignalSpy frames(&source, &FrameSource::frameDecoded);
        source.start();
        QTRY_VERIFY_WITH_TIMEOUT(frames.size() >= 3, 10000);
        const Frame first = frames.at(0).at(0).value<Frame>();
        const Frame third = frames.at(2).at(0).value<Frame>();
        QCOMPARE(first.size(), QSize(64, 48));
        QVERIFY(third.sequence > first.sequence);
        QVERIFY(third.arrivalNs >= first.arrivalNs);
        QVERIFY(first.sourceTimestamp.has_value());
        QVERIFY(!first.captureEstimated);
        QCOMPARE(first.encodedBytes, m_jpeg.size());
        QVERIFY(!first.header("X-Timestamp").isEmpty());
        // Left half red, right half blue, as sent.
        QVERIFY(qRed(first.image.pixel(20, 40)) > 200 && qBlue(first.image.pixel(20, 40)) < 60);
        QVERIFY(qBlue(first.image.pixel(50, 40)) > 200 && qRed(first.image.pixel(50, 40)) < 60);
        QCOMPARE(source.state(), State::Streaming);
        QCOMPARE(source.details().value(QStringLiteral("boundary")).toString(), QStringLiteral("boundarydonotcross"));
        QTRY_VERIFY_WITH_TIMEOUT(source.health().framesDelivered >= 3, 5000);
        source.stop();
        QCOMPARE(source.state(), State::Idle);
    }

    void flipsAndRotationFromTheProfile()
    {
        LoopbackCameraServer server;
        server.setFrame(m_jpeg);
        QVERIFY(server.start());
        CameraProfile profile = streamProfile(server.url(QStringLiteral("/stream")));
        profile.flipHorizontal = true;
        profile.rotation = 90;
        MjpegStreamSource source(profile);
        QSignalSpy frames(&source, &FrameSource::frameDecoded);
        source.start();
        QTRY_VERIFY_WITH_TIMEOUT(!frames.isEmpty(), 10000);
        const Frame frame = frames.at(0).at(0).value<Frame>();
        QCOMPARE(frame.size(), QSize(48, 64));
        // Mirrored: red on the right, blue on the left; then turned clockwise: red at the bottom.
        QVERIFY(qBlue(frame.image.pixel(24, 8)) > 200);
        QVERIFY(qRed(frame.image.pixel(24, 56)) > 200);
    }

    void serverKilledAndRestartedMidStream()
    {
        LoopbackCameraServer server;
        server.setFrame(m_jpeg);
        QVERIFY(server.start());
        const quint16 port = server.port();
        MjpegStreamSource source(streamProfile(server.url(QStringLiteral("/stream"))));
        fastRetries(source);
        QList<State> states;
        connect(&source, &FrameSource::stateChanged, this, [&](State s) { states.append(s); });
        source.start();
        QVERIFY(waitForState(source, State::Streaming));
        const quint64 before = source.latestFrame().sequence;

        server.kill();
        QVERIFY(waitForState(source, State::Reconnecting));
        QVERIFY(!source.lastError().isEmpty());
        // While the port is closed, attempts fail and back off; nothing crashes.
        QTRY_VERIFY_WITH_TIMEOUT(source.stateMachine()->policy().attempts() >= 2, 10000);

        QVERIFY(server.start(port));
        QVERIFY(waitForState(source, State::Streaming, 15000));
        QTRY_VERIFY_WITH_TIMEOUT(source.latestFrame().sequence > before, 10000);
        QVERIFY(source.health().reconnects >= 1);

        const QList<State> expectedOrder{State::Connecting, State::Streaming, State::Reconnecting, State::Connecting,
                                         State::Streaming};
        qsizetype at = 0;
        for (State s : std::as_const(states)) {
            if (at < expectedOrder.size() && s == expectedOrder[at])
                ++at;
        }
        QCOMPARE(at, expectedOrder.size());
        source.stop();
    }

    void silenceStallsAndFramesResume()
    {
        LoopbackCameraServer server;
        server.setFrame(m_jpeg);
        QVERIFY(server.start());
        MjpegStreamSource source(streamProfile(server.url(QStringLiteral("/stream"))));
        fastRetries(source);
        source.start();
        QVERIFY(waitForState(source, State::Streaming));
        server.setPaused(true);
        QVERIFY(waitForState(source, State::Stalled));
        server.setPaused(false);
        QVERIFY(waitForState(source, State::Streaming));
        QCOMPARE(server.streamConnections(), 1); // resumed on the same connection
    }

    void boundaryMissingFromTheHeaderIsDetected()
    {
        LoopbackCameraServer server;
        server.setFrame(m_jpeg);
        server.setBoundary("--ipcamera"); // parts start with "----ipcamera"
        server.setContentType("multipart/x-mixed-replace");
        QVERIFY(server.start());
        MjpegStreamSource source(streamProfile(server.url(QStringLiteral("/stream"))));
        QSignalSpy frames(&source, &FrameSource::frameDecoded);
        source.start();
        QTRY_VERIFY_WITH_TIMEOUT(frames.size() >= 2, 10000);
        QCOMPARE(source.details().value(QStringLiteral("boundary")).toString(), QStringLiteral("ipcamera"));
        QCOMPARE(source.details().value(QStringLiteral("boundary_source")).toString(), QStringLiteral("detected"));
    }

    void notFoundFailsWithTheReason()
    {
        LoopbackCameraServer server;
        QVERIFY(server.start());
        MjpegStreamSource source(streamProfile(server.url(QStringLiteral("/nothing-here"))));
        source.start();
        QVERIFY(waitForState(source, State::Failed));
        QVERIFY2(source.lastError().contains(QLatin1String("404")), qPrintable(source.lastError()));
    }

    void garbageStreamReportsErrorsWithoutFrames()
    {
        LoopbackCameraServer server;
        server.setFrame(QByteArray(5000, 'g')); // parts that are not images
        QVERIFY(server.start());
        MjpegStreamSource source(streamProfile(server.url(QStringLiteral("/stream"))));
        fastRetries(source);
        QSignalSpy errors(&source, &FrameSource::errorOccurred);
        source.start();
        QTRY_VERIFY_WITH_TIMEOUT(errors.size() >= 3, 10000);
        QVERIFY(!source.latestFrame().isValid());
        QVERIFY(source.state() != State::Streaming);
    }

    void chunkedTransferEncodingIsDecoded()
    {
        // nginx in front of crowsnest answers HTTP/1.1 clients with chunked transfer encoding;
        // chunk borders fall anywhere, also inside the part headers and the JPEG.
        const QByteArray left = cameratest::makeJpeg(64, 48, Qt::green, Qt::blue);
        QList<QPointer<QTcpSocket>> clients;
        ScriptedHttpServer server([&clients](QTcpSocket *socket, const QByteArray &, const QByteArray &) {
            socket->write("HTTP/1.1 200 OK\r\nContent-Type: multipart/x-mixed-replace;boundary=frame\r\n"
                          "Transfer-Encoding: chunked\r\n\r\n");
            clients.append(socket);
        });
        QVERIFY(server.start());
        int sent = 0;
        QTimer pusher;
        pusher.setInterval(30);
        connect(&pusher, &QTimer::timeout, this, [&] {
            const QByteArray part = "--frame\r\nContent-Type: image/jpeg\r\nContent-Length: "
                + QByteArray::number(left.size()) + "\r\n\r\n" + left + "\r\n";
            QByteArray chunked;
            // Odd chunk sizes, one with an extension, so no border lines up with the part.
            const int sizes[] = {7, 300, 1, 4096};
            for (qsizetype at = 0, i = 0; at < part.size(); ++i) {
                const qsizetype n = std::min<qsizetype>(sizes[i % 4], part.size() - at);
                chunked += QByteArray::number(n, 16) + (i == 1 ? ";ext=1" : "") + "\r\n" + part.mid(at, n) + "\r\n";
                at += n;
            }
            for (const QPointer<QTcpSocket> &client : std::as_const(clients)) {
                if (client) {
                    client->write(chunked);
                    ++sent;
                }
            }
        });
        pusher.start();
        MjpegStreamSource source(streamProfile(server.url(QStringLiteral("/stream"))));
        QSignalSpy frames(&source, &FrameSource::frameDecoded);
        QSignalSpy errors(&source, &FrameSource::errorOccurred);
        source.start();
        QTRY_VERIFY_WITH_TIMEOUT(frames.size() >= 3, 10000);
        const Frame frame = frames.last().at(0).value<Frame>();
        QCOMPARE(frame.size(), QSize(64, 48));
        QCOMPARE(frame.encodedBytes, left.size());
        QVERIFY(qGreen(frame.image.pixel(20, 40)) > 200 && qRed(frame.image.pixel(20, 40)) < 60);
        QVERIFY2(errors.isEmpty(), errors.isEmpty() ? "" : qPrintable(errors.first().first().toString()));
        QVERIFY(sent >= 3);
        source.stop();
    }

    void redirectIsFollowed()
    {
        LoopbackCameraServer camera;
        camera.setFrame(m_jpeg);
        QVERIFY(camera.start());
        const QString target = camera.url(QStringLiteral("/stream"));
        ScriptedHttpServer front([target](QTcpSocket *socket, const QByteArray &, const QByteArray &) {
            socket->write("HTTP/1.1 302 Found\r\nLocation: " + target.toLatin1() + "\r\nContent-Length: 0\r\n\r\n");
            socket->disconnectFromHost();
        });
        QVERIFY(front.start());
        MjpegStreamSource source(streamProfile(front.url(QStringLiteral("/webcam/?action=stream"))));
        QSignalSpy frames(&source, &FrameSource::frameDecoded);
        source.start();
        QTRY_VERIFY_WITH_TIMEOUT(!frames.isEmpty(), 10000);
        QCOMPARE(front.requestedPaths(), QList<QByteArray>{"/webcam/?action=stream"});
        QVERIFY(front.requests().first().contains("\r\nHost: 127.0.0.1:"));
        QCOMPARE(camera.streamConnections(), 1);
        source.stop();
    }

    void endlessRedirectsFail()
    {
        ScriptedHttpServer loop([](QTcpSocket *socket, const QByteArray &, const QByteArray &) {
            socket->write("HTTP/1.1 301 Moved Permanently\r\nLocation: /again\r\nContent-Length: 0\r\n\r\n");
            socket->disconnectFromHost();
        });
        QVERIFY(loop.start());
        MjpegStreamSource source(streamProfile(loop.url(QStringLiteral("/stream"))));
        source.start();
        QVERIFY(waitForState(source, State::Failed));
        QVERIFY2(source.lastError().contains(QLatin1String("redirected")), qPrintable(source.lastError()));
    }

    void notHttpGivesAnErrorAndNoFrame()
    {
        ScriptedHttpServer telnet([](QTcpSocket *socket, const QByteArray &, const QByteArray &) {
            socket->write("SSH-2.0-OpenSSH_9.2\r\n");
            socket->disconnectFromHost();
        });
        QVERIFY(telnet.start());
        MjpegStreamSource source(streamProfile(telnet.url(QStringLiteral("/stream"))));
        fastRetries(source);
        QSignalSpy errors(&source, &FrameSource::errorOccurred);
        source.start();
        QTRY_VERIFY_WITH_TIMEOUT(!errors.isEmpty(), 10000);
        // Qt's network access says only that the connection closed.
        QVERIFY2(errors.first().first().toString().contains(QLatin1String("Connection lost")),
                 qPrintable(errors.first().first().toString()));
        QVERIFY(!source.latestFrame().isValid());
        source.stop();
    }

    void aBurstSkipsToTheNewestFrame()
    {
        // A camera that got ahead of us (here: 12 frames in one burst) costs one decode, of the
        // newest frame; the others are counted as dropped, not queued or decoded. Qt's reply
        // buffer is capped at about two frames and read in one pass between decodes, so frames
        // overtaken by one already in the buffer are skipped unread.
        const QByteArray older = cameratest::makeNoisyJpeg(640, 480, QColor(200, 30, 30));
        const QByteArray newest = cameratest::makeNoisyJpeg(640, 480, QColor(30, 220, 30));
        QVERIFY(older.size() > 8000); // bodies larger than one header read
        QList<QPointer<QTcpSocket>> clients;
        ScriptedHttpServer server([&clients](QTcpSocket *socket, const QByteArray &, const QByteArray &) {
            socket->write("HTTP/1.0 200 OK\r\nContent-Type: multipart/x-mixed-replace;boundary=frame\r\n\r\n");
            clients.append(socket);
        });
        QVERIFY(server.start());
        const auto part = [](const QByteArray &jpeg) {
            return "--frame\r\nContent-Type: image/jpeg\r\nContent-Length: " + QByteArray::number(jpeg.size())
                + "\r\n\r\n" + jpeg + "\r\n";
        };
        MjpegStreamSource source(streamProfile(server.url(QStringLiteral("/stream"))));
        QSignalSpy frames(&source, &FrameSource::frameDecoded);
        source.start();
        QTRY_VERIFY_WITH_TIMEOUT(!clients.isEmpty() && clients.first(), 10000);
        QByteArray burst;
        for (int i = 0; i < 11; ++i)
            burst += part(older);
        burst += part(newest);
        clients.first()->write(burst);
        QTRY_VERIFY_WITH_TIMEOUT(!frames.isEmpty()
                                     && qGreen(frames.last().at(0).value<Frame>().image.pixel(600, 400)) > 200,
                                 10000);
        QVERIFY2(frames.size() < 12, qPrintable(QString::number(frames.size())));
        QTRY_COMPARE_WITH_TIMEOUT(int(source.health().framesDelivered + source.health().framesDropped), 12, 5000);
        source.stop();
    }

    void frameWaiterReturnsAFrameCapturedAfterT()
    {
        LoopbackCameraServer server;
        server.setFrame(m_jpeg);
        QVERIFY(server.start());
        MjpegStreamSource source(streamProfile(server.url(QStringLiteral("/stream"))));
        source.start();
        QVERIFY(waitForState(source, State::Streaming));

        const qint64 t = monotonicNowNs();
        std::optional<Frame> result;
        bool called = false;
        FrameWaiter::request(&source, t, 10000, this, [&](std::optional<Frame> frame) {
            called = true;
            result = std::move(frame);
        });
        QTRY_VERIFY_WITH_TIMEOUT(called, 12000);
        QVERIFY(result.has_value());
        QVERIFY(result->captureNs > t);

        // No frames: the waiter times out and says so.
        server.setPaused(true);
        called = false;
        result.reset();
        FrameWaiter::request(&source, monotonicNowNs() + 1'000'000'000'000LL, 200, this,
                             [&](std::optional<Frame> frame) {
                                 called = true;
                                 result = std::move(frame);
                             });
        QTRY_VERIFY_WITH_TIMEOUT(called, 10000);
        QVERIFY(!result.has_value());
    }

    void runsOnACameraThreadWithALatestFrameMailbox()
    {
        // The server runs on its own thread so that the slow consumer below does not slow it down.
        QThread serverThread;
        auto *server = new LoopbackCameraServer;
        server->setFrame(cameratest::makeJpeg(320, 240));
        server->setInterval(5);
        server->moveToThread(&serverThread);
        serverThread.start();
        bool started = false;
        QMetaObject::invokeMethod(server, [&] { started = server->start(); }, Qt::BlockingQueuedConnection);
        QVERIFY(started);
        auto thread = std::make_unique<CameraThread>(
            std::make_unique<MjpegStreamSource>(streamProfile(server->url(QStringLiteral("/stream")))));
        QVERIFY(thread->source()->thread() != QThread::currentThread());
        FrameMailbox mailbox;
        mailbox.attach(thread->source());
        int received = 0;
        quint64 lastSequence = 0;
        bool ordered = true;
        connect(&mailbox, &FrameMailbox::frameReady, this, [&](const Frame &frame) {
            ++received;
            ordered = ordered && frame.sequence > lastSequence;
            lastSequence = frame.sequence;
            QThread::msleep(30); // a slow consumer must not build up a queue
        });
        thread->start();
        QTRY_VERIFY_WITH_TIMEOUT(received >= 10, 15000);
        QVERIFY(ordered);
        // The consumer is slower than the stream, so frames were skipped rather than queued.
        QTRY_VERIFY_WITH_TIMEOUT(mailbox.skippedFrames() > 0, 10000);
        QVERIFY(lastSequence > quint64(received));
        thread.reset(); // stops and joins without crashing
        QMetaObject::invokeMethod(server, [server] { delete server; }, Qt::BlockingQueuedConnection);
        serverThread.quit();
        serverThread.wait();
    }

private:
    QByteArray m_jpeg;
};

QTEST_GUILESS_MAIN(TestMjpegSource)
#include "tst_mjpegsource.moc"
