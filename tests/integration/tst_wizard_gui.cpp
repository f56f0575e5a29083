// The tool offset wizard in the real main window against the simulator: connect, open the camera,
// home, jog T0 over the camera, Calibrate > Tool offsets, and the review table shows offsets
// within 5 µm of the simulator's hidden truth. Then Apply (the confirmation shows the G-code),
// Undo apply (the printer's offsets and tools_config.json back as they were), and
// Calibrate > Repeatability… over five cycles with its table, scatter and drift plots.
#include "SimWindow.h"
#include "CameraUi.h"
#include "MainWindow.h"
#include "PrinterUi.h"
#include "RepeatabilityUi.h"
#include "WizardUi.h"
#include "camera/FrameSource.h"
#include "embedded/EmbeddedSimulator.h"
#include "printer/MoonrakerClient.h"
#include "printer/MotionGuard.h"
#include "printer/OffsetWriter.h"
#include "printer/PrinterReply.h"
#include "plots/DriftPlot.h"
#include "plots/ScatterPlot.h"
#include "store/AtomicJsonFile.h"
#include "store/Settings.h"
#include "store/ToolsConfigStore.h"
#include "wizard/OffsetReviewTable.h"
#include "wizard/RepeatabilityPanel.h"
#include "wizard/ToolOffsetWizardPanel.h"

#include <QAction>
#include <QUrl>
#include <QApplication>
#include <QDir>
#include <QJsonArray>
#include <QMessageBox>
#include <QTabWidget>
#include <QTableWidget>
#include <QPushButton>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <opencv2/imgproc.hpp>
#include <opencv2/videoio.hpp>

using namespace reticle;

namespace {

QString screenshotDir()
{
    // For the user guide: RETICLE_SCREENSHOT_DIR=docs/images under xvfb-run with QT_QPA_PLATFORM=xcb.
    return qEnvironmentVariable("RETICLE_SCREENSHOT_DIR");
}

void screenshot(QWidget *widget, const QString &name)
{
    if (const QString dir = screenshotDir(); !dir.isEmpty()) {
        // Let pending layout requests (a panel that just changed its step list) settle first.
        QApplication::sendPostedEvents();
        QApplication::processEvents();
        QVERIFY(widget->grab().save(dir + QLatin1Char('/') + name));
    }
}

std::optional<double> printerOffsetX(MoonrakerClient &client, int tool)
{
    for (const ToolInfo &info : client.state().tools())
        if (info.number == tool)
            return info.offset.x;
    return std::nullopt;
}

QJsonObject withoutHistory(QJsonObject entry)
{
    entry.remove(QStringLiteral("history"));
    return entry;
}

} // namespace

// Answers the next message box called `name` (polling for the modal dialog, as a person would
// wait for it to appear): keeps its detailed text, saves a screenshot with its details shown when
// asked, and presses `button`.
class BoxAnswer : public QObject
{
public:
    BoxAnswer(const QString &name, QMessageBox::StandardButton button, const QString &shot = QString())
        : m_name(name)
        , m_button(button)
        , m_shot(shot)
    {
        connect(&m_timer, &QTimer::timeout, this, &BoxAnswer::poll);
        m_timer.start(50);
    }
    bool answered() const { return m_answered; }
    QString details() const { return m_details; }
    QString text() const { return m_text; }

private:
    void poll()
    {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        if (!box || box->objectName() != m_name || !box->isVisible())
            return;
        m_timer.stop();
        m_details = box->detailedText();
        m_text = box->text();
        if (!m_shot.isEmpty() && !screenshotDir().isEmpty()) {
            for (QAbstractButton *b : box->buttons())
                if (box->buttonRole(b) == QMessageBox::ActionRole)
                    b->click(); // "Show details…"
            QApplication::processEvents();
            box->adjustSize();
            QApplication::processEvents();
            box->grab().save(screenshotDir() + QLatin1Char('/') + m_shot);
        }
        m_answered = true;
        box->button(m_button)->click();
    }

