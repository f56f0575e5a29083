// The virtual Moonraker's wire protocol: JSON-RPC framing and error shapes, authorization,
// the Klippy lifecycle, status subscriptions, webcams, database and fault injection.

#include "SimTestClient.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTcpSocket>

using namespace reticle::sim;
using namespace reticle::sim::test;

namespace {

// GET /access/oneshot_token over plain HTTP, optionally from another loopback address.
QJsonObject httpGet(quint16 port, const QByteArray &path, const QByteArray &apiKey, int *status,
                    const QHostAddress &from = QHostAddress())
{
    QTcpSocket socket;
    if (!from.isNull() && !socket.bind(from))
        return {};
    socket.connectToHost(QHostAddress(QHostAddress::LocalHost), port);
    if (!QTest::qWaitFor([&] { return socket.state() == QAbstractSocket::ConnectedState; }, 5000))
        return {};
    QByteArray request = "GET " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\n";
    if (!apiKey.isEmpty())
        request += "X-Api-Key: " + apiKey + "\r\n";
    request += "\r\n";
    socket.write(request);
    QByteArray response;
    // The server runs on this thread: wait with the event loop running, until it closes.
    [[maybe_unused]] const bool closed = QTest::qWaitFor(
        [&] {
            response += socket.readAll();
            return socket.state() == QAbstractSocket::UnconnectedState;
        },
        5000);
    response += socket.readAll();
    *status = response.mid(9, 3).toInt();
    return QJsonDocument::fromJson(response.mid(response.indexOf("\r\n\r\n") + 4)).object();
}

} // namespace

class TestSimProtocol : public QObject
{
    Q_OBJECT

private slots:
    void framingAndErrorShapes()
    {
        SimServer server;
        QVERIFY(server.listening);
        QVERIFY(server.waitReady());
        SimTestClient client;
        QVERIFY(client.open(server.moonraker->serverUrl()));

        // Malformed JSON: -32700 with id null.
        client.sendText(QStringLiteral("{not json"));
        QTRY_VERIFY(!client.m_replies.isEmpty());
        QJsonObject reply = client.m_replies.takeFirst();
        QCOMPARE(reply.value(QStringLiteral("jsonrpc")).toString(), QStringLiteral("2.0"));
        QCOMPARE(errorOf(reply).value(QStringLiteral("code")).toInt(), -32700);
        QCOMPARE(errorOf(reply).value(QStringLiteral("message")).toString(), QStringLiteral("Parse error"));
        QVERIFY(reply.contains(QStringLiteral("id")) && reply.value(QStringLiteral("id")).isNull());
        QVERIFY(!errorOf(reply).contains(QStringLiteral("data")));

        // Positional params: -32602 "Invalid params:".
        client.sendText(QStringLiteral(R"({"jsonrpc":"2.0","method":"server.info","params":[1,2],"id":"abc"})"));
        reply = client.waitReply(QStringLiteral("abc"));
        QCOMPARE(errorOf(reply).value(QStringLiteral("code")).toInt(), -32602);
        QCOMPARE(errorOf(reply).value(QStringLiteral("message")).toString(), QStringLiteral("Invalid params:"));

        // Wrong version and unknown method.
        client.sendText(QStringLiteral(R"({"jsonrpc":"1.0","method":"server.info","id":5})"));
        QCOMPARE(errorOf(client.waitReply(5)).value(QStringLiteral("code")).toInt(), -32600);
        client.sendText(QStringLiteral(R"({"jsonrpc":"2.0","method":"no.such.method","id":6})"));
        reply = client.waitReply(6);
        QCOMPARE(errorOf(reply).value(QStringLiteral("code")).toInt(), -32601);
        QCOMPARE(errorOf(reply).value(QStringLiteral("message")).toString(), QStringLiteral("Method not found"));

        // A successful call without id gets no reply; a failing one gets an error with id null.
        client.sendText(QStringLiteral(R"({"jsonrpc":"2.0","method":"server.info"})"));
        client.sendText(QStringLiteral(R"({"jsonrpc":"2.0","method":"no.such.method"})"));
        reply = client.call(QStringLiteral("server.info"));
        QVERIFY(reply.value(QStringLiteral("result")).toObject().value(QStringLiteral("klippy_connected")).toBool());
        QCOMPARE(client.m_replies.size(), 1);
        QVERIFY(client.m_replies.at(0).value(QStringLiteral("id")).isNull());
        QCOMPARE(errorOf(client.m_replies.at(0)).value(QStringLiteral("code")).toInt(), -32601);
        client.m_replies.clear();

        // A batch comes back as one array, in order, without the id-less success.
        client.sendText(QStringLiteral(R"([{"jsonrpc":"2.0","method":"printer.info","id":10},)"
                                       R"({"jsonrpc":"2.0","method":"server.info"},)"
                                       R"({"jsonrpc":"2.0","method":"nope","id":11}])"));
        QTRY_COMPARE(client.m_batches.size(), 1);
        const QJsonArray batch = client.m_batches.takeFirst();
        QCOMPARE(batch.size(), 2);
        QCOMPARE(batch.at(0).toObject().value(QStringLiteral("id")).toInt(), 10);
        QCOMPARE(batch.at(0).toObject().value(QStringLiteral("result")).toObject().value(QStringLiteral("state")).toString(),
                 QStringLiteral("ready"));
        QCOMPARE(batch.at(1).toObject().value(QStringLiteral("id")).toInt(), 11);

        // Notifications: params is an array; absent when there are no arguments.
        QVERIFY(client.gcode(QStringLiteral("FOO")).value(QStringLiteral("result")) == QStringLiteral("ok"));
        QVERIFY(client.waitGcodeResponse(QStringLiteral("// Unknown command:\"FOO\"")));
        const QJsonObject response = client.notifications(QStringLiteral("notify_gcode_response")).constLast();
        QVERIFY(response.value(QStringLiteral("params")).isArray());
        QVERIFY(!response.contains(QStringLiteral("id")));
        server.klipper->triggerDisconnect();
        const QJsonObject disconnected = client.waitNotification(QStringLiteral("notify_klippy_disconnected"));
        QVERIFY(!disconnected.isEmpty());
        QVERIFY(!disconnected.contains(QStringLiteral("params")));
        const QJsonObject ready = client.waitNotification(QStringLiteral("notify_klippy_ready"));
        QVERIFY(!ready.isEmpty());
        QVERIFY(!ready.contains(QStringLiteral("params")));
    }

