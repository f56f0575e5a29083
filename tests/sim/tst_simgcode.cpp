// The virtual Klipper's G-code: replies, Klipper's exact texts and errors, motion over time,
// offsets, the toolchanger (both offset models) and the hidden physical model.

#include "SimTestClient.h"

#include <cmath>

using namespace reticle::sim;
using namespace reticle::sim::test;

namespace {

QString ok(const QJsonObject &reply)
{
    return reply.value(QStringLiteral("result")).toString();
}

QJsonArray position(SimTestClient &client, const QString &object, const QString &field)
{
    return client.field(object, field).toArray();
}

bool near(double a, double b, double tolerance = 1e-6)
{
    return std::abs(a - b) <= tolerance;
}

} // namespace

class TestSimGcode : public QObject
{
    Q_OBJECT

private slots:
    void klipperTextsAndErrors()
    {
        SimServer server;
        QVERIFY(server.waitReady());
        SimTestClient client;
        QVERIFY(client.open(server.moonraker->serverUrl()));

        QJsonObject error = errorOf(client.gcode(QStringLiteral("G1 X10")));
        QCOMPARE(error.value(QStringLiteral("code")).toInt(), 400);
        QCOMPARE(error.value(QStringLiteral("message")).toString(), QStringLiteral("Must home axis first: 10.000 0.000 0.000 [0.000]"));
        QVERIFY(client.waitGcodeResponse(QStringLiteral("!! Must home axis first: 10.000 0.000 0.000 [0.000]")));
        // The failing line aborts the rest of the script.
        error = errorOf(client.gcode(QStringLiteral("G1 Y5\nM114")));
        QCOMPARE(error.value(QStringLiteral("message")).toString(), QStringLiteral("Must home axis first: 0.000 5.000 0.000 [0.000]"));
        QVERIFY(!client.gcodeResponses().contains(QStringLiteral("X:0.000 Y:0.000 Z:0.000 E:0.000")));

        QCOMPARE(ok(client.gcode(QStringLiteral("G28"))), QStringLiteral("ok"));
        QCOMPARE(client.field(QStringLiteral("toolhead"), QStringLiteral("homed_axes")).toString(), QStringLiteral("xyz"));
        error = errorOf(client.gcode(QStringLiteral("G1 X400 Z10")));
        QCOMPARE(error.value(QStringLiteral("message")).toString(), QStringLiteral("Move out of range: 400.000 0.000 10.000 [0.000]"));
        QVERIFY(client.waitGcodeResponse(QStringLiteral("!! Move out of range: 400.000 0.000 10.000 [0.000]")));
        // The failed move did not change the G-code position.
        QCOMPARE(position(client, QStringLiteral("gcode_move"), QStringLiteral("gcode_position")).at(0).toDouble(), 0.0);

        QCOMPARE(ok(client.gcode(QStringLiteral("frobnicate now"))), QStringLiteral("ok"));
        QVERIFY(client.waitGcodeResponse(QStringLiteral("// Unknown command:\"FROBNICATE\"")));

        QCOMPARE(ok(client.gcode(QStringLiteral("g1 x12.5 y7 z3 f6000\nm400\nM114"))), QStringLiteral("ok"));
        QVERIFY(client.waitGcodeResponse(QStringLiteral("X:12.500 Y:7.000 Z:3.000 E:0.000")));
        QCOMPARE(client.field(QStringLiteral("gcode_move"), QStringLiteral("speed")).toDouble(), 6000.0);

        QCOMPARE(ok(client.gcode(QStringLiteral("GET_POSITION"))), QStringLiteral("ok"));
        QVERIFY(client.waitGcodeResponse(QStringLiteral(
            "// mcu: stepper_x:1000 stepper_y:560 stepper_z:1200\n"
            "// stepper: stepper_x:12.500000 stepper_y:7.000000 stepper_z:3.000000\n"
            "// kinematic: X:12.500000 Y:7.000000 Z:3.000000\n"
            "// toolhead: X:12.500000 Y:7.000000 Z:3.000000 E:0.000000\n"
            "// gcode: X:12.500000 Y:7.000000 Z:3.000000 E:0.000000\n"
            "// gcode base: X:0.000000 Y:0.000000 Z:0.000000 E:0.000000\n"
            "// gcode homing: X:0.000000 Y:0.000000 Z:0.000000")));

        // Relative moves and G92.
        QCOMPARE(ok(client.gcode(QStringLiteral("G91\nG1 X1 Y-2\nG90\nG92 X0\nM114"))), QStringLiteral("ok"));
        QVERIFY(client.waitGcodeResponse(QStringLiteral("X:0.000 Y:5.000 Z:3.000 E:0.000")));
        QCOMPARE(position(client, QStringLiteral("toolhead"), QStringLiteral("position")).at(0).toDouble(), 13.5);

        // M84 loses homing.
        QCOMPARE(ok(client.gcode(QStringLiteral("M84"))), QStringLiteral("ok"));
        QCOMPARE(client.field(QStringLiteral("toolhead"), QStringLiteral("homed_axes")).toString(), QString());
        error = errorOf(client.gcode(QStringLiteral("SET_GCODE_OFFSET X=abc")));
        QCOMPARE(error.value(QStringLiteral("message")).toString(), QStringLiteral("Error on 'SET_GCODE_OFFSET X=abc': unable to parse abc"));
    }

