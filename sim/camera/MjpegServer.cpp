#include "MjpegServer.h"

#include "camera/SimCameraLogging.h"

#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>
#include <QUrl>
#include <QUrlQuery>

#include <algorithm>
#include <chrono>
#include <utility>

namespace reticle::sim {

namespace {

QByteArray timestampText(qint64 unixUs)
{
    // seconds.microseconds, like ustreamer's X-Timestamp
    return QByteArray::number(unixUs / 1000000) + '.' + QByteArray::number(unixUs % 1000000).rightJustified(6, '0');
}

QByteArray frameHeaders(const CameraFrame &frame)
{
    return "Content-Type: image/jpeg\r\nContent-Length: " + QByteArray::number(frame.jpeg.size())
        + "\r\nX-Timestamp: " + timestampText(frame.captureUnixUs) + "\r\nX-UStreamer-Width: "
        + QByteArray::number(frame.width) + "\r\nX-UStreamer-Height: " + QByteArray::number(frame.height)
        + "\r\nX-Frame-Sequence: " + QByteArray::number(frame.sequence) + "\r\n";
}

constexpr QByteArrayView kCommonHeaders = "Server: reticle-sim\r\n"
                                          "Cache-Control: no-store, no-cache, must-revalidate, max-age=0\r\n"
                                          "Pragma: no-cache\r\n"
                                          "Access-Control-Allow-Origin: *\r\n";

} // namespace

MjpegServer::MjpegServer(QObject *parent)
    : QObject(parent)
    , m_server(new QTcpServer(this))
{
    qRegisterMetaType<CameraFramePtr>();
    connect(m_server, &QTcpServer::newConnection, this, &MjpegServer::onNewConnection);
}

MjpegServer::~MjpegServer()
{
    close();
}

bool MjpegServer::listen(const QHostAddress &address, quint16 port)
{
    if (!m_server->listen(address, port)) {
        m_error = m_server->errorString();
        qCWarning(lcSimCamera).noquote() << "camera server cannot listen on" << address.toString() << port << ":"
                                         << m_error;
        return false;
    }
    m_error.clear();
    qCInfo(lcSimCamera).noquote() << "camera server at" << streamUrl();
    return true;
}

void MjpegServer::close()
{
    m_server->close();
    const auto sockets = m_clients.keys();
    for (QTcpSocket *socket : sockets)
        dropClient(socket);
}

bool MjpegServer::isListening() const
{
    return m_server->isListening();
}

quint16 MjpegServer::port() const
{
    return m_server->serverPort();
}

QString MjpegServer::baseUrl() const
{
    // A server on every address is reached locally through the loopback address.
    const QHostAddress address = m_server->serverAddress();
    QString host = QStringLiteral("127.0.0.1");
    if (address == QHostAddress::LocalHostIPv6)
        host = QStringLiteral("[::1]");
    else if (!address.isNull() && address != QHostAddress::Any && address != QHostAddress::AnyIPv4
             && address != QHostAddress::AnyIPv6)
        host = address.protocol() == QAbstractSocket::IPv6Protocol ? QLatin1Char('[') + address.toString() + QLatin1Char(']')
                                                                   : address.toString();
    return QStringLiteral("http://%1:%2").arg(host).arg(port());
}

QString MjpegServer::streamUrl() const
{
    return baseUrl() + QStringLiteral("/stream");
}

QString MjpegServer::snapshotUrl() const
{
    return baseUrl() + QStringLiteral("/snapshot");
}

int MjpegServer::streamClientCount() const
{
    int n = 0;
    for (const Client &c : m_clients)
        n += c.kind == ClientKind::Stream ? 1 : 0;
    return n;
}

qint64 MjpegServer::largestBacklog() const
{
    qint64 most = 0;
    for (auto it = m_clients.cbegin(); it != m_clients.cend(); ++it)
        most = std::max(most, it.key()->bytesToWrite());
    return most;
}

void MjpegServer::onNewConnection()
{
    while (QTcpSocket *socket = m_server->nextPendingConnection()) {
        m_clients.insert(socket, Client{});
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] { onReadyRead(socket); });
        connect(socket, &QTcpSocket::disconnected, this, [this, socket] { dropClient(socket); });
        connect(socket, &QTcpSocket::errorOccurred, this, [this, socket](QAbstractSocket::SocketError error) {
            if (error != QAbstractSocket::RemoteHostClosedError)
                qCDebug(lcSimCamera) << "camera client error:" << socket->errorString();
            dropClient(socket);
        });
    }
}

void MjpegServer::onReadyRead(QTcpSocket *socket)
{
    auto it = m_clients.find(socket);
    if (it == m_clients.end())
        return;
    if (it->kind != ClientKind::Reading) {
        socket->readAll(); // nothing more is expected from a client once it is served
        return;
    }
    it->request += socket->readAll();
    const qsizetype end = it->request.indexOf("\r\n\r\n");
    if (end < 0) {
        if (it->request.size() > kMaxRequestBytes)
            sendError(socket, 431, "Request Header Fields Too Large");
        return;
    }
    const QByteArray firstLine = it->request.left(it->request.indexOf("\r\n"));
    const QList<QByteArray> parts = firstLine.split(' ');
    if (parts.size() != 3 || !parts[2].startsWith("HTTP/")) {
        sendError(socket, 400, "Bad Request");
        return;
    }
    handleRequest(socket, parts[0], parts[1]);
}

