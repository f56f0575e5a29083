// The camera calibration wizard in the real main window against the simulator, driven through its
// widgets: Calibrate > Camera calibration…, Start, confirm homing in the dialog, a scale line drawn
// with the camera view's tool, calibration by moves, reference points, accuracy check, Save.
// With RETICLE_SCREENSHOT_DIR set (under xvfb-run with QT_QPA_PLATFORM=xcb) it grabs each step for
// the user guide.
#include "SimWindow.h"
#include "CameraCalibrationUi.h"
#include "CameraUi.h"
#include "MainWindow.h"
#include "PrinterUi.h"
#include "camera/CameraView.h"
#include "camera/FrameSource.h"
#include "embedded/EmbeddedSimulator.h"
#include "plots/ResidualPlot.h"
#include "printer/MoonrakerClient.h"
#include "store/CalibrationStore.h"
#include "store/Settings.h"
#include "wizard/CameraCalibrationPanel.h"
#include "workflow/CameraCalibrationWizard.h"

#include <QAction>
#include <QApplication>
#include <QDockWidget>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QMessageBox>
#include <QPainter>
#include <QPushButton>
#include <QRadioButton>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace reticle;

namespace {

// The window as the operator sees it; a dialog on top of it is drawn in where it sits.
void shoot(QWidget &window, const QString &name, QWidget *dialog = nullptr)
{
    const QString dir = qEnvironmentVariable("RETICLE_SCREENSHOT_DIR");
    if (dir.isEmpty())
        return;
    QCoreApplication::processEvents();
    QPixmap shot = window.grab();
    if (dialog) {
        QPainter painter(&shot);
        painter.drawPixmap(window.mapFromGlobal(dialog->mapToGlobal(QPoint(0, 0))), dialog->grab());
    }
    QVERIFY(shot.save(dir + QLatin1Char('/') + name));
}

template<typename T>
T *child(QWidget *parent, const char *name)
{
    T *widget = parent->findChild<T *>(QLatin1String(name));
    if (!widget)
        qFatal("no widget %s", name);
    return widget;
}

} // namespace

class TestCameraCalibrationGui : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_home;