    void m400WaitsForTheMotion()
    {
        SimulatorOptions options = SimulatorOptions::forTests();
        options.maxVelocity = 200.0; // 200 mm take about a second
        options.maxAccel = 5000.0;
        SimServer server(options);
        QVERIFY(server.waitReady());
        SimTestClient client;
        QVERIFY(client.open(server.moonraker->serverUrl()));
        QCOMPARE(ok(client.gcode(QStringLiteral("G28"))), QStringLiteral("ok"));

        // G1 returns once queued: toolhead.position is the target, live_position is still moving.
        QCOMPARE(ok(client.gcode(QStringLiteral("G1 X200 F30000"))), QStringLiteral("ok"));
        QCOMPARE(position(client, QStringLiteral("toolhead"), QStringLiteral("position")).at(0).toDouble(), 200.0);
        const double early = position(client, QStringLiteral("motion_report"), QStringLiteral("live_position")).at(0).toDouble();
        QVERIFY2(early < 200.0, qPrintable(QString::number(early)));
        QCOMPARE(client.field(QStringLiteral("idle_timeout"), QStringLiteral("state")).toString(), QStringLiteral("Printing"));
        QVERIFY(server.klipper->snapshot().moving);

        QCOMPARE(ok(client.gcode(QStringLiteral("M400"))), QStringLiteral("ok"));
        QCOMPARE(position(client, QStringLiteral("motion_report"), QStringLiteral("live_position")).at(0).toDouble(), 200.0);
        const MachineSnapshot shot = server.klipper->snapshot();
        QVERIFY(!shot.moving);
        QVERIFY(shot.lastMotionEndMs <= shot.monotonicMs);
        QVERIFY(near(shot.carriage[0], 200.0));
    }

    void shutdownMidMove()
    {
        SimulatorOptions options = SimulatorOptions::forTests();
        options.maxVelocity = 200.0;
        options.maxAccel = 2000.0;
        SimServer server(options);
        QVERIFY(server.waitReady());
        SimTestClient client;
        QVERIFY(client.open(server.moonraker->serverUrl()));
        QCOMPARE(ok(client.gcode(QStringLiteral("G28"))), QStringLiteral("ok"));
        const int id = client.send(QStringLiteral("printer.gcode.script"), {{QStringLiteral("script"), QStringLiteral("G1 X200 F12000\nM400")}});
        QTRY_VERIFY(server.klipper->snapshot().carriage[0] > 1.0);
        server.klipper->triggerShutdown(QStringLiteral("MCU 'mcu' shutdown: Timer too close"));
        const QJsonObject error = errorOf(client.waitReply(id));
        QCOMPARE(error.value(QStringLiteral("code")).toInt(), 400);
        QVERIFY(error.value(QStringLiteral("message")).toString().startsWith(QStringLiteral("MCU 'mcu' shutdown: Timer too close\n")));
        QVERIFY(!client.waitNotification(QStringLiteral("notify_klippy_shutdown")).isEmpty());
        const MachineSnapshot shot = server.klipper->snapshot();
        QVERIFY(!shot.moving);
        QVERIFY(shot.carriage[0] < 200.0);
        QCOMPARE(shot.klippyState, QStringLiteral("shutdown"));
        QCOMPARE(server.klipper->snapshot().carriage[0], shot.carriage[0]); // it stays where it stopped
    }

