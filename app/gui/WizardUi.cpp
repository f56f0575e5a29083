#include "WizardUi.h"

#include "DataFiles.h"
#include "WizardReadiness.h"
#include "CameraUi.h"
#include "MainWindow.h"
#include "PrinterUi.h"
#include "camera/CameraView.h"
#include "camera/FrameSource.h"
#include "printer/MoonrakerClient.h"
#include "printer/OffsetWriter.h"
#include "printer/PrinterReply.h"
#include "store/CalibrationStore.h"
#include "store/Settings.h"
#include "store/SettingsKeys.h"
#include "wizard/OffsetReviewTable.h"
#include "wizard/ToolOffsetWizardPanel.h"
#include "workflow/CameraCalibrationWorkflow.h"
#include "workflow/CameraNozzleProbe.h"
#include "workflow/PrinterMachineIo.h"
#include "workflow/ToolOffsetOutput.h"
#include "workflow/ToolOffsetWorkflow.h"

#include <QDir>
#include <QDockWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QStandardPaths>
#include <QStatusBar>

namespace reticle {

WizardUi::WizardUi(Settings &settings, MainWindow &window, PrinterUi &printer, CameraUi &camera)
    : QObject(&window)
    , m_settings(settings)
    , m_window(window)
    , m_printer(printer)
    , m_camera(camera)
    , m_panel(new ToolOffsetWizardPanel)
{
    if (auto *dock = m_window.findChild<QDockWidget *>(QStringLiteral("wizardDock")))
        dock->setWidget(m_panel);
    loadPanelSettings();

    m_menu = new QMenu(tr("&Calibrate"), &m_window);
    m_menu->setObjectName(QStringLiteral("calibrateMenu"));
    m_toolOffsetsAction = m_menu->addAction(tr("&Tool offsets…"));
    m_toolOffsetsAction->setObjectName(QStringLiteral("toolOffsetsAction"));
    m_toolOffsetsAction->setToolTip(tr("Jog the reference nozzle over the camera, then measure every tool's offset"));
    connect(m_toolOffsetsAction, &QAction::triggered, this, &WizardUi::startToolOffsets);
    if (auto *help = m_window.findChild<QMenu *>(QStringLiteral("helpMenu")))
        m_window.menuBar()->insertMenu(help->menuAction(), m_menu);
    else
        m_window.menuBar()->addMenu(m_menu);

    connect(m_panel, &ToolOffsetWizardPanel::applyRequested, this, &WizardUi::apply);
    connect(m_panel, &ToolOffsetWizardPanel::undoRequested, this, &WizardUi::undoApply);
    connect(m_panel, &ToolOffsetWizardPanel::startRequested, this, &WizardUi::startToolOffsets);
    connect(m_panel, &ToolOffsetWizardPanel::settingsChanged, this, &WizardUi::storePanelSettings);
    // Manual fallback: a click on the nozzle when detection failed.
    connect(m_camera.view(), &CameraView::imageClicked, this, [this](const QPointF &pixel) {
        if (!m_workflow || !m_probe || m_workflow->state() != ToolOffsetWorkflow::State::AwaitingClick)
            return;
        m_workflow->provideManualMeasurement(m_probe->errorMmAt(pixel));
    });
}

WizardUi::~WizardUi()
{
    emit adaptersAboutToReset(); // other wizards drop their workflows before the adapters go
    m_workflow.reset();
    m_cameraWorkflow.reset();
    m_probe.reset();
    m_machine.reset();
}

QString WizardUi::calibrationPath() const
{
    return DataFiles::calibration();
}

QString WizardUi::toolsConfigPath() const
{
    return DataFiles::toolsConfig();
}

bool WizardUi::checkReady(const QString &title)
{
    return WizardReadiness::printerHomed(m_printer, &m_window, title,
                                         tr("Connect to the printer and home it first, then jog the reference "
                                            "nozzle over the camera."))
        && WizardReadiness::cameraStreaming(m_camera, &m_window, title,
                                            tr("Open a camera that shows the nozzle first."));
}

bool WizardUi::isMeasuring() const
{
    if (m_workflow) {
        using S = ToolOffsetWorkflow::State;
        const S state = m_workflow->state();
        if (state != S::Idle && state != S::Review && state != S::Cancelled && state != S::Failed)
            return true;
    }
    if (m_cameraWorkflow) {
        using C = CameraCalibrationWorkflow::State;
        const C state = m_cameraWorkflow->state();
        return state != C::Idle && state != C::Done && state != C::Cancelled && state != C::Failed;
    }
    return false;
}

bool WizardUi::prepareMeasurement(const QString &title, std::function<void()> measure)
{
    if (isMeasuring() || (m_otherRunning && m_otherRunning())) {
        QMessageBox::information(&m_window, title,
                                 tr("A measurement is running. Cancel it or wait until it is done."));
        return false;
    }
    if (!checkReady(title))
        return false;
    emit adaptersAboutToReset();
    m_workflow.reset();
    m_cameraWorkflow.reset();
    m_probe.reset();
    m_machine = std::make_unique<PrinterMachineIo>(m_printer.client(), m_printer.guard());
    FrameSource *source = m_camera.source();
    m_probe = std::make_unique<CameraNozzleProbe>(*source, NozzleDetector());
    m_imageSize = source->latestFrame().size();
    m_measure = std::move(measure);

    CalibrationStore store(calibrationPath());
    const std::optional<PixelMap> saved = store.load() ? store.record().fittedMapFor(m_imageSize) : std::nullopt;
    if (saved) {
        m_window.statusBar()->showMessage(tr("Using the saved camera calibration (RMS %1 µm)")
                                              .arg(store.record().rmsUm, 0, 'f', 2),
                                          5000);
        measureWith(*saved);
    } else {
        calibrateCameraThenMeasure();
    }
    return true;
}

void WizardUi::startToolOffsets()
{
    prepareMeasurement(tr("Tool offsets"), [this] {
        const ToolOffsetSettings settings = measurementSettings();
        m_workflow = std::make_unique<ToolOffsetWorkflow>(*m_machine, *m_probe, settings);
        QVector<int> order = settings.tools;
        order.removeAll(settings.referenceTool);
        order.prepend(settings.referenceTool);
        m_panel->setWorkflow(m_workflow.get(), order);
        showInDock(m_panel);
        m_workflow->start();
    });
}

ToolOffsetSettings WizardUi::measurementSettings() const
{
    ToolOffsetSettings settings;
    for (const ToolInfo &tool : m_printer.client().state().tools())
        if (tool.number >= 0 && !tool.name.startsWith(QLatin1Char('C')))
            settings.tools.append(tool.number);
    settings.referenceTool = m_machine && m_machine->activeTool() >= 0 ? m_machine->activeTool() : settings.tools.value(0);
    if (m_machine)
        settings.cameraPosition = m_machine->gcodePosition();
    settings.centring = m_panel->centringSettings();
    // The step clamp never exceeds what the camera's map is good for (a third of the view).
    if (m_probe)
        settings.centring.maxStepMm = std::min(settings.centring.maxStepMm, m_probe->maxCorrectionMm());
    settings.repeats = m_panel->measurementsPerTool();
    return settings;
}

void WizardUi::showInDock(QWidget *panel)
{
    auto *dock = m_window.findChild<QDockWidget *>(QStringLiteral("wizardDock"));
    if (!dock)
        return;
    if (dock->widget() != panel) {
        if (QWidget *previous = dock->widget())
            previous->hide();
        dock->setWidget(panel); // the previous panel stays a (hidden) child of the dock
        panel->show();
    }
    dock->show();
    dock->raise();
    // Room for the review table's current / new / Δ columns.
    m_window.resizeDocks({dock}, {std::max(dock->width(), 560)}, Qt::Horizontal);
}

void WizardUi::loadPanelSettings()
{
    CentringSettings centring;
    centring.gain = m_settings.value(keys::centringGain);
    centring.maxStepMm = m_settings.value(keys::centringStepClampMm);
    centring.toleranceUm = m_settings.value(keys::centringToleranceUm);
    centring.maxMoves = m_settings.value(keys::centringMaxMoves);
    centring.maxSeconds = m_settings.value(keys::centringMaxSeconds);
    m_panel->setCentringSettings(centring);
    m_panel->setMeasurementsPerTool(m_settings.value(keys::measurementsPerTool));
    m_panel->setFlagThresholdMm(m_settings.value(keys::reviewFlagThresholdMm));
}

void WizardUi::storePanelSettings()
{
    const CentringSettings centring = m_panel->centringSettings();
    m_settings.setValue(keys::centringGain, centring.gain);
    m_settings.setValue(keys::centringStepClampMm, centring.maxStepMm);
    m_settings.setValue(keys::centringToleranceUm, centring.toleranceUm);
    m_settings.setValue(keys::centringMaxMoves, centring.maxMoves);
    m_settings.setValue(keys::centringMaxSeconds, centring.maxSeconds);
    m_settings.setValue(keys::measurementsPerTool, m_panel->measurementsPerTool());
    m_settings.setValue(keys::reviewFlagThresholdMm, m_panel->flagThresholdMm());
}

int WizardUi::ask(QMessageBox::Icon icon, const QString &title, const QString &text, const QString &details,
                  const QString &objectName, QMessageBox::StandardButtons buttons)
{
    QMessageBox box(icon, title, text, buttons, &m_window);
    box.setObjectName(objectName);
    if (!details.isEmpty())
        box.setDetailedText(details);
    return box.exec();
}

void WizardUi::calibrateCameraThenMeasure()
{
    MoveCalibrationPlanner::Config config;
    config.imageSize = QSizeF(m_imageSize);
    m_cameraWorkflow = std::make_unique<CameraCalibrationWorkflow>(*m_machine, *m_probe, config);
    m_window.statusBar()->showMessage(tr("Calibrating the camera by moves…"));
    connect(m_cameraWorkflow.get(), &CameraCalibrationWorkflow::failed, this, [this](const QString &reason) {
        m_window.statusBar()->clearMessage();
        QMessageBox::warning(&m_window, tr("Camera calibration"), reason);
    });
    connect(m_cameraWorkflow.get(), &CameraCalibrationWorkflow::finished, this, [this](const MapFit &fit) {
        m_window.statusBar()->showMessage(fit.explanation(), 10000);
        CalibrationStore store(calibrationPath());
        if (store.load()) {
            store.setCalibration(fit, m_cameraWorkflow->planner().pairs(), m_machine->toolheadPosition().z,
                                 m_camera.source() ? m_camera.source()->profile().name : QString(), m_imageSize,
                                 QStringLiteral("moves"));
            store.setEnabled(true);
            if (!store.save())
                QMessageBox::warning(&m_window, tr("Camera calibration"), store.error());
        }
        measureWith(fit.map);
    });
    m_cameraWorkflow->start();
}

void WizardUi::measureWith(const PixelMap &map)
{
    m_probe->setCameraMap(map, m_imageSize);
    if (m_measure)
        m_measure();
}

void WizardUi::apply(const QVector<ToolOffsetResult> &results)
{
    m_printer.client().queryGcodeCommands()->then(this, [this, results](PrinterReply *reply) {
        const QString title = tr("Apply offsets");
        if (reply->isError()) {
            QMessageBox::warning(&m_window, title, reply->error()->toString());
            return;
        }
        std::shared_ptr<OffsetWriter> writer = OffsetWriter::detect(PrinterLink::gcodeCommandsFrom(reply->result()));
        const QStringList lines = ToolOffsetOutput::commands(*writer, results);
        QString text = tr("Send these commands (%1)?").arg(writer->displayName());
        if (!writer->note().isEmpty())
            text += QStringLiteral("\n\n") + writer->note();
        // What the printer and the file hold now, so that this apply can be undone.
        QString error;
        std::optional<ApplyUndo> undo = ApplyUndo::capture(writer->kind(), results, m_printer.client().state().tools(),
                                                           toolsConfigPath(), &error);
        if (!undo) {
            QMessageBox::warning(&m_window, title, tr("Nothing was applied: %1").arg(error));
            return;
        }
        if (ask(QMessageBox::Question, title, text, lines.join(QLatin1Char('\n')), QStringLiteral("applyConfirm"))
            != QMessageBox::Yes)
            return;
        m_printer.client().sendGcode(lines.join(QLatin1Char('\n')))
            ->then(this, [this, writer, results, undo, title](PrinterReply *sent) {
                if (sent->isError()) {
                    QMessageBox::warning(&m_window, title, sent->error()->toString());
                    return;
                }
                m_undoFileSaved = saveToolsConfig(results);
                m_undo = undo;
                m_panel->setUndoAvailable(true, tr("Put back the offsets the printer had before this apply (%1) "
                                                   "and the previous entries of tools_config.json")
                                                    .arg(writer->displayName()));
                emit toolsConfigChanged();
                if (writer->needsSaveConfig())
                    offerSaveConfig(title);
            });
    });
}

void WizardUi::offerSaveConfig(const QString &title)
{
    if (ask(QMessageBox::Question, title,
            tr("The offsets are active now. Send SAVE_CONFIG to keep them? Klipper restarts."), QString(),
            QStringLiteral("saveConfigQuestion"), QMessageBox::Yes | QMessageBox::No)
        == QMessageBox::Yes)
        m_printer.client().sendGcode(OffsetWriter::saveConfigCommand());
}

void WizardUi::undoApply()
{
    if (!m_undo)
        return;
    const QString title = tr("Undo apply");
    if (isMeasuring()) {
        QMessageBox::information(&m_window, title, tr("A measurement is running. Cancel it or wait until it is done."));
        return;
    }
    if (!m_printer.client().isReady()) {
        QMessageBox::information(&m_window, title, tr("Connect to the printer first."));
        return;
    }
    // Still valid? Someone may have applied other offsets since (another client, a macro).
    QStringList changed = m_undo->printerChanges(m_printer.client().state().tools());
    if (m_undoFileSaved) {
        QString error;
        changed += m_undo->fileChanges(&error);
        if (!error.isEmpty()) {
            QMessageBox::warning(&m_window, title, error);
            return;
        }
    }
    if (!changed.isEmpty()
        && ask(QMessageBox::Warning, title,
               tr("The offsets changed since Reticle applied them; someone else may have applied other values. "
                  "Undo anyway and put back the values from before Reticle's apply?"),
               changed.join(QLatin1Char('\n')), QStringLiteral("undoChangedQuestion"))
               != QMessageBox::Yes)
        return;

    const std::unique_ptr<OffsetWriter> writer = OffsetWriter::create(m_undo->writerKind());
    const QStringList lines = m_undo->commands();
    QString text;
    if (lines.isEmpty())
        text = tr("The printer does not report per-tool offsets, so Reticle cannot put them back: only "
                  "tools_config.json is restored. Set the printer's offsets by hand. Continue?");
    else
        text = tr("Send these commands (%1) to put back the offsets from before the apply, and restore the "
                  "previous entries of tools_config.json?")
                   .arg(writer->displayName());
    if (ask(QMessageBox::Question, title, text, lines.join(QLatin1Char('\n')), QStringLiteral("undoConfirm"))
        != QMessageBox::Yes)
        return;

    const bool needsSaveConfig = writer->needsSaveConfig() && !lines.isEmpty();
    auto finish = [this, title, needsSaveConfig] {
        if (m_undoFileSaved) {
            QString error;
            if (!m_undo->restoreToolsConfig(&error)) {
                QMessageBox::warning(&m_window, title, error);
                return;
            }
        }
        m_undo.reset();
        m_panel->setUndoAvailable(false);
        m_window.statusBar()->showMessage(tr("The apply was undone; the previous offsets are back."), 8000);
        emit toolsConfigChanged();
        if (needsSaveConfig)
            offerSaveConfig(title);
    };
    if (lines.isEmpty()) {
        finish();
        return;
    }
    m_printer.client().sendGcode(lines.join(QLatin1Char('\n')))->then(this, [this, title, finish](PrinterReply *sent) {
        if (sent->isError()) {
            QMessageBox::warning(&m_window, title, sent->error()->toString());
            return;
        }
        finish();
    });
}

bool WizardUi::saveToolsConfig(const QVector<ToolOffsetResult> &results)
{
    QString error;
    if (!ToolOffsetOutput::saveToToolsConfig(toolsConfigPath(), results, &error)) {
        QMessageBox::warning(&m_window, tr("Save offsets"), error);
        return false;
    }
    m_window.statusBar()->showMessage(tr("Offsets saved to %1").arg(toolsConfigPath()), 8000);
    return true;
}

} // namespace reticle
