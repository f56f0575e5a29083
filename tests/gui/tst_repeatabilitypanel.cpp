// The repeatability plots and panel, offscreen: the scatter plot receives each cycle's deviation
// and its σ circles, the drift plot one series per tool from tools_config.json's history, and the
// panel drives a whole run over the scripted printer.
#include "FakeRig.h"
#include "plots/DriftPlot.h"
#include "plots/ScatterPlot.h"
#include "store/AtomicJsonFile.h"
#include "store/ToolsConfigStore.h"
#include "wizard/RepeatabilityPanel.h"

#include <QComboBox>
#include <QJsonArray>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace reticle;
using namespace reticle::test;

class TestRepeatabilityPanel : public QObject
{
    Q_OBJECT

private slots:
    void scatterPlotShowsEveryCycleAndTheSigmaCircles()
    {
        ScatterPlot plot;
        plot.resize(400, 300);
        plot.show();
        QVERIFY(QTest::qWaitForWindowExposed(&plot));
        QCOMPARE(plot.sampleCount(), 0);
        const QVector<QPointF> deviations{{1.0, -0.5}, {-0.5, 0.25}, {-0.5, 0.25}};
        plot.setSamples(QStringLiteral("T1: offset"), deviations, QPointF(0.866, 0.433));
        QCOMPARE(plot.sampleCount(), 3);
        QVERIFY(std::abs(plot.sigmaRadiusUm() - std::hypot(0.866, 0.433)) < 1e-9);
        QVERIFY(plot.title().contains(QStringLiteral("T1")));
        // Every point and the 2σ circle are inside the visible range, with equal scales.
        const double r2 = 2.0 * plot.sigmaRadiusUm();
        QVERIFY(plot.xAxis->range().contains(r2) && plot.xAxis->range().contains(-r2));
        QVERIFY(plot.yAxis->range().contains(r2) && plot.yAxis->range().contains(-r2));
        const double pxPerUmX = plot.axisRect()->width() / plot.xAxis->range().size();
        const double pxPerUmY = plot.axisRect()->height() / plot.yAxis->range().size();
        QVERIFY2(std::abs(pxPerUmX - pxPerUmY) < 0.02 * pxPerUmX,
                 qPrintable(QStringLiteral("%1 vs %2 px/µm").arg(pxPerUmX).arg(pxPerUmY)));
        plot.clearSamples();
        QCOMPARE(plot.sampleCount(), 0);
    }