    void garbageIsAnsweredNotFatal()
    {
        SimServer server;
        QVERIFY(server.waitReady());
        SimTestClient client;
        QVERIFY(client.open(server.moonraker->serverUrl()));
        client.socket().sendBinaryMessage(QByteArray(1000, '\xff'));
        const QStringList frames = {QStringLiteral("[]"), QStringLiteral("[1,\"x\"]"), QStringLiteral("null"), QStringLiteral("\"text\""),
                                    QString(2000, QLatin1Char('[')), QStringLiteral(R"({"jsonrpc":"2.0","method":42,"id":1})"),
                                    QStringLiteral(R"({"jsonrpc":"2.0","method":"printer.objects.query","params":{"objects":7},"id":2})"),
                                    QStringLiteral(R"({"jsonrpc":"2.0","method":"printer.gcode.script","params":{"script":12},"id":3})"),
                                    QStringLiteral(R"({"jsonrpc":"2.0","method":"server.database.get_item","params":{"namespace":"x","key":5},"id":4})")};
        for (const QString &frame : frames)
            client.sendText(frame);
        QCOMPARE(errorOf(client.waitReply(1)).value(QStringLiteral("code")).toInt(), -32600);
        QCOMPARE(errorOf(client.waitReply(2)).value(QStringLiteral("message")).toString(), QStringLiteral("Invalid Argument Type [objects]"));
        QCOMPARE(errorOf(client.waitReply(3)).value(QStringLiteral("message")).toString(), QStringLiteral("Invalid Argument Type [script]"));
        QCOMPARE(errorOf(client.waitReply(4)).value(QStringLiteral("message")).toString(),
                 QStringLiteral("Value for argument 'key' is an invalid type: <class 'float'>"));
        QTRY_VERIFY(client.m_batches.size() >= 1); // [1,"x"]: two Invalid Request errors
        QCOMPARE(client.m_batches.at(0).size(), 2);
        // Raw HTTP garbage on the same port closes that connection only.
        QTcpSocket raw;
        raw.connectToHost(QHostAddress(QHostAddress::LocalHost), server.moonraker->port());
        QTRY_COMPARE(raw.state(), QAbstractSocket::ConnectedState);
        raw.write("NONSENSE\r\n\r\n");
        QTRY_COMPARE(raw.state(), QAbstractSocket::UnconnectedState);
        QVERIFY(client.isConnected());
        QVERIFY(client.call(QStringLiteral("server.info")).contains(QStringLiteral("result")));
    }

