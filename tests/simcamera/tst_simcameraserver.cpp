// The virtual camera's HTTP server, the way a camera client sees it: a ustreamer-like MJPEG
// stream with boundary and X-Timestamp, fresh single-JPEG snapshots, 404 for anything else, and
// a server that keeps serving when clients misbehave.
#include "camera/CameraService.h"
#include "camera/MjpegServer.h"
#include "camera/VirtualCamera.h"

#include <QRegularExpression>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

#include <opencv2/imgcodecs.hpp>

#include <memory>

using namespace reticle::sim;

namespace {

constexpr int kWaitMs = 20000;

CameraOptions smallCamera()
{
    CameraOptions o;
    o.resolution = QSize(160, 120);
    o.fps = 30.0;
    o.umPerPx = 30.0;
    o.imperfections.lagMs = 0;
    o.imperfections.seed = 5;
    return o;
}

MachineSnapshot idleMachine()
{
    MachineSnapshot s{};
    s.carriage[0] = 150.0;
    s.carriage[1] = 150.0;
    s.carriage[2] = 20.0;
    s.activeTool = 0;
    s.trueOffsets = {QVector3D(0, 0, 0), QVector3D(0, 0, 0)};
    s.homed = true;
    s.klippyState = QStringLiteral("ready");
    return s;
}

// Sends a GET and collects what comes back. Waits run the event loop (QSignalSpy::wait), since
// the server lives on this thread.
class HttpClient
{
public:
    explicit HttpClient(quint16 port)
    {
        m_socket.connectToHost(QHostAddress::LocalHost, port);
    }
    bool get(const QByteArray &target)
    {
        if (m_socket.state() != QAbstractSocket::ConnectedState) {
            QSignalSpy connected(&m_socket, &QTcpSocket::connected);
            if (!connected.wait(kWaitMs))
                return false;
        }
        m_socket.write("GET " + target + " HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n");
        return m_socket.flush() || m_socket.bytesToWrite() == 0;
    }
    // Reads until `enough` says so or the server closes; returns everything received.
    QByteArray readUntil(const std::function<bool(const QByteArray &)> &enough)
    {
        QDeadlineTimer deadline(kWaitMs);
        m_data += m_socket.readAll();
        while (!enough(m_data) && !deadline.hasExpired()) {
            if (m_socket.state() == QAbstractSocket::UnconnectedState)
                break;
            QSignalSpy readyRead(&m_socket, &QTcpSocket::readyRead);
            QSignalSpy disconnected(&m_socket, &QTcpSocket::disconnected);
            readyRead.wait(200);
            m_data += m_socket.readAll();
        }
        return m_data;
    }
    QByteArray readAll()
    {
        return readUntil([](const QByteArray &) { return false; });
    }
    QTcpSocket &socket() { return m_socket; }

private:
    QTcpSocket m_socket;
    QByteArray m_data;
};

struct Part
{
    QMap<QByteArray, QByteArray> headers;
    QByteArray body;
};

// Parses complete multipart parts (by Content-Length) out of a stream body.
QList<Part> parseParts(const QByteArray &body, const QByteArray &boundary)
{
    QList<Part> parts;
    qsizetype pos = 0;
    while (true) {
        const qsizetype start = body.indexOf("--" + boundary + "\r\n", pos);
        if (start < 0)
            break;
        const qsizetype headersEnd = body.indexOf("\r\n\r\n", start);
        if (headersEnd < 0)
            break;
        Part part;
        const QList<QByteArray> lines = body.mid(start, headersEnd - start).split('\n');
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const QByteArray line = lines[i].trimmed();
            const qsizetype colon = line.indexOf(':');
            if (colon > 0)
                part.headers.insert(line.left(colon).toLower(), line.mid(colon + 1).trimmed());
        }
        const qsizetype length = part.headers.value("content-length").toLongLong();
        if (length <= 0 || headersEnd + 4 + length > body.size())
            break;
        part.body = body.mid(headersEnd + 4, length);
        parts.append(part);
        pos = headersEnd + 4 + length;
    }
    return parts;
}

bool isJpegOfSize(const QByteArray &data, int width, int height)
{
    const std::vector<uchar> bytes(data.begin(), data.end());
    const cv::Mat image = cv::imdecode(bytes, cv::IMREAD_COLOR);
    return !image.empty() && image.cols == width && image.rows == height;
}

} // namespace