    void scriptsRunOneAtATime()
    {
        SimServer server;
        QVERIFY(server.waitReady());
        SimTestClient first, second;
        QVERIFY(first.open(server.moonraker->serverUrl()));
        QVERIFY(second.open(server.moonraker->serverUrl()));
        const int slow = first.send(QStringLiteral("printer.gcode.script"), {{QStringLiteral("script"), QStringLiteral("G4 P400\nM400\nSTATUS")}});
        QTRY_COMPARE(first.field(QStringLiteral("idle_timeout"), QStringLiteral("state")).toString(), QStringLiteral("Printing"));
        const int quick = second.send(QStringLiteral("printer.gcode.script"), {{QStringLiteral("script"), QStringLiteral("M114")}});
        QVERIFY(!second.waitReply(quick).isEmpty());
        QVERIFY(!first.waitReply(slow).isEmpty());
        // The second script ran only after the first had finished: its output comes later.
        QVERIFY(first.waitGcodeResponse(QStringLiteral("X:0.000 Y:0.000 Z:0.000 E:0.000")));
        const QStringList output = first.gcodeResponses();
        const qsizetype status = output.indexOf(QStringLiteral("// Klipper state: Ready"));
        const qsizetype position = output.indexOf(QStringLiteral("X:0.000 Y:0.000 Z:0.000 E:0.000"));
        QVERIFY(status >= 0);
        QVERIFY(position > status);
    }

    void setGcodeOffset()
    {
        SimServer server;
        QVERIFY(server.waitReady());
        SimTestClient client;
        QVERIFY(client.open(server.moonraker->serverUrl()));
        QCOMPARE(ok(client.gcode(QStringLiteral("G28\nG1 F600000\nG1 X100 Y100 Z10\nSET_GCODE_OFFSET X=1.5 Z_ADJUST=-0.2"))), QStringLiteral("ok"));
        QJsonObject move = client.query({{QStringLiteral("gcode_move"), QJsonValue()}}).value(QStringLiteral("gcode_move")).toObject();
        QCOMPARE(move.value(QStringLiteral("homing_origin")).toArray().at(0).toDouble(), 1.5);
        QVERIFY(near(move.value(QStringLiteral("homing_origin")).toArray().at(2).toDouble(), -0.2));
        QCOMPARE(move.value(QStringLiteral("gcode_position")).toArray().at(0).toDouble(), 98.5);
        // Without MOVE=1 the toolhead stays; the next absolute move applies the offset.
        QCOMPARE(position(client, QStringLiteral("toolhead"), QStringLiteral("position")).at(0).toDouble(), 100.0);
        QCOMPARE(ok(client.gcode(QStringLiteral("SET_GCODE_OFFSET Y=2 MOVE=1"))), QStringLiteral("ok"));
        QCOMPARE(position(client, QStringLiteral("toolhead"), QStringLiteral("position")).at(1).toDouble(), 102.0);
        QCOMPARE(ok(client.gcode(QStringLiteral("G1 X50"))), QStringLiteral("ok"));
        QCOMPARE(position(client, QStringLiteral("toolhead"), QStringLiteral("position")).at(0).toDouble(), 51.5);

        QCOMPARE(ok(client.gcode(QStringLiteral("SAVE_GCODE_STATE NAME=a\nSET_GCODE_OFFSET X=0 Y=0 Z=0\nRESTORE_GCODE_STATE NAME=a"))),
                 QStringLiteral("ok"));
        QCOMPARE(position(client, QStringLiteral("gcode_move"), QStringLiteral("homing_origin")).at(0).toDouble(), 1.5);
        QCOMPARE(errorOf(client.gcode(QStringLiteral("RESTORE_GCODE_STATE NAME=zz"))).value(QStringLiteral("message")).toString(),
                 QStringLiteral("Unknown g-code state: zz"));
    }

