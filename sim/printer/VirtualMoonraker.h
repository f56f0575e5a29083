#pragma once

#include "SimulatorOptions.h"

#include <QElapsedTimer>
#include <QHash>
#include <QHostAddress>
#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QObject>
#include <QPointer>
#include <QTimer>
#include <QUrl>

#include <functional>
#include <optional>

QT_BEGIN_NAMESPACE
class QTcpServer;
class QTcpSocket;
class QWebSocket;
class QWebSocketServer;
QT_END_NAMESPACE

namespace reticle::sim {

class VirtualKlipper;

// A Moonraker-compatible server in front of a VirtualKlipper: JSON-RPC 2.0 over the websocket
// at /websocket and a few HTTP endpoints (/access/oneshot_token, /server/info) on the same
// port, with Moonraker's framing, error codes, authorization, Klippy lifecycle notifications
// and status subscriptions (moonraker-api.md). Fault injection hooks serve the client tests.
class VirtualMoonraker : public QObject
{
    Q_OBJECT

public:
    VirtualMoonraker(VirtualKlipper *klipper, const SimulatorOptions &options, QObject *parent = nullptr);
    ~VirtualMoonraker() override;

    // Listens on address:port (0 = any free port). Returns false when the port is taken.
    bool listen(const QHostAddress &address, quint16 port = 0);
    QString errorString() const;
    quint16 port() const;
    QUrl serverUrl() const; // ws://host:port/websocket
    QUrl httpUrl() const;   // http://host:port/

    VirtualKlipper *klipper() const { return m_klipper; }
    void setWebcams(const QVector<SimWebcam> &webcams);
    int connectionCount() const { return int(m_clients.size()); }

    // Fault injection
    void dropAllConnections();                          // every websocket is aborted
    void setReplyDelayMs(int ms);                       // every JSON-RPC reply is held back
    void failNextRequest(int code, const QString &message); // the next method call fails so
    // Oneshot tokens live 5 s as in Moonraker; tests may shorten that.
    void setOneshotTokenLifetimeMs(int ms) { m_oneshotLifetimeMs = ms; }
    enum class ScriptFault {
        DropConnections, // every websocket is aborted (the printer's network drops)
        Shutdown,        // Klippy shuts down with the given reason (as an MCU error would)
    };
    // Arms a fault for the next printer.gcode.script whose text contains `contains`: the script
    // is handed to Klippy as usual (its moves start), then on the next turn of the event loop
    // the fault happens — while the moves run, so a script that waits for them (M400) has not
    // answered yet. One shot; arming again replaces it.
    void injectFaultOnScript(const QString &contains, ScriptFault fault, const QString &reason = {});

    // Every G-code script received (printer.gcode.script, restarts), oldest first. Unlike
    // server.gcode_store it is never trimmed, so tests can count and compare every line.
    QStringList commandLog() const { return m_commandLog; }

signals:
    void clientConnected();
    void clientDisconnected();

private:
    struct Client;
    struct PendingUpgrade
    {
        QHostAddress peer;
        QByteArray apiKeyHeader;
        QString token;
    };
    using Reply = std::function<void(const QJsonValue &reply)>; // undefined value = no reply

    void onTcpConnection();
    void onHttpData(QTcpSocket *socket);
    void serveHttp(QTcpSocket *socket, const QByteArray &method, const QString &path,
                   const QHash<QByteArray, QByteArray> &headers);
    void writeHttp(QTcpSocket *socket, int status, const QJsonObject &body);
    void onWebSocketConnection();
    void onTextMessage(Client *client, const QString &text);
    void processObject(Client *client, const QJsonValue &value, const Reply &done);
    void callMethod(Client *client, const QString &method, const QJsonObject &params, const QJsonValue &id,
                    const Reply &done);
    void send(QWebSocket *socket, const QJsonValue &message, bool delayed);
    void broadcast(const QString &method, const QJsonArray *params);
    void pushStatusDiffs();
    // The fields of `client`'s subscription that changed since it was last told; `now` ignores
    // the 250 ms cadence.
    void pushStatusDiff(Client *client, bool now);

    // Methods
    QJsonObject serverInfo() const;
    QJsonArray webcamEntries() const;
    QString createOneshotToken(const QHostAddress &peer);
    bool consumeOneshotToken(const QString &token, const QHostAddress &peer);
    bool isKlippyMethod(const QString &method) const;
    bool isLocalMethod(const QString &method) const;
    void recordGcode(const QString &message, const QString &type);

    VirtualKlipper *m_klipper;
    SimulatorOptions m_options;
    QTcpServer *m_tcp;
    QWebSocketServer *m_wsServer;
    QHostAddress m_address;
    QHash<QWebSocket *, Client *> m_clients;
    QHash<quint16, PendingUpgrade> m_pendingUpgrades; // by peer port
    struct Token
    {
        QHostAddress peer;
        qint64 expiresMs;
    };
    QHash<QString, Token> m_tokens;
    QElapsedTimer m_clock;
    QTimer m_subscriptionTimer;
    QVector<SimWebcam> m_webcams;
    QJsonObject m_database;
    QJsonArray m_gcodeStore;
    QStringList m_commandLog;
    struct ArmedFault
    {
        QString contains;
        ScriptFault fault = ScriptFault::DropConnections;
        QString reason;
    };
    std::optional<ArmedFault> m_armedFault;
    qint64 m_nextConnectionId = 140245310238128;
    int m_replyDelayMs = 0;
    int m_oneshotLifetimeMs = 5000;
    bool m_failNext = false;
    int m_failCode = 0;
    QString m_failMessage;
};

} // namespace reticle::sim
