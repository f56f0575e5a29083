// Camera-tool mode in the real main window against the simulator: connect, open the camera tool's
// camera, home, Calibrate > Tool offsets (camera tool)…, Start, confirm the deposit, and the review
// table shows offsets within 5 µm of the simulator's hidden truth.
#include "SimWindow.h"
#include "CameraToolUi.h"
#include "CameraUi.h"
#include "MainWindow.h"
#include "PrinterUi.h"
#include "camera/FrameSource.h"
#include "embedded/EmbeddedSimulator.h"
#include "printer/MoonrakerClient.h"
#include "printer/MotionGuard.h"
#include "printer/PrinterReply.h"
#include "store/Settings.h"
#include "wizard/CameraToolWizardPanel.h"
#include "wizard/OffsetReviewTable.h"

#include <QAction>
#include <QDockWidget>
#include <QPushButton>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace reticle;

class TestCameraToolGui : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_home;

private slots:
    void initTestCase() { QVERIFY(test::useOwnDataFolders(m_home)); }

    void cameraToolOffsetsFromTheCalibrateMenu()
    {
        sim::SimulatorOptions options = sim::SimulatorOptions::forTests();
        options.tools = 2;
        options.cameraTool = true;
        options.trueOffsets = {{1, QVector3D(-2.345f, 1.234f, 0.0f)}, {2, QVector3D(0.4f, -0.3f, 0.0f)}};
        options.backlash = 0.02;
        sim::EmbeddedSimulator simulator(options);
        sim::CameraOptions camera;
        camera.mode = sim::CameraMode::CameraTool;
        camera.rotationDeg = 15.0;
        simulator.setCameraOptions(camera);
        QString error;
        QVERIFY2(simulator.start(&error), qPrintable(error));

        QTemporaryDir dir;
        Settings settings(dir.filePath(QStringLiteral("s.ini")));
        MainWindow window(settings);
        QFile::remove(window.cameraToolUi()->calibrationPath());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(test::connectToSimulator(window, simulator, QStringLiteral("c0-cam")));
        // The operator homes and raises the head over the free corner of the bed.
        QVERIFY(test::homeAndMoveTo(window, 40.0, 240.0, 20.0));

        auto *action = window.findChild<QAction *>(QStringLiteral("cameraToolOffsetsAction"));
        QVERIFY(action);
        action->trigger();
        auto *dock = window.findChild<QDockWidget *>(QStringLiteral("cameraToolDock"));
        QVERIFY(dock && dock->isVisible());
        CameraToolWizardPanel *panel = window.cameraToolUi()->panel();
        panel->findChild<QPushButton *>(QStringLiteral("cameraToolStart"))->click();

        // Nothing extrudes before the operator agrees.
        auto *confirm = panel->findChild<QPushButton *>(QStringLiteral("cameraToolConfirm"));
        QTRY_VERIFY_WITH_TIMEOUT(confirm->isVisible(), 5000);
        QVERIFY(simulator.snapshot().marks.isEmpty());
        const QString shots = qEnvironmentVariable("RETICLE_SCREENSHOT_DIR");
        if (!shots.isEmpty())
            QVERIFY(window.grab().save(shots + QStringLiteral("/camera-tool-confirm.png")));
        confirm->click();

        auto *apply = panel->findChild<QPushButton *>(QStringLiteral("cameraToolApply"));
        QTRY_VERIFY_WITH_TIMEOUT(apply->isEnabled(), 240000);
        QCOMPARE(simulator.snapshot().marks.size(), 2);

        // C0 (tool 2) is the reference; its reported offset is 0, so T_n = t_n − t_C0.
        OffsetReviewTable *table = panel->reviewTable();
        QCOMPARE(table->rowCount(), 2);
        const QPointF truth[2] = {{-0.4, 0.3}, {-2.745, 1.534}};
        for (int row = 0; row < 2; ++row) {
            const double x = table->item(row, OffsetReviewTable::NewX)->data(Qt::UserRole).toDouble();
            const double y = table->item(row, OffsetReviewTable::NewY)->data(Qt::UserRole).toDouble();
            QVERIFY2(std::abs(x - truth[row].x()) < 0.005 && std::abs(y - truth[row].y()) < 0.005,
                     qPrintable(QStringLiteral("row %1 measured %2, %3").arg(row).arg(x).arg(y)));
        }
        QVERIFY(table->isFlagged(1)); // 2.7 mm from the applied offset 0: flagged for review
        QVERIFY(QFile::exists(window.cameraToolUi()->calibrationPath()));
        // Back where the operator left it.
        QTRY_VERIFY_WITH_TIMEOUT(window.printerUi()->client().state().gcodePosition()
                                     && std::abs(window.printerUi()->client().state().gcodePosition()->y - 240.0) < 1e-6,
                                 5000);

        if (!shots.isEmpty())
            QVERIFY(window.grab().save(shots + QStringLiteral("/camera-tool-review.png")));
    }
};

QTEST_MAIN(TestCameraToolGui)
#include "tst_cameratool_gui.moc"
