#pragma once

#include <QHash>
#include <QHostAddress>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkRequest>
#include <QWebSocket>
#include <QWebSocketServer>

#include <functional>
#include <optional>

// A raw websocket server for protocol tests: answers methods from a table, records every frame
// and upgrade request, and sends whatever text the test wants (bad frames included). Listens on
// 127.0.0.1, port 0.
class ScriptedMoonraker : public QObject
{
    Q_OBJECT
public:
    struct Answer
    {
        std::optional<QJsonValue> result;   // set: {"result": ...}
        int code = 0;                       // else {"error": {code, message}}
        QString message;
        bool silent = false;                // never answer
    };
    using Handler = std::function<Answer(const QJsonObject &params)>;

    ScriptedMoonraker()
        : m_server(QStringLiteral("scripted"), QWebSocketServer::NonSecureMode)
    {
        connect(&m_server, &QWebSocketServer::newConnection, this, [this] {
            while (QWebSocket *socket = m_server.nextPendingConnection()) {
                socket->setParent(this);
                m_sockets.append(socket);
                requests.append(socket->request());
                origins.append(socket->origin());
                connect(socket, &QWebSocket::textMessageReceived, this,
                        [this, socket](const QString &text) { onText(socket, text); });
                connect(socket, &QWebSocket::disconnected, this, [this, socket] {
                    m_sockets.removeAll(socket);
                    socket->deleteLater();
                });
                emit connected();
            }
        });
        // A ready klipper-toolchanger printer by default.
        on("server.connection.identify", [](const QJsonObject &) { return ok(QJsonObject{{"connection_id", 4242}}); });
        on("server.info", [](const QJsonObject &) {
            return ok(QJsonObject{{"klippy_connected", true}, {"klippy_state", "ready"}});
        });
        on("printer.info", [](const QJsonObject &) {
            return ok(QJsonObject{{"state", "ready"}, {"state_message", "Printer is ready"}});
        });
        on("printer.objects.list", [](const QJsonObject &) {
            return ok(QJsonObject{{"objects", QJsonArray{"webhooks", "configfile", "gcode_move", "toolhead",
                                                         "motion_report", "print_stats", "idle_timeout",
                                                         "extruder", "extruder1", "toolchanger", "tool T0",
                                                         "tool T1", "gcode_macro FOO"}}});
        });
        on("printer.objects.subscribe", [](const QJsonObject &) {
            return ok(QJsonDocument::fromJson(R"({"eventtime":5123.41,"status":{
                "toolhead":{"position":[150.0,100.0,20.0,0.0],"homed_axes":"xyz",
                            "axis_minimum":[0.0,0.0,-2.0,0.0],"axis_maximum":[300.0,300.0,250.0,0.0]},
                "gcode_move":{"absolute_coordinates":true},
                "webhooks":{"state":"ready","state_message":"Printer is ready"},
                "print_stats":{"state":"standby"},"idle_timeout":{"state":"Idle"},
                "toolchanger":{"tool":"tool T0","tool_number":0},
                "tool T0":{"tool_number":0,"gcode_x_offset":0.0,"gcode_y_offset":0.0,"gcode_z_offset":0.0},
                "tool T1":{"tool_number":1,"gcode_x_offset":25.3,"gcode_y_offset":-12.7,"gcode_z_offset":0.0}}})")
                          .object());
        });
        on("printer.gcode.script", [](const QJsonObject &) { return ok(QStringLiteral("ok")); });
        on("printer.emergency_stop", [](const QJsonObject &) { return ok(QStringLiteral("ok")); });
    }

    ~ScriptedMoonraker() override
    {
        // The sockets are children: delete them while the members their slots use still exist.
        const auto sockets = std::exchange(m_sockets, {});
        for (QWebSocket *socket : sockets) {
            socket->disconnect(this);
            delete socket;
        }
    }

    static Answer ok(const QJsonValue &result) { return Answer{result, 0, {}, false}; }
    static Answer fail(int code, const QString &message) { return Answer{std::nullopt, code, message, false}; }
    static Answer never() { return Answer{std::nullopt, 0, {}, true}; }

    bool listen() { return m_server.listen(QHostAddress::LocalHost, 0); }
    QString address() const { return QStringLiteral("ws://127.0.0.1:%1/websocket").arg(m_server.serverPort()); }
    void on(const QString &method, Handler handler) { m_handlers.insert(method, std::move(handler)); }

    void sendText(const QString &text)
    {
        for (QWebSocket *s : std::as_const(m_sockets))
            s->sendTextMessage(text);
    }
    void sendBinary(const QByteArray &data)
    {
        for (QWebSocket *s : std::as_const(m_sockets))
            s->sendBinaryMessage(data);
    }
    void notify(const QString &method, const QJsonArray &params = {}, bool withParams = true)
    {
        QJsonObject frame{{"jsonrpc", "2.0"}, {"method", method}};
        if (withParams && !params.isEmpty())
            frame.insert(QStringLiteral("params"), params);
        sendText(QString::fromUtf8(QJsonDocument(frame).toJson(QJsonDocument::Compact)));
    }
    void reply(qint64 id, const QJsonValue &result)
    {
        sendText(QString::fromUtf8(QJsonDocument(QJsonObject{{"jsonrpc", "2.0"}, {"result", result}, {"id", id}})
                                       .toJson(QJsonDocument::Compact)));
    }
    void dropAll()
    {
        for (QWebSocket *s : std::as_const(m_sockets))
            s->abort();
    }
    int count(const QString &method) const
    {
        int n = 0;
        for (const QJsonObject &f : frames)
            n += f.value(QStringLiteral("method")).toString() == method;
        return n;
    }
    QJsonObject last(const QString &method) const
    {
        for (auto it = frames.crbegin(); it != frames.crend(); ++it)
            if (it->value(QStringLiteral("method")).toString() == method)
                return *it;
        return {};
    }

    QList<QJsonObject> frames;
    QList<QNetworkRequest> requests;
    QStringList origins;

signals:
    void connected();
    void received(const QString &method);

private:
    void onText(QWebSocket *socket, const QString &text)
    {
        const QJsonObject frame = QJsonDocument::fromJson(text.toUtf8()).object();
        frames.append(frame);
        const QString method = frame.value(QStringLiteral("method")).toString();
        const QJsonValue id = frame.value(QStringLiteral("id"));
        const auto handler = m_handlers.find(method);
        Answer answer = handler == m_handlers.end() ? fail(-32601, QStringLiteral("Method not found"))
                                                    : (*handler)(frame.value(QStringLiteral("params")).toObject());
        emit received(method);
        if (answer.silent)
            return;
        QJsonObject out{{"jsonrpc", "2.0"}, {"id", id}};
        if (answer.result)
            out.insert(QStringLiteral("result"), *answer.result);
        else
            out.insert(QStringLiteral("error"), QJsonObject{{"code", answer.code}, {"message", answer.message}});
        socket->sendTextMessage(QString::fromUtf8(QJsonDocument(out).toJson(QJsonDocument::Compact)));
    }

    QWebSocketServer m_server;
    QList<QWebSocket *> m_sockets;
    QHash<QString, Handler> m_handlers;
};