class TestSimCameraServer : public QObject
{
    Q_OBJECT
private slots:
    void init()
    {
        m_camera = std::make_unique<VirtualCamera>(smallCamera(), [] {
            MachineSnapshot s = idleMachine();
            s.monotonicMs = QDateTime::currentMSecsSinceEpoch();
            return s;
        });
        m_server = std::make_unique<MjpegServer>();
        connect(m_camera.get(), &VirtualCamera::frameReady, m_server.get(), &MjpegServer::publish);
        QVERIFY(m_server->listen(QHostAddress::LocalHost, 0));
        QVERIFY(m_server->port() != 0);
        m_camera->start();
    }
    void cleanup()
    {
        m_server.reset();
        m_camera.reset();
    }

    void streamIsUstreamerLikeMultipart_data()
    {
        QTest::addColumn<QByteArray>("target");
        QTest::newRow("/stream") << QByteArray("/stream");
        QTest::newRow("/?action=stream") << QByteArray("/?action=stream");
    }
    void streamIsUstreamerLikeMultipart()
    {
        QFETCH(QByteArray, target);
        HttpClient client(m_server->port());
        QVERIFY(client.get(target));
        const QByteArray data = client.readUntil([](const QByteArray &d) {
            return parseParts(d.mid(d.indexOf("\r\n\r\n") + 4), "boundarydonotcross").size() >= 3;
        });
        const qsizetype headerEnd = data.indexOf("\r\n\r\n");
        QVERIFY(headerEnd > 0);
        const QByteArray head = data.left(headerEnd);
        QVERIFY2(head.startsWith("HTTP/1.0 200 OK"), head.constData());
        QVERIFY2(head.contains("Content-Type: multipart/x-mixed-replace;boundary=boundarydonotcross"), head.constData());
        const QList<Part> parts = parseParts(data.mid(headerEnd + 4), "boundarydonotcross");
        QVERIFY2(parts.size() >= 3, qPrintable(QString::number(parts.size())));
        static const QRegularExpression timestamp(QStringLiteral("^\\d{9,}\\.\\d{6}$"));
        double previous = 0;
        for (const Part &part : parts) {
            QCOMPARE(part.headers.value("content-type"), QByteArray("image/jpeg"));
            const QString stamp = QString::fromLatin1(part.headers.value("x-timestamp"));
            QVERIFY2(timestamp.match(stamp).hasMatch(), qPrintable(stamp));
            // Capture time: now-ish, wall clock, and never going backwards.
            const double seconds = stamp.toDouble();
            QVERIFY(std::abs(seconds - QDateTime::currentMSecsSinceEpoch() / 1000.0) < 60.0);
            QVERIFY(seconds >= previous);
            previous = seconds;
            QVERIFY(isJpegOfSize(part.body, 160, 120));
        }
    }

    void snapshotIsOneFreshJpeg_data()
    {
        QTest::addColumn<QByteArray>("target");
        QTest::newRow("/snapshot") << QByteArray("/snapshot");
        QTest::newRow("/?action=snapshot") << QByteArray("/?action=snapshot");
    }
    void snapshotIsOneFreshJpeg()
    {
        QFETCH(QByteArray, target);
        const double asked = QDateTime::currentMSecsSinceEpoch() / 1000.0;
        HttpClient client(m_server->port());
        QVERIFY(client.get(target));
        const QByteArray data = client.readAll();
        const qsizetype headerEnd = data.indexOf("\r\n\r\n");
        QVERIFY(headerEnd > 0);
        const QByteArray head = data.left(headerEnd);
        QVERIFY2(head.startsWith("HTTP/1.0 200 OK"), head.constData());
        QVERIFY(head.contains("Content-Type: image/jpeg"));
        static const QRegularExpression stampRe(QStringLiteral("X-Timestamp: (\\d+\\.\\d{6})"));
        const QRegularExpressionMatch stamp = stampRe.match(QString::fromLatin1(head));
        QVERIFY(stamp.hasMatch());
        QVERIFY(stamp.captured(1).toDouble() >= asked); // captured after the request
        QVERIFY(isJpegOfSize(data.mid(headerEnd + 4), 160, 120));
    }