    void printerMethodsBeforeKlippyConnects()
    {
        SimServer server(SimulatorOptions::forTests(), false);
        SimTestClient client;
        QVERIFY(client.open(server.moonraker->serverUrl()));
        QJsonObject info = client.result(QStringLiteral("server.info")).toObject();
        QCOMPARE(info.value(QStringLiteral("klippy_connected")).toBool(), false);
        QCOMPARE(info.value(QStringLiteral("klippy_state")).toString(), QStringLiteral("disconnected"));
        for (const QString &method : {QStringLiteral("printer.info"), QStringLiteral("printer.objects.list"),
                                      QStringLiteral("printer.gcode.script")}) {
            const QJsonObject error = errorOf(client.call(method));
            QCOMPARE(error.value(QStringLiteral("code")).toInt(), -32601);
            QCOMPARE(error.value(QStringLiteral("message")).toString(), QStringLiteral("Method not found"));
        }
        // Moonraker's own restart methods exist but need Klippy.
        QJsonObject error = errorOf(client.call(QStringLiteral("printer.restart")));
        QCOMPARE(error.value(QStringLiteral("code")).toInt(), 503);
        QCOMPARE(error.value(QStringLiteral("message")).toString(), QStringLiteral("Klippy Host not connected"));

        server.klipper->start();
        QVERIFY(!client.waitNotification(QStringLiteral("notify_klippy_ready")).isEmpty());
        info = client.result(QStringLiteral("server.info")).toObject();
        QCOMPARE(info.value(QStringLiteral("klippy_state")).toString(), QStringLiteral("ready"));
        QCOMPARE(client.result(QStringLiteral("printer.info")).toObject().value(QStringLiteral("state_message")).toString(),
                 QStringLiteral("Printer is ready"));
    }