    void toolchangerTransformModel()
    {
        SimServer server;
        QVERIFY(server.waitReady());
        SimTestClient client;
        QVERIFY(client.open(server.moonraker->serverUrl()));

        const QStringList objects = [&] {
            QStringList names;
            for (const QJsonValue &v : client.result(QStringLiteral("printer.objects.list")).toObject().value(QStringLiteral("objects")).toArray())
                names << v.toString();
            return names;
        }();
        QVERIFY(objects.contains(QStringLiteral("toolchanger")));
        QVERIFY(objects.contains(QStringLiteral("tool T2")));
        const QJsonObject commands = client.field(QStringLiteral("gcode"), QStringLiteral("commands")).toObject();
        QVERIFY(commands.contains(QStringLiteral("SET_TOOL_PARAMETER")));
        QVERIFY(commands.contains(QStringLiteral("T1")));
        QVERIFY(!commands.contains(QStringLiteral("SET_TOOL_OFFSET")));

        QJsonObject error = errorOf(client.gcode(QStringLiteral("T1")));
        QCOMPARE(error.value(QStringLiteral("message")).toString(),
                 QStringLiteral("Cannot perform toolchange, axis not homed. Required: xyz, homed: "));

        QCOMPARE(ok(client.gcode(QStringLiteral("G28\nG1 F600000\nG1 X100 Y100 Z20\nSET_TOOL_PARAMETER T=1 PARAMETER=gcode_x_offset VALUE=0.5\n"
                                                "SET_TOOL_PARAMETER TOOL=\"tool T1\" PARAMETER=gcode_y_offset VALUE=-0.25\nT1\nM400"))),
                 QStringLiteral("ok"));
        QVERIFY(client.waitGcodeResponse(QStringLiteral("// Selected tool 1 (tool T1)")));
        const QJsonObject status = client.query({{QStringLiteral("toolchanger"), QJsonValue()}, {QStringLiteral("tool T1"), QJsonValue()},
                                                 {QStringLiteral("tool T0"), QJsonArray{QStringLiteral("active")}},
                                                 {QStringLiteral("toolhead"), QJsonArray{QStringLiteral("position"), QStringLiteral("extruder")}},
                                                 {QStringLiteral("gcode_move"), QJsonValue()}});
        const QJsonObject changer = status.value(QStringLiteral("toolchanger")).toObject();
        QCOMPARE(changer.value(QStringLiteral("tool")).toString(), QStringLiteral("tool T1"));
        QCOMPARE(changer.value(QStringLiteral("tool_number")).toInt(), 1);
        QCOMPARE(changer.value(QStringLiteral("tool_numbers")).toArray(), (QJsonArray{0, 1, 2}));
        QCOMPARE(status.value(QStringLiteral("tool T1")).toObject().value(QStringLiteral("active")).toBool(), true);
        QCOMPARE(status.value(QStringLiteral("tool T1")).toObject().value(QStringLiteral("gcode_x_offset")).toDouble(), 0.5);
        QCOMPARE(status.value(QStringLiteral("tool T0")).toObject().value(QStringLiteral("active")).toBool(), false);
        const QJsonObject toolhead = status.value(QStringLiteral("toolhead")).toObject();
        QCOMPARE(toolhead.value(QStringLiteral("extruder")).toString(), QStringLiteral("extruder1"));
        // toolhead = gcode + tool offset; gcode_move leaves the tool offset out.
        QCOMPARE(toolhead.value(QStringLiteral("position")).toArray().at(0).toDouble(), 100.5);
        QCOMPARE(toolhead.value(QStringLiteral("position")).toArray().at(1).toDouble(), 99.75);
        const QJsonObject move = status.value(QStringLiteral("gcode_move")).toObject();
        QCOMPARE(move.value(QStringLiteral("homing_origin")).toArray().at(0).toDouble(), 0.0);
        QCOMPARE(move.value(QStringLiteral("gcode_position")).toArray().at(0).toDouble(), 100.0);
        QCOMPARE(move.value(QStringLiteral("position")).toArray().at(0).toDouble(), 100.0);

        // A changed offset applies from the next move on, without a move of its own.
        QCOMPARE(ok(client.gcode(QStringLiteral("SET_TOOL_PARAMETER PARAMETER=gcode_x_offset VALUE=0.75"))), QStringLiteral("ok"));
        QCOMPARE(position(client, QStringLiteral("toolhead"), QStringLiteral("position")).at(0).toDouble(), 100.5);
        QCOMPARE(ok(client.gcode(QStringLiteral("G1 X110"))), QStringLiteral("ok"));
        QCOMPARE(position(client, QStringLiteral("toolhead"), QStringLiteral("position")).at(0).toDouble(), 110.75);

        QCOMPARE(ok(client.gcode(QStringLiteral("SELECT_TOOL T=1"))), QStringLiteral("ok"));
        QVERIFY(client.waitGcodeResponse(QStringLiteral("// Tool tool T1 already selected")));
        QCOMPARE(errorOf(client.gcode(QStringLiteral("SELECT_TOOL T=7"))).value(QStringLiteral("message")).toString(),
                 QStringLiteral("Select tool: T7 not found"));
        QCOMPARE(ok(client.gcode(QStringLiteral("UNSELECT_TOOL"))), QStringLiteral("ok"));
        QVERIFY(client.waitGcodeResponse(QStringLiteral("// Tool unselected")));
        QVERIFY(client.field(QStringLiteral("toolchanger"), QStringLiteral("tool")).isNull());
        QCOMPARE(client.field(QStringLiteral("toolchanger"), QStringLiteral("tool_number")).toInt(), -1);
        QCOMPARE(position(client, QStringLiteral("toolhead"), QStringLiteral("position")).at(0).toDouble(), 110.0);
    }

