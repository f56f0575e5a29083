#include "CameraToolUi.h"

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
#include "wizard/CameraToolWizardPanel.h"
#include "workflow/CameraToolOffsetWorkflow.h"
#include "workflow/CameraToolOutput.h"
#include "workflow/MarkCameraProbe.h"
#include "workflow/PrinterMachineIo.h"
#include "workflow/ToolOffsetOutput.h"

#include <QDir>
#include <QDockWidget>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QStandardPaths>
#include <QStatusBar>

namespace reticle {

namespace {
const QString kMethod = QStringLiteral("camera-tool-moves");
}

CameraToolUi::CameraToolUi(Settings &settings, MainWindow &window, PrinterUi &printer, CameraUi &camera)
    : QObject(&window)
    , m_settings(settings)
    , m_window(window)
    , m_printer(printer)
    , m_camera(camera)
    , m_panel(new CameraToolWizardPanel)
    , m_dock(new QDockWidget(tr("Camera tool"), &window))
{
    m_dock->setObjectName(QStringLiteral("cameraToolDock"));
    m_dock->setWidget(m_panel);
    m_window.addDockWidget(Qt::LeftDockWidgetArea, m_dock);
    if (auto *wizard = m_window.findChild<QDockWidget *>(QStringLiteral("wizardDock")))
        m_window.tabifyDockWidget(wizard, m_dock);
    m_dock->hide();
    m_panel->showDepositSettings(loadSettings());

    auto *menu = m_window.findChild<QMenu *>(QStringLiteral("calibrateMenu"));
    if (!menu) {
        menu = new QMenu(tr("&Calibrate"), &m_window);
        menu->setObjectName(QStringLiteral("calibrateMenu"));
        m_window.menuBar()->addMenu(menu);
    }
    m_action = menu->addAction(tr("Tool offsets (&camera tool)…"));
    m_action->setObjectName(QStringLiteral("cameraToolOffsetsAction"));
    m_action->setToolTip(tr("Every tool deposits a mark on the bed and the camera tool measures it"));
    connect(m_action, &QAction::triggered, this, &CameraToolUi::open);

    connect(m_panel, &CameraToolWizardPanel::startRequested, this, &CameraToolUi::start);
    connect(m_panel, &CameraToolWizardPanel::depositSettingsEdited, this, &CameraToolUi::saveSettings);
    connect(m_panel, &CameraToolWizardPanel::applyRequested, this, &CameraToolUi::apply);
    // Manual fallback: a click on the mark when detection failed.
    connect(m_camera.view(), &CameraView::imageClicked, this, [this](const QPointF &pixel) {
        if (!m_workflow || !m_probe || m_workflow->state() != CameraToolOffsetWorkflow::State::AwaitingClick)
            return;
        m_workflow->provideManualMeasurement(m_probe->errorMmAt(pixel));
    });
}

CameraToolUi::~CameraToolUi()
{
    m_workflow.reset();
    m_probe.reset();
    m_machine.reset();
}

QString CameraToolUi::calibrationPath() const
{
    return DataFiles::cameraToolCalibration();
}

QString CameraToolUi::toolsConfigPath() const
{
    return DataFiles::toolsConfig();
}

CameraToolSettings CameraToolUi::loadSettings() const
{
    CameraToolSettings s;
    s.cameraToolName = m_settings.value(keys::cameraToolName);
    s.firstMarkMm = QPointF(m_settings.value(keys::cameraToolMarkX), m_settings.value(keys::cameraToolMarkY));
    s.markSpacingMm = m_settings.value(keys::cameraToolMarkSpacingMm);
    s.depositZ = m_settings.value(keys::cameraToolDepositZ);
    s.extrudeMm = m_settings.value(keys::cameraToolExtrudeMm);
    s.extrudeFeedMmPerMin = m_settings.value(keys::cameraToolExtrudeFeed);
    s.travelZ = m_settings.value(keys::cameraToolTravelZ);
    s.cameraZ = m_settings.value(keys::cameraToolCameraZ);
    return s;
}

void CameraToolUi::saveSettings()
{
    CameraToolSettings s;
    m_panel->readDepositSettings(s);
    m_settings.setValue(keys::cameraToolMarkX, s.firstMarkMm.x());
    m_settings.setValue(keys::cameraToolMarkY, s.firstMarkMm.y());
    m_settings.setValue(keys::cameraToolMarkSpacingMm, s.markSpacingMm);
    m_settings.setValue(keys::cameraToolDepositZ, s.depositZ);
    m_settings.setValue(keys::cameraToolExtrudeMm, s.extrudeMm);
    m_settings.setValue(keys::cameraToolExtrudeFeed, s.extrudeFeedMmPerMin);
    m_settings.setValue(keys::cameraToolTravelZ, s.travelZ);
    m_settings.setValue(keys::cameraToolCameraZ, s.cameraZ);
}

void CameraToolUi::open()
{
    m_dock->show();
    m_dock->raise();
    m_window.resizeDocks({m_dock}, {std::max(m_dock->width(), 560)}, Qt::Horizontal);
}

bool CameraToolUi::checkReady()
{
    if (!WizardReadiness::printerHomed(m_printer, &m_window, tr("Camera tool"),
                                       tr("Connect to the printer and home it first.")))
        return false;
    const PrinterState &state = m_printer.client().state();
    const QString name = m_settings.value(keys::cameraToolName);
    m_cameraTool = -1;
    for (const ToolInfo &tool : state.tools())
        if (tool.name.compare(name, Qt::CaseInsensitive) == 0)
            m_cameraTool = tool.number;
    if (m_cameraTool < 0) {
        QMessageBox::information(&m_window, tr("Camera tool"),
                                 tr("The printer has no tool called %1 (the camera tool).").arg(name));
        return false;
    }
    return WizardReadiness::cameraStreaming(m_camera, &m_window, tr("Camera tool"),
                                            tr("Open the camera tool's camera first."));
}

void CameraToolUi::start()
{
    if (!checkReady())
        return;
    saveSettings();
    m_workflow.reset();
    m_probe.reset();
    m_machine = std::make_unique<PrinterMachineIo>(m_printer.client(), m_printer.guard());
    FrameSource *source = m_camera.source();
    m_probe = std::make_unique<MarkCameraProbe>(*source);
    const QSize imageSize = source->latestFrame().size();

    CalibrationStore store(calibrationPath());
    if (store.load() && store.record().method == kMethod) {
        if (const std::optional<PixelMap> saved = store.record().fittedMapFor(imageSize)) {
            m_probe->setCameraMap(*saved, imageSize);
            m_window.statusBar()->showMessage(
                tr("Using the camera tool's saved calibration (RMS %1 µm)").arg(store.record().rmsUm, 0, 'f', 2), 5000);
        }
    }

    CameraToolSettings settings = loadSettings();
    m_panel->readDepositSettings(settings);
    settings.cameraTool = m_cameraTool;
    for (const ToolInfo &tool : m_printer.client().state().tools())
        if (tool.number >= 0 && tool.number != m_cameraTool && !tool.name.startsWith(QLatin1Char('C')))
            settings.tools.append(tool.number);
    settings.referenceTool = m_cameraTool;
    settings.calibration.imageSize = QSizeF(imageSize);
    m_workflow = std::make_unique<CameraToolOffsetWorkflow>(*m_machine, *m_probe, settings);
    connect(m_workflow.get(), &CameraToolOffsetWorkflow::cameraCalibrated, this, [this, imageSize](const MapFit &fit) {
        m_window.statusBar()->showMessage(fit.explanation(), 10000);
        CalibrationStore calibration(calibrationPath());
        if (!calibration.load())
            return;
        calibration.setCalibration(fit, m_workflow->cameraFitPoints(), m_workflow->settings().cameraZ,
                                   m_camera.source() ? m_camera.source()->profile().name : QString(), imageSize, kMethod);
        calibration.setEnabled(true);
        if (!calibration.save())
            QMessageBox::warning(&m_window, tr("Camera calibration"), calibration.error());
    });
    m_panel->setWorkflow(m_workflow.get());
    open();
    m_workflow->start();
}

void CameraToolUi::apply(const QVector<ToolOffsetResult> &results)
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
            QString error;
            const QString name = m_workflow ? m_workflow->settings().cameraToolName : m_settings.value(keys::cameraToolName);
            if (!CameraToolOutput::saveToToolsConfig(toolsConfigPath(), results, m_cameraTool, name, &error))
                QMessageBox::warning(&m_window, tr("Save offsets"), error);
            else
                m_window.statusBar()->showMessage(tr("Offsets saved to %1").arg(toolsConfigPath()), 8000);
            if (writer->needsSaveConfig()
                && QMessageBox::question(&m_window, tr("Apply offsets"),
                                         tr("The offsets are active now. Send SAVE_CONFIG to keep them? Klipper "
                                            "restarts."))
                       == QMessageBox::Yes)
                m_printer.client().sendGcode(OffsetWriter::saveConfigCommand());
        });
    });
}

} // namespace reticle
