#include "LoopbackCameraServer.h"

#include <QDateTime>
#include <QHostAddress>

LoopbackCameraServer::LoopbackCameraServer(QObject *parent)
    : QObject(parent)
    , m_timer(this)
{
    m_timer.setInterval(20);
    connect(&m_timer, &QTimer::timeout, this, &LoopbackCameraServer::pushFrame);
}

LoopbackCameraServer::~LoopbackCameraServer()
{
    kill();
}

bool LoopbackCameraServer::start(quint16 port)
{
    kill();
    m_server = new QTcpServer(this);
    if (!m_server->listen(QHostAddress::LocalHost, port))
        return false;
    m_port = m_server->serverPort();
    connect(m_server, &QTcpServer::newConnection, this, &LoopbackCameraServer::onNewConnection);
    m_timer.start();
    return true;
}

void LoopbackCameraServer::kill()
{
    m_timer.stop();
    for (const QPointer<QTcpSocket> &socket : std::as_const(m_streamClients)) {
        if (socket)
            socket->abort();
    }
    m_streamClients.clear();
    if (m_server) {
        const auto children = m_server->findChildren<QTcpSocket *>();
        for (QTcpSocket *socket : children)
            socket->abort();
        m_server->close();
        m_server->deleteLater();
        m_server = nullptr;
    }
}

QString LoopbackCameraServer::url(const QString &path) const
{
    return QStringLiteral("http://127.0.0.1:%1%2").arg(m_port).arg(path);
}

void LoopbackCameraServer::onNewConnection()
{
    while (QTcpSocket *socket = m_server->nextPendingConnection()) {
        socket->setParent(m_server);
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] { onReadyRead(socket); });
        connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
    }
}

void LoopbackCameraServer::onReadyRead(QTcpSocket *socket)
{
    QByteArray request = socket->property("request").toByteArray() + socket->readAll();
    socket->setProperty("request", request);
    if (!request.contains("\r\n\r\n") || socket->property("answered").toBool())
        return;
    socket->setProperty("answered", true);
    const QByteArray path = request.split(' ').value(1);
    if (path == "/stream") {
        ++m_streamConnections;
        const QByteArray type = m_contentType.isEmpty()
            ? "multipart/x-mixed-replace;boundary=" + m_boundary
            : m_contentType;
        socket->write("HTTP/1.0 200 OK\r\nContent-Type: " + type + "\r\nCache-Control: no-store\r\n\r\n");
        m_streamClients.append(socket);
        emit streamClientConnected();
    } else if (path == "/snapshot") {
        ++m_snapshotRequests;
        ++m_concurrentSnapshots;
        m_maxConcurrentSnapshots = std::max(m_maxConcurrentSnapshots, m_concurrentSnapshots);
        emit snapshotRequested();
        QPointer<QTcpSocket> guard(socket);
        QTimer::singleShot(m_snapshotDelayMs, this, [this, guard] {
            --m_concurrentSnapshots;
            if (!guard)
                return;
            guard->write("HTTP/1.1 200 OK\r\nContent-Type: image/jpeg\r\nConnection: close\r\nContent-Length: "
                         + QByteArray::number(m_jpeg.size()) + "\r\n\r\n" + m_jpeg);
            guard->disconnectFromHost();
        });
    } else {
        socket->write("HTTP/1.0 404 Not Found\r\nContent-Type: text/plain\r\nContent-Length: 9\r\n\r\nnot found");
        socket->disconnectFromHost();
    }
}

void LoopbackCameraServer::pushFrame()
{
    if (m_paused || m_jpeg.isEmpty())
        return;
    const QByteArray timestamp = QByteArray::number(double(QDateTime::currentMSecsSinceEpoch()) / 1000.0, 'f', 6);
    const QByteArray part = "--" + m_boundary + "\r\nContent-Type: image/jpeg\r\nContent-Length: "
        + QByteArray::number(m_jpeg.size()) + "\r\nX-Timestamp: " + timestamp + "\r\n\r\n" + m_jpeg + "\r\n";
    for (const QPointer<QTcpSocket> &socket : std::as_const(m_streamClients)) {
        if (socket && socket->state() == QAbstractSocket::ConnectedState) {
            socket->write(part);
            ++m_framesSent;
        }
    }
}
