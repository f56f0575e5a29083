#include "printer/OffsetWriter.h"
#include "workflow/ToolOffsetOutput.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace reticle;

namespace {
QVector<ToolOffsetResult> twoTools()
{
    ToolOffsetResult t0;
    t0.tool = 0;
    ToolOffsetResult t1;
    t1.tool = 1;
    t1.newOffset = {1.234, -0.5, 0.1};
    t1.stdMm = QPointF(0.0004, 0.0006);
    t1.samples = 3;
    return {t0, t1};
}
} // namespace

class TestToolOffsetOutput : public QObject
{
    Q_OBJECT

private slots:
    void commandsAreTheWritersLinesForEveryTool()
    {
        const auto writer = OffsetWriter::create(OffsetWriter::Kind::KlipperToolchanger);
        const QStringList lines = ToolOffsetOutput::commands(*writer, twoTools());
        // klipper-toolchanger: set the live value, then stage it; SAVE_CONFIG is the operator's call.
        const QStringList expected{
            QStringLiteral("SET_TOOL_PARAMETER T=0 PARAMETER=gcode_x_offset VALUE=0.000"),
            QStringLiteral("SET_TOOL_PARAMETER T=0 PARAMETER=gcode_y_offset VALUE=0.000"),
            QStringLiteral("SAVE_TOOL_PARAMETER T=0 PARAMETER=gcode_x_offset"),
            QStringLiteral("SAVE_TOOL_PARAMETER T=0 PARAMETER=gcode_y_offset"),
            QStringLiteral("SET_TOOL_PARAMETER T=1 PARAMETER=gcode_x_offset VALUE=1.234"),
            QStringLiteral("SET_TOOL_PARAMETER T=1 PARAMETER=gcode_y_offset VALUE=-0.500"),
            QStringLiteral("SAVE_TOOL_PARAMETER T=1 PARAMETER=gcode_x_offset"),
            QStringLiteral("SAVE_TOOL_PARAMETER T=1 PARAMETER=gcode_y_offset"),
        };
        QVERIFY2(lines == expected, qPrintable(lines.join(QLatin1Char('\n'))));
    }

    void savesPreciseOffsetsAndKeepsUnknownKeys()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("tools_config.json"));
        {
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(R"json({"printer":"voron","tools":[{"id":1,"name":"Extruder 1 (E0)","type":"extruder",
                "offsetX":1.0,"offsetY":-0.4,"offsetZ":0.0,"colour":"red"}]})json");
        }
        QString error;
        QVERIFY2(ToolOffsetOutput::saveToToolsConfig(path, twoTools(), &error), qPrintable(error));
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QJsonObject root = QJsonDocument::fromJson(f.readAll()).object();
        QCOMPARE(root.value(QStringLiteral("printer")).toString(), QStringLiteral("voron"));
        bool found = false;
        for (const QJsonValue &v : root.value(QStringLiteral("tools")).toArray()) {
            const QJsonObject tool = v.toObject();
            if (tool.value(QStringLiteral("id")).toInt() == 1) {
                found = true;
                QCOMPARE(tool.value(QStringLiteral("colour")).toString(), QStringLiteral("red"));
                QCOMPARE(tool.value(QStringLiteral("preciseX")).toDouble(), 1.234);
                QCOMPARE(tool.value(QStringLiteral("preciseY")).toDouble(), -0.5);
            }
        }
        QVERIFY(found);
    }

    void aMalformedFileIsReportedAndLeftAlone()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("tools_config.json"));
        const QByteArray broken("{\"tools\": [ {\"id\": 1,");
        {
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(broken);
        }
        QString error;
        QVERIFY(!ToolOffsetOutput::saveToToolsConfig(path, twoTools(), &error));
        QVERIFY2(error.contains(QStringLiteral("tools_config.json")), qPrintable(error));
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), broken);
    }
};

QTEST_GUILESS_MAIN(TestToolOffsetOutput)
#include "tst_tooloffsetoutput.moc"
