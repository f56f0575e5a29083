#include "WizardUi.h"

#include "CameraUi.h"
#include "MainWindow.h"
#include "PrinterUi.h"
#include "camera/CameraView.h"
#include "camera/FrameSource.h"
#include "printer/MoonrakerClient.h"
#include "printer/OffsetWriter.h"
#include "printer/PrinterReply.h"
#include "store/CalibrationStore.h"
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

    auto *menu = new QMenu(tr("&Calibrate"), &m_window);
    menu->setObjectName(QStringLiteral("calibrateMenu"));
    m_toolOffsetsAction = menu->addAction(tr("&Tool offsets…"));
    m_toolOffsetsAction->setObjectName(QStringLiteral("toolOffsetsAction"));
    m_toolOffsetsAction->setToolTip(tr("Jog the reference nozzle over the camera, then measure every tool's offset"));
    connect(m_toolOffsetsAction, &QAction::triggered, this, &WizardUi::startToolOffsets);
    if (auto *help = m_window.findChild<QMenu *>(QStringLiteral("helpMenu")))
        m_window.menuBar()->insertMenu(help->menuAction(), menu);
    else
        m_window.menuBar()->addMenu(menu);

    connect(m_panel, &ToolOffsetWizardPanel::applyRequested, this, &WizardUi::apply);
    connect(m_panel, &ToolOffsetWizardPanel::startRequested, this, &WizardUi::startToolOffsets);
    // Manual fallback: a click on the nozzle when detection failed.
    connect(m_camera.view(), &CameraView::imageClicked, this, [this](const QPointF &pixel) {
        if (!m_workflow || !m_probe || m_workflow->state() != ToolOffsetWorkflow::State::AwaitingClick)
            return;
        m_workflow->provideManualMeasurement(m_probe->errorMmAt(pixel));
    });
}

WizardUi::~WizardUi()
{
    m_workflow.reset();
    m_cameraWorkflow.reset();
    m_probe.reset();
    m_machine.reset();
}

QString WizardUi::calibrationPath() const
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    QDir().mkpath(dir);
    return dir + QStringLiteral("/calibration.json");
}

QString WizardUi::toolsConfigPath() const
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    QDir().mkpath(dir);
    return dir + QStringLiteral("/tools_config.json");
}

bool WizardUi::checkReady()
{
    const PrinterState &state = m_printer.client().state();
    if (!m_printer.client().isReady() || !state.isHomed(QLatin1Char('x')) || !state.isHomed(QLatin1Char('y'))
        || !state.isHomed(QLatin1Char('z'))) {
        QMessageBox::information(&m_window, tr("Tool offsets"),
                                 tr("Connect to the printer and home it first, then jog the reference nozzle over "
                                    "the camera."));
        return false;
    }
    FrameSource *source = m_camera.source();
    if (!source || source->state() != StreamStateMachine::State::Streaming) {
        QMessageBox::information(&m_window, tr("Tool offsets"), tr("Open a camera that shows the nozzle first."));
        return false;
    }
    return true;
}

void WizardUi::startToolOffsets()
{
    if (!checkReady())
        return;
    m_workflow.reset();
    m_cameraWorkflow.reset();
    m_probe.reset();
    m_machine = std::make_unique<PrinterMachineIo>(m_printer.client(), m_printer.guard());
    FrameSource *source = m_camera.source();
    m_probe = std::make_unique<CameraNozzleProbe>(*source, NozzleDetector());
    m_imageSize = source->latestFrame().size();

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

    ToolOffsetSettings settings;
    for (const ToolInfo &tool : m_printer.client().state().tools())
        if (tool.number >= 0 && !tool.name.startsWith(QLatin1Char('C')))
            settings.tools.append(tool.number);
    settings.referenceTool = m_machine->activeTool() >= 0 ? m_machine->activeTool() : settings.tools.value(0);
    settings.cameraPosition = m_machine->gcodePosition();
    settings.centring.maxStepMm = m_probe->maxCorrectionMm();
    m_workflow = std::make_unique<ToolOffsetWorkflow>(*m_machine, *m_probe, settings);
    QVector<int> order = settings.tools;
    order.removeAll(settings.referenceTool);
    order.prepend(settings.referenceTool);
    m_panel->setWorkflow(m_workflow.get(), order);
    if (auto *dock = m_window.findChild<QDockWidget *>(QStringLiteral("wizardDock"))) {
        dock->show();
        // Room for the review table's current / new / Δ columns.
        m_window.resizeDocks({dock}, {std::max(dock->width(), 560)}, Qt::Horizontal);
    }
    m_workflow->start();
}

void WizardUi::apply(const QVector<ToolOffsetResult> &results)
{
    m_printer.client().queryGcodeCommands()->then(this, [this, results](PrinterReply *reply) {
        if (reply->isError()) {
            QMessageBox::warning(&m_window, tr("Apply offsets"), reply->error()->toString());
            return;
        }
        std::shared_ptr<OffsetWriter> writer = OffsetWriter::detect(PrinterLink::gcodeCommandsFrom(reply->result()));
        const QStringList lines = ToolOffsetOutput::commands(*writer, results);
        QString text = tr("Send these commands (%1)?").arg(writer->displayName());
        if (!writer->note().isEmpty())
            text += QStringLiteral("\n\n") + writer->note();
        QMessageBox confirm(QMessageBox::Question, tr("Apply offsets"), text, QMessageBox::Yes | QMessageBox::Cancel,
                            &m_window);
        confirm.setDetailedText(lines.join(QLatin1Char('\n')));
        if (confirm.exec() != QMessageBox::Yes)
            return;
        m_printer.client().sendGcode(lines.join(QLatin1Char('\n')))->then(this, [this, writer, results](PrinterReply *sent) {
            if (sent->isError()) {
                QMessageBox::warning(&m_window, tr("Apply offsets"), sent->error()->toString());
                return;
            }
            saveToolsConfig(results);
            if (writer->needsSaveConfig()
                && QMessageBox::question(&m_window, tr("Apply offsets"),
                                         tr("The offsets are active now. Send SAVE_CONFIG to keep them? Klipper "
                                            "restarts."))
                       == QMessageBox::Yes)
                m_printer.client().sendGcode(OffsetWriter::saveConfigCommand());
        });
    });
}

void WizardUi::saveToolsConfig(const QVector<ToolOffsetResult> &results)
{
    QString error;
    if (!ToolOffsetOutput::saveToToolsConfig(toolsConfigPath(), results, &error))
        QMessageBox::warning(&m_window, tr("Save offsets"), error);
    else
        m_window.statusBar()->showMessage(tr("Offsets saved to %1").arg(toolsConfigPath()), 8000);
}

} // namespace reticle
