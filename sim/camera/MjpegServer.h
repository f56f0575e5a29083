#pragma once

#include "camera/CameraFrame.h"

#include <QByteArray>
#include <QHash>
#include <QHostAddress>
#include <QObject>
#include <QString>

class QTcpServer;
class QTcpSocket;
class QTimer;

namespace reticle::sim {

// Serves camera frames over HTTP the way ustreamer does:
//   /stream, /?action=stream     multipart/x-mixed-replace;boundary=boundarydonotcross, one part
//                                per frame with Content-Type, Content-Length and X-Timestamp
//                                (capture time, seconds.microseconds since the epoch)
//   /snapshot, /?action=snapshot the first frame captured after the request, as a single JPEG
//   anything else                404
// A stream client that has not taken the previous frame yet skips frames instead of having
// them buffered without bound.
class MjpegServer : public QObject
{
    Q_OBJECT
public:
    static constexpr const char *kBoundary = "boundarydonotcross";
    static constexpr int kMaxRequestBytes = 8192;
    static constexpr int kSnapshotTimeoutMs = 10000;

    explicit MjpegServer(QObject *parent = nullptr);
    ~MjpegServer() override;

    // Listens on `address`:`port` (0 = a free port). Returns false with errorString() on failure.
    bool listen(const QHostAddress &address = QHostAddress::LocalHost, quint16 port = 0);
    void close();
    bool isListening() const;
    quint16 port() const;
    QString errorString() const { return m_error; }
    // http://<address>:<port>/stream and /snapshot (127.0.0.1 for a server on every address)
    QString streamUrl() const;
    QString snapshotUrl() const;

    int streamClientCount() const;
    // Frames skipped for stream clients that had not taken the previous one yet.
    quint64 framesDropped() const { return m_dropped; }
    // The most bytes queued for any one client (bounded by about one frame).
    qint64 largestBacklog() const;
    // Clients that want frames: stream clients plus snapshot requests still waiting.
    int watcherCount() const { return m_watchers; }

signals:
    // The number of clients that want frames changed (the camera may pause at zero).
    void watcherCountChanged(int count);

public slots:
    // Hands a new frame to every stream client and every snapshot request that waits.
    void publish(reticle::sim::CameraFramePtr frame);

private:
    enum class ClientKind { Reading, Stream, Snapshot, Closing };
    struct Client
    {
        ClientKind kind = ClientKind::Reading;
        QByteArray request;
        quint64 framesSent = 0;
        qint64 requestUnixUs = 0; // a snapshot is a frame captured after this
        QTimer *snapshotTimeout = nullptr;
    };

    QString baseUrl() const;
    void onNewConnection();
    void onReadyRead(QTcpSocket *socket);
    void handleRequest(QTcpSocket *socket, const QByteArray &method, const QByteArray &target);
    void sendError(QTcpSocket *socket, int code, const QByteArray &reason);
    void sendStreamPart(QTcpSocket *socket, const CameraFrame &frame);
    void sendSnapshot(QTcpSocket *socket, const CameraFrame &frame);
    void dropClient(QTcpSocket *socket);
    void updateWatchers();

    QTcpServer *m_server = nullptr;
    QHash<QTcpSocket *, Client> m_clients;
    QString m_error;
    quint64 m_dropped = 0;
    int m_watchers = 0;
};

} // namespace reticle::sim
