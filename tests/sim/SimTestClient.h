#pragma once

// A raw JSON-RPC websocket client for the simulator tests: sends frames exactly as given and
// records every frame the server sends, so the tests can assert Moonraker's wire format.

#include "printer/SimulatorOptions.h"
#include "printer/VirtualKlipper.h"
#include "printer/VirtualMoonraker.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkRequest>
#include <QTest>
#include <QWebSocket>

#include <memory>

namespace reticle::sim::test {

class SimTestClient : public QObject
{
public:
    explicit SimTestClient(QObject *parent = nullptr)
        : QObject(parent)
    {
        connect(&m_socket, &QWebSocket::textMessageReceived, this, [this](const QString &text) {
            m_frames << text;
            const QJsonDocument doc = QJsonDocument::fromJson(text.toUtf8());
            if (doc.isArray()) {
                m_batches << doc.array();
                return;
            }
            const QJsonObject message = doc.object();
            if (message.contains(QStringLiteral("method")))
                m_notifications << message;
            else
                m_replies << message;
        });
    }

    bool open(const QUrl &url, const QByteArray &apiKey = {})
    {
        QNetworkRequest request(url);
        if (!apiKey.isEmpty())
            request.setRawHeader("X-Api-Key", apiKey);
        m_socket.open(request);
        return QTest::qWaitFor([this] { return m_socket.state() == QAbstractSocket::ConnectedState; }, 5000);
    }
    bool isConnected() const { return m_socket.state() == QAbstractSocket::ConnectedState; }
    QWebSocket &socket() { return m_socket; }

    void sendText(const QString &text) { m_socket.sendTextMessage(text); }
    void sendJson(const QJsonValue &value)
    {
        sendText(QString::fromUtf8(value.isArray() ? QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact)
                                                   : QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact)));
    }

    int send(const QString &method, const QJsonObject &params = {}, bool withParams = true)
    {
        const int id = ++m_nextId;
        QJsonObject request{{QStringLiteral("jsonrpc"), QStringLiteral("2.0")},
                            {QStringLiteral("method"), method},
                            {QStringLiteral("id"), id}};
        if (withParams)
            request.insert(QStringLiteral("params"), params);
        sendJson(request);
        return id;
    }

    // The reply with this id (waits up to timeoutMs); an empty object on timeout.
    QJsonObject waitReply(const QJsonValue &id, int timeoutMs = 10000)
    {
        QJsonObject found;
        [[maybe_unused]] const bool arrived = QTest::qWaitFor(
            [&] {
                for (qsizetype i = 0; i < m_replies.size(); ++i) {
                    if (m_replies.at(i).value(QStringLiteral("id")) == id) {
                        found = m_replies.takeAt(i);
                        return true;
                    }
                }
                return false;
            },
            timeoutMs);
        return found;
    }

    QJsonObject call(const QString &method, const QJsonObject &params = {}, int timeoutMs = 10000)
    {
        return waitReply(send(method, params), timeoutMs);
    }
    QJsonValue result(const QString &method, const QJsonObject &params = {})
    {
        return call(method, params).value(QStringLiteral("result"));
    }
    QJsonObject gcode(const QString &script, int timeoutMs = 10000)
    {
        return call(QStringLiteral("printer.gcode.script"), {{QStringLiteral("script"), script}}, timeoutMs);
    }
    QJsonObject query(const QJsonObject &objects)
    {
        return result(QStringLiteral("printer.objects.query"), {{QStringLiteral("objects"), objects}})
            .toObject()
            .value(QStringLiteral("status"))
            .toObject();
    }
    QJsonValue field(const QString &object, const QString &name)
    {
        return query({{object, QJsonArray{name}}}).value(object).toObject().value(name);
    }

    // Waits for (and removes) the first notification with this method.
    QJsonObject waitNotification(const QString &method, int timeoutMs = 10000)
    {
        QJsonObject found;
        [[maybe_unused]] const bool arrived = QTest::qWaitFor(
            [&] {
                for (qsizetype i = 0; i < m_notifications.size(); ++i) {
                    if (m_notifications.at(i).value(QStringLiteral("method")).toString() == method) {
                        found = m_notifications.takeAt(i);
                        return true;
                    }
                }
                return false;
            },
            timeoutMs);
        return found;
    }
    bool waitGcodeResponse(const QString &text, int timeoutMs = 10000)
    {
        return QTest::qWaitFor([&] { return gcodeResponses().contains(text); }, timeoutMs);
    }
    QStringList gcodeResponses() const
    {
        QStringList lines;
        for (const QJsonObject &n : m_notifications) {
            if (n.value(QStringLiteral("method")).toString() == QLatin1String("notify_gcode_response"))
                lines << n.value(QStringLiteral("params")).toArray().at(0).toString();
        }
        return lines;
    }
    QList<QJsonObject> notifications(const QString &method) const
    {
        QList<QJsonObject> found;
        for (const QJsonObject &n : m_notifications) {
            if (n.value(QStringLiteral("method")).toString() == method)
                found << n;
        }
        return found;
    }

    QStringList m_frames;
    QList<QJsonObject> m_replies;
    QList<QJsonObject> m_notifications;
    QList<QJsonArray> m_batches;

private:
    QWebSocket m_socket{QString(), QWebSocketProtocol::VersionLatest};
    int m_nextId = 0;
};

// A simulator (Klipper + Moonraker) on 127.0.0.1, free port, on the test thread.
struct SimServer
{
    explicit SimServer(const SimulatorOptions &options = SimulatorOptions::forTests(), bool start = true)
        : klipper(std::make_unique<VirtualKlipper>(options))
        , moonraker(std::make_unique<VirtualMoonraker>(klipper.get(), options))
    {
        listening = moonraker->listen(QHostAddress(QHostAddress::LocalHost), 0);
        if (start)
            klipper->start();
    }
    bool waitReady(int timeoutMs = 5000)
    {
        return QTest::qWaitFor([this] { return klipper->state() == VirtualKlipper::State::Ready; }, timeoutMs);
    }
    std::unique_ptr<VirtualKlipper> klipper;
    std::unique_ptr<VirtualMoonraker> moonraker;
    bool listening = false;
};

inline QJsonObject errorOf(const QJsonObject &reply)
{
    return reply.value(QStringLiteral("error")).toObject();
}

} // namespace reticle::sim::test
