// Z offsets by focus in the real main window against the simulator: connect, open the camera,
// home, jog T0 over the camera, Calibrate > Z offsets by focus…, Start, and the result table shows
// every tool's Z offset close to the simulator's hidden truth.
#include "SimWindow.h"
#include "CameraUi.h"
#include "FocusUi.h"
#include "MainWindow.h"
#include "PrinterUi.h"
#include "camera/FrameSource.h"
#include "embedded/EmbeddedSimulator.h"
#include "plots/SharpnessCurvePlot.h"
#include "printer/MoonrakerClient.h"
#include "printer/MotionGuard.h"
#include "printer/PrinterReply.h"
#include "store/Settings.h"
#include "wizard/FocusWizardPanel.h"

#include <QAction>
#include <QDockWidget>
#include <QLabel>
#include <QPushButton>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace reticle;

class TestFocusGui : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_home;

private slots:
    void initTestCase() { QVERIFY(test::useOwnDataFolders(m_home)); }

    void zOffsetsByFocusFromTheCalibrateMenu()
    {
        sim::SimulatorOptions options = sim::SimulatorOptions::forTests();
        options.tools = 3;
        options.trueOffsets
            = { { 1, QVector3D(0.31f, -0.22f, 0.28f) }, { 2, QVector3D(-0.4f, 0.35f, -0.36f) } };
        options.backlash = 0.02;
        sim::EmbeddedSimulator simulator(options);
        QString error;
        QVERIFY2(simulator.start(&error), qPrintable(error));

        QTemporaryDir dir;
        Settings settings(dir.filePath(QStringLiteral("s.ini")));
        MainWindow window(settings);
        window.resize(1280, 1000); // a 1080p screen; smaller ones scroll the panel
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(test::connectToSimulator(window, simulator, QStringLiteral("sim")));
        // The operator homes and jogs T0 over the camera, near focus.
        QVERIFY(test::homeAndMoveTo(window, 150.0, 150.0, 20.0));

        auto *action = window.findChild<QAction *>(QStringLiteral("zOffsetsByFocusAction"));
        QVERIFY(action);
        action->trigger();
        FocusWizardPanel *panel = window.focusUi()->panel();
        QVERIFY(window.focusUi()->dock()->isVisible());
        QCOMPARE(panel->mode(), FocusSettings::Mode::ZOffsets);
        auto *start = panel->findChild<QPushButton *>(QStringLiteral("focusStart"));
        QVERIFY(start->isEnabled());
        QTest::mouseClick(start, Qt::LeftButton);
        auto *apply = panel->findChild<QPushButton *>(QStringLiteral("focusApply"));
        QTRY_VERIFY_WITH_TIMEOUT(apply->isEnabled(), 300000);

        QTableWidget *table = panel->resultTable();
        QCOMPARE(table->rowCount(), 3);
        for (int row = 1; row < 3; ++row) {
            const int tool = int(table->item(row, FocusWizardPanel::Tool)->data(Qt::UserRole).toDouble());
            const double z = table->item(row, FocusWizardPanel::NewZ)->data(Qt::UserRole).toDouble();
            const double truth = double(options.trueOffsets.value(tool).z());
            qInfo("T%d: %.4f (truth %.4f), error %+.1f µm", tool, z, truth, (z - truth) * 1000.0);
            QVERIFY2(
                std::abs(z - truth) < 0.02, qPrintable(QStringLiteral("T%1 measured %2").arg(tool).arg(z)));
        }
        auto *log = panel->findChild<QLabel *>(QStringLiteral("focusLogPath"));
        QVERIFY(log->text().contains(FocusUi::logDirectory()));
        QVERIFY(QFile::exists(window.focusUi()->workflow()->logPath()));
        QVERIFY(panel->plot()->hasPeakMarker());

        // T0 is back; the tool panel shows it once the subscription reports it.
        QTRY_VERIFY_WITH_TIMEOUT(std::any_of(window.printerUi()->client().state().tools().cbegin(),
                                     window.printerUi()->client().state().tools().cend(),
                                     [](const ToolInfo &t) { return t.active && t.number == 0; }),
            5000);

        // For the user guide: RETICLE_SCREENSHOT_DIR=docs/images under xvfb-run with QT_QPA_PLATFORM=xcb.
        if (const QString shots = qEnvironmentVariable("RETICLE_SCREENSHOT_DIR"); !shots.isEmpty()) {
            QVERIFY(window.grab().save(shots + QStringLiteral("/focus-z-offsets.png")));
            QVERIFY(panel->grab().save(shots + QStringLiteral("/focus-panel.png")));
        }
    }
};

QTEST_MAIN(TestFocusGui)
#include "tst_focus_gui.moc"
