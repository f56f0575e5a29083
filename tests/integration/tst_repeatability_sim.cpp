// Against the simulator (real client, camera pipeline, detector and workflows): a 5-cycle
// repeatability run over three tools, and undo of an applied offset change — the printer's
// offsets and tools_config.json back to exactly what they were.
#include "SimRig.h"
#include "printer/OffsetWriter.h"
#include "store/ToolsConfigStore.h"
#include "workflow/ApplyUndo.h"
#include "workflow/RepeatabilityWorkflow.h"
#include "workflow/ToolOffsetOutput.h"

#include <QElapsedTimer>
#include <QJsonArray>

#include <cmath>

using namespace reticle;
using namespace reticle::test;

namespace {

const QVector3D kT1(1.234f, -0.567f, 0.0f);
const QVector3D kT2(-2.468f, 1.357f, 0.0f);

QJsonObject withoutHistory(QJsonObject entry)
{
    entry.remove(QStringLiteral("history"));
    return entry;
}

} // namespace

class TestRepeatabilitySim : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        sim::SimulatorOptions options = sim::SimulatorOptions::forTests();
        options.tools = 3;
        options.trueOffsets = {{1, kT1}, {2, kT2}};
        options.backlash = 0.02;
        options.positionNoise = 0.0;
        options.seed = 5;
        sim::CameraOptions camera;
        camera.rotationDeg = 12.0;
        m_rig = std::make_unique<SimRig>(options, camera);
        QString error;
        QVERIFY2(m_rig->start({0, 1, 2}, &error), qPrintable(error));
    }

    void cleanupTestCase() { m_rig.reset(); }

    void fiveCyclesWithinTwoMicrons()
    {
        RepeatabilitySettings settings;
        settings.measurement.tools = {0, 1, 2};
        settings.measurement.referenceTool = 0;
        settings.measurement.cameraPosition = {150.0, 150.0, 20.0};
        settings.measurement.centring.maxStepMm = m_rig->probe().maxCorrectionMm();
        settings.measurement.repeats = 1;
        settings.cycles = 5;
        RepeatabilityWorkflow workflow(m_rig->machine(), m_rig->probe(), settings);
        QSignalSpy finished(&workflow, &RepeatabilityWorkflow::finished);
        QSignalSpy failed(&workflow, &RepeatabilityWorkflow::failed);
        workflow.start();
        QVERIFY(QTest::qWaitFor([&] { return finished.count() > 0 || failed.count() > 0; }, 300000));
        QVERIFY2(failed.isEmpty(), qPrintable(workflow.failureReason()));
        QCOMPARE(workflow.cyclesDone(), 5);

        const QVector<RepeatabilityToolResult> results = workflow.results();
        QCOMPARE(results.size(), 3);
        const QMap<int, QVector3D> truth{{0, QVector3D()}, {1, kT1}, {2, kT2}};
        qInfo("5 cycles over T0, T1, T2 in %.1f s", workflow.elapsedSeconds());
        for (const RepeatabilityToolResult &r : results) {
            QCOMPARE(r.samples.size(), 5);
            qInfo("T%d%s: std %.2f / %.2f µm, range %.2f / %.2f µm, mean error %.2f / %.2f µm, %d moves, %.1f s",
                  r.tool, r.reference ? " (reference centre)" : "", r.stdMm.x() * 1000, r.stdMm.y() * 1000,
                  r.rangeMm.x() * 1000, r.rangeMm.y() * 1000, (r.meanOffset.x - double(truth[r.tool].x())) * 1000,
                  (r.meanOffset.y - double(truth[r.tool].y())) * 1000, r.moves, r.seconds);
            QVERIFY2(r.stdMm.x() <= 0.002 && r.stdMm.y() <= 0.002,
                     qPrintable(QStringLiteral("T%1 std %2 / %3 µm").arg(r.tool).arg(r.stdMm.x() * 1000).arg(r.stdMm.y() * 1000)));
            QVERIFY(r.rangeMm.x() >= r.stdMm.x() && r.rangeMm.y() >= r.stdMm.y());
            QVERIFY2(std::abs(r.meanOffset.x - double(truth[r.tool].x())) <= 0.005
                         && std::abs(r.meanOffset.y - double(truth[r.tool].y())) <= 0.005,
                     qPrintable(QStringLiteral("T%1 mean offset %2, %3").arg(r.tool).arg(r.meanOffset.x).arg(r.meanOffset.y)));
        }
        // Every cycle changed tools: T0 is back where the run started.
        QCOMPARE(m_rig->machine().activeTool(), 0);
    }

    void undoPutsBackThePrinterOffsetsAndTheFile()
    {
        MoonrakerClient &client = m_rig->client();
        const QString path = m_rig->path(QStringLiteral("tools_config.json"));
        // Offsets the printer had before (hand-jogged values, as an operator would have them).
        QCOMPARE(m_rig->send(QStringLiteral("SET_TOOL_PARAMETER T=1 PARAMETER=gcode_x_offset VALUE=1.2\n"
                                            "SET_TOOL_PARAMETER T=1 PARAMETER=gcode_y_offset VALUE=-0.55\n"
                                            "SET_TOOL_PARAMETER T=2 PARAMETER=gcode_x_offset VALUE=-2.5\n"
                                            "SET_TOOL_PARAMETER T=2 PARAMETER=gcode_y_offset VALUE=1.4")),
                 QString());
        const std::optional<Offset3> before1 = m_rig->printerOffset(QStringLiteral("T1"));
        const std::optional<Offset3> before2 = m_rig->printerOffset(QStringLiteral("T2"));
        QVERIFY(before1 && before2);
        QCOMPARE(before1->x, 1.2);
        auto stateShows = [&client](int tool, double x) {
            for (const ToolInfo &info : client.state().tools())
                if (info.number == tool)
                    return std::abs(info.offset.x - x) < 1e-9;
            return false;
        };
        QTRY_VERIFY_WITH_TIMEOUT(stateShows(1, 1.2) && stateShows(2, -2.5), 5000);
        ToolsConfigStore file(path);
        QVERIFY(file.load());
        const QJsonObject fileBefore = file.json();

        // Apply the measured offsets (from the first run) through the detected writer.
        PrinterReply *commandsReply = client.queryGcodeCommands();
        QSignalSpy answered(commandsReply, &PrinterReply::finished);
        QVERIFY(commandsReply->isFinished() || answered.wait(10000));
        const std::unique_ptr<OffsetWriter> writer =
            OffsetWriter::detect(PrinterLink::gcodeCommandsFrom(commandsReply->result()));
        QCOMPARE(writer->kind(), OffsetWriter::Kind::KlipperToolchanger);
        QVector<ToolOffsetResult> results = m_rig->firstRun().tools;
        QCOMPARE(results.size(), 3);
        QString error;
        const std::optional<ApplyUndo> undo =
            ApplyUndo::capture(writer->kind(), results, client.state().tools(), path, &error);
        QVERIFY2(undo, qPrintable(error));
        QCOMPARE(m_rig->send(ToolOffsetOutput::commands(*writer, results).join(QLatin1Char('\n'))), QString());
        QVERIFY2(ToolOffsetOutput::saveToToolsConfig(path, results, &error), qPrintable(error));
        const std::optional<Offset3> applied1 = m_rig->printerOffset(QStringLiteral("T1"));
        QVERIFY(std::abs(applied1->x - double(kT1.x())) < 0.005);
        QTRY_VERIFY_WITH_TIMEOUT(stateShows(1, applied1->x), 5000);

        // Still valid: nothing changed since.
        QVERIFY(undo->printerChanges(client.state().tools()).isEmpty());
        QVERIFY(undo->fileChanges(&error).isEmpty());

        // Undo: through the same writer, then the file.
        QCOMPARE(m_rig->send(undo->commands().join(QLatin1Char('\n'))), QString());
        QVERIFY2(undo->restoreToolsConfig(&error), qPrintable(error));
        QCOMPARE(*m_rig->printerOffset(QStringLiteral("T1")), *before1);
        QCOMPARE(*m_rig->printerOffset(QStringLiteral("T2")), *before2);
        QCOMPARE(m_rig->printerOffset(QStringLiteral("T0"))->x, 0.0);
        ToolsConfigStore after(path);
        QVERIFY(after.load());
        const QJsonArray toolsBefore = fileBefore.value(QStringLiteral("tools")).toArray();
        QCOMPARE(after.tools().size(), toolsBefore.size());
        for (int i = 0; i < toolsBefore.size(); ++i) {
            QCOMPARE(withoutHistory(after.entry(i)), withoutHistory(toolsBefore.at(i).toObject()));
            // Nothing is lost: the history has the applied measurement and the undo on top.
            const QList<ToolHistoryPoint> history = after.history(i);
            const int earlier = int(toolsBefore.at(i).toObject().value(QStringLiteral("history")).toArray().size());
            QCOMPARE(history.size(), earlier + 2);
            QCOMPARE(history.last().method, QStringLiteral("undo"));
        }

        // A second apply, then someone else changes T1: the undo says so.
        const std::optional<ApplyUndo> again =
            ApplyUndo::capture(writer->kind(), results, client.state().tools(), path, &error);
        QCOMPARE(m_rig->send(ToolOffsetOutput::commands(*writer, results).join(QLatin1Char('\n'))), QString());
        QCOMPARE(m_rig->send(QStringLiteral("SET_TOOL_PARAMETER T=1 PARAMETER=gcode_x_offset VALUE=0.9")), QString());
        QTRY_VERIFY_WITH_TIMEOUT(stateShows(1, 0.9), 5000);
        const QStringList changed = again->printerChanges(client.state().tools());
        QCOMPARE(changed.size(), 1);
        QVERIFY2(changed.first().startsWith(QStringLiteral("T1")), qPrintable(changed.first()));
    }

private:
    std::unique_ptr<SimRig> m_rig;
};

QTEST_GUILESS_MAIN(TestRepeatabilitySim)
#include "tst_repeatability_sim.moc"