    void apiKeyAuthorization()
    {
        SimulatorOptions options = SimulatorOptions::forTests();
        options.apiKey = QStringLiteral("e514851f37b94c779d955212b6906f95");
        SimServer server(options);
        QVERIFY(server.waitReady());

        // Upgrade accepted without auth, but methods fail with -32602 Unauthorized.
        SimTestClient anonymous;
        QVERIFY(anonymous.open(server.moonraker->serverUrl()));
        QJsonObject error = errorOf(anonymous.call(QStringLiteral("server.info")));
        QCOMPARE(error.value(QStringLiteral("code")).toInt(), -32602);
        QCOMPARE(error.value(QStringLiteral("message")).toString(), QStringLiteral("Unauthorized"));
        QCOMPARE(errorOf(anonymous.call(QStringLiteral("printer.objects.list"))).value(QStringLiteral("message")).toString(),
                 QStringLiteral("Unauthorized"));
        QVERIFY(anonymous.result(QStringLiteral("access.info")).toObject().contains(QStringLiteral("trusted")));
        // access.login and access.refresh_jwt also run without auth (there are no users to log in).
        QCOMPARE(errorOf(anonymous.call(QStringLiteral("access.login"), {{QStringLiteral("username"), QStringLiteral("bob")},
                                                                          {QStringLiteral("password"), QStringLiteral("x")}}))
                     .value(QStringLiteral("message")).toString(),
                 QStringLiteral("Unregistered User: bob"));
        error = errorOf(anonymous.call(QStringLiteral("access.refresh_jwt"), {{QStringLiteral("refresh_token"), QStringLiteral("x")}}));
        QCOMPARE(error.value(QStringLiteral("code")).toInt(), -32602);
        QCOMPARE(error.value(QStringLiteral("message")).toString(), QStringLiteral("Invalid Refresh Token"));

        // identify: without key Unauthorized, wrong key "Invalid API Key", right key authenticates.
        const QJsonObject identity{{QStringLiteral("client_name"), QStringLiteral("Reticle")},
                                   {QStringLiteral("version"), QStringLiteral("0.1.0")},
                                   {QStringLiteral("type"), QStringLiteral("desktop")},
                                   {QStringLiteral("url"), QStringLiteral("https://example.invalid")}};
        error = errorOf(anonymous.call(QStringLiteral("server.connection.identify"), identity));
        QCOMPARE(error.value(QStringLiteral("code")).toInt(), -32602);
        QCOMPARE(error.value(QStringLiteral("message")).toString(), QStringLiteral("Unauthorized"));
        QJsonObject withKey = identity;
        withKey.insert(QStringLiteral("api_key"), QStringLiteral("wrong"));
        error = errorOf(anonymous.call(QStringLiteral("server.connection.identify"), withKey));
        QCOMPARE(error.value(QStringLiteral("code")).toInt(), -32602);
        QCOMPARE(error.value(QStringLiteral("message")).toString(), QStringLiteral("Invalid API Key"));

        // An authenticated client's G-code output is not delivered to the unauthenticated one.
        SimTestClient keyed;
        QVERIFY(keyed.open(server.moonraker->serverUrl(), options.apiKey.toUtf8()));
        QCOMPARE(keyed.gcode(QStringLiteral("STATUS")).value(QStringLiteral("result")).toString(), QStringLiteral("ok"));
        QVERIFY(keyed.waitGcodeResponse(QStringLiteral("// Klipper state: Ready")));
        QVERIFY(anonymous.gcodeResponses().isEmpty());

        withKey.insert(QStringLiteral("api_key"), options.apiKey);
        const QJsonObject identified = anonymous.result(QStringLiteral("server.connection.identify"), withKey).toObject();
        QVERIFY(identified.value(QStringLiteral("connection_id")).toDouble() > 0);
        QVERIFY(anonymous.result(QStringLiteral("server.info")).toObject().value(QStringLiteral("klippy_connected")).toBool());
        error = errorOf(anonymous.call(QStringLiteral("server.connection.identify"), withKey));
        QCOMPARE(error.value(QStringLiteral("code")).toInt(), 400);
        QVERIFY(error.value(QStringLiteral("message")).toString().startsWith(
            QStringLiteral("Connection already identified: {'name': 'Reticle'")));

        // Identify validation on a fresh, key-authenticated socket.
        QJsonObject badType = identity;
        badType.insert(QStringLiteral("type"), QStringLiteral("Toaster"));
        error = errorOf(keyed.call(QStringLiteral("server.connection.identify"), badType));
        QCOMPARE(error.value(QStringLiteral("message")).toString(), QStringLiteral("Invalid Client Type: toaster"));
        error = errorOf(keyed.call(QStringLiteral("server.connection.identify"), {{QStringLiteral("version"), QStringLiteral("1")}}));
        QCOMPARE(error.value(QStringLiteral("code")).toInt(), 400);
        QCOMPARE(error.value(QStringLiteral("message")).toString(), QStringLiteral("No data for argument: client_name"));
    }

    void oneshotTokens()
    {
        SimulatorOptions options = SimulatorOptions::forTests();
        options.apiKey = QStringLiteral("abc123");
        SimServer server(options);
        QVERIFY(server.waitReady());
        const quint16 port = server.moonraker->port();

        int status = 0;
        QJsonObject body = httpGet(port, "/access/oneshot_token", {}, &status);
        QCOMPARE(status, 401);
        QCOMPARE(body.value(QStringLiteral("error")).toObject().value(QStringLiteral("message")).toString(),
                 QStringLiteral("Unauthorized"));

        body = httpGet(port, "/access/oneshot_token", "abc123", &status);
        QCOMPARE(status, 200);
        const QString token = body.value(QStringLiteral("result")).toString();
        QCOMPARE(token.size(), 32);

        QUrl url = server.moonraker->serverUrl();
        url.setQuery(QStringLiteral("token=") + token);
        SimTestClient first;
        QVERIFY(first.open(url));
        QVERIFY(first.call(QStringLiteral("server.info")).contains(QStringLiteral("result")));
        // Single use.
        SimTestClient second;
        QVERIFY(second.open(url));
        QCOMPARE(errorOf(second.call(QStringLiteral("server.info"))).value(QStringLiteral("message")).toString(),
                 QStringLiteral("Unauthorized"));

        // Over the websocket it needs auth, and expires.
        QCOMPARE(errorOf(second.call(QStringLiteral("access.oneshot_token"))).value(QStringLiteral("code")).toInt(), -32602);
        server.moonraker->setOneshotTokenLifetimeMs(100);
        const QString shortLived = first.result(QStringLiteral("access.oneshot_token")).toString();
        QCOMPARE(shortLived.size(), 32);
        QTest::qWait(300); // let the token expire (no signal for the passing of time)
        url.setQuery(QStringLiteral("token=") + shortLived);
        SimTestClient late;
        QVERIFY(late.open(url));
        QCOMPARE(errorOf(late.call(QStringLiteral("server.info"))).value(QStringLiteral("code")).toInt(), -32602);

        // Tied to the IP that asked for it: requested from 127.0.0.2, used from 127.0.0.1.
        server.moonraker->setOneshotTokenLifetimeMs(5000);
        body = httpGet(port, "/access/oneshot_token", "abc123", &status, QHostAddress(QStringLiteral("127.0.0.2")));
        if (status != 200)
            QSKIP("this system cannot bind 127.0.0.2");
        url.setQuery(QStringLiteral("token=") + body.value(QStringLiteral("result")).toString());
        SimTestClient otherIp;
        QVERIFY(otherIp.open(url));
        QCOMPARE(errorOf(otherIp.call(QStringLiteral("server.info"))).value(QStringLiteral("message")).toString(),
                 QStringLiteral("Unauthorized"));
    }