    void toolchangerHomingOriginModel()
    {
        SimulatorOptions options = SimulatorOptions::forTests();
        options.offsetModel = SimulatorOptions::OffsetModel::HomingOrigin;
        SimServer server(options);
        QVERIFY(server.waitReady());
        SimTestClient client;
        QVERIFY(client.open(server.moonraker->serverUrl()));
        QCOMPARE(ok(client.gcode(QStringLiteral("G28\nG1 F600000\nG1 X100 Y100 Z20\nSET_TOOL_PARAMETER T=2 PARAMETER=gcode_x_offset VALUE=-0.4\n"
                                                "SET_TOOL_PARAMETER T=2 PARAMETER=gcode_z_offset VALUE=0.1\nSELECT_TOOL TOOL=\"tool T2\""))),
                 QStringLiteral("ok"));
        const QJsonObject move = client.query({{QStringLiteral("gcode_move"), QJsonValue()}}).value(QStringLiteral("gcode_move")).toObject();
        // The older model puts the tool offset into homing_origin (and gcode_move.position).
        QCOMPARE(move.value(QStringLiteral("homing_origin")).toArray().at(0).toDouble(), -0.4);
        QCOMPARE(move.value(QStringLiteral("homing_origin")).toArray().at(2).toDouble(), 0.1);
        QCOMPARE(move.value(QStringLiteral("gcode_position")).toArray().at(0).toDouble(), 100.0);
        QVERIFY(near(move.value(QStringLiteral("position")).toArray().at(0).toDouble(), 99.6));
        QVERIFY(near(position(client, QStringLiteral("toolhead"), QStringLiteral("position")).at(0).toDouble(), 99.6));
        QVERIFY(near(position(client, QStringLiteral("toolhead"), QStringLiteral("position")).at(2).toDouble(), 20.1));
    }