void MjpegServer::handleRequest(QTcpSocket *socket, const QByteArray &method, const QByteArray &target)
{
    if (method != "GET") {
        sendError(socket, 405, "Method Not Allowed");
        return;
    }
    const QUrl url(QString::fromLatin1(target));
    const QString path = url.path();
    const QString action = QUrlQuery(url).queryItemValue(QStringLiteral("action"));
    const bool root = path == QLatin1String("/") || path.isEmpty();
    const bool stream = path == QLatin1String("/stream") || (root && action == QLatin1String("stream"));
    const bool snapshot = path == QLatin1String("/snapshot") || (root && action == QLatin1String("snapshot"));
    Client &client = m_clients[socket];
    if (stream) {
        client.kind = ClientKind::Stream;
        socket->write(QByteArray("HTTP/1.0 200 OK\r\n") + kCommonHeaders.toByteArray()
                      + "Connection: close\r\nContent-Type: multipart/x-mixed-replace;boundary=" + kBoundary
                      + "\r\n\r\n");
        qCDebug(lcSimCamera) << "stream client connected;" << streamClientCount() << "streaming";
        updateWatchers();
    } else if (snapshot) {
        client.kind = ClientKind::Snapshot;
        // Wait for a frame captured after the request, so a snapshot is never stale.
        client.requestUnixUs = std::chrono::duration_cast<std::chrono::microseconds>(
                                   std::chrono::system_clock::now().time_since_epoch())
                                   .count();
        client.snapshotTimeout = new QTimer(socket);
        client.snapshotTimeout->setSingleShot(true);
        connect(client.snapshotTimeout, &QTimer::timeout, this,
                [this, socket] { sendError(socket, 503, "Service Unavailable"); });
        client.snapshotTimeout->start(kSnapshotTimeoutMs);
        updateWatchers();
    } else {
        sendError(socket, 404, "Not Found");
    }
}

void MjpegServer::sendError(QTcpSocket *socket, int code, const QByteArray &reason)
{
    const QByteArray body = QByteArray::number(code) + ' ' + reason + '\n';
    socket->write("HTTP/1.0 " + QByteArray::number(code) + ' ' + reason + "\r\n" + kCommonHeaders.toByteArray()
                  + "Connection: close\r\nContent-Type: text/plain\r\nContent-Length: "
                  + QByteArray::number(body.size()) + "\r\n\r\n" + body);
    Client &client = m_clients[socket];
    client.kind = ClientKind::Closing;
    client.request.clear();
    if (client.snapshotTimeout)
        client.snapshotTimeout->stop();
    socket->disconnectFromHost();
    updateWatchers();
}

void MjpegServer::publish(CameraFramePtr frame)
{
    if (!frame)
        return;
    const auto sockets = m_clients.keys();
    for (QTcpSocket *socket : sockets) {
        auto it = m_clients.find(socket);
        if (it == m_clients.end())
            continue;
        if (it->kind == ClientKind::Stream) {
            // Still sending the previous frame: this client is slow, skip this one.
            if (socket->bytesToWrite() > 0) {
                ++m_dropped;
                continue;
            }
            sendStreamPart(socket, *frame);
            ++it->framesSent;
        } else if (it->kind == ClientKind::Snapshot && frame->captureUnixUs >= it->requestUnixUs) {
            sendSnapshot(socket, *frame);
        }
    }
}

void MjpegServer::sendStreamPart(QTcpSocket *socket, const CameraFrame &frame)
{
    socket->write(QByteArray("--") + kBoundary + "\r\n" + frameHeaders(frame) + "\r\n");
    socket->write(frame.jpeg);
    socket->write("\r\n");
}

void MjpegServer::sendSnapshot(QTcpSocket *socket, const CameraFrame &frame)
{
    Client &client = m_clients[socket];
    if (client.snapshotTimeout)
        client.snapshotTimeout->stop();
    client.kind = ClientKind::Closing; // served: no further frames
    socket->write(QByteArray("HTTP/1.0 200 OK\r\n") + kCommonHeaders.toByteArray() + "Connection: close\r\n"
                  + frameHeaders(frame) + "\r\n");
    socket->write(frame.jpeg);
    socket->disconnectFromHost();
    updateWatchers();
}

void MjpegServer::dropClient(QTcpSocket *socket)
{
    if (m_clients.remove(socket) == 0)
        return;
    socket->disconnect(this);
    socket->abort();
    socket->deleteLater();
    updateWatchers();
}

void MjpegServer::updateWatchers()
{
    int n = 0;
    for (const Client &c : std::as_const(m_clients))
        n += (c.kind == ClientKind::Stream || c.kind == ClientKind::Snapshot) ? 1 : 0;
    if (n == m_watchers)
        return;
    m_watchers = n;
    emit watcherCountChanged(n);
}

} // namespace reticle::sim