    void lifecycleRestartDropsSubscriptions()
    {
        SimulatorOptions options = SimulatorOptions::forTests();
        options.restartDownMs = 600;
        SimServer server(options);
        QVERIFY(server.waitReady());
        SimTestClient client;
        QVERIFY(client.open(server.moonraker->serverUrl()));
        SimTestClient other;
        QVERIFY(other.open(server.moonraker->serverUrl()));
        QVERIFY(client.call(QStringLiteral("printer.objects.subscribe"),
                            {{QStringLiteral("objects"), QJsonObject{{QStringLiteral("toolhead"), QJsonValue()}}}})
                    .contains(QStringLiteral("result")));

        QCOMPARE(client.gcode(QStringLiteral("RESTART")).value(QStringLiteral("result")).toString(), QStringLiteral("ok"));
        QVERIFY(!client.waitNotification(QStringLiteral("notify_klippy_disconnected")).isEmpty());
        QVERIFY(client.waitGcodeResponse(QStringLiteral("// Klipper state: Disconnect")));
        // While Klippy is away: 503.
        QJsonObject error = errorOf(client.call(QStringLiteral("printer.objects.query"),
                                                {{QStringLiteral("objects"), QJsonObject{{QStringLiteral("webhooks"), QJsonValue()}}}}));
        QCOMPARE(error.value(QStringLiteral("code")).toInt(), 503);
        QCOMPARE(error.value(QStringLiteral("message")).toString(), QStringLiteral("Klippy Host not connected"));
        QVERIFY(!client.waitNotification(QStringLiteral("notify_klippy_ready")).isEmpty());

        // The subscription is gone: another client's homing changes the toolhead, no update comes.
        client.m_notifications.clear();
        QCOMPARE(other.gcode(QStringLiteral("G28\nG1 X50 F60000\nM400")).value(QStringLiteral("result")).toString(),
                 QStringLiteral("ok"));
        QTest::qWait(600); // nothing must arrive; there is no signal for "nothing"
        QVERIFY(client.notifications(QStringLiteral("notify_status_update")).isEmpty());

        // printer.firmware_restart from Moonraker: ok, then disconnect and ready again.
        QCOMPARE(client.result(QStringLiteral("printer.firmware_restart")).toString(), QStringLiteral("ok"));
        QVERIFY(!client.waitNotification(QStringLiteral("notify_klippy_disconnected")).isEmpty());
        QVERIFY(!client.waitNotification(QStringLiteral("notify_klippy_ready")).isEmpty());
        // A restarted host has lost homing.
        QCOMPARE(client.field(QStringLiteral("toolhead"), QStringLiteral("homed_axes")).toString(), QString());
    }

