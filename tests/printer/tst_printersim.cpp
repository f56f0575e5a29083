#include "printer/MoonrakerClient.h"
#include "printer/MotionGuard.h"
#include "printer/OffsetWriter.h"
#include "printer/VirtualKlipper.h"
#include "printer/VirtualMoonraker.h"
#include "printer/WebcamInfo.h"

#include <QJsonArray>
#include <QSignalSpy>
#include <QTest>

using namespace reticle;
using namespace reticle::sim;

// The client against the virtual printer (VirtualMoonraker over VirtualKlipper).
class TestPrinterSim : public QObject
{
    Q_OBJECT

private:
    struct Rig
    {
        explicit Rig(SimulatorOptions options = SimulatorOptions::forTests())
            : klipper(options)
            , moonraker(&klipper, options)
        {
            if (!moonraker.listen(QHostAddress(QHostAddress::LocalHost), 0))
                qFatal("the simulator cannot listen");
            klipper.start();
            client.setServer(moonraker.serverUrl());
            client.setApiKey(options.apiKey);
            client.setKlippyPollIntervalMs(100);
            client.setReconnectPolicy(ReconnectPolicy(50, 400));
        }
        bool openAndWaitReady()
        {
            QSignalSpy subscribed(&client, &PrinterLink::subscribed);
            client.open();
            return subscribed.wait(10000) && client.isReady();
        }
        PrinterReply *run(const QString &script)
        {
            PrinterReply *reply = client.sendGcode(script);
            QSignalSpy done(reply, &PrinterReply::finished);
            if (!reply->isFinished())
                done.wait(20000);
            return reply;
        }
        // Commands the simulator received (Moonraker's server.gcode_store).
        QStringList receivedCommands()
        {
            PrinterReply *reply = client.call(QStringLiteral("server.gcode_store"));
            QSignalSpy done(reply, &PrinterReply::finished);
            done.wait(5000);
            QStringList commands;
            const QJsonArray store = reply->result().toObject().value(QStringLiteral("gcode_store")).toArray();
            for (const QJsonValue &v : store)
                if (v.toObject().value(QStringLiteral("type")).toString() == QLatin1String("command"))
                    commands << v.toObject().value(QStringLiteral("message")).toString();
            return commands;
        }

        VirtualKlipper klipper;
        VirtualMoonraker moonraker;
        MoonrakerClient client;
    };

    static MotionLimits limits()
    {
        MotionLimits l;
        l.maxJogStepMm = 50.0;
        l.maxCentringStepMm = 2.0;
        l.axisLimitMarginMm = 0.5;
        l.feedMmPerMin = 6000.0;
        return l;
    }

private slots:
    void wrongApiKeyShowsUnauthorized()
    {
        SimulatorOptions options = SimulatorOptions::forTests();
        options.apiKey = QStringLiteral("e514851f37b94c779d955212b6906f95");
        Rig rig(options);
        rig.client.setApiKey(QStringLiteral("0123456789abcdef0123456789abcdef"));
        QSignalSpy errors(&rig.client, &PrinterLink::connectionError);
        rig.client.open();
        QVERIFY(errors.wait(10000));
        const auto error = errors.first().first().value<PrinterError>();
        QCOMPARE(error.code, -32602);
        QCOMPARE(error.message, QStringLiteral("Unauthorized"));
        QCOMPARE(error.toString(), QStringLiteral("Unauthorized (-32602)"));
        QTRY_COMPARE_WITH_TIMEOUT(rig.client.connectionState(), PrinterLink::ConnectionState::Disconnected, 5000);
    }

    void rightKeyInTheHeaderOrAsOneshotToken()
    {
        SimulatorOptions options = SimulatorOptions::forTests();
        options.apiKey = QStringLiteral("e514851f37b94c779d955212b6906f95");
        Rig rig(options);
        QVERIFY(rig.openAndWaitReady());
        rig.client.close();
        rig.client.setUseOneshotToken(true);
        QVERIFY(rig.openAndWaitReady());
        QCOMPARE(rig.client.state().klippyState(), PrinterState::KlippyState::Ready);
    }

