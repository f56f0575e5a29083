#include "FocusUi.h"

#include "DataFiles.h"
#include "WizardReadiness.h"
#include "CameraUi.h"
#include "MainWindow.h"
#include "PrinterUi.h"
#include "camera/FrameSource.h"
#include "printer/MoonrakerClient.h"
#include "printer/OffsetWriter.h"
#include "printer/PrinterReply.h"
#include "store/Settings.h"
#include "store/SettingsKeys.h"
#include "wizard/FocusWizardPanel.h"
#include "workflow/CameraNozzleProbe.h"
#include "workflow/FocusCameraMeter.h"
#include "workflow/FocusZActuator.h"
#include "workflow/PrinterMachineIo.h"
#include "workflow/ZOffsetOutput.h"

#include <QDir>
#include <QDockWidget>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollArea>
#include <QStandardPaths>
#include <QStatusBar>

namespace reticle {

FocusUi::FocusUi(Settings &settings, MainWindow &window, PrinterUi &printer, CameraUi &camera)
    : QObject(&window)
    , m_settings(settings)
    , m_window(window)
    , m_printer(printer)
    , m_camera(camera)
    , m_panel(new FocusWizardPanel)
    , m_dock(new QDockWidget(tr("Focus"), &window))
{
    m_dock->setObjectName(QStringLiteral("focusDock"));
    // On a small screen the panel scrolls instead of forcing the window taller.
    auto *scroll = new QScrollArea;
    scroll->setObjectName(QStringLiteral("focusScroll"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    scroll->setWidget(m_panel);
    m_dock->setWidget(scroll);
    m_window.addDockWidget(Qt::LeftDockWidgetArea, m_dock);
    if (auto *wizard = m_window.findChild<QDockWidget *>(QStringLiteral("wizardDock"))) {
        m_window.tabifyDockWidget(wizard, m_dock);
        wizard->raise();
    }
    if (auto *view = m_window.findChild<QMenu *>(QStringLiteral("viewMenu")))
        view->insertAction(view->actions().value(0), m_dock->toggleViewAction());

    QMenu *menu = m_window.findChild<QMenu *>(QStringLiteral("calibrateMenu"));
    if (!menu) {
        menu = m_window.menuBar()->addMenu(tr("&Calibrate"));
        menu->setObjectName(QStringLiteral("calibrateMenu"));
    }
    m_focusAction = menu->addAction(tr("&Focus…"));
    m_focusAction->setObjectName(QStringLiteral("focusAction"));
    m_focusAction->setToolTip(tr("Sweep the nozzle through focus and move to the sharpest image"));
    m_zOffsetsAction = menu->addAction(tr("&Z offsets by focus…"));
    m_zOffsetsAction->setObjectName(QStringLiteral("zOffsetsByFocusAction"));
    m_zOffsetsAction->setToolTip(tr("Measure every tool's Z offset from where its nozzle is in focus"));
    connect(m_focusAction, &QAction::triggered, this, [this] { open(FocusSettings::Mode::BestFocus); });
    connect(m_zOffsetsAction, &QAction::triggered, this, [this] { open(FocusSettings::Mode::ZOffsets); });

    loadSettings();
    connect(m_panel, &FocusWizardPanel::settingsEdited, this, &FocusUi::saveSettings);
    connect(m_panel, &FocusWizardPanel::startRequested, this, &FocusUi::start);
    connect(m_panel, &FocusWizardPanel::applyRequested, this, &FocusUi::apply);
}

FocusUi::~FocusUi()
{
    m_workflow.reset();
    m_actuator.reset();
    m_meter.reset();
    m_probe.reset();
    m_machine.reset();
}

QString FocusUi::logDirectory()
{
    return DataFiles::focusLogs();
}

void FocusUi::loadSettings()
{
    FocusSettings s;
    s.sweep.coarseHalfRange = m_settings.value(keys::focusCoarseRangeMm);
    s.sweep.coarseStep = m_settings.value(keys::focusCoarseStepMm);
    s.sweep.fineHalfRange = m_settings.value(keys::focusFineRangeMm);
    s.sweep.fineStep = m_settings.value(keys::focusFineStepMm);
    s.sweep.takeUp = m_settings.value(keys::focusTakeUpMm);
    s.regionFraction = m_settings.value(keys::focusRegionPercent) / 100.0;
    s.regionAroundNozzle = m_settings.value(keys::focusRegionOnNozzle);
    s.metric = m_settings.value(keys::focusMetric) == QLatin1String("tenengrad") ? FocusMetric::Tenengrad
                                                                                 : FocusMetric::Laplacian;
    m_panel->setSettings(s);
}

void FocusUi::saveSettings()
{
    const FocusSettings s = m_panel->settings();
    m_settings.setValue(keys::focusCoarseRangeMm, s.sweep.coarseHalfRange);
    m_settings.setValue(keys::focusCoarseStepMm, s.sweep.coarseStep);
    m_settings.setValue(keys::focusFineRangeMm, s.sweep.fineHalfRange);
    m_settings.setValue(keys::focusFineStepMm, s.sweep.fineStep);
    m_settings.setValue(keys::focusTakeUpMm, s.sweep.takeUp);
    m_settings.setValue(keys::focusRegionPercent, s.regionFraction * 100.0);
    m_settings.setValue(keys::focusRegionOnNozzle, s.regionAroundNozzle);
    m_settings.setValue(keys::focusMetric,
        s.metric == FocusMetric::Tenengrad ? QStringLiteral("tenengrad") : QStringLiteral("laplacian"));
}

void FocusUi::open(FocusSettings::Mode mode)
{
    if (!m_workflow || !(m_workflow->isRunning() || m_workflow->state() == FocusWorkflow::State::Paused))
        m_panel->setMode(mode);
    m_dock->show();
    m_dock->raise();
    m_window.resizeDocks({ m_dock }, { std::max(m_dock->width(), 460) }, Qt::Horizontal);
    if (auto *startButton = m_panel->findChild<QPushButton *>(QStringLiteral("focusStart"));
        startButton && startButton->isEnabled())
        startButton->setFocus();
}

bool FocusUi::checkReady(const QString &title)
{
    return WizardReadiness::printerHomed(m_printer, &m_window, title,
                                         tr("Connect to the printer and home it first, then jog the nozzle over the "
                                            "camera near focus."))
        && WizardReadiness::cameraStreaming(m_camera, &m_window, title,
                                            tr("Open a camera that shows the nozzle first."));
}

void FocusUi::start(FocusSettings::Mode mode)
{
    const QString title = mode == FocusSettings::Mode::ZOffsets ? tr("Z offsets by focus") : tr("Focus");
    if (!checkReady(title))
        return;
    // Two workflows must never move the printer at once: the tool offset wizard's Cancel is
    // enabled exactly while its run is in progress.
    if (const auto *other = m_window.findChild<QPushButton *>(QStringLiteral("wizardCancel"));
        other && other->isEnabled()) {
        QMessageBox::information(
            &m_window, title, tr("The tool offset wizard is running; cancel it or let it finish first."));
        return;
    }
    saveSettings();
    m_panel->setWorkflow(nullptr);
    m_workflow.reset();
    m_actuator.reset();
    m_meter.reset();
    m_probe.reset();
    m_machine = std::make_unique<PrinterMachineIo>(m_printer.client(), m_printer.guard());
    FrameSource *source = m_camera.source();
    m_probe = std::make_unique<CameraNozzleProbe>(*source, NozzleDetector());
    m_meter = std::make_unique<FocusCameraMeter>(*source);
    m_actuator = std::make_unique<FocusZActuator>(*m_machine);

    FocusSettings settings = m_panel->settings();
    settings.mode = mode;
    settings.logDirectory = logDirectory();
    settings.cameraPosition = m_machine->gcodePosition();
    settings.referenceTool = m_machine->activeTool();
    if (mode == FocusSettings::Mode::ZOffsets) {
        for (const ToolInfo &tool : m_printer.client().state().tools())
            if (tool.number >= 0 && !tool.name.startsWith(QLatin1Char('C')))
                settings.tools.append(tool.number);
        if (settings.referenceTool < 0 || !settings.tools.contains(settings.referenceTool)) {
            QMessageBox::information(
                &m_window, title, tr("Select the reference tool and jog its nozzle over the camera first."));
            return;
        }
    }
    m_workflow = std::make_unique<FocusWorkflow>(*m_machine, *m_probe, *m_actuator, *m_meter, settings);
    connect(m_workflow.get(), &FocusWorkflow::finished, this, [this] {
        m_window.statusBar()->showMessage(
            tr("Focus log: %1").arg(QDir::toNativeSeparators(m_workflow->logPath())), 10000);
    });
    connect(m_workflow.get(), &FocusWorkflow::failed, this,
        [this, title](const QString &reason) { QMessageBox::warning(&m_window, title, reason); });
    m_panel->setWorkflow(m_workflow.get());
    open(mode);
    m_workflow->start();
}

void FocusUi::apply(const QVector<FocusToolResult> &results)
{
    const QVector<FocusToolResult> changes = ZOffsetOutput::changes(results);
    if (changes.isEmpty())
        return;
    m_printer.client().queryGcodeCommands()->then(this, [this, results, changes](PrinterReply *reply) {
        if (reply->isError()) {
            QMessageBox::warning(&m_window, tr("Apply Z offsets"), reply->error()->toString());
            return;
        }
        std::shared_ptr<OffsetWriter> writer
            = OffsetWriter::detect(PrinterLink::gcodeCommandsFrom(reply->result()));
        const QStringList lines = ZOffsetOutput::commands(*writer, results);
        QStringList table;
        for (const FocusToolResult &r : changes)
            table << tr("T%1: Z %2 → %3 (Δ %4, ± %5 mm)")
                         .arg(r.tool)
                         .arg(r.currentOffset.z, 0, 'f', 3)
                         .arg(r.newZ, 0, 'f', 3)
                         .arg(r.newZ - r.currentOffset.z, 0, 'f', 3)
                         .arg(r.newZUncertainty, 0, 'f', 3);
        QString text = tr("Send the new Z offsets (%1)? X and Y are written with their current values.")
                           .arg(writer->displayName())
            + QStringLiteral("\n\n") + table.join(QLatin1Char('\n'));
        if (!writer->note().isEmpty())
            text += QStringLiteral("\n\n") + writer->note();
        QMessageBox confirm(QMessageBox::Question, tr("Apply Z offsets"), text,
            QMessageBox::Yes | QMessageBox::Cancel, &m_window);
        confirm.setDetailedText(lines.join(QLatin1Char('\n')));
        if (confirm.exec() != QMessageBox::Yes)
            return;
        m_printer.client()
            .sendGcode(lines.join(QLatin1Char('\n')))
            ->then(this, [this, writer](PrinterReply *sent) {
                if (sent->isError()) {
                    QMessageBox::warning(&m_window, tr("Apply Z offsets"), sent->error()->toString());
                    return;
                }
                m_window.statusBar()->showMessage(tr("Z offsets applied"), 8000);
                if (writer->needsSaveConfig()
                    && QMessageBox::question(&m_window, tr("Apply Z offsets"),
                           tr("The offsets are active now. Send SAVE_CONFIG to keep them? Klipper "
                              "restarts."))
                        == QMessageBox::Yes)
                    m_printer.client().sendGcode(OffsetWriter::saveConfigCommand());
            });
    });
}

} // namespace reticle