    void inFlightScriptFailsOnDisconnect()
    {
        SimServer server;
        QVERIFY(server.waitReady());
        SimTestClient client;
        QVERIFY(client.open(server.moonraker->serverUrl()));
        const int id = client.send(QStringLiteral("printer.gcode.script"), {{QStringLiteral("script"), QStringLiteral("G4 P5000\nM400")}});
        QTRY_COMPARE(client.field(QStringLiteral("idle_timeout"), QStringLiteral("state")).toString(), QStringLiteral("Printing"));
        server.klipper->triggerDisconnect();
        const QJsonObject error = errorOf(client.waitReply(id));
        QCOMPARE(error.value(QStringLiteral("code")).toInt(), 503);
        QCOMPARE(error.value(QStringLiteral("message")).toString(), QStringLiteral("Klippy Disconnected"));
    }

    void emergencyStopShutsDown()
    {
        SimServer server;
        QVERIFY(server.waitReady());
        SimTestClient client;
        QVERIFY(client.open(server.moonraker->serverUrl()));
        QCOMPARE(client.gcode(QStringLiteral("G28")).value(QStringLiteral("result")).toString(), QStringLiteral("ok"));
        QCOMPARE(client.result(QStringLiteral("printer.emergency_stop")).toString(), QStringLiteral("ok"));
        QVERIFY(!client.waitNotification(QStringLiteral("notify_klippy_shutdown")).isEmpty());
        const QJsonObject webhooks = client.query({{QStringLiteral("webhooks"), QJsonValue()}}).value(QStringLiteral("webhooks")).toObject();
        QCOMPARE(webhooks.value(QStringLiteral("state")).toString(), QStringLiteral("shutdown"));
        QVERIFY(webhooks.value(QStringLiteral("state_message")).toString().startsWith(
            QStringLiteral("Shutdown due to webhooks request\n")));
        QCOMPARE(client.result(QStringLiteral("printer.info")).toObject().value(QStringLiteral("state")).toString(),
                 QStringLiteral("shutdown"));

        const QJsonObject error = errorOf(client.gcode(QStringLiteral("G1 X10")));
        QCOMPARE(error.value(QStringLiteral("code")).toInt(), 400);
        QCOMPARE(error.value(QStringLiteral("message")).toString(), webhooks.value(QStringLiteral("state_message")).toString());
        QVERIFY(client.waitGcodeResponse(QStringLiteral("!! Shutdown due to webhooks request")));
        // Allowed in shutdown.
        QCOMPARE(client.gcode(QStringLiteral("M114")).value(QStringLiteral("result")).toString(), QStringLiteral("ok"));
        QCOMPARE(client.gcode(QStringLiteral("FIRMWARE_RESTART")).value(QStringLiteral("result")).toString(),
                 QStringLiteral("ok"));
        QVERIFY(!client.waitNotification(QStringLiteral("notify_klippy_disconnected")).isEmpty());
        QVERIFY(!client.waitNotification(QStringLiteral("notify_klippy_ready")).isEmpty());
        QCOMPARE(client.field(QStringLiteral("webhooks"), QStringLiteral("state")).toString(), QStringLiteral("ready"));
    }