    void saveToolParameterAndSaveConfig()
    {
        SimServer server;
        QVERIFY(server.waitReady());
        SimTestClient client;
        QVERIFY(client.open(server.moonraker->serverUrl()));
        QCOMPARE(errorOf(client.gcode(QStringLiteral("SAVE_TOOL_PARAMETER T=1 PARAMETER=gcode_x_offset"))).value(QStringLiteral("message")).toString(),
                 QStringLiteral("Tool does not have parameter gcode_x_offset"));
        QCOMPARE(ok(client.gcode(QStringLiteral("SET_TOOL_PARAMETER T=1 PARAMETER=gcode_x_offset VALUE=0.35\n"
                                                "SAVE_TOOL_PARAMETER T=1 PARAMETER=gcode_x_offset\n"
                                                "SET_TOOL_PARAMETER T=2 PARAMETER=gcode_y_offset VALUE=1.25"))),
                 QStringLiteral("ok"));
        const QJsonObject config = client.query({{QStringLiteral("configfile"), QJsonArray{QStringLiteral("save_config_pending"),
                                                                                          QStringLiteral("save_config_pending_items")}}})
                                       .value(QStringLiteral("configfile")).toObject();
        QCOMPARE(config.value(QStringLiteral("save_config_pending")).toBool(), true);
        QCOMPARE(config.value(QStringLiteral("save_config_pending_items")).toObject().value(QStringLiteral("tool T1")).toObject()
                     .value(QStringLiteral("gcode_x_offset")).toString(), QStringLiteral("0.35"));

        QCOMPARE(ok(client.gcode(QStringLiteral("SAVE_CONFIG"))), QStringLiteral("ok"));
        QVERIFY(!client.waitNotification(QStringLiteral("notify_klippy_disconnected")).isEmpty());
        QVERIFY(!client.waitNotification(QStringLiteral("notify_klippy_ready")).isEmpty());
        // The saved value survives the restart, the unsaved one does not.
        QCOMPARE(client.field(QStringLiteral("tool T1"), QStringLiteral("gcode_x_offset")).toDouble(), 0.35);
        QCOMPARE(client.field(QStringLiteral("tool T2"), QStringLiteral("gcode_y_offset")).toDouble(), 0.0);
        QCOMPARE(client.field(QStringLiteral("configfile"), QStringLiteral("save_config_pending")).toBool(), false);
    }

    void ktccStyleSetToolOffset()
    {
        SimulatorOptions options = SimulatorOptions::forTests();
        options.setToolOffsetCommand = true;
        SimServer server(options);
        QVERIFY(server.waitReady());
        SimTestClient client;
        QVERIFY(client.open(server.moonraker->serverUrl()));
        QVERIFY(client.field(QStringLiteral("gcode"), QStringLiteral("commands")).toObject().contains(QStringLiteral("SET_TOOL_OFFSET")));
        QCOMPARE(ok(client.gcode(QStringLiteral("SET_TOOL_OFFSET TOOL=1 X=0.2 Y_ADJUST=-0.1"))), QStringLiteral("ok"));
        QCOMPARE(client.field(QStringLiteral("tool T1"), QStringLiteral("gcode_x_offset")).toDouble(), 0.2);
        QCOMPARE(client.field(QStringLiteral("tool T1"), QStringLiteral("gcode_y_offset")).toDouble(), -0.1);
    }