    void driftPlotReadsTheHistory()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("tools_config.json"));
        auto line = [](double x, double y, const char *at, const char *method) {
            return QJsonObject{{QStringLiteral("x"), x}, {QStringLiteral("y"), y},
                               {QStringLiteral("at"), QLatin1String(at)}, {QStringLiteral("method"), QLatin1String(method)}};
        };
        const QJsonObject root{{QStringLiteral("tools"),
                                QJsonArray{QJsonObject{{QStringLiteral("id"), 1},
                                                       {QStringLiteral("name"), QStringLiteral("Extruder 1 (E0)")},
                                                       {QStringLiteral("klipperTool"), QStringLiteral("T1")},
                                                       {QStringLiteral("history"),
                                                        QJsonArray{line(0.412, -0.287, "2026-11-02T10:00:00.000Z", "nozzle-camera-auto"),
                                                                   line(0.401, -0.299, "2026-11-01T10:00:00.000Z", "nozzle-camera-auto"),
                                                                   line(0.401, -0.299, "2026-11-03T10:00:00.000Z", "undo"),
                                                                   QJsonObject{{QStringLiteral("x"), 1.0}}}}},
                                           QJsonObject{{QStringLiteral("id"), 2},
                                                       {QStringLiteral("name"), QStringLiteral("T2")}}}}};
        QVERIFY(AtomicJsonFile(path).write(root));
        ToolsConfigStore store(path);
        QVERIFY(store.load());
        const QVector<DriftSeries> series = DriftPlot::fromToolsConfig(store);
        QCOMPARE(series.size(), 1); // T2 has no history
        QCOMPARE(series[0].tool, QStringLiteral("T1"));
        QCOMPARE(series[0].at.size(), 2); // the undo line and the line without a time are left out
        QVERIFY(series[0].at[0] < series[0].at[1]); // sorted by time
        QCOMPARE(series[0].offsetMm[0], QPointF(0.401, -0.299));

        DriftPlot plot;
        plot.resize(500, 300);
        plot.setSeries(series);
        QCOMPARE(plot.seriesCount(), 1);
        QCOMPARE(plot.pointCount(0), 2);
        QCOMPARE(plot.graphCount(), 2); // X and Y
        // The second point is 11 µm to +X of the first.
        QVERIFY(std::abs(plot.graph(0)->data()->at(1)->value - 11.0) < 1e-6);
        plot.setSeries({});
        QCOMPARE(plot.graphCount(), 0);
    }

    void panelDrivesARunAndFillsTheTableAndPlot()
    {
        FakeMachine machine;
        machine.gcode = {150, 150, 20};
        machine.trueOffsets = {{0, {}}, {1, {0.8, -0.3, 0}}};
        machine.appliedOffsets = machine.trueOffsets;
        int pickups = 0;
        machine.onCommand = [&](const QString &line) {
            if (line == QLatin1String("T1"))
                machine.trueOffsets[1] = {0.8 + 0.002 * (pickups++ % 2), -0.3, 0};
        };
        FakeProbe probe(machine);
        RepeatabilitySettings settings;
        settings.measurement.tools = {0, 1};
        settings.measurement.cameraPosition = {150, 150, 20};
        settings.measurement.repeats = 1;
        settings.cycles = 4;
        RepeatabilityWorkflow workflow(machine, probe, settings);

        RepeatabilityPanel panel;
        panel.resize(600, 800);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        QSignalSpy startSpy(&panel, &RepeatabilityPanel::startRequested);
        QTest::mouseClick(panel.findChild<QPushButton *>(QStringLiteral("repeatStart")), Qt::LeftButton);
        QCOMPARE(startSpy.count(), 1);
        QCOMPARE(startSpy.at(0).at(0).toInt(), 5); // the default number of cycles

        panel.setWorkflow(&workflow);
        QCOMPARE(panel.cycles(), 4);
        auto *steps = panel.findChild<QListWidget *>(QStringLiteral("repeatSteps"));
        QCOMPARE(steps->count(), 6); // prepare, 4 cycles, review
        auto *save = panel.findChild<QPushButton *>(QStringLiteral("repeatSave"));
        QVERIFY(!save->isEnabled());
        workflow.start();
        QVERIFY(!panel.findChild<QSpinBox *>(QStringLiteral("repeatCycles"))->isEnabled());
        QTRY_COMPARE_WITH_TIMEOUT(workflow.state(), RepeatabilityWorkflow::State::Review, 10000);

        QTableWidget *table = panel.resultsTable();
        QCOMPARE(table->rowCount(), 2);
        QCOMPARE(table->item(1, RepeatabilityPanel::Cycles)->text(), QStringLiteral("4"));
        // T1 alternated by 2 µm in X: std 1.15 µm, range 2 µm; no scatter in Y.
        QVERIFY(std::abs(table->item(1, RepeatabilityPanel::StdX)->data(Qt::UserRole).toDouble() - 1.1547) < 0.01);
        QVERIFY(std::abs(table->item(1, RepeatabilityPanel::RangeX)->data(Qt::UserRole).toDouble() - 2.0) < 0.01);
        QVERIFY(table->item(1, RepeatabilityPanel::StdY)->data(Qt::UserRole).toDouble() < 0.01);
        QVERIFY(table->item(0, RepeatabilityPanel::Tool)->text().contains(QStringLiteral("reference")));

        // The scatter shows the chosen tool's four cycles.
        panel.toolChooser()->setCurrentIndex(1);
        QCOMPARE(panel.scatterPlot()->sampleCount(), 4);
        QVERIFY(panel.scatterPlot()->title().contains(QStringLiteral("T1")));
        QVERIFY(std::abs(panel.scatterPlot()->sigmaRadiusUm() - 1.1547) < 0.01);

        QVERIFY(save->isEnabled());
        QSignalSpy saveSpy(&panel, &RepeatabilityPanel::saveRequested);
        QTest::mouseClick(save, Qt::LeftButton);
        QCOMPARE(saveSpy.count(), 1);
        QCOMPARE(saveSpy.at(0).at(0).value<QVector<RepeatabilityToolResult>>().size(), 2);
        panel.setSaved(true);
        QVERIFY(!save->isEnabled());
        QVERIFY(panel.findChild<QLabel *>(QStringLiteral("repeatStatus"))->text().contains(QStringLiteral("history")));
    }

    void escapeCancels()
    {
        FakeMachine machine;
        machine.gcode = {150, 150, 20};
        machine.trueOffsets = {{0, {}}, {1, {0.8, -0.3, 0}}};
        machine.appliedOffsets = machine.trueOffsets;
        FakeProbe probe(machine);
        RepeatabilitySettings settings;
        settings.measurement.tools = {0, 1};
        settings.measurement.cameraPosition = {150, 150, 20};
        settings.cycles = 3;
        RepeatabilityWorkflow workflow(machine, probe, settings);
        RepeatabilityPanel panel;
        panel.setWorkflow(&workflow);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        probe.holdResults = true;
        workflow.start();
        QTRY_COMPARE_WITH_TIMEOUT(workflow.cycleWorkflow()->state(), ToolOffsetWorkflow::State::Probing, 5000);
        auto *pause = panel.findChild<QPushButton *>(QStringLiteral("repeatPause"));
        QVERIFY(pause->isEnabled());
        QTest::mouseClick(pause, Qt::LeftButton);
        QVERIFY(!pause->isEnabled());
        panel.activateWindow();
        panel.setFocus();
        QTest::keyClick(&panel, Qt::Key_Escape);
        probe.deliver();
        QTRY_COMPARE_WITH_TIMEOUT(workflow.state(), RepeatabilityWorkflow::State::Cancelled, 5000);
        QCOMPARE(machine.tool, 0);
    }
};

QTEST_MAIN(TestRepeatabilityPanel)
#include "tst_repeatabilitypanel.moc"