    void subscriptions()
    {
        SimulatorOptions options = SimulatorOptions::forTests();
        options.maxVelocity = 300.0; // a 300 mm move takes about 1 s
        SimServer server(options);
        QVERIFY(server.waitReady());
        SimTestClient client;
        QVERIFY(client.open(server.moonraker->serverUrl()));
        QCOMPARE(client.gcode(QStringLiteral("G28")).value(QStringLiteral("result")).toString(), QStringLiteral("ok"));

        const QJsonObject objects{{QStringLiteral("toolhead"), QJsonArray{QStringLiteral("position"), QStringLiteral("homed_axes"),
                                                                          QStringLiteral("no_such_field")}},
                                  {QStringLiteral("motion_report"), QJsonArray{QStringLiteral("live_position")}},
                                  {QStringLiteral("no_such_object"), QJsonValue()}};
        const QJsonObject first = client.result(QStringLiteral("printer.objects.subscribe"), {{QStringLiteral("objects"), objects}}).toObject();
        const double firstTime = first.value(QStringLiteral("eventtime")).toDouble();
        QVERIFY(firstTime > 0);
        const QJsonObject status = first.value(QStringLiteral("status")).toObject();
        QCOMPARE(status.value(QStringLiteral("toolhead")).toObject().value(QStringLiteral("homed_axes")).toString(), QStringLiteral("xyz"));
        QVERIFY(status.value(QStringLiteral("toolhead")).toObject().contains(QStringLiteral("no_such_field")));
        QVERIFY(status.value(QStringLiteral("toolhead")).toObject().value(QStringLiteral("no_such_field")).isNull());
        QCOMPARE(status.value(QStringLiteral("no_such_object")).toObject(), QJsonObject());
        QCOMPARE(status.value(QStringLiteral("toolhead")).toObject().value(QStringLiteral("position")).toArray().size(), 4);

        client.m_notifications.clear();
        QCOMPARE(client.gcode(QStringLiteral("G1 X300 F60000")).value(QStringLiteral("result")).toString(), QStringLiteral("ok"));
        QTRY_VERIFY_WITH_TIMEOUT(client.notifications(QStringLiteral("notify_status_update")).size() >= 3, 10000);
        const auto updates = client.notifications(QStringLiteral("notify_status_update"));
        double previous = firstTime;
        for (const QJsonObject &update : updates) {
            const QJsonArray params = update.value(QStringLiteral("params")).toArray();
            QCOMPARE(params.size(), 2);
            const double eventtime = params.at(1).toDouble();
            QVERIFY2(eventtime - previous >= 0.2, qPrintable(QStringLiteral("diffs %1 s apart").arg(eventtime - previous)));
            previous = eventtime;
            const QJsonObject diff = params.at(0).toObject();
            QVERIFY(!diff.contains(QStringLiteral("no_such_object")));
            QVERIFY(!diff.value(QStringLiteral("toolhead")).toObject().contains(QStringLiteral("homed_axes")));
        }
        const QJsonObject firstDiff = updates.at(0).value(QStringLiteral("params")).toArray().at(0).toObject();
        QVERIFY(firstDiff.contains(QStringLiteral("toolhead")) || firstDiff.contains(QStringLiteral("motion_report")));

        // A new subscribe replaces the old one.
        QVERIFY(client.call(QStringLiteral("printer.objects.subscribe"),
                            {{QStringLiteral("objects"), QJsonObject{{QStringLiteral("idle_timeout"), QJsonArray{QStringLiteral("state")}}}}})
                    .contains(QStringLiteral("result")));
        client.m_notifications.clear();
        QCOMPARE(client.gcode(QStringLiteral("G1 X280 F60000\nM400")).value(QStringLiteral("result")).toString(), QStringLiteral("ok"));
        QTRY_VERIFY_WITH_TIMEOUT(!client.notifications(QStringLiteral("notify_status_update")).isEmpty(), 10000);
        for (const QJsonObject &update : client.notifications(QStringLiteral("notify_status_update"))) {
            const QJsonObject diff = update.value(QStringLiteral("params")).toArray().at(0).toObject();
            QVERIFY(!diff.contains(QStringLiteral("toolhead")));
            QVERIFY(!diff.contains(QStringLiteral("motion_report")));
        }
    }

