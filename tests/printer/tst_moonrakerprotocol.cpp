#include "ScriptedMoonraker.h"
#include "printer/MoonrakerClient.h"

#include <QSignalSpy>
#include <QTest>

using namespace reticle;

// The client against a scripted websocket server: what goes over the wire, the startup
// sequence, typed errors, timeouts, reconnects and bad frames.
class TestMoonrakerProtocol : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<MoonrakerClient> makeClient(ScriptedMoonraker &server, const QString &apiKey = {})
    {
        auto client = std::make_unique<MoonrakerClient>();
        client->setServer(MoonrakerClient::websocketUrl(server.address()));
        client->setApiKey(apiKey);
        client->setKlippyPollIntervalMs(50);
        client->setReconnectPolicy(ReconnectPolicy(50, 400));
        return client;
    }

    static bool waitReady(MoonrakerClient &client)
    {
        QSignalSpy state(&client, &PrinterLink::subscribed);
        return client.isReady() || (state.wait(10000) && client.isReady());
    }

private slots:
    void upgradeCarriesTheKeyAndNoOrigin()
    {
        ScriptedMoonraker server;
        QVERIFY(server.listen());
        auto client = makeClient(server, QStringLiteral("e514851f37b94c779d955212b6906f95"));
        client->open();
        QVERIFY(waitReady(*client));
        QCOMPARE(server.requests.size(), 1);
        QCOMPARE(server.requests.first().rawHeader("X-Api-Key"), QByteArray("e514851f37b94c779d955212b6906f95"));
        QVERIFY(!server.requests.first().hasRawHeader("Origin"));
        QVERIFY(server.origins.first().isEmpty());
        // identify comes first, as a desktop client, without the key (it went in the header).
        QCOMPARE(server.frames.first().value(QStringLiteral("method")).toString(),
                 QStringLiteral("server.connection.identify"));
        const QJsonObject params = server.frames.first().value(QStringLiteral("params")).toObject();
        QCOMPARE(params.value(QStringLiteral("type")).toString(), QStringLiteral("desktop"));
        QCOMPARE(params.value(QStringLiteral("client_name")).toString(), QStringLiteral("Reticle"));
        QVERIFY(!params.value(QStringLiteral("version")).toString().isEmpty());
        QVERIFY(!params.value(QStringLiteral("url")).toString().isEmpty());
        QVERIFY(!params.contains(QStringLiteral("api_key")));
        QCOMPARE(server.frames.first().value(QStringLiteral("jsonrpc")).toString(), QStringLiteral("2.0"));
        QCOMPARE(client->connectionId(), 4242);
    }

    void startupSubscribesToTheNeededObjectsAndEveryTool()
    {
        ScriptedMoonraker server;
        QVERIFY(server.listen());
        auto client = makeClient(server);
        client->open();
        QVERIFY(waitReady(*client));
        QStringList order;
        for (const QJsonObject &f : std::as_const(server.frames))
            order << f.value(QStringLiteral("method")).toString();
        QCOMPARE(order, (QStringList{QStringLiteral("server.connection.identify"), QStringLiteral("server.info"),
                                     QStringLiteral("printer.objects.list"), QStringLiteral("printer.objects.subscribe")}));
        QStringList objects = server.last(QStringLiteral("printer.objects.subscribe"))
                                  .value(QStringLiteral("params")).toObject()
                                  .value(QStringLiteral("objects")).toObject().keys();
        objects.sort();
        QCOMPARE(objects, (QStringList{QStringLiteral("gcode_move"), QStringLiteral("idle_timeout"),
                                       QStringLiteral("motion_report"), QStringLiteral("print_stats"),
                                       QStringLiteral("tool T0"), QStringLiteral("tool T1"),
                                       QStringLiteral("toolchanger"), QStringLiteral("toolhead"),
                                       QStringLiteral("webhooks")}));
        QCOMPARE(*client->state().toolheadPosition(), (Vec3{150.0, 100.0, 20.0}));
        QCOMPARE(client->state().tool(QStringLiteral("T1"))->offset, (Vec3{25.3, -12.7, 0.0}));
        QCOMPARE(client->state().activeTool(), QStringLiteral("T0"));

        // Diffs then update the state.
        QSignalSpy changed(client.get(), &PrinterLink::stateChanged);
        server.notify(QStringLiteral("notify_status_update"),
                      QJsonArray{QJsonObject{{"motion_report", QJsonObject{{"live_position", QJsonArray{152.31, 100.0, 20.0, 0.0}}}}},
                                 5123.91});
        QVERIFY(changed.wait(5000));
        QCOMPARE(*client->state().livePosition(), (Vec3{152.31, 100.0, 20.0}));
    }

    void klippyNotConnectedIsPolledUntilReady()
    {
        ScriptedMoonraker server;
        int infoCalls = 0;
        server.on(QStringLiteral("server.info"), [&infoCalls](const QJsonObject &) {
            ++infoCalls;
            if (infoCalls < 3)
                return ScriptedMoonraker::ok(QJsonObject{{"klippy_connected", false}, {"klippy_state", "disconnected"}});
            return ScriptedMoonraker::ok(QJsonObject{{"klippy_connected", true}, {"klippy_state", "startup"}});
        });
        int printerInfoCalls = 0;
        server.on(QStringLiteral("printer.info"), [&printerInfoCalls](const QJsonObject &) {
            ++printerInfoCalls;
            if (printerInfoCalls < 2)
                return ScriptedMoonraker::ok(QJsonObject{{"state", "startup"}, {"state_message", "Printer is not ready"}});
            return ScriptedMoonraker::ok(QJsonObject{{"state", "ready"}, {"state_message", "Printer is ready"}});
        });
        QVERIFY(server.listen());
        auto client = makeClient(server);
        client->open();
        QVERIFY(waitReady(*client));
        QCOMPARE(infoCalls, 3);
        QCOMPARE(printerInfoCalls, 2);
    }

    void shutdownShowsTheStateMessage()
    {
        ScriptedMoonraker server;
        server.on(QStringLiteral("server.info"), [](const QJsonObject &) {
            return ScriptedMoonraker::ok(QJsonObject{{"klippy_connected", true}, {"klippy_state", "shutdown"}});
        });
        server.on(QStringLiteral("printer.info"), [](const QJsonObject &) {
            return ScriptedMoonraker::ok(QJsonObject{
                {"state", "shutdown"},
                {"state_message", "Shutdown due to webhooks request\nOnce the underlying issue is corrected, use the "
                                  "\"FIRMWARE_RESTART\" command to reset the firmware"}});
        });
        QVERIFY(server.listen());
        auto client = makeClient(server);
        client->open();
        QTRY_COMPARE_WITH_TIMEOUT(client->state().klippyState(), PrinterState::KlippyState::Shutdown, 10000);
        QCOMPARE(client->connectionState(), PrinterLink::ConnectionState::Connected);
        QVERIFY(client->state().klippyMessage().startsWith(QLatin1String("Shutdown due to webhooks request")));
        QCOMPARE(server.count(QStringLiteral("printer.objects.subscribe")), 0);
    }

    void unauthorizedStopsWithMoonrakersMessage()
    {
        ScriptedMoonraker server;
        server.on(QStringLiteral("server.connection.identify"),
                  [](const QJsonObject &) { return ScriptedMoonraker::fail(-32602, QStringLiteral("Unauthorized")); });
        QVERIFY(server.listen());
        auto client = makeClient(server, QStringLiteral("wrong"));
        QSignalSpy errors(client.get(), &PrinterLink::connectionError);
        client->open();
        QVERIFY(errors.wait(10000));
        const auto error = errors.first().first().value<PrinterError>();
        QCOMPARE(error.code, -32602);
        QCOMPARE(error.message, QStringLiteral("Unauthorized"));
        QTRY_COMPARE_WITH_TIMEOUT(client->connectionState(), PrinterLink::ConnectionState::Disconnected, 5000);
        // No retry: the same key would fail again.
        QTest::qWait(300);
        QCOMPARE(server.requests.size(), 1);
        QCOMPARE(client->lastError()->message, QStringLiteral("Unauthorized"));
    }

    void errorsAreTypedValues()
    {
        ScriptedMoonraker server;
        server.on(QStringLiteral("printer.gcode.script"), [](const QJsonObject &params) {
            if (params.value(QStringLiteral("script")).toString() == QLatin1String("G1 X400"))
                return ScriptedMoonraker::fail(400, QStringLiteral("Move out of range: 400.000 0.000 10.000 [0.000]"));
            return ScriptedMoonraker::ok(QStringLiteral("ok"));
        });
        QVERIFY(server.listen());
        auto client = makeClient(server);
        client->open();
        QVERIFY(waitReady(*client));
        PrinterReply *reply = client->sendGcode(QStringLiteral("G1 X400"));
        QSignalSpy finished(reply, &PrinterReply::finished);
        QVERIFY(finished.wait(5000));
        QCOMPARE(reply->error()->code, 400);
        QCOMPARE(reply->error()->message, QStringLiteral("Move out of range: 400.000 0.000 10.000 [0.000]"));
        PrinterReply *unknown = client->call(QStringLiteral("server.nonsense"));
        QSignalSpy finished2(unknown, &PrinterReply::finished);
        QVERIFY(finished2.wait(5000));
        QCOMPARE(unknown->error()->code, -32601);
    }

    void timeoutsAndCancel()
    {
        ScriptedMoonraker server;
        server.on(QStringLiteral("printer.gcode.script"), [](const QJsonObject &) { return ScriptedMoonraker::never(); });
        QVERIFY(server.listen());
        auto client = makeClient(server);
        client->open();
        QVERIFY(waitReady(*client));

        PrinterReply *quick = client->sendGcode(QStringLiteral("M114"), 200);
        QSignalSpy quickDone(quick, &PrinterReply::finished);
        QVERIFY(quickDone.wait(5000));
        QCOMPARE(quick->error()->code, PrinterError::kTimeout);
        // A late reply to it is ignored.
        server.reply(server.last(QStringLiteral("printer.gcode.script")).value(QStringLiteral("id")).toInteger(), "ok");

        // G28 has no timeout by default but can be cancelled.
        PrinterReply *home = client->sendGcode(QStringLiteral("G28"));
        QSignalSpy homeDone(home, &PrinterReply::finished);
        QVERIFY(!homeDone.wait(400));
        home->cancel();
        QCOMPARE(homeDone.size(), 1);
        QCOMPARE(home->error()->code, PrinterError::kCancelled);
        QVERIFY(client->isReady());
    }

    void droppedSocketFailsPendingReconnectsAndResubscribes()
    {
        ScriptedMoonraker server;
        server.on(QStringLiteral("printer.gcode.script"), [](const QJsonObject &) { return ScriptedMoonraker::never(); });
        QVERIFY(server.listen());
        auto client = makeClient(server);
        client->open();
        QVERIFY(waitReady(*client));
        QSignalSpy errors(client.get(), &PrinterLink::connectionError);
        QSignalSpy subscribed(client.get(), &PrinterLink::subscribed);
        PrinterReply *wait = client->sendGcode(QStringLiteral("G1 X200 F600\nM400"));
        QSignalSpy done(wait, &PrinterReply::finished);
        QTRY_COMPARE_WITH_TIMEOUT(server.count(QStringLiteral("printer.gcode.script")), 1, 5000);
        server.dropAll();
        QVERIFY(done.wait(5000));
        QCOMPARE(wait->error()->code, PrinterError::kConnectionLost);
        QVERIFY(!errors.isEmpty());
        QVERIFY(!client->state().toolheadPosition()); // stale state dropped
        QVERIFY(subscribed.wait(10000));
        QVERIFY(client->isReady());
        QCOMPARE(server.requests.size(), 2);
        QCOMPARE(server.count(QStringLiteral("server.connection.identify")), 2);
        QCOMPARE(server.count(QStringLiteral("printer.objects.subscribe")), 2);
        QCOMPARE(server.count(QStringLiteral("printer.gcode.script")), 1); // never re-sent
    }

    void klippyDisconnectDropsStateAndReadyResubscribes()
    {
        ScriptedMoonraker server;
        QVERIFY(server.listen());
        auto client = makeClient(server);
        client->open();
        QVERIFY(waitReady(*client));
        bool klippyUp = false;
        server.on(QStringLiteral("server.info"), [&klippyUp](const QJsonObject &) {
            return ScriptedMoonraker::ok(QJsonObject{{"klippy_connected", klippyUp},
                                                     {"klippy_state", klippyUp ? "ready" : "disconnected"}});
        });
        server.notify(QStringLiteral("notify_klippy_disconnected"));
        QTRY_VERIFY_WITH_TIMEOUT(!client->state().toolheadPosition(), 5000);
        QCOMPARE(client->state().klippyState(), PrinterState::KlippyState::Disconnected);
        QVERIFY(!client->isReady());
        QSignalSpy subscribed(client.get(), &PrinterLink::subscribed);
        klippyUp = true;
        server.notify(QStringLiteral("notify_klippy_ready"));
        QVERIFY(subscribed.wait(5000));
        QVERIFY(client->isReady());
        QVERIFY(client->state().toolheadPosition());
        QVERIFY(server.count(QStringLiteral("printer.objects.subscribe")) >= 2);
    }

    void badFramesAreLoggedAndIgnored()
    {
        ScriptedMoonraker server;
        QVERIFY(server.listen());
        auto client = makeClient(server);
        client->open();
        QVERIFY(waitReady(*client));
        QSignalSpy lines(client.get(), &PrinterLink::gcodeResponse);
        const QStringList garbage{
            QStringLiteral("this is not JSON {"),
            QStringLiteral("[1, 2"),
            QStringLiteral("42"),
            QStringLiteral("[]"),
            QStringLiteral("[1, \"two\", {\"x\": 1}]"),
            QStringLiteral("{}"),
            QStringLiteral("{\"jsonrpc\":\"2.0\",\"method\":42}"),
            QStringLiteral("{\"jsonrpc\":\"2.0\",\"method\":\"notify_status_update\",\"params\":\"x\"}"),
            QStringLiteral("{\"jsonrpc\":\"2.0\",\"method\":\"notify_status_update\",\"params\":[5]}"),
            QStringLiteral("{\"jsonrpc\":\"2.0\",\"method\":\"notify_status_update\",\"params\":[{\"toolhead\":{\"position\":\"x\"}},1]}"),
            QStringLiteral("{\"jsonrpc\":\"2.0\",\"method\":\"notify_status_update\",\"params\":[{\"toolhead\":7}]}"),
            QStringLiteral("{\"jsonrpc\":\"2.0\",\"method\":\"notify_gcode_response\",\"params\":[42, null]}"),
            QStringLiteral("{\"jsonrpc\":\"2.0\",\"method\":\"notify_proc_stat_update\",\"params\":[{\"cpu\":1}]}"),
            QStringLiteral("{\"jsonrpc\":\"2.0\",\"method\":\"notify_something_new\"}"),
            QStringLiteral("{\"jsonrpc\":\"2.0\",\"id\":\"abc\",\"result\":1}"),
            QStringLiteral("{\"jsonrpc\":\"2.0\",\"id\":999999,\"result\":{}}"),
            QStringLiteral("{\"jsonrpc\":\"2.0\",\"id\":null,\"error\":{\"code\":-32700,\"message\":\"Parse error\"}}"),
            QStringLiteral("{\"jsonrpc\":\"2.0\",\"id\":3,\"error\":\"boom\"}"),
            QString::fromUtf8("\xef\xbf\xbd\x00\x01", 5),
        };
        for (const QString &frame : garbage)
            server.sendText(frame);
        server.sendBinary(QByteArray("\x00\x01\x02", 3));
        server.notify(QStringLiteral("notify_gcode_response"), QJsonArray{QStringLiteral("// still here")});
        QVERIFY(lines.wait(5000));
        QCOMPARE(lines.size(), 1);
        QCOMPARE(lines.first().first().toString(), QStringLiteral("// still here"));
        QVERIFY(client->isReady());
        QCOMPARE(*client->state().toolheadPosition(), (Vec3{150.0, 100.0, 20.0}));
        // And requests still work.
        PrinterReply *reply = client->sendGcode(QStringLiteral("M114"));
        QSignalSpy done(reply, &PrinterReply::finished);
        QVERIFY(done.wait(5000));
        QVERIFY(!reply->isError());
    }

    void batchRepliesAreMatchedById()
    {
        ScriptedMoonraker server;
        server.on(QStringLiteral("server.webcams.list"), [](const QJsonObject &) { return ScriptedMoonraker::never(); });
        QVERIFY(server.listen());
        auto client = makeClient(server);
        client->open();
        QVERIFY(waitReady(*client));
        PrinterReply *a = client->listWebcams();
        PrinterReply *b = client->listWebcams();
        QTRY_COMPARE_WITH_TIMEOUT(server.count(QStringLiteral("server.webcams.list")), 2, 5000);
        QList<qint64> ids;
        for (const QJsonObject &f : std::as_const(server.frames))
            if (f.value(QStringLiteral("method")).toString() == QLatin1String("server.webcams.list"))
                ids << f.value(QStringLiteral("id")).toInteger();
        server.sendText(QStringLiteral("[{\"jsonrpc\":\"2.0\",\"id\":%1,\"result\":\"second\"},"
                                       "{\"jsonrpc\":\"2.0\",\"id\":%2,\"result\":\"first\"}]")
                            .arg(ids[1]).arg(ids[0]));
        QTRY_VERIFY_WITH_TIMEOUT(a->isFinished() && b->isFinished(), 5000);
        QCOMPARE(a->result().toString(), QStringLiteral("first"));
        QCOMPARE(b->result().toString(), QStringLiteral("second"));
    }

    void emergencyStopCallsMoonraker()
    {
        ScriptedMoonraker server;
        QVERIFY(server.listen());
        auto client = makeClient(server);
        client->open();
        QVERIFY(waitReady(*client));
        PrinterReply *stop = client->emergencyStop();
        QSignalSpy done(stop, &PrinterReply::finished);
        QVERIFY(done.wait(5000));
        QCOMPARE(server.count(QStringLiteral("printer.emergency_stop")), 1);
    }

    void notConnectedFailsAtOnce()
    {
        MoonrakerClient client;
        PrinterReply *reply = client.sendGcode(QStringLiteral("G28"));
        QSignalSpy done(reply, &PrinterReply::finished);
        QVERIFY(done.wait(2000));
        QCOMPARE(reply->error()->code, PrinterError::kNotConnected);
    }
};

QTEST_GUILESS_MAIN(TestMoonrakerProtocol)
#include "tst_moonrakerprotocol.moc"
