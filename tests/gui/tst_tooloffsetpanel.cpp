#include "FakeRig.h"
#include "wizard/OffsetReviewTable.h"
#include "wizard/ToolOffsetWizardPanel.h"

#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

using namespace reticle;
using namespace reticle::test;

class TestToolOffsetPanel : public QObject
{
    Q_OBJECT

private slots:
    void drivesAWholeRunFromTheButtons()
    {
        FakeMachine machine;
        machine.trueOffsets = {{0, {}}, {1, {0.8, -0.3, 0}}};
        machine.appliedOffsets = {{0, {}}, {1, {0.1, -0.25, 0}}};
        FakeProbe probe(machine);
        ToolOffsetSettings settings;
        settings.tools = {0, 1};
        settings.cameraPosition = {150, 150, 20};
        settings.repeats = 2;
        ToolOffsetWorkflow workflow(machine, probe, settings);

        ToolOffsetWizardPanel panel;
        panel.setWorkflow(&workflow, settings.tools);
        panel.resize(700, 600);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));

        auto *steps = panel.findChild<QListWidget *>(QStringLiteral("wizardSteps"));
        QCOMPARE(steps->count(), 4); // prepare, T0, T1, review
        QVERIFY(steps->item(1)->text().contains(QStringLiteral("reference")));
        auto *apply = panel.findChild<QPushButton *>(QStringLiteral("wizardApply"));
        QVERIFY(!apply->isEnabled());

        QTest::mouseClick(panel.findChild<QPushButton *>(QStringLiteral("wizardStart")), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(workflow.state(), ToolOffsetWorkflow::State::Review, 5000);
        QVERIFY(panel.findChild<QLabel *>(QStringLiteral("wizardStatus"))->text().contains(QStringLiteral("Review")));

        OffsetReviewTable *table = panel.reviewTable();
        QVERIFY(table->isVisible());
        QCOMPARE(table->rowCount(), 2);
        QCOMPARE(table->item(1, OffsetReviewTable::NewX)->text(), QStringLiteral("0.800"));
        QCOMPARE(table->item(1, OffsetReviewTable::DeltaX)->text(), QStringLiteral("+0.700"));
        QCOMPARE(table->item(1, OffsetReviewTable::DeltaY)->text(), QStringLiteral("-0.050"));
        // 0.7 mm is above the default 0.5 mm threshold: flagged; T0 did not change.
        QVERIFY(table->isFlagged(1));
        QVERIFY(!table->isFlagged(0));
        table->setFlagThresholdMm(1.0);
        QVERIFY(!table->isFlagged(1));

        QSignalSpy applySpy(&panel, &ToolOffsetWizardPanel::applyRequested);
        QVERIFY(apply->isEnabled());
        QTest::mouseClick(apply, Qt::LeftButton);
        QCOMPARE(applySpy.count(), 1);
        QCOMPARE(applySpy.at(0).at(0).value<QVector<ToolOffsetResult>>().size(), 2);
    }

    void escapeCancelsAndResumeAppearsWhenPaused()
    {
        FakeMachine machine;
        machine.trueOffsets = {{0, {}}, {1, {0.8, -0.3, 0}}};
        machine.appliedOffsets = {{0, {}}, {1, {0.8, -0.3, 0}}};
        FakeProbe probe(machine);
        ToolOffsetSettings settings;
        settings.tools = {0, 1};
        settings.cameraPosition = {150, 150, 20};
        ToolOffsetWorkflow workflow(machine, probe, settings);
        ToolOffsetWizardPanel panel;
        panel.setWorkflow(&workflow, settings.tools);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        auto *resume = panel.findChild<QPushButton *>(QStringLiteral("wizardResume"));

        probe.holdResults = true;
        workflow.start();
        QTRY_COMPARE_WITH_TIMEOUT(workflow.state(), ToolOffsetWorkflow::State::Probing, 5000);
        probe.loseCamera();
        QCOMPARE(workflow.state(), ToolOffsetWorkflow::State::Paused);
        QVERIFY(resume->isVisible());
        QVERIFY(!resume->isEnabled());
        QVERIFY(panel.findChild<QLabel *>(QStringLiteral("wizardStatus"))->text().contains(QStringLiteral("Camera lost")));
        probe.restoreCamera();
        QVERIFY(resume->isEnabled());

        panel.activateWindow();
        panel.setFocus();
        QTest::keyClick(&panel, Qt::Key_Escape);
        QTRY_COMPARE_WITH_TIMEOUT(workflow.state(), ToolOffsetWorkflow::State::Cancelled, 5000);
        QVERIFY(!resume->isVisible());
    }
};

QTEST_MAIN(TestToolOffsetPanel)
#include "tst_tooloffsetpanel.moc"