private slots:
    void initTestCase() { QVERIFY(test::useOwnDataFolders(m_home)); }

    void walksTheFourStepsAndSaves()
    {
        sim::SimulatorOptions options = sim::SimulatorOptions::forTests();
        options.tools = 1;
        options.backlash = 0.02;
        sim::EmbeddedSimulator simulator(options);
        sim::CameraOptions camera;
        camera.rotationDeg = 12.0;
        camera.mirrored = true;
        simulator.setCameraOptions(camera);
        QString error;
        QVERIFY2(simulator.start(&error), qPrintable(error));

        QTemporaryDir dir;
        Settings settings(dir.filePath(QStringLiteral("s.ini")));
        MainWindow window(settings);
        window.resize(1600, 1000);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        CameraCalibrationUi *ui = window.cameraCalibrationUi();
        QFile::remove(ui->calibrationPath());
        QVERIFY(test::connectToSimulator(window, simulator, QStringLiteral("sim")));

        // Calibrate > Camera calibration… opens the dock beside the Wizard dock.
        auto *action = window.findChild<QAction *>(QStringLiteral("cameraCalibrationAction"));
        QVERIFY(action);
        QVERIFY(window.findChild<QMenu *>(QStringLiteral("calibrateMenu"))->actions().contains(action));
        action->trigger();
        QVERIFY(ui->dock()->isVisible());
        CameraCalibrationPanel *panel = ui->panel();
        QCOMPARE(child<QDoubleSpinBox>(panel, "camcalPositionZ")->value(), 20.0); // the saved default
        shoot(window, QStringLiteral("camera-calibration-start.png"));

        // 1. Home and prepare: the simulator is not homed, so a dialog asks first.
        QTest::mouseClick(child<QPushButton>(panel, "camcalStart"), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(ui->homingQuestion() && ui->homingQuestion()->isVisible(), 10000);
        shoot(window, QStringLiteral("camera-calibration-home.png"), ui->homingQuestion());
        QTest::mouseClick(ui->homingQuestion()->button(QMessageBox::Yes), Qt::LeftButton);
        auto *next = child<QPushButton>(panel, "camcalNext");
        QTRY_VERIFY_WITH_TIMEOUT(next->isEnabled(), 60000);
        QVERIFY2(child<QLabel>(panel, "camcalSharpness")->text().contains(QStringLiteral("pass")),
                 qPrintable(child<QLabel>(panel, "camcalSharpness")->text()));
        QVERIFY(child<QLabel>(panel, "camcalNozzle")->text().startsWith(QStringLiteral("found")));
        shoot(window, QStringLiteral("camera-calibration-prepare.png"));
        // Next from the keyboard (Ctrl+Return anywhere in the panel).
        window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        next->setFocus();
        QVERIFY(QApplication::focusWidget());
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return, Qt::ControlModifier);
        QTRY_COMPARE_WITH_TIMEOUT(ui->wizard()->step(), CameraCalibrationWizard::Step::PixelScale, 5000);

        // 2. Pixel scale by a drawn line: the scale tool, a drag in the camera view, the length.
        auto *tool = child<QPushButton>(panel, "camcalScaleTool");
        QTest::mouseClick(tool, Qt::LeftButton);
        CameraView *view = window.cameraUi()->view();
        QCOMPARE(view->tool(), CameraView::Tool::ScaleLine);
        const QPoint from = view->imageToWidget(QPointF(340, 700)).toPoint();
        const QPoint to = view->imageToWidget(QPointF(940, 700)).toPoint();
        QTest::mousePress(view, Qt::LeftButton, Qt::NoModifier, from);
        QTest::mouseMove(view, to);
        QTest::mouseRelease(view, Qt::LeftButton, Qt::NoModifier, to);
        const double linePx = view->scaleLine().length();
        QVERIFY2(linePx > 500, qPrintable(QString::number(linePx)));
        // The operator's reference is that many pixels at the simulator's 15 µm/px.
        child<QDoubleSpinBox>(panel, "camcalLineMm")->setValue(linePx * camera.umPerPx / 1000.0);
        QTest::mouseClick(child<QPushButton>(panel, "camcalApplyLine"), Qt::LeftButton);
        QVERIFY2(std::abs(ui->wizard()->pixelScale().micronsPerPixelX - camera.umPerPx) < 0.01,
                 qPrintable(child<QLabel>(panel, "camcalMessage")->text()));
        QVERIFY(next->isEnabled());
        shoot(window, QStringLiteral("camera-calibration-scale-line.png"));

        // … or by moves, with the fit's residuals plotted.
        QTest::mouseClick(child<QRadioButton>(panel, "camcalByMoves"), Qt::LeftButton);
        QVERIFY(!tool->isChecked() || view->tool() == CameraView::Tool::ScaleLine);
        QTest::mouseClick(child<QPushButton>(panel, "camcalRunMoves"), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(ui->wizard()->state() == CameraCalibrationWizard::State::Working, 5000);
        QTRY_VERIFY_WITH_TIMEOUT(next->isEnabled(), 120000);
        QCOMPARE(ui->wizard()->pixelScale().method, QStringLiteral("moves"));
        auto *movesPlot = child<ResidualPlot>(panel, "camcalMovesPlot");
        QVERIFY(movesPlot->isVisible());
        QVERIFY(movesPlot->pointCount() >= 12);
        shoot(window, QStringLiteral("camera-calibration-scale-moves.png"));
        QTest::mouseClick(next, Qt::LeftButton);

        // 3. Reference points: 3 × 3, each with its residual.
        QTRY_VERIFY_WITH_TIMEOUT(next->isEnabled(), 120000);
        auto *table = child<QTableWidget>(panel, "camcalReferenceTable");
        QCOMPARE(table->rowCount(), 9);
        for (int row = 0; row < 9; ++row)
            QVERIFY2(table->item(row, 5)->data(Qt::UserRole).toDouble() < 5.0, qPrintable(table->item(row, 5)->text()));
        QCOMPARE(child<ResidualPlot>(panel, "camcalReferencePlot")->pointCount(), 9);
        shoot(window, QStringLiteral("camera-calibration-reference-points.png"));
        QTest::mouseClick(next, Qt::LeftButton);

        // 4. Accuracy check, then Save: nothing on disk before.
        auto *save = child<QPushButton>(panel, "camcalSave");
        QTRY_VERIFY_WITH_TIMEOUT(save->isEnabled(), 120000);
        QVERIFY(!QFile::exists(ui->calibrationPath()));
        const AccuracyCheckWorkflow *accuracy = ui->wizard()->accuracy();
        qInfo("GUI run: accuracy RMS %.2f µm, max %.2f µm over %d points; %d moves", accuracy->rmsUm(), accuracy->maxUm(),
              accuracy->checkedPoints(), ui->wizard()->totalMoves());
        QVERIFY(accuracy->rmsUm() < 5.0);
        QVERIFY(child<QLabel>(panel, "camcalAccuracyResult")->text().contains(QStringLiteral("RMS")));
        shoot(window, QStringLiteral("camera-calibration-accuracy.png"));
        QTest::mouseClick(save, Qt::LeftButton);
        QCOMPARE(ui->wizard()->state(), CameraCalibrationWizard::State::Saved);
        CalibrationStore store(ui->calibrationPath());
        QVERIFY2(store.load(), qPrintable(store.error()));
        QVERIFY(store.record().transform.has_value());
        QCOMPARE(store.record().cameraName, QStringLiteral("sim"));
        QVERIFY(std::abs(store.record().micronsPerPixelX - camera.umPerPx) < 0.05);
    }
};

QTEST_MAIN(TestCameraCalibrationGui)
#include "tst_cameracalibration_gui.moc"