    void webcamsAndDatabase()
    {
        SimulatorOptions options = SimulatorOptions::forTests();
        SimWebcam absolute;
        absolute.name = QStringLiteral("nozzle");
        absolute.streamUrl = QStringLiteral("http://127.0.0.1:8080/stream");
        absolute.snapshotUrl = QStringLiteral("http://127.0.0.1:8080/snapshot");
        absolute.rotation = 90;
        absolute.flipHorizontal = true;
        SimWebcam relative;
        relative.name = QStringLiteral("bed");
        relative.uid = QStringLiteral("6f1c2d3e-0000-4000-8000-000000000001");
        relative.streamUrl = QStringLiteral("/webcam/?action=stream");
        relative.snapshotUrl = QString();
        options.webcams = {absolute, relative};
        SimServer server(options);
        QVERIFY(server.waitReady());
        SimTestClient client;
        QVERIFY(client.open(server.moonraker->serverUrl()));

        const QJsonArray cams = client.result(QStringLiteral("server.webcams.list")).toObject().value(QStringLiteral("webcams")).toArray();
        QCOMPARE(cams.size(), 2);
        QCOMPARE(cams.at(0).toObject().value(QStringLiteral("rotation")).toInt(), 90);
        QCOMPARE(cams.at(0).toObject().value(QStringLiteral("flip_horizontal")).toBool(), true);
        QCOMPARE(cams.at(0).toObject().value(QStringLiteral("uid")).toString().size(), 36);
        QCOMPARE(cams.at(1).toObject().value(QStringLiteral("stream_url")).toString(), QStringLiteral("/webcam/?action=stream"));
        QCOMPARE(cams.at(1).toObject().value(QStringLiteral("snapshot_url")).toString(), QString());
        QCOMPARE(client.result(QStringLiteral("server.webcams.get_item"), {{QStringLiteral("uid"), relative.uid}})
                     .toObject().value(QStringLiteral("webcam")).toObject().value(QStringLiteral("name")).toString(),
                 QStringLiteral("bed"));
        QJsonObject error = errorOf(client.call(QStringLiteral("server.webcams.get_item"), {{QStringLiteral("uid"), QStringLiteral("nope")}}));
        QCOMPARE(error.value(QStringLiteral("code")).toInt(), -32601);
        QCOMPARE(error.value(QStringLiteral("message")).toString(), QStringLiteral("Webcam with UID nope not found"));

        const QJsonObject posted = client.result(QStringLiteral("server.database.post_item"),
                                                 {{QStringLiteral("namespace"), QStringLiteral("reticle")},
                                                  {QStringLiteral("key"), QStringLiteral("tools.T1")},
                                                  {QStringLiteral("value"), QJsonObject{{QStringLiteral("x"), 0.25}}}}).toObject();
        QCOMPARE(posted.value(QStringLiteral("namespace")).toString(), QStringLiteral("reticle"));
        const QJsonObject got = client.result(QStringLiteral("server.database.get_item"),
                                              {{QStringLiteral("namespace"), QStringLiteral("reticle")},
                                               {QStringLiteral("key"), QJsonArray{QStringLiteral("tools"), QStringLiteral("T1"), QStringLiteral("x")}}}).toObject();
        QCOMPARE(got.value(QStringLiteral("value")).toDouble(), 0.25);
        error = errorOf(client.call(QStringLiteral("server.database.get_item"),
                                    {{QStringLiteral("namespace"), QStringLiteral("reticle")}, {QStringLiteral("key"), QStringLiteral("tools.T9")}}));
        QCOMPARE(error.value(QStringLiteral("code")).toInt(), -32601);
        QCOMPARE(error.value(QStringLiteral("message")).toString(), QStringLiteral("Key 'tools.T9' in namespace 'reticle' not found"));
        error = errorOf(client.call(QStringLiteral("server.database.post_item"),
                                    {{QStringLiteral("namespace"), QStringLiteral("moonraker")}, {QStringLiteral("key"), QStringLiteral("a")},
                                     {QStringLiteral("value"), 1}}));
        QCOMPARE(error.value(QStringLiteral("code")).toInt(), 403);
        QCOMPARE(error.value(QStringLiteral("message")).toString(), QStringLiteral("Write access to namespace 'moonraker' is forbidden"));
        error = errorOf(client.call(QStringLiteral("server.database.get_item"), {{QStringLiteral("namespace"), QStringLiteral("database")}}));
        QCOMPARE(error.value(QStringLiteral("code")).toInt(), 403);
    }

    void faultInjection()
    {
        SimServer server;
        QVERIFY(server.waitReady());
        SimTestClient client;
        QVERIFY(client.open(server.moonraker->serverUrl()));

        server.moonraker->failNextRequest(500, QStringLiteral("Injected failure"));
        QJsonObject error = errorOf(client.call(QStringLiteral("server.info")));
        QCOMPARE(error.value(QStringLiteral("code")).toInt(), 500);
        QCOMPARE(error.value(QStringLiteral("message")).toString(), QStringLiteral("Injected failure"));
        QVERIFY(client.call(QStringLiteral("server.info")).contains(QStringLiteral("result")));

        server.moonraker->setReplyDelayMs(300);
        QElapsedTimer timer;
        timer.start();
        QVERIFY(client.call(QStringLiteral("server.info")).contains(QStringLiteral("result")));
        QVERIFY(timer.elapsed() >= 250);
        server.moonraker->setReplyDelayMs(0);

        QSignalSpy closed(&client.socket(), &QWebSocket::disconnected);
        server.moonraker->dropAllConnections();
        QVERIFY(closed.wait(5000));
        QTRY_COMPARE(server.moonraker->connectionCount(), 0);
    }
};

QTEST_GUILESS_MAIN(TestSimProtocol)
#include "tst_simprotocol.moc"