    void stateComesFromTheSubscription()
    {
        SimulatorOptions options = SimulatorOptions::forTests();
        options.tools = 2;
        Rig rig(options);
        QVERIFY(rig.openAndWaitReady());
        QVERIFY(rig.client.subscribedObjects().contains(QStringLiteral("tool T1")));
        QVERIFY(rig.client.subscribedObjects().contains(QStringLiteral("toolchanger")));
        QCOMPARE(rig.client.state().tools().size(), 2);
        QCOMPARE(*rig.client.state().axisMaximum(), (Vec3{300.0, 300.0, 250.0}));
        QVERIFY(!rig.run(QStringLiteral("G28"))->isError());
        QTRY_COMPARE_WITH_TIMEOUT(rig.client.state().homedAxes(), QStringLiteral("xyz"), 5000);
        QVERIFY(!rig.run(QStringLiteral("G90\nG1 X100 Y80 Z10 F6000\nM400"))->isError());
        QTRY_VERIFY_WITH_TIMEOUT(rig.client.state().toolheadPosition()
                                     && rig.client.state().toolheadPosition()->x == 100.0, 5000);
    }

    void klipperErrorsArriveVerbatimWithTheBroadcast()
    {
        Rig rig;
        QVERIFY(rig.openAndWaitReady());
        QSignalSpy lines(&rig.client, &PrinterLink::gcodeResponse);
        PrinterReply *unhomed = rig.run(QStringLiteral("G1 X10"));
        QCOMPARE(unhomed->error()->code, 400);
        QVERIFY2(unhomed->error()->message.startsWith(QLatin1String("Must home axis first: ")),
                 qPrintable(unhomed->error()->message));
        QTRY_VERIFY_WITH_TIMEOUT(!lines.isEmpty(), 5000);
        QCOMPARE(lines.last().first().toString(), QStringLiteral("!! ") + unhomed->error()->message);
        rig.run(QStringLiteral("G28"));
        PrinterReply *far = rig.run(QStringLiteral("G1 X400"));
        QCOMPARE(far->error()->code, 400);
        QVERIFY2(far->error()->message.startsWith(QLatin1String("Move out of range: 400.000 ")),
                 qPrintable(far->error()->message));
    }

    void guardRefusesBeforeAnythingReachesThePrinter()
    {
        Rig rig;
        QVERIFY(rig.openAndWaitReady());
        MotionGuard guard(rig.client, limits());
        // Unhomed.
        PrinterReply *unhomed = guard.move(MoveRequest::jog(1.0, 0, 0));
        QSignalSpy done(unhomed, &PrinterReply::finished);
        QVERIFY(done.wait(5000));
        QCOMPARE(unhomed->error()->code, PrinterError::kRefused);
        QVERIFY(rig.receivedCommands().isEmpty());
        // Homed, but out of range.
        rig.run(QStringLiteral("G28"));
        QTRY_COMPARE_WITH_TIMEOUT(rig.client.state().homedAxes(), QStringLiteral("xyz"), 5000);
        const QStringList before = rig.receivedCommands();
        PrinterReply *far = guard.move(MoveRequest::absolute(299.9, std::nullopt, std::nullopt));
        QSignalSpy farDone(far, &PrinterReply::finished);
        QVERIFY(farDone.wait(5000));
        QCOMPARE(far->error()->code, PrinterError::kRefused);
        QVERIFY(far->error()->message.contains(QLatin1String("outside the allowed range")));
        QCOMPARE(rig.receivedCommands(), before);
        // A good move goes through and ends with M400.
        PrinterReply *good = guard.move(MoveRequest::absolute(120.0, 80.0, std::nullopt));
        QSignalSpy goodDone(good, &PrinterReply::finished);
        QVERIFY(goodDone.wait(10000));
        QVERIFY(!good->isError());
        QCOMPARE(rig.receivedCommands().last(), QStringLiteral("G91\nG1 X120.000 Y80.000 F6000\nG90\nM400"));
    }

