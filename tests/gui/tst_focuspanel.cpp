// The focus panel driven like an operator would: the settings it shows become the workflow's, the
// live curve receives every sample, its fits and the best-focus marker, the result table shows
// each tool's Z offset, Apply asks for the results, and Esc cancels.
#include "FocusFakeMeter.h"
#include "plots/SharpnessCurvePlot.h"
#include "wizard/FocusWizardPanel.h"
#include "workflow/FocusZActuator.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTest>

using namespace reticle;
using namespace reticle::test;

class TestFocusPanel : public QObject
{
    Q_OBJECT

private slots:
    void plotReceivesPointsFitAndPeak()
    {
        SharpnessCurvePlot plot;
        plot.resize(400, 300);
        plot.reset(QStringLiteral("T0"), QStringLiteral("Z (mm)"));
        QCOMPARE(plot.sampleCount(FocusPass::Coarse), 0);
        QVERIFY(!plot.hasPeakMarker());
        QVector<FocusSample> samples;
        for (int i = 0; i <= 20; ++i) {
            const double z = 19.5 + 0.05 * i;
            const double s = 900.0 * std::exp(-(z - 20.02) * (z - 20.02) / 0.18) + 30.0;
            plot.addSample(FocusPass::Fine, z, s);
            samples.append({ z, s });
        }
        plot.addSample(FocusPass::Coarse, 19.0, 40.0);
        QCOMPARE(plot.sampleCount(FocusPass::Fine), 21);
        QCOMPARE(plot.sampleCount(FocusPass::Coarse), 1);
        const FocusPeak peak = FocusPeakFit::fit(samples);
        QVERIFY(peak.ok);
        plot.setFit(FocusPass::Fine, peak);
        QVERIFY(plot.fittedPointCount(FocusPass::Fine) > 20);
        QVERIFY(plot.hasPeakMarker());
        QCOMPARE(plot.peakMarkerPosition(), peak.position);
        QVERIFY(std::abs(plot.peakBandWidth() - 2.0 * peak.uncertainty) < 1e-12);
        // The axes follow the data.
        QVERIFY(plot.xAxis->range().contains(19.0) && plot.xAxis->range().contains(20.5));
        QVERIFY(plot.yAxis->range().upper >= 930.0 * 0.99);
        plot.reset(QStringLiteral("T1"), QStringLiteral("Z (mm)"));
        QCOMPARE(plot.sampleCount(FocusPass::Fine), 0);
        QVERIFY(!plot.hasPeakMarker());
    }

