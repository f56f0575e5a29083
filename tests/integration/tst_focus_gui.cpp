// Z offsets by focus in the real main window against the simulator: connect, open the camera,
// home, jog T0 over the camera, Calibrate > Z offsets by focus…, Start, and the result table shows
// every tool's Z offset close to the simulator's hidden truth.
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

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

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
        window.printerUi()->connectTo(simulator.printerUrl(), simulator.apiKey());
        CameraProfile profile;
        profile.name = QStringLiteral("sim");
        profile.url = simulator.cameraStreamUrl();
        window.cameraUi()->openProfile(profile);
        QTRY_VERIFY_WITH_TIMEOUT(window.printerUi()->client().isReady(), 20000);
        QTRY_VERIFY_WITH_TIMEOUT(window.cameraUi()->source()
                && window.cameraUi()->source()->state() == StreamStateMachine::State::Streaming,
            20000);

        // The operator homes and jogs T0 over the camera, near focus.
        bool homed = false;
        window.printerUi()->guard().home()->then(this, [&](PrinterReply *r) { homed = !r->isError(); });
        QTRY_VERIFY_WITH_TIMEOUT(
            homed && window.printerUi()->client().state().isHomed(QLatin1Char('z')), 30000);
        bool moved = false;
        MoveRequest request = MoveRequest::absolute(150.0, 150.0, 20.0);
        request.waitForEnd = true;
        window.printerUi()->guard().move(request)->then(
            this, [&](PrinterReply *r) { moved = !r->isError(); });
        QTRY_VERIFY_WITH_TIMEOUT(moved, 30000);
        QTRY_VERIFY_WITH_TIMEOUT(window.printerUi()->client().state().gcodePosition()
                && std::abs(window.printerUi()->client().state().gcodePosition()->z - 20.0) < 1e-6
                && window.printerUi()->client().state().isHomed(QLatin1Char('z')),
            5000);

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
