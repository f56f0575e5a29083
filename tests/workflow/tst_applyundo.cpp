// ApplyUndo: the commands that put back the previous offsets, the check that nobody changed them
// since, and tools_config.json restored entry by entry with the undo recorded in the history.
#include "printer/OffsetWriter.h"
#include "store/AtomicJsonFile.h"
#include "store/ToolsConfigStore.h"
#include "workflow/ApplyUndo.h"
#include "workflow/ToolOffsetOutput.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

using namespace reticle;

namespace {

ToolInfo tool(int number, double x, double y, double z = 0.0)
{
    ToolInfo info;
    info.number = number;
    info.name = QStringLiteral("T%1").arg(number);
    info.objectName = QStringLiteral("tool T%1").arg(number);
    info.offset = {x, y, z};
    return info;
}

ToolOffsetResult result(int number, double x, double y)
{
    ToolOffsetResult r;
    r.tool = number;
    r.newOffset = {x, y, 0.0};
    r.stdMm = {0.0004, 0.0003};
    r.samples = 3;
    return r;
}

QJsonObject withoutHistory(QJsonObject entry)
{
    entry.remove(QStringLiteral("history"));
    return entry;
}

} // namespace

class TestApplyUndo : public QObject
{
    Q_OBJECT

private slots:
    void commandsPutBackThePreviousOffsetsThroughTheSameWriter()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("tools_config.json"));
        QString error;
        const auto undo = ApplyUndo::capture(OffsetWriter::Kind::KlipperToolchanger,
                                             {result(0, 0, 0), result(1, 0.412, -0.287)},
                                             {tool(0, 0, 0), tool(1, 0.4, -0.3, 0.05)}, path, &error);
        QVERIFY2(undo, qPrintable(error));
        QVERIFY(undo->canRestorePrinter());
        QCOMPARE(undo->commands(),
                 (QStringList{QStringLiteral("SET_TOOL_PARAMETER T=0 PARAMETER=gcode_x_offset VALUE=0.000"),
                              QStringLiteral("SET_TOOL_PARAMETER T=0 PARAMETER=gcode_y_offset VALUE=0.000"),
                              QStringLiteral("SAVE_TOOL_PARAMETER T=0 PARAMETER=gcode_x_offset"),
                              QStringLiteral("SAVE_TOOL_PARAMETER T=0 PARAMETER=gcode_y_offset"),
                              QStringLiteral("SET_TOOL_PARAMETER T=1 PARAMETER=gcode_x_offset VALUE=0.400"),
                              QStringLiteral("SET_TOOL_PARAMETER T=1 PARAMETER=gcode_y_offset VALUE=-0.300"),
                              QStringLiteral("SAVE_TOOL_PARAMETER T=1 PARAMETER=gcode_x_offset"),
                              QStringLiteral("SAVE_TOOL_PARAMETER T=1 PARAMETER=gcode_y_offset")}));

        const auto ktcc = ApplyUndo::capture(OffsetWriter::Kind::Ktcc, {result(1, 0.412, -0.287)},
                                             {tool(1, 0.4, -0.3)}, path, &error);
        QCOMPARE(ktcc->commands(), QStringList{QStringLiteral("SET_TOOL_OFFSET TOOL=1 X=0.400 Y=-0.300")});
    }

    void aPrinterWithoutPerToolOffsetsCannotBeRestored()
    {
        QTemporaryDir dir;
        QString error;
        const auto undo = ApplyUndo::capture(OffsetWriter::Kind::GcodeOffset, {result(1, 0.4, 0.2)}, {},
                                             dir.filePath(QStringLiteral("t.json")), &error);
        QVERIFY(undo);
        QVERIFY(!undo->canRestorePrinter());
        QVERIFY(undo->commands().isEmpty());
        QCOMPARE(undo->printerChanges({}).size(), 1);
    }

    void noticesOffsetsChangedSinceTheApply()
    {
        QTemporaryDir dir;
        QString error;
        const auto undo = ApplyUndo::capture(OffsetWriter::Kind::KlipperToolchanger, {result(1, 0.412, -0.287)},
                                             {tool(1, 0.4, -0.3)}, dir.filePath(QStringLiteral("t.json")), &error);
        // As applied (written to the micrometre): nothing changed.
        QVERIFY(undo->printerChanges({tool(1, 0.412, -0.287)}).isEmpty());
        QVERIFY(undo->printerChanges({tool(1, 0.4121, -0.2871)}).isEmpty());
        // Someone else applied other values since.
        const QStringList changed = undo->printerChanges({tool(1, 0.5, -0.287)});
        QCOMPARE(changed.size(), 1);
        QVERIFY2(changed.first().contains(QStringLiteral("0.500")) && changed.first().contains(QStringLiteral("0.412")),
                 qPrintable(changed.first()));
    }

    void restoresTheEntriesAndRecordsTheUndo()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("tools_config.json"));
        // The operator's file: a camera-Pi entry for T1 with an earlier measurement and a key we do
        // not know; T2 has no entry yet.
        const QJsonObject t1{{QStringLiteral("id"), 1},
                             {QStringLiteral("name"), QStringLiteral("T1")},
                             {QStringLiteral("type"), QStringLiteral("extruder")},
                             {QStringLiteral("offsetX"), 0.4},
                             {QStringLiteral("offsetY"), -0.3},
                             {QStringLiteral("offsetZ"), 0.0},
                             {QStringLiteral("preciseX"), 0.401},
                             {QStringLiteral("preciseY"), -0.299},
                             {QStringLiteral("preciseZ"), 0.0},
                             {QStringLiteral("nozzleDiameter"), 0.4},
                             {QStringLiteral("history"),
                              QJsonArray{QJsonObject{{QStringLiteral("x"), 0.401},
                                                     {QStringLiteral("y"), -0.299},
                                                     {QStringLiteral("at"), QStringLiteral("2026-11-01T10:00:00.000Z")}}}}};
        const QJsonObject root{{QStringLiteral("tools"), QJsonArray{t1}}, {QStringLiteral("printer"), QStringLiteral("vc4")}};
        QVERIFY(AtomicJsonFile(path).write(root));

        const QVector<ToolOffsetResult> results{result(1, 0.412, -0.287), result(2, -0.318, 0.226)};
        QString error;
        const auto undo = ApplyUndo::capture(OffsetWriter::Kind::KlipperToolchanger, results,
                                             {tool(1, 0.4, -0.3), tool(2, 0, 0)}, path, &error);
        QVERIFY2(undo, qPrintable(error));
        QVERIFY(ToolOffsetOutput::saveToToolsConfig(path, results, &error));
        QVERIFY(undo->fileChanges(&error).isEmpty());

        QVERIFY2(undo->restoreToolsConfig(&error), qPrintable(error));
        ToolsConfigStore store(path);
        QVERIFY(store.load());
        QCOMPARE(store.json().value(QStringLiteral("printer")).toString(), QStringLiteral("vc4"));
        const int i1 = store.indexOf(1, QStringLiteral("T1"));
        QCOMPARE(withoutHistory(store.entry(i1)), withoutHistory(t1));
        // History: the earlier line, the applied measurement, the undo.
        const QList<ToolHistoryPoint> history = store.history(i1);
        QCOMPARE(history.size(), 3);
        QCOMPARE(*history[1].x, 0.412);
        QCOMPARE(history[1].method, QStringLiteral("nozzle-camera-auto"));
        QCOMPARE(history[2].method, QStringLiteral("undo"));
        QCOMPARE(*history[2].x, 0.401); // the value that is back
        QVERIFY(store.entry(i1).value(QStringLiteral("history")).toArray().last().toObject().contains(
            QStringLiteral("undoes")));
        // T2's entry was created by the apply: it stays (with its history) but has no measured offset.
        const int i2 = store.indexOf(2, QStringLiteral("T2"));
        QVERIFY(i2 >= 0);
        QVERIFY(!store.entry(i2).contains(QStringLiteral("preciseX")));
        QVERIFY(!store.entry(i2).contains(QStringLiteral("measuredAt")));
        QCOMPARE(store.history(i2).size(), 2);
        QVERIFY(!store.history(i2).last().x);
        // The write kept the previous version.
        QVERIFY(QFile::exists(path + QStringLiteral(".bak")));
    }

    void noticesTheFileChangedSinceTheSave()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("tools_config.json"));
        const QVector<ToolOffsetResult> results{result(1, 0.412, -0.287)};
        QString error;
        const auto undo = ApplyUndo::capture(OffsetWriter::Kind::KlipperToolchanger, results, {tool(1, 0.4, -0.3)},
                                             path, &error);
        QVERIFY(ToolOffsetOutput::saveToToolsConfig(path, results, &error));
        QVERIFY(ToolOffsetOutput::saveToToolsConfig(path, {result(1, 0.5, -0.287)}, &error));
        QCOMPARE(undo->fileChanges(&error).size(), 1);
    }

    void aMalformedFileIsReportedAndNeverOverwritten()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("tools_config.json"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("{\"tools\": [ {\"id\": 1,, } ]");
        file.close();
        QString error;
        QVERIFY(!ApplyUndo::capture(OffsetWriter::Kind::KlipperToolchanger, {result(1, 0.4, 0.2)}, {}, path, &error));
        QVERIFY2(error.contains(QStringLiteral("line 1")), qPrintable(error));
    }
};

QTEST_GUILESS_MAIN(TestApplyUndo)
#include "tst_applyundo.moc"