    void physicalModel()
    {
        SimulatorOptions options = SimulatorOptions::forTests();
        options.trueOffsets.insert(1, QVector3D(0.5f, -0.3f, 0.0f));
        SimServer server(options);
        QVERIFY(server.waitReady());
        SimTestClient client;
        QVERIFY(client.open(server.moonraker->serverUrl()));
        // With the applied offset equal to the true one, the nozzle lands on the commanded point.
        QCOMPARE(ok(client.gcode(QStringLiteral("G28\nG1 F600000\nG1 X150 Y150 Z20\nSET_TOOL_PARAMETER T=1 PARAMETER=gcode_x_offset VALUE=0.5\n"
                                                "SET_TOOL_PARAMETER T=1 PARAMETER=gcode_y_offset VALUE=-0.3\nT1\nM400"))),
                 QStringLiteral("ok"));
        MachineSnapshot shot = server.klipper->snapshot();
        QCOMPARE(shot.activeTool, 1);
        QVERIFY(shot.homed);
        QCOMPARE(shot.klippyState, QStringLiteral("ready"));
        const QVector3D t = shot.trueOffsets.at(1);
        QVERIFY(near(shot.carriage[0], 150.5, 1e-6));
        QVERIFY(near(shot.carriage[0] - double(t.x()), 150.0, 1e-6));
        QVERIFY(near(shot.carriage[1] - double(t.y()), 150.0, 1e-6));

        // An extruding move near the bed deposits a mark at the nozzle.
        QCOMPARE(ok(client.gcode(QStringLiteral("G1 Z0.2\nG1 X120 Y80 E2\nM400"))), QStringLiteral("ok"));
        shot = server.klipper->snapshot();
        QCOMPARE(shot.marks.size(), 1);
        QVERIFY(near(shot.marks.at(0).x, 120.0, 1e-5));
        QVERIFY(near(shot.marks.at(0).y, 80.0, 1e-5));
        QVERIFY(near(shot.marks.at(0).diameter, 1.4));
        QCOMPARE(shot.marks.at(0).tool, 1);
        // Extrusion high above the bed leaves no mark.
        QCOMPARE(ok(client.gcode(QStringLiteral("G1 Z10\nG1 E4\nM400"))), QStringLiteral("ok"));
        QCOMPARE(server.klipper->snapshot().marks.size(), 1);
    }

    void backlashAndNoise()
    {
        SimulatorOptions options = SimulatorOptions::forTests();
        options.backlash = 0.2;
        SimServer server(options);
        QVERIFY(server.waitReady());
        SimTestClient client;
        QVERIFY(client.open(server.moonraker->serverUrl()));
        QCOMPARE(ok(client.gcode(QStringLiteral("G28\nG1 F600000\nG1 X50\nG1 X100\nM400"))), QStringLiteral("ok"));
        const double fromBelow = server.klipper->snapshot().carriage[0];
        QCOMPARE(ok(client.gcode(QStringLiteral("G1 X150\nG1 X100\nM400"))), QStringLiteral("ok"));
        const double fromAbove = server.klipper->snapshot().carriage[0];
        QVERIFY2(near(fromAbove - fromBelow, 0.2, 1e-9), qPrintable(QStringLiteral("%1 %2").arg(fromBelow).arg(fromAbove)));
        // The reported position does not know about it.
        QCOMPARE(position(client, QStringLiteral("toolhead"), QStringLiteral("position")).at(0).toDouble(), 100.0);

        // Noise: seeded, so two machines with the same seed err the same way.
        SimulatorOptions noisy = SimulatorOptions::forTests();
        noisy.positionNoise = 0.01;
        noisy.seed = 42;
        double carriage[2] = {0.0, 0.0};
        for (double &x : carriage) {
            SimServer machine(noisy);
            QVERIFY(machine.waitReady());
            SimTestClient c;
            QVERIFY(c.open(machine.moonraker->serverUrl()));
            QCOMPARE(ok(c.gcode(QStringLiteral("G28\nG1 F600000\nG1 X100 Y100\nM400"))), QStringLiteral("ok"));
            x = machine.klipper->snapshot().carriage[0];
        }
        QCOMPARE(carriage[0], carriage[1]);
        QVERIFY(carriage[0] != 100.0);
        QVERIFY(std::abs(carriage[0] - 100.0) < 0.1);
    }
};

QTEST_GUILESS_MAIN(TestSimGcode)
#include "tst_simgcode.moc"
