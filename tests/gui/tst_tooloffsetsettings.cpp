// The tool offset wizard panel shows every centring setting and the review's flag threshold,
// hands them to the next run, and offers "Undo apply" only while an apply can be undone.
#include "FakeRig.h"
#include "wizard/OffsetReviewTable.h"
#include "wizard/ToolOffsetWizardPanel.h"

#include <QDoubleSpinBox>
#include <QGroupBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTest>

using namespace reticle;
using namespace reticle::test;

class TestToolOffsetSettings : public QObject
{
    Q_OBJECT

private slots:
    void everyCentringSettingIsVisibleAndEditable()
    {
        ToolOffsetWizardPanel panel;
        panel.resize(600, 800);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        QVERIFY(panel.findChild<QGroupBox *>(QStringLiteral("centringSettings"))->isVisible());
        auto *gain = panel.findChild<QDoubleSpinBox *>(QStringLiteral("centringGain"));
        auto *clamp = panel.findChild<QDoubleSpinBox *>(QStringLiteral("centringStepClamp"));
        auto *tolerance = panel.findChild<QDoubleSpinBox *>(QStringLiteral("centringTolerance"));
        auto *moves = panel.findChild<QSpinBox *>(QStringLiteral("centringMaxMoves"));
        auto *seconds = panel.findChild<QDoubleSpinBox *>(QStringLiteral("centringMaxSeconds"));
        auto *measurements = panel.findChild<QSpinBox *>(QStringLiteral("measurementsPerTool"));
        auto *threshold = panel.findChild<QDoubleSpinBox *>(QStringLiteral("flagThreshold"));
        for (QWidget *w : std::initializer_list<QWidget *>{gain, clamp, tolerance, moves, seconds, measurements, threshold}) {
            QVERIFY(w);
            QVERIFY(w->isVisible());
            QVERIFY(w->isEnabled());
        }
        // The defaults are the centring loop's.
        const CentringSettings defaults;
        QCOMPARE(gain->value(), defaults.gain);
        QCOMPARE(tolerance->value(), defaults.toleranceUm);
        QCOMPARE(moves->value(), defaults.maxMoves);

        QSignalSpy changed(&panel, &ToolOffsetWizardPanel::settingsChanged);
        gain->setValue(0.55);
        clamp->setValue(0.8);
        tolerance->setValue(5.0);
        moves->setValue(12);
        seconds->setValue(60.0);
        measurements->setValue(5);
        QCOMPARE(changed.count(), 6);
        const CentringSettings edited = panel.centringSettings();
        QCOMPARE(edited.gain, 0.55);
        QCOMPARE(edited.maxStepMm, 0.8);
        QCOMPARE(edited.toleranceUm, 5.0);
        QCOMPARE(edited.maxMoves, 12);
        QCOMPARE(edited.maxSeconds, 60.0);
        QCOMPARE(panel.measurementsPerTool(), 5);

        // The threshold re-flags the review at once.
        threshold->setValue(0.25);
        QCOMPARE(panel.reviewTable()->flagThresholdMm(), 0.25);
        QCOMPARE(panel.flagThresholdMm(), 0.25);
    }

    void settingsReachTheRunAndLockWhileItRuns()
    {
        FakeMachine machine;
        machine.trueOffsets = {{0, {}}, {1, {0.3, -0.2, 0}}};
        machine.appliedOffsets = {{0, {}}, {1, {0.0, 0.0, 0}}};
        FakeProbe probe(machine);
        ToolOffsetWizardPanel panel;
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        panel.setMeasurementsPerTool(4);
        ToolOffsetSettings settings;
        settings.tools = {0, 1};
        settings.cameraPosition = {150, 150, 20};
        settings.centring = panel.centringSettings();
        settings.repeats = panel.measurementsPerTool();
        ToolOffsetWorkflow workflow(machine, probe, settings);
        panel.setWorkflow(&workflow, settings.tools);
        probe.holdResults = true;
        workflow.start();
        QTRY_COMPARE_WITH_TIMEOUT(workflow.state(), ToolOffsetWorkflow::State::Probing, 5000);
        QVERIFY(!panel.findChild<QDoubleSpinBox *>(QStringLiteral("centringGain"))->isEnabled());
        QVERIFY(panel.findChild<QDoubleSpinBox *>(QStringLiteral("flagThreshold"))->isEnabled());
        probe.holdResults = false;
        probe.deliver();
        QTRY_COMPARE_WITH_TIMEOUT(workflow.state(), ToolOffsetWorkflow::State::Review, 5000);
        QCOMPARE(workflow.results().at(1).samples, 4);
        QVERIFY(panel.findChild<QDoubleSpinBox *>(QStringLiteral("centringGain"))->isEnabled());

        // 0.3 mm change: flagged at 0.25 mm, not at the default 0.5 mm.
        QVERIFY(!panel.reviewTable()->isFlagged(1));
        panel.setFlagThresholdMm(0.25);
        QVERIFY(panel.reviewTable()->isFlagged(1));
    }

    void undoButtonOnlyWhileAnApplyCanBeUndone()
    {
        ToolOffsetWizardPanel panel;
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        auto *undo = panel.findChild<QPushButton *>(QStringLiteral("wizardUndo"));
        QVERIFY(!undo->isVisible());
        panel.setUndoAvailable(true, QStringLiteral("put back"));
        QVERIFY(undo->isVisible());
        QVERIFY(undo->isEnabled());
        QSignalSpy spy(&panel, &ToolOffsetWizardPanel::undoRequested);
        QTest::mouseClick(undo, Qt::LeftButton);
        QCOMPARE(spy.count(), 1);
        panel.setUndoAvailable(false);
        QVERIFY(!undo->isVisible());
    }
};

QTEST_MAIN(TestToolOffsetSettings)
#include "tst_tooloffsetsettings.moc"
