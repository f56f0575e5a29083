#pragma once

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QTcpServer>
#include <QTcpSocket>

#include <functional>

// A bare TCP server on 127.0.0.1 for HTTP edge cases the camera server does not produce
// (chunked transfer, redirects, malformed answers): once a request's head has arrived, the
// handler writes whatever bytes it likes to the socket. Requested paths are recorded.
class ScriptedHttpServer : public QObject
{
    Q_OBJECT
public:
    using Handler = std::function<void(QTcpSocket *socket, const QByteArray &path, const QByteArray &request)>;

    explicit ScriptedHttpServer(Handler handler, QObject *parent = nullptr);

    bool start();
    QString url(const QString &path) const;
    QList<QByteArray> requestedPaths() const { return m_paths; }
    QList<QByteArray> requests() const { return m_requests; }

private:
    QTcpServer m_server;
    Handler m_handler;
    QList<QByteArray> m_paths;
    QList<QByteArray> m_requests;
};
