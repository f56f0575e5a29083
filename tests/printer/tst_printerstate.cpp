#include "printer/PrinterState.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace reticle;

namespace {

QJsonObject json(const char *text)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(QByteArray(text), &error);
    if (error.error != QJsonParseError::NoError)
        qFatal("bad test JSON: %s", qPrintable(error.errorString()));
    return doc.object();
}

// The subscribe reply of a klipper-toolchanger printer, as in moonraker-api.md §4.1 and §4.3.
const char *const kToolchangerStatus = R"({
  "toolhead":{"position":[150.0,100.0,20.0,0.0,7.5],"homed_axes":"xyz",
              "axis_minimum":[0.0,0.0,-2.0,0.0],"axis_maximum":[300.0,300.0,250.0,0.0],"extruder":"extruder1"},
  "gcode_move":{"gcode_position":[125.0,112.7,20.0,0.0],"homing_origin":[0.0,0.0,0.0,0.0],
                "absolute_coordinates":true,"speed":1500.0},
  "motion_report":{"live_position":[0.0,0.0,0.0,0.0]},
  "webhooks":{"state":"ready","state_message":"Printer is ready"},
  "print_stats":{"state":"standby"},
  "idle_timeout":{"state":"Idle"},
  "toolchanger":{"status":"ready","tool":"tool T1","tool_number":1,"tool_names":["tool T0","tool T1"]},
  "tool T0":{"name":"tool T0","tool_number":0,"active":false,"gcode_x_offset":0.0,"gcode_y_offset":0.0,"gcode_z_offset":0.0},
  "tool T1":{"name":"tool T1","tool_number":1,"active":true,"gcode_x_offset":25.3,"gcode_y_offset":-12.7,"gcode_z_offset":0.05}
})";

} // namespace

class TestPrinterState : public QObject
{
    Q_OBJECT

private slots:
    void subscribeReplySeedsEverything()
    {
        PrinterState state;
        state.applyStatus(json(kToolchangerStatus));
        QCOMPARE(state.klippyState(), PrinterState::KlippyState::Ready);
        QCOMPARE(state.klippyMessage(), QStringLiteral("Printer is ready"));
        // Only indices 0-2 are XYZ, even when Klipper sends extra axes.
        QCOMPARE(*state.toolheadPosition(), (Vec3{150.0, 100.0, 20.0}));
        QCOMPARE(*state.gcodePosition(), (Vec3{125.0, 112.7, 20.0}));
        QCOMPARE(*state.axisMaximum(), (Vec3{300.0, 300.0, 250.0}));
        QCOMPARE(*state.axisMinimum(), (Vec3{0.0, 0.0, -2.0}));
        QCOMPARE(state.homedAxes(), QStringLiteral("xyz"));
        QVERIFY(state.isHomed(QLatin1Char('X')));
        QVERIFY(!state.isBusy());
        QVERIFY(!state.isPrinting());
        QCOMPARE(state.tools().size(), 2);
        QCOMPARE(state.activeTool(), QStringLiteral("T1"));
        const ToolInfo t1 = *state.tool(QStringLiteral("T1"));
        QCOMPARE(t1.number, 1);
        QCOMPARE(t1.offset, (Vec3{25.3, -12.7, 0.05}));
        QVERIFY(t1.active);
        QVERIFY(!state.tool(QStringLiteral("T0"))->active);
    }

    void diffsMergeIntoTheState()
    {
        PrinterState state;
        state.applyStatus(json(kToolchangerStatus));
        state.applyStatus(json(R"({"motion_report":{"live_position":[152.31,100.0,20.0,0.0]},
                                   "idle_timeout":{"state":"Printing"}})"));
        QCOMPARE(*state.livePosition(), (Vec3{152.31, 100.0, 20.0}));
        QCOMPARE(*state.toolheadPosition(), (Vec3{150.0, 100.0, 20.0})); // untouched
        QVERIFY(state.isBusy());
        QVERIFY(!state.isPrinting());
        state.applyStatus(json(R"({"print_stats":{"state":"printing"},"idle_timeout":{"state":"Ready"}})"));
        QVERIFY(state.isPrinting());
        QVERIFY(state.isBusy());
        // A tool change: the toolchanger names the new tool.
        state.applyStatus(json(R"({"toolchanger":{"tool":"tool T0","tool_number":0}})"));
        QCOMPARE(state.activeTool(), QStringLiteral("T0"));
        QVERIFY(state.tool(QStringLiteral("T0"))->active);
        state.applyStatus(json(R"({"toolchanger":{"tool":null,"tool_number":-1}})"));
        QCOMPARE(state.activeTool(), QString());
    }

    void ktccOffsetsAsStringsOrFloats()
    {
        PrinterState state;
        state.applyStatus(json(R"({"tool 0":{"offset":["0","0","0"]},
                                   "tool 1":{"offset":[" 25.5", "-12.25 ", "0.1"]}})"));
        QCOMPARE(state.tools().size(), 2);
        QCOMPARE(state.tool(QStringLiteral("1"))->offset, (Vec3{25.5, -12.25, 0.1}));
        QCOMPARE(state.tool(QStringLiteral("1"))->number, 1);
        state.applyStatus(json(R"({"tool 1":{"offset":[25.6,-12.2,0.0]}})")); // after SET_TOOL_OFFSET
        QCOMPARE(state.tool(QStringLiteral("1"))->offset, (Vec3{25.6, -12.2, 0.0}));
    }

    void badValuesKeepThePreviousOne()
    {
        PrinterState state;
        state.applyStatus(json(kToolchangerStatus));
        state.applyStatus(json(R"({"toolhead":{"position":"far away","homed_axes":42},
                                   "motion_report":{"live_position":[1.0,2.0]},
                                   "gcode_move":{"gcode_position":[1.0,"y",3.0]},
                                   "webhooks":7})"));
        QCOMPARE(*state.toolheadPosition(), (Vec3{150.0, 100.0, 20.0}));
        QCOMPARE(state.homedAxes(), QStringLiteral("xyz"));
        QCOMPARE(*state.livePosition(), (Vec3{0.0, 0.0, 0.0}));
        QCOMPARE(*state.gcodePosition(), (Vec3{125.0, 112.7, 20.0}));
        QCOMPARE(state.klippyState(), PrinterState::KlippyState::Ready);
    }

    void unknownObjectsAndFieldsAreHarmless()
    {
        PrinterState state;
        // Klipper answers an unknown object with {} and an unknown field with null.
        state.applyStatus(json(R"({"toolchanger":{},"toolhead":{"position":null,"homed_axes":null}})"));
        QVERIFY(!state.toolheadPosition());
        QCOMPARE(state.homedAxes(), QString());
        QVERIFY(state.tools().isEmpty());
        QCOMPARE(state.activeTool(), QString());
    }

    void shutdownMessageAndClear()
    {
        PrinterState state;
        state.applyStatus(json(kToolchangerStatus));
        state.applyStatus(json(R"({"webhooks":{"state":"shutdown","state_message":"Shutdown due to webhooks request"}})"));
        QCOMPARE(state.klippyState(), PrinterState::KlippyState::Shutdown);
        QCOMPARE(state.klippyMessage(), QStringLiteral("Shutdown due to webhooks request"));
        state.clearObjects();
        QVERIFY(!state.hasObjects());
        QVERIFY(!state.toolheadPosition());
        QVERIFY(state.tools().isEmpty());
        QCOMPARE(state.homedAxes(), QString());
    }
};

QTEST_GUILESS_MAIN(TestPrinterState)
#include "tst_printerstate.moc"
