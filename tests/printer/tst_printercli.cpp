#include "CamerasCommand.h"
#include "GcodeCommand.h"
#include "StatusCommand.h"
#include "printer/VirtualKlipper.h"
#include "printer/VirtualMoonraker.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace reticle;
using namespace reticle::sim;

// reticle-cli status / gcode / cameras run in-process against the virtual printer.
class TestPrinterCli : public QObject
{
    Q_OBJECT

private:
    struct Run
    {
        int code = -1;
        QString out;
        QString err;
    };

    static Run run(CliCommand &command, const QStringList &arguments)
    {
        Run result;
        QTextStream out(&result.out);
        QTextStream err(&result.err);
        CliIo io{out, err};
        result.code = command.run(QStringList{command.name()} + arguments, io);
        out.flush();
        err.flush();
        return result;
    }

    struct Sim
    {
        explicit Sim(SimulatorOptions options = SimulatorOptions::forTests())
            : klipper(options)
            , moonraker(&klipper, options)
        {
            if (!moonraker.listen(QHostAddress(QHostAddress::LocalHost), 0))
                qFatal("the simulator cannot listen");
            klipper.start();
        }
        QString url() const { return moonraker.serverUrl().toString(); }
        VirtualKlipper klipper;
        VirtualMoonraker moonraker;
    };

private slots:
    void scriptsFromArguments()
    {
        QCOMPARE(GcodeCommand::scriptFrom({QStringLiteral("G28\\nG0 X10")}), QStringLiteral("G28\nG0 X10"));
        QCOMPARE(GcodeCommand::scriptFrom({QStringLiteral("G28"), QStringLiteral(" M400 ")}), QStringLiteral("G28\nM400"));
        QCOMPARE(GcodeCommand::scriptFrom({QStringLiteral("\\n")}), QString());
    }

    void badUsageExitsTwo()
    {
        StatusCommand status;
        QCOMPARE(run(status, {}).code, 2);
        QCOMPARE(run(status, {QStringLiteral("--printer"), QStringLiteral("ftp://x")}).code, 2);
        GcodeCommand gcode;
        QCOMPARE(run(gcode, {QStringLiteral("--printer"), QStringLiteral("127.0.0.1")}).code, 2);
    }

    void statusAsTextAndJson()
    {
        Sim sim;
        StatusCommand status;
        const Run text = run(status, {QStringLiteral("--printer"), sim.url()});
        QCOMPARE(text.code, 0);
        QVERIFY2(text.out.contains(QLatin1String("ready")), qPrintable(text.out));
        QVERIFY(text.out.contains(QLatin1String("T1")));
        const Run json = run(status, {QStringLiteral("--printer"), sim.url(), QStringLiteral("--json")});
        QCOMPARE(json.code, 0);
        const QJsonObject o = QJsonDocument::fromJson(json.out.toUtf8()).object();
        QCOMPARE(o.value(QStringLiteral("klippy_state")).toString(), QStringLiteral("ready"));
        QCOMPARE(o.value(QStringLiteral("homed_axes")).toString(), QString());
        QCOMPARE(o.value(QStringLiteral("tools")).toArray().size(), 3);
        QCOMPARE(o.value(QStringLiteral("axis_maximum")).toArray().at(0).toDouble(), 300.0);
    }

    void gcodePrintsResponsesAndFailsWithMoonrakersMessage()
    {
        Sim sim;
        GcodeCommand gcode;
        const Run ok = run(gcode, {QStringLiteral("--printer"), sim.url(), QStringLiteral("G28\\nG0 X10\\nM114")});
        QCOMPARE(ok.code, 0);
        QVERIFY2(ok.out.contains(QLatin1String("X:10.000 Y:0.000 Z:0.000")), qPrintable(ok.out));
        const Run bad = run(gcode, {QStringLiteral("--printer"), sim.url(), QStringLiteral("G1 X400")});
        QCOMPARE(bad.code, 1);
        QVERIFY2(bad.err.contains(QLatin1String("Move out of range: 400.000")), qPrintable(bad.err));
        QVERIFY(bad.out.contains(QLatin1String("!! Move out of range")));
    }

    void wrongKeyFails()
    {
        SimulatorOptions options = SimulatorOptions::forTests();
        options.apiKey = QStringLiteral("e514851f37b94c779d955212b6906f95");
        Sim sim(options);
        StatusCommand status;
        const Run r = run(status, {QStringLiteral("--printer"), sim.url(), QStringLiteral("--api-key"), QStringLiteral("nope")});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QLatin1String("Unauthorized")), qPrintable(r.err));
        const Run good = run(status, {QStringLiteral("--printer"), sim.url(), QStringLiteral("--api-key"), options.apiKey});
        QCOMPARE(good.code, 0);
    }

    void nobodyListeningFailsInTime()
    {
        StatusCommand status;
        const Run r = run(status, {QStringLiteral("--printer"), QStringLiteral("ws://127.0.0.1:1/websocket"),
                                   QStringLiteral("--timeout"), QStringLiteral("1")});
        QCOMPARE(r.code, 1);
        QVERIFY(!r.err.isEmpty());
    }

    void camerasListed()
    {
        SimulatorOptions options = SimulatorOptions::forTests();
        SimWebcam cam;
        cam.name = QStringLiteral("nozzle");
        cam.uid = QStringLiteral("55fe9a4f-0000-4000-8000-000000000002");
        cam.streamUrl = QStringLiteral("/webcam/?action=stream");
        cam.snapshotUrl = QStringLiteral("/webcam/?action=snapshot");
        cam.flipVertical = true;
        options.webcams = {cam};
        Sim sim(options);
        sim.moonraker.setWebcams(options.webcams);
        CamerasCommand cameras;
        const Run json = run(cameras, {QStringLiteral("--printer"), sim.url(), QStringLiteral("--json")});
        QCOMPARE(json.code, 0);
        const QJsonArray list = QJsonDocument::fromJson(json.out.toUtf8()).object().value(QStringLiteral("webcams")).toArray();
        QCOMPARE(list.size(), 1);
        QCOMPARE(list.at(0).toObject().value(QStringLiteral("stream_url")).toString(),
                 QStringLiteral("http://127.0.0.1/webcam/?action=stream"));
        QVERIFY(list.at(0).toObject().value(QStringLiteral("flip_vertical")).toBool());
        const Run text = run(cameras, {QStringLiteral("--printer"), sim.url()});
        QCOMPARE(text.code, 0);
        QVERIFY(text.out.contains(QLatin1String("http://127.0.0.1/webcam/?action=snapshot")));
    }
};

QTEST_GUILESS_MAIN(TestPrinterCli)
#include "tst_printercli.moc"