    QString m_name;
    QMessageBox::StandardButton m_button;
    QString m_shot;
    QTimer m_timer;
    bool m_answered = false;
    QString m_details;
    QString m_text;
};

class TestWizardGui : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_home;

private slots:
    void initTestCase() { QVERIFY(test::useOwnDataFolders(m_home)); }

    void toolOffsetsFromTheCalibrateMenu()
    {
        sim::SimulatorOptions options = sim::SimulatorOptions::forTests();
        options.tools = 2;
        options.trueOffsets = {{1, QVector3D(-2.345f, 1.234f, 0.0f)}};
        options.backlash = 0.02;
        sim::EmbeddedSimulator simulator(options);
        sim::CameraOptions camera;
        camera.rotationDeg = 15.0;
        simulator.setCameraOptions(camera);
        QString error;
        QVERIFY2(simulator.start(&error), qPrintable(error));
        const QString data = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
        QDir().mkpath(data);
        QFile::remove(data + QStringLiteral("/calibration.json"));
        // The operator's tools_config.json from the camera-Pi system, with an earlier measurement.
        const QString toolsConfig = data + QStringLiteral("/tools_config.json");
        QFile::remove(toolsConfig);
        const QJsonArray entries{
            QJsonObject{{QStringLiteral("id"), 0}, {QStringLiteral("name"), QStringLiteral("T0")},
                        {QStringLiteral("type"), QStringLiteral("extruder")}, {QStringLiteral("offsetX"), 0.0},
                        {QStringLiteral("offsetY"), 0.0}, {QStringLiteral("offsetZ"), 0.0}},
            QJsonObject{{QStringLiteral("id"), 1}, {QStringLiteral("name"), QStringLiteral("T1")},
                        {QStringLiteral("type"), QStringLiteral("extruder")}, {QStringLiteral("offsetX"), -2.3},
                        {QStringLiteral("offsetY"), 1.2}, {QStringLiteral("offsetZ"), 0.0},
                        {QStringLiteral("preciseX"), -2.341}, {QStringLiteral("preciseY"), 1.238},
                        {QStringLiteral("preciseZ"), 0.0},
                        {QStringLiteral("history"),
                         QJsonArray{QJsonObject{{QStringLiteral("x"), -2.341}, {QStringLiteral("y"), 1.238},
                                                {QStringLiteral("at"), QStringLiteral("2026-11-14T09:30:00.000Z")},
                                                {QStringLiteral("method"), QStringLiteral("nozzle-camera-auto")}}}}}};
        QVERIFY(AtomicJsonFile(toolsConfig).write(QJsonObject{{QStringLiteral("tools"), entries}}));

        QTemporaryDir dir;
        Settings settings(dir.filePath(QStringLiteral("s.ini")));
        MainWindow window(settings);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(test::connectToSimulator(window, simulator, QStringLiteral("sim")));
        // The operator homes and jogs T0 over the camera.
        QVERIFY(test::homeAndMoveTo(window, 150.0, 150.0, 20.0));

        auto *action = window.findChild<QAction *>(QStringLiteral("toolOffsetsAction"));
        QVERIFY(action);
        action->trigger();
        ToolOffsetWizardPanel *panel = window.wizardUi()->panel();
        auto *apply = panel->findChild<QPushButton *>(QStringLiteral("wizardApply"));
        // While T1 is measured: the step list with progress and the settings.
        QTRY_VERIFY_WITH_TIMEOUT(!panel->reviewTable()->isHidden() || apply->isEnabled(), 180000);
        screenshot(&window, QStringLiteral("tool-offsets-running.png"));
        QTRY_VERIFY_WITH_TIMEOUT(apply->isEnabled(), 180000);

        OffsetReviewTable *table = panel->reviewTable();
        QCOMPARE(table->rowCount(), 2);
        const double x = table->item(1, OffsetReviewTable::NewX)->data(Qt::UserRole).toDouble();
        const double y = table->item(1, OffsetReviewTable::NewY)->data(Qt::UserRole).toDouble();
        QVERIFY2(std::abs(x + 2.345) < 0.005 && std::abs(y - 1.234) < 0.005,
                 qPrintable(QStringLiteral("T1 measured %1, %2").arg(x).arg(y)));
        QVERIFY(table->isFlagged(1)); // 2.3 mm from the applied offset 0: flagged for review
        QVERIFY(QFile::exists(window.wizardUi()->calibrationPath()));

        screenshot(&window, QStringLiteral("wizard-tool-offsets-review.png"));
        screenshot(&window, QStringLiteral("tool-offsets-review.png"));

        // --- Apply: the confirmation shows the exact commands; SAVE_CONFIG is asked separately.
        MoonrakerClient &client = window.printerUi()->client();
        QCOMPARE(printerOffsetX(client, 1).value_or(-1.0), 0.0);
        ToolsConfigStore fileBefore(toolsConfig);
        QVERIFY(fileBefore.load());
        auto *undoButton = panel->findChild<QPushButton *>(QStringLiteral("wizardUndo"));
        QVERIFY(undoButton->isHidden());
        {
            BoxAnswer confirm(QStringLiteral("applyConfirm"), QMessageBox::Yes, QStringLiteral("tool-offsets-apply.png"));
            BoxAnswer saveConfig(QStringLiteral("saveConfigQuestion"), QMessageBox::No);
            QTest::mouseClick(apply, Qt::LeftButton);
            QTRY_VERIFY_WITH_TIMEOUT(confirm.answered(), 20000);
            QVERIFY2(confirm.details().contains(QStringLiteral("SET_TOOL_PARAMETER T=1 PARAMETER=gcode_x_offset VALUE=%1")
                                                    .arg(OffsetWriter::number(x))),
                     qPrintable(confirm.details()));
            QTRY_VERIFY_WITH_TIMEOUT(saveConfig.answered(), 20000);
        }
        QTRY_VERIFY_WITH_TIMEOUT(std::abs(printerOffsetX(client, 1).value_or(0.0) - x) < 0.0006, 10000);
        {
            ToolsConfigStore applied(toolsConfig);
            QVERIFY(applied.load());
            const QJsonObject t1 = applied.entry(applied.indexOf(1, QStringLiteral("T1")));
            QVERIFY(std::abs(t1.value(QStringLiteral("preciseX")).toDouble() - x) < 1e-9);
        }
        QVERIFY(!undoButton->isHidden());
        QVERIFY(undoButton->isEnabled());

        // --- Undo apply: the commands that put back the previous offsets, then the file.
        {
            BoxAnswer confirm(QStringLiteral("undoConfirm"), QMessageBox::Yes, QStringLiteral("tool-offsets-undo.png"));
            BoxAnswer saveConfig(QStringLiteral("saveConfigQuestion"), QMessageBox::No);
            QTest::mouseClick(undoButton, Qt::LeftButton);
            QTRY_VERIFY_WITH_TIMEOUT(confirm.answered(), 20000);
            QVERIFY2(confirm.details().contains(QStringLiteral("SET_TOOL_PARAMETER T=1 PARAMETER=gcode_x_offset VALUE=0.000")),
                     qPrintable(confirm.details()));
            QTRY_VERIFY_WITH_TIMEOUT(saveConfig.answered(), 20000);
        }
        QTRY_VERIFY_WITH_TIMEOUT(std::abs(printerOffsetX(client, 1).value_or(1.0)) < 1e-9, 10000);
        QTRY_VERIFY_WITH_TIMEOUT(undoButton->isHidden(), 5000);
        {
            ToolsConfigStore undone(toolsConfig);
            QVERIFY(undone.load());
            QCOMPARE(undone.tools().size(), fileBefore.tools().size());
            for (int i = 0; i < fileBefore.tools().size(); ++i) {
                QCOMPARE(withoutHistory(undone.entry(i)), withoutHistory(fileBefore.entry(i)));
                QCOMPARE(undone.history(i).last().method, QStringLiteral("undo"));
            }
        }

        // --- Apply again, then someone else changes T1: undo says so and asks; Cancel sends nothing.
        {
            BoxAnswer confirm(QStringLiteral("applyConfirm"), QMessageBox::Yes);
            BoxAnswer saveConfig(QStringLiteral("saveConfigQuestion"), QMessageBox::No);
            QTest::mouseClick(apply, Qt::LeftButton);
            QTRY_VERIFY_WITH_TIMEOUT(saveConfig.answered(), 20000);
        }
        QTRY_VERIFY_WITH_TIMEOUT(std::abs(printerOffsetX(client, 1).value_or(0.0) - x) < 0.0006, 10000);
        client.sendGcode(QStringLiteral("SET_TOOL_PARAMETER T=1 PARAMETER=gcode_x_offset VALUE=0.9"));
        QTRY_VERIFY_WITH_TIMEOUT(std::abs(printerOffsetX(client, 1).value_or(0.0) - 0.9) < 1e-9, 10000);
        {
            BoxAnswer changed(QStringLiteral("undoChangedQuestion"), QMessageBox::Cancel);
            QTest::mouseClick(undoButton, Qt::LeftButton);
            QTRY_VERIFY_WITH_TIMEOUT(changed.answered(), 20000);
            QVERIFY2(changed.details().contains(QStringLiteral("T1: X 0.900")), qPrintable(changed.details()));
        }
        QVERIFY(!undoButton->isHidden()); // still offered: the operator may decide later
        QCOMPARE(printerOffsetX(client, 1).value_or(0.0), 0.9);

        // --- Calibrate > Repeatability…: five cycles, then the table, the scatter and the drift.
        auto *repeatAction = window.findChild<QAction *>(QStringLiteral("repeatabilityAction"));
        QVERIFY(repeatAction);
        repeatAction->trigger();
        RepeatabilityPanel *repeat = window.repeatabilityUi()->panel();
        QTRY_VERIFY_WITH_TIMEOUT(repeat->isVisible(), 5000);
        QCOMPARE(repeat->cycles(), 5);
        QTest::mouseClick(repeat->findChild<QPushButton *>(QStringLiteral("repeatStart")), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(window.repeatabilityUi()->workflow()
                                     && window.repeatabilityUi()->workflow()->cyclesDone() >= 2,
                                 180000);
        screenshot(&window, QStringLiteral("repeatability-running.png"));
        QTRY_COMPARE_WITH_TIMEOUT(window.repeatabilityUi()->workflow()->state(), RepeatabilityWorkflow::State::Review,
                                  180000);
        QTableWidget *table2 = repeat->resultsTable();
        QCOMPARE(table2->rowCount(), 2);
        for (int row = 0; row < 2; ++row) {
            const double sx = table2->item(row, RepeatabilityPanel::StdX)->data(Qt::UserRole).toDouble();
            const double sy = table2->item(row, RepeatabilityPanel::StdY)->data(Qt::UserRole).toDouble();
            qInfo("%s: std %.2f / %.2f µm over %s cycles", qPrintable(table2->item(row, 0)->text()), sx, sy,
                  qPrintable(table2->item(row, RepeatabilityPanel::Cycles)->text()));
            QVERIFY(sx <= 2.0 && sy <= 2.0);
        }
        repeat->toolChooser()->setCurrentIndex(1);
        QCOMPARE(repeat->scatterPlot()->sampleCount(), 5);
        screenshot(&window, QStringLiteral("repeatability-review.png"));

        auto *save = repeat->findChild<QPushButton *>(QStringLiteral("repeatSave"));
        QVERIFY(save->isEnabled());
        QTest::mouseClick(save, Qt::LeftButton);
        QVERIFY(!save->isEnabled());
        ToolsConfigStore saved(toolsConfig);
        QVERIFY(saved.load());
        const int t1 = saved.indexOf(1, QStringLiteral("T1"));
        QCOMPARE(saved.history(t1).last().method, QStringLiteral("repeatability"));
        // Drift: T1's history has the earlier measurement, the two applied ones and this run's mean.
        const QVector<DriftSeries> &drift = repeat->driftPlot()->series();
        auto t1Drift = std::find_if(drift.cbegin(), drift.cend(), [](const DriftSeries &d) { return d.tool == QLatin1String("T1"); });
        QVERIFY(t1Drift != drift.cend());
        QCOMPARE(t1Drift->at.size(), 4);
        repeat->findChild<QTabWidget *>(QStringLiteral("repeatTabs"))->setCurrentIndex(1);
        screenshot(&window, QStringLiteral("repeatability-drift.png"));
    }

    void aCameraWithoutCaptureTimesIsWarnedAbout()
    {
        sim::EmbeddedSimulator simulator(sim::SimulatorOptions::forTests());
        QString error;
        QVERIFY2(simulator.start(&error), qPrintable(error));
        QTemporaryDir dir;
        QTemporaryDir videoDir;
        const QString clip = videoDir.filePath(QStringLiteral("nozzle.avi"));
        {
            cv::VideoWriter writer(clip.toStdString(), cv::CAP_FFMPEG, cv::VideoWriter::fourcc('M', 'J', 'P', 'G'),
                                   25.0, cv::Size(160, 120));
            QVERIFY2(writer.isOpened(), "OpenCV cannot write an MJPG AVI here");
            for (int i = 0; i < 25; ++i) {
                cv::Mat frame(120, 160, CV_8UC3, cv::Scalar(40, 90, 160));
                cv::circle(frame, cv::Point(80, 60), 20, cv::Scalar(10, 10, 10), -1);
                writer.write(frame);
            }
        }
        Settings settings(dir.filePath(QStringLiteral("s.ini")));
        MainWindow window(settings);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(test::connectToSimulator(window, simulator, QStringLiteral("sim")));
        QVERIFY(test::homeAndMoveTo(window, 150.0, 150.0, 20.0));
        // A video stream (RTSP, here a file through the same Qt Multimedia path) instead of MJPEG.
        CameraProfile video;
        video.name = QStringLiteral("video");
        video.type = CameraProfile::Type::MediaUrl;
        video.url = QUrl::fromLocalFile(clip);
        window.cameraUi()->openProfile(video);
        QTRY_VERIFY_WITH_TIMEOUT(window.cameraUi()->source()
                                     && window.cameraUi()->source()->state() == StreamStateMachine::State::Streaming,
                                 20000);
        auto *action = window.findChild<QAction *>(QStringLiteral("toolOffsetsAction"));
        QVERIFY(action);

        // "No" (the default): the wizard does not start.
        {
            BoxAnswer answer(QStringLiteral("untimedCameraWarning"), QMessageBox::No, QStringLiteral("untimed-camera-warning.png"));
            action->trigger();
            QTRY_VERIFY_WITH_TIMEOUT(answer.answered(), 10000);
            QVERIFY2(answer.text().contains(QLatin1String("no capture time")), qPrintable(answer.text()));
        }
        QVERIFY(!window.wizardUi()->isMeasuring());
        // "Yes": the operator knows better; the wizard starts.
        {
            BoxAnswer answer(QStringLiteral("untimedCameraWarning"), QMessageBox::Yes);
            action->trigger();
            QTRY_VERIFY_WITH_TIMEOUT(answer.answered(), 10000);
        }
        QTRY_VERIFY_WITH_TIMEOUT(window.wizardUi()->isMeasuring(), 10000);
        // The still video cannot follow the moves, so the camera calibration fails unless the
        // cancel comes first; either way the failure box (no name) is closed and the run ends.
        BoxAnswer failure(QString(), QMessageBox::Ok);
        auto *cancel = window.wizardUi()->panel()->findChild<QPushButton *>(QStringLiteral("wizardCancel"));
        QVERIFY(cancel);
        if (cancel->isEnabled())
            QTest::mouseClick(cancel, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!window.wizardUi()->isMeasuring(), 60000);
    }
};

QTEST_MAIN(TestWizardGui)
#include "tst_wizard_gui.moc"
