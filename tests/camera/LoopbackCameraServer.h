#pragma once

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>

// A tiny HTTP camera on 127.0.0.1 for the tests: `/stream` pushes MJPEG frames (ustreamer-style
// headers, wall-clock X-Timestamp) every intervalMs, `/snapshot` answers one JPEG after
// snapshotDelayMs, anything else is 404. It can be killed (every socket dropped, port closed)
// and restarted on the same port.
class LoopbackCameraServer : public QObject
{
    Q_OBJECT
public:
    explicit LoopbackCameraServer(QObject *parent = nullptr);
    ~LoopbackCameraServer() override;

    bool start(quint16 port = 0);
    void kill();
    quint16 port() const { return m_port; }
    QString url(const QString &path) const;

    void setFrame(const QByteArray &jpeg) { m_jpeg = jpeg; }
    void setInterval(int ms) { m_timer.setInterval(ms); }
    void setPaused(bool paused) { m_paused = paused; }
    void setSnapshotDelay(int ms) { m_snapshotDelayMs = ms; }
    void setContentType(const QByteArray &type) { m_contentType = type; }
    void setBoundary(const QByteArray &boundary) { m_boundary = boundary; }

    int framesSent() const { return m_framesSent; }
    int snapshotRequests() const { return m_snapshotRequests; }
    int maxConcurrentSnapshots() const { return m_maxConcurrentSnapshots; }
    int streamConnections() const { return m_streamConnections; }

signals:
    void snapshotRequested();
    void streamClientConnected();

private:
    void onNewConnection();
    void onReadyRead(QTcpSocket *socket);
    void pushFrame();

    QTcpServer *m_server = nullptr;
    quint16 m_port = 0;
    QByteArray m_jpeg;
    QByteArray m_boundary = "boundarydonotcross";
    QByteArray m_contentType;
    QTimer m_timer;
    bool m_paused = false;
    int m_snapshotDelayMs = 0;
    QList<QPointer<QTcpSocket>> m_streamClients;
    int m_framesSent = 0;
    int m_snapshotRequests = 0;
    int m_concurrentSnapshots = 0;
    int m_maxConcurrentSnapshots = 0;
    int m_streamConnections = 0;
};