    void unknownPathIs404_data()
    {
        QTest::addColumn<QByteArray>("target");
        QTest::newRow("/") << QByteArray("/");
        QTest::newRow("/webcam") << QByteArray("/webcam/?action=stream");
        QTest::newRow("/?action=nothing") << QByteArray("/?action=nothing");
    }
    void unknownPathIs404()
    {
        QFETCH(QByteArray, target);
        HttpClient client(m_server->port());
        QVERIFY(client.get(target));
        const QByteArray data = client.readAll();
        QVERIFY2(data.startsWith("HTTP/1.0 404 Not Found"), data.left(80).constData());
    }

    void survivesClientsThatVanish()
    {
        // Several clients vanish mid-frame or mid-request; one stays and keeps getting frames.
        for (int i = 0; i < 3; ++i) {
            HttpClient quitter(m_server->port());
            QVERIFY(quitter.get("/stream"));
            quitter.readUntil([](const QByteArray &d) { return d.contains("\xFF\xD8"); });
            quitter.socket().abort();
        }
        {
            QTcpSocket halfRequest;
            QSignalSpy connected(&halfRequest, &QTcpSocket::connected);
            halfRequest.connectToHost(QHostAddress::LocalHost, m_server->port());
            QVERIFY(connected.wait(kWaitMs));
            halfRequest.write("GET /str");
            QVERIFY(halfRequest.flush());
            halfRequest.abort();
        }
        {
            QTcpSocket garbage;
            QSignalSpy connected(&garbage, &QTcpSocket::connected);
            garbage.connectToHost(QHostAddress::LocalHost, m_server->port());
            QVERIFY(connected.wait(kWaitMs));
            QSignalSpy answered(&garbage, &QTcpSocket::readyRead);
            garbage.write(QByteArray(20000, 'x'));
            QVERIFY(answered.wait(kWaitMs));
            QVERIFY(garbage.readAll().startsWith("HTTP/1.0 431"));
        }
        QTRY_COMPARE_WITH_TIMEOUT(m_server->streamClientCount(), 0, kWaitMs);
        HttpClient stayer(m_server->port());
        QVERIFY(stayer.get("/stream"));
        const QByteArray data = stayer.readUntil([](const QByteArray &d) {
            return parseParts(d.mid(d.indexOf("\r\n\r\n") + 4), "boundarydonotcross").size() >= 2;
        });
        QVERIFY(parseParts(data.mid(data.indexOf("\r\n\r\n") + 4), "boundarydonotcross").size() >= 2);
    }

    void manyClientsAtOnce()
    {
        std::vector<std::unique_ptr<HttpClient>> clients;
        for (int i = 0; i < 5; ++i) {
            clients.push_back(std::make_unique<HttpClient>(m_server->port()));
            QVERIFY(clients.back()->get("/stream"));
        }
        for (auto &client : clients) {
            const QByteArray data = client->readUntil([](const QByteArray &d) {
                return parseParts(d.mid(d.indexOf("\r\n\r\n") + 4), "boundarydonotcross").size() >= 2;
            });
            QVERIFY(parseParts(data.mid(data.indexOf("\r\n\r\n") + 4), "boundarydonotcross").size() >= 2);
        }
        QCOMPARE(m_server->streamClientCount(), 5);
    }