    void drivesAZOffsetRunFromThePanel()
    {
        FakeMachine machine;
        machine.gcode = { 150.0, 150.0, 20.0 };
        machine.trueOffsets = { { 1, { 0.0, 0.0, 0.3 } }, { 2, { 0.0, 0.0, -0.25 } } };
        FakeProbe probe(machine);
        FocusFakeMeter meter(machine);
        FocusZActuator actuator(machine);

        FocusWizardPanel panel;
        panel.setMode(FocusSettings::Mode::ZOffsets);
        panel.resize(520, 900);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));

        // Settings edited in the panel reach the workflow's settings.
        auto *fineStep = panel.findChild<QDoubleSpinBox *>(QStringLiteral("focusFineStep"));
        QVERIFY(fineStep);
        QSignalSpy edited(&panel, &FocusWizardPanel::settingsEdited);
        fineStep->setValue(0.04);
        QCOMPARE(edited.size(), 1);
        QCOMPARE(panel.settings().sweep.fineStep, 0.04);
        QCOMPARE(panel.settings().mode, FocusSettings::Mode::ZOffsets);

        QSignalSpy startRequested(&panel, &FocusWizardPanel::startRequested);
        auto *start = panel.findChild<QPushButton *>(QStringLiteral("focusStart"));
        QTest::mouseClick(start, Qt::LeftButton);
        QCOMPARE(startRequested.size(), 1);

        FocusSettings settings = panel.settings();
        settings.tools = { 0, 1, 2 };
        settings.referenceTool = 0;
        settings.cameraPosition = machine.gcode;
        FocusWorkflow workflow(machine, probe, actuator, meter, settings);
        panel.setWorkflow(&workflow);
        QSignalSpy finished(&workflow, &FocusWorkflow::finished);
        workflow.start();
        QVERIFY(!start->isEnabled());
        QVERIFY(finished.wait(10000));

        auto *steps = panel.findChild<QListWidget *>(QStringLiteral("focusSteps"));
        QCOMPARE(steps->count(), 5); // prepare, T0 (reference), T1, T2, review
        QVERIFY(steps->item(1)->text().contains(QStringLiteral("reference")));

        // The plot shows the last tool's sweep: 17 coarse and 26 fine samples (± 0.5 mm in 0.04 mm steps),
        // both fits.
        SharpnessCurvePlot *plot = panel.plot();
        QCOMPARE(plot->sampleCount(FocusPass::Coarse), 17);
        QCOMPARE(plot->sampleCount(FocusPass::Fine), 26);
        QVERIFY(plot->fittedPointCount(FocusPass::Fine) > 0);
        QVERIFY(plot->hasPeakMarker());
        QVERIFY(std::abs(plot->peakMarkerPosition() - workflow.results().constLast().bestPosition) < 1e-9);

        QTableWidget *table = panel.resultTable();
        QVERIFY(table->isVisible());
        QCOMPARE(table->rowCount(), 3);
        QVERIFY(table->item(0, FocusWizardPanel::Tool)->text().contains(QStringLiteral("reference")));
        QVERIFY(
            std::abs(table->item(1, FocusWizardPanel::NewZ)->data(Qt::UserRole).toDouble() - 0.3) < 0.005);
        QVERIFY(
            std::abs(table->item(2, FocusWizardPanel::NewZ)->data(Qt::UserRole).toDouble() + 0.25) < 0.005);
        QVERIFY(table->item(2, FocusWizardPanel::OffsetSigma)->data(Qt::UserRole).toDouble() > 0.0);

        auto *apply = panel.findChild<QPushButton *>(QStringLiteral("focusApply"));
        QVERIFY(apply->isVisible() && apply->isEnabled());
        QSignalSpy applyRequested(&panel, &FocusWizardPanel::applyRequested);
        QTest::mouseClick(apply, Qt::LeftButton);
        QCOMPARE(applyRequested.size(), 1);
        QCOMPARE(applyRequested.first().first().value<QVector<FocusToolResult>>().size(), 3);
    }

    void escapeCancelsARunningSweep()
    {
        FakeMachine machine;
        machine.gcode = { 150.0, 150.0, 20.0 };
        machine.holdOperations = true;
        FakeProbe probe(machine);
        FocusFakeMeter meter(machine);
        FocusZActuator actuator(machine);
        FocusWizardPanel panel;
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        FocusSettings settings = panel.settings();
        settings.mode = FocusSettings::Mode::BestFocus;
        FocusWorkflow workflow(machine, probe, actuator, meter, settings);
        panel.setWorkflow(&workflow);
        workflow.start();
        QTRY_VERIFY(machine.hasPending());
        auto *cancel = panel.findChild<QPushButton *>(QStringLiteral("focusCancel"));
        QVERIFY(cancel->isEnabled());
        panel.activateWindow();
        cancel->setFocus();
        QTest::keyClick(cancel, Qt::Key_Escape);
        machine.completePending();
        QTRY_VERIFY(machine.hasPending() || workflow.state() == FocusWorkflow::State::Cancelled);
        machine.completePending();
        QTRY_COMPARE(workflow.state(), FocusWorkflow::State::Cancelled);
        QCOMPARE(machine.gcode.z, 20.0);
        QVERIFY(!cancel->isEnabled());
    }
};

QTEST_MAIN(TestFocusPanel)
#include "tst_focuspanel.moc"