    void socketDroppedDuringM400IsReportedAndNotResent()
    {
        Rig rig;
        QVERIFY(rig.openAndWaitReady());
        rig.run(QStringLiteral("G28"));
        QTRY_COMPARE_WITH_TIMEOUT(rig.client.state().homedAxes(), QStringLiteral("xyz"), 5000);
        MotionGuard guard(rig.client, limits());
        MoveRequest slow = MoveRequest::absolute(200.0, std::nullopt, std::nullopt);
        slow.feedMmPerMin = 600.0; // 20 s for 200 mm
        PrinterReply *move = guard.move(slow);
        QSignalSpy moveDone(move, &PrinterReply::finished);
        QTRY_VERIFY_WITH_TIMEOUT(rig.client.state().livePosition() && rig.client.state().livePosition()->x > 0.5, 10000);
        QVERIFY(!move->isFinished());
        QSignalSpy errors(&rig.client, &PrinterLink::connectionError);
        QSignalSpy subscribed(&rig.client, &PrinterLink::subscribed);
        rig.moonraker.dropAllConnections();
        QVERIFY(moveDone.wait(5000));
        QCOMPARE(move->error()->code, PrinterError::kConnectionLost);
        QCOMPARE(errors.size(), 1);
        QVERIFY(subscribed.wait(10000));
        QVERIFY(rig.client.isReady());
        int moves = 0;
        for (const QString &command : rig.receivedCommands())
            moves += command.contains(QLatin1String("G1 X200.000"));
        QCOMPARE(moves, 1);
    }

    void klippyShutdownMidMove()
    {
        Rig rig;
        QVERIFY(rig.openAndWaitReady());
        rig.run(QStringLiteral("G28"));
        PrinterReply *move = rig.client.sendGcode(QStringLiteral("G1 X250 F600\nM400"));
        QSignalSpy moveDone(move, &PrinterReply::finished);
        QTRY_VERIFY_WITH_TIMEOUT(rig.client.state().livePosition() && rig.client.state().livePosition()->x > 0.5, 10000);
        PrinterReply *stop = rig.client.emergencyStop();
        QSignalSpy stopDone(stop, &PrinterReply::finished);
        QVERIFY(stopDone.wait(5000));
        QVERIFY(!stop->isError());
        if (!move->isFinished())
            QVERIFY(moveDone.wait(5000));
        QVERIFY(move->isError());
        QTRY_COMPARE_WITH_TIMEOUT(rig.client.state().klippyState(), PrinterState::KlippyState::Shutdown, 5000);
        QTRY_VERIFY_WITH_TIMEOUT(!rig.client.state().klippyMessage().isEmpty(), 5000);
        QVERIFY(!rig.client.isReady());
        // G-code now fails with the shutdown message.
        PrinterReply *after = rig.run(QStringLiteral("G28"));
        QCOMPARE(after->error()->code, 400);
        QVERIFY(!after->error()->message.isEmpty());
        // FIRMWARE_RESTART: disconnect, ready, subscribed again, homing lost.
        QSignalSpy subscribed(&rig.client, &PrinterLink::subscribed);
        rig.client.sendGcode(QStringLiteral("FIRMWARE_RESTART"));
        QVERIFY(subscribed.wait(10000));
        QVERIFY(rig.client.isReady());
        QCOMPARE(rig.client.state().homedAxes(), QString());
    }