    void slowClientSkipsFramesInsteadOfQueueing()
    {
        // A client that reads nothing, with a tiny receive buffer: the server must skip frames
        // for it (bounded memory) while a normal client keeps streaming. Big noisy frames fill
        // the kernel's socket buffers quickly.
        CameraOptions big = smallCamera();
        big.resolution = QSize(1280, 960);
        big.imperfections.noiseSigma = 12.0;
        big.imperfections.jpegQuality = 100;
        m_camera = std::make_unique<VirtualCamera>(big, [] {
            MachineSnapshot s = idleMachine();
            s.monotonicMs = QDateTime::currentMSecsSinceEpoch();
            return s;
        });
        connect(m_camera.get(), &VirtualCamera::frameReady, m_server.get(), &MjpegServer::publish);
        m_camera->start();
        QTcpSocket stuck;
        stuck.setSocketOption(QAbstractSocket::ReceiveBufferSizeSocketOption, 2048);
        stuck.setReadBufferSize(1);
        QSignalSpy connected(&stuck, &QTcpSocket::connected);
        stuck.connectToHost(QHostAddress::LocalHost, m_server->port());
        QVERIFY(connected.wait(kWaitMs));
        stuck.write("GET /stream HTTP/1.1\r\n\r\n");
        QVERIFY(stuck.flush());
        QTRY_VERIFY_WITH_TIMEOUT(m_server->framesDropped() > 5, kWaitMs);
        const qint64 frameBytes = m_camera->latestFrame()->jpeg.size();
        QVERIFY2(m_server->largestBacklog() < 2 * frameBytes + 4096,
                 qPrintable(QStringLiteral("%1 bytes queued").arg(m_server->largestBacklog())));
        HttpClient reader(m_server->port());
        QVERIFY(reader.get("/stream"));
        const QByteArray data = reader.readUntil([](const QByteArray &d) {
            return parseParts(d.mid(d.indexOf("\r\n\r\n") + 4), "boundarydonotcross").size() >= 3;
        });
        QVERIFY(parseParts(data.mid(data.indexOf("\r\n\r\n") + 4), "boundarydonotcross").size() >= 3);
    }

    void cameraServiceRendersOnlyWhileWatched()
    {
        SimulatorOptions printer;
        printer.tools = 3;
        printer.seed = 99;
        CameraOptions options = CameraService::forSimulator(smallCamera(), printer);
        QCOMPARE(options.imperfections.seed, 99u);
        QCOMPARE(options.rig.cameraTool, 3);
        options.port = 0;
        CameraService service(options, [] {
            MachineSnapshot s = idleMachine();
            s.monotonicMs = QDateTime::currentMSecsSinceEpoch();
            return s;
        });
        QString error;
        QVERIFY2(service.start(QHostAddress(QHostAddress::LocalHost), &error), qPrintable(error));
        const SimWebcam entry = service.webcamEntry();
        QCOMPARE(entry.name, QStringLiteral("nozzle-cam"));
        QCOMPARE(entry.streamUrl, service.streamUrl());
        QCOMPARE(entry.snapshotUrl, service.snapshotUrl());
        QVERIFY(entry.streamUrl.startsWith(QStringLiteral("http://127.0.0.1:")));
        QCOMPARE(service.server()->watcherCount(), 0);
        {
            HttpClient watcher(service.server()->port());
            QVERIFY(watcher.get("/stream"));
            QTRY_COMPARE_WITH_TIMEOUT(service.server()->watcherCount(), 1, kWaitMs);
            const QByteArray data = watcher.readUntil([](const QByteArray &d) {
                return parseParts(d.mid(d.indexOf("\r\n\r\n") + 4), "boundarydonotcross").size() >= 2;
            });
            QVERIFY(parseParts(data.mid(data.indexOf("\r\n\r\n") + 4), "boundarydonotcross").size() >= 2);
            watcher.socket().abort();
        }
        QTRY_COMPARE_WITH_TIMEOUT(service.server()->watcherCount(), 0, kWaitMs);
        // A snapshot wakes the paused camera and gets a fresh frame.
        HttpClient asker(service.server()->port());
        QVERIFY(asker.get("/snapshot"));
        const QByteArray answer = asker.readAll();
        QVERIFY2(answer.startsWith("HTTP/1.0 200 OK"), answer.left(60).constData());
    }

    void takenDefaultPortFallsBackButARequiredOneFails()
    {
        QTcpServer squatter;
        QVERIFY(squatter.listen(QHostAddress::LocalHost, 0));
        CameraOptions options = smallCamera();
        options.port = squatter.serverPort();
        {
            CameraService service(options, {});
            QString error;
            QVERIFY2(service.start(QHostAddress(QHostAddress::LocalHost), &error), qPrintable(error));
            QVERIFY(service.server()->port() != squatter.serverPort());
        }
        options.portRequired = true;
        CameraService service(options, {});
        QString error;
        QVERIFY(!service.start(QHostAddress(QHostAddress::LocalHost), &error));
        QVERIFY2(error.contains(QString::number(squatter.serverPort())), qPrintable(error));
    }

private:
    std::unique_ptr<VirtualCamera> m_camera;
    std::unique_ptr<MjpegServer> m_server;
};

QTEST_GUILESS_MAIN(TestSimCameraServer)
#include "tst_simcameraserver.moc"