    void saveConfigRestartResubscribes()
    {
        SimulatorOptions options = SimulatorOptions::forTests();
        options.tools = 2;
        Rig rig(options);
        QVERIFY(rig.openAndWaitReady());
        PrinterReply *commands = rig.client.queryGcodeCommands();
        QSignalSpy commandsDone(commands, &PrinterReply::finished);
        QVERIFY(commandsDone.wait(5000));
        const auto writer = OffsetWriter::detect(PrinterLink::gcodeCommandsFrom(commands->result()));
        QCOMPARE(writer->kind(), OffsetWriter::Kind::KlipperToolchanger);
        ToolOffsetChange change;
        change.toolName = QStringLiteral("T1");
        change.toolNumber = 1;
        change.x = 0.412;
        change.y = -0.287;
        const int before = rig.client.subscriptionCount();
        QVERIFY(!rig.run(writer->apply(change).join(QLatin1Char('\n')))->isError());
        QTRY_COMPARE_WITH_TIMEOUT(rig.client.state().tool(QStringLiteral("T1"))->offset.x, 0.412, 5000);
        QVERIFY(!rig.run(writer->persist(change).join(QLatin1Char('\n')))->isError());
        QSignalSpy subscribed(&rig.client, &PrinterLink::subscribed);
        QSignalSpy changed(&rig.client, &PrinterLink::stateChanged);
        rig.client.sendGcode(OffsetWriter::saveConfigCommand());
        QVERIFY(subscribed.wait(10000));
        QCOMPARE(rig.client.subscriptionCount(), before + 1);
        QVERIFY(rig.client.isReady());
        const ToolInfo t1 = *rig.client.state().tool(QStringLiteral("T1"));
        QCOMPARE(t1.offset.x, 0.412);
        QCOMPARE(t1.offset.y, -0.287);
    }

    void replyDelayAndInjectedFailure()
    {
        Rig rig;
        QVERIFY(rig.openAndWaitReady());
        rig.moonraker.failNextRequest(503, QStringLiteral("Klippy Disconnected"));
        PrinterReply *failed = rig.run(QStringLiteral("M114"));
        QCOMPARE(failed->error()->code, 503);
        QCOMPARE(failed->error()->message, QStringLiteral("Klippy Disconnected"));
        rig.moonraker.setReplyDelayMs(1500);
        PrinterReply *slow = rig.client.sendGcode(QStringLiteral("M114"), 300);
        QSignalSpy done(slow, &PrinterReply::finished);
        QVERIFY(done.wait(5000));
        QCOMPARE(slow->error()->code, PrinterError::kTimeout);
        rig.moonraker.setReplyDelayMs(0);
    }

    void webcamsResolveAgainstThePrinterHost()
    {
        SimulatorOptions options = SimulatorOptions::forTests();
        SimWebcam nozzle;
        nozzle.name = QStringLiteral("nozzle");
        nozzle.uid = QStringLiteral("55fe9a4f-0000-4000-8000-000000000001");
        nozzle.streamUrl = QStringLiteral("/webcam2/?action=stream");
        nozzle.snapshotUrl = QString();
        nozzle.flipHorizontal = true;
        nozzle.rotation = 180;
        options.webcams = {nozzle};
        Rig rig(options);
        rig.moonraker.setWebcams(options.webcams);
        QVERIFY(rig.openAndWaitReady());
        PrinterReply *reply = rig.client.listWebcams();
        QSignalSpy done(reply, &PrinterReply::finished);
        QVERIFY(done.wait(5000));
        const auto cams = WebcamInfo::fromListResult(reply->result(), rig.client.host());
        QCOMPARE(cams.size(), 1);
        QCOMPARE(cams[0].streamUrl.toString(), QStringLiteral("http://127.0.0.1/webcam2/?action=stream"));
        QVERIFY(cams[0].snapshotUrl.isEmpty());
        QVERIFY(cams[0].flipHorizontal);
        QCOMPARE(cams[0].rotation, 180);
    }
};

QTEST_GUILESS_MAIN(TestPrinterSim)
#include "tst_printersim.moc"
