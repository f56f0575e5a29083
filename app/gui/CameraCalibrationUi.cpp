#include "CameraCalibrationUi.h"

#include "CameraUi.h"
#include "DataFiles.h"
#include "MainWindow.h"
#include "PrinterUi.h"
#include "WizardReadiness.h"
#include "camera/CameraProfile.h"
#include "camera/CameraView.h"
#include "camera/FrameSource.h"
#include "printer/MoonrakerClient.h"
#include "store/Settings.h"
#include "store/SettingsKeys.h"
#include "wizard/CameraCalibrationPanel.h"
#include "workflow/CameraCalibrationWizard.h"
#include "workflow/CameraNozzleProbe.h"
#include "workflow/LivePrepareIo.h"
#include "workflow/PrinterMachineIo.h"

#include <QDir>
#include <QDockWidget>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QStandardPaths>
#include <QStatusBar>

namespace reticle {

CameraCalibrationUi::CameraCalibrationUi(Settings &settings, MainWindow &window, PrinterUi &printer, CameraUi &camera)
    : QObject(&window)
    , m_settings(settings)
    , m_window(window)
    , m_printer(printer)
    , m_camera(camera)
    , m_panel(new CameraCalibrationPanel)
    , m_dock(new QDockWidget(tr("Camera calibration"), &window))
{
    m_dock->setObjectName(QStringLiteral("cameraCalibrationDock"));
    m_dock->setWidget(m_panel);
    // Beside the Wizard dock (same area, tabbed), hidden until the operator opens it.
    if (auto *wizardDock = m_window.findChild<QDockWidget *>(QStringLiteral("wizardDock"))) {
        m_window.addDockWidget(m_window.dockWidgetArea(wizardDock), m_dock);
        m_window.tabifyDockWidget(wizardDock, m_dock);
    } else {
        m_window.addDockWidget(Qt::LeftDockWidgetArea, m_dock);
    }
    m_dock->hide();

    m_action = new QAction(tr("&Camera calibration…"), this);
    m_action->setObjectName(QStringLiteral("cameraCalibrationAction"));
    m_action->setToolTip(tr("Home, set the pixel scale, fit the pixel-to-printer map and check its accuracy"));
    connect(m_action, &QAction::triggered, this, &CameraCalibrationUi::show);
    if (auto *menu = m_window.findChild<QMenu *>(QStringLiteral("calibrateMenu"))) {
        menu->insertAction(menu->actions().value(0), m_action);
    } else {
        auto *own = new QMenu(tr("&Calibrate"), &m_window);
        own->setObjectName(QStringLiteral("calibrateMenu"));
        own->addAction(m_action);
        m_window.menuBar()->addMenu(own);
    }
    if (auto *view = m_window.findChild<QMenu *>(QStringLiteral("viewMenu")))
        view->insertAction(view->actions().value(4), m_dock->toggleViewAction());

    CameraCalibrationOptions defaults;
    defaults.prepare.cameraPosition = Offset3{m_settings.value(keys::camcalPositionX),
                                              m_settings.value(keys::camcalPositionY),
                                              m_settings.value(keys::camcalPositionZ)};
    defaults.prepare.minSharpness = m_settings.value(keys::camcalMinSharpness);
    defaults.reference.gridSize = m_settings.value(keys::camcalGrid);
    defaults.reference.fit.model = PixelMap::modelFromName(m_settings.value(keys::camcalModel))
                                       .value_or(PixelMap::Model::Affine);
    defaults.accuracy.points = m_settings.value(keys::camcalAccuracyPoints);
    defaults.moves.backlashMm = m_settings.value(keys::camcalApproachMm);
    defaults.setup = m_settings.value(keys::camcalSetup);
    m_panel->setOptions(defaults);

    connect(m_panel, &CameraCalibrationPanel::startRequested, this, &CameraCalibrationUi::start);
    connect(m_panel, &CameraCalibrationPanel::saveRequested, this, &CameraCalibrationUi::save);
    connect(m_panel, &CameraCalibrationPanel::useCurrentPositionRequested, this, [this] {
        if (const auto p = m_printer.client().state().gcodePosition())
            m_panel->setCameraPosition({p->x, p->y, p->z});
        else
            m_panel->setMessage(tr("The printer has not reported a position yet."));
    });
    connect(m_panel, &CameraCalibrationPanel::cameraChosen, this, [this](const QString &name) {
        const QList<CameraProfile> profiles = CameraProfile::listFromJson(m_settings.value(keys::cameraProfiles));
        for (const CameraProfile &profile : profiles)
            if (profile.name == name && name != m_camera.activeProfile().name)
                m_camera.openProfile(profile);
    });
    connect(m_panel, &CameraCalibrationPanel::scaleToolRequested, this, [this](bool on) {
        m_camera.view()->setTool(on ? CameraView::Tool::ScaleLine : CameraView::Tool::Point);
    });
    connect(m_camera.view(), &CameraView::scaleLineChanged, this,
            [this](const QLineF &line, double) { m_panel->setScaleLine(line); });
    // Manual fallback: the operator clicks the nozzle when detection failed.
    connect(m_camera.view(), &CameraView::imageClicked, this, [this](const QPointF &pixel) {
        if (m_wizard && m_wizard->awaitingClick())
            m_wizard->provideClick(pixel);
    });
    connect(&m_camera, &CameraUi::cameraChanged, this, &CameraCalibrationUi::refreshCameras);
    refreshCameras();
}

CameraCalibrationUi::~CameraCalibrationUi()
{
    m_panel->setWizard(nullptr);
    m_wizard.reset();
    m_io.reset();
    m_probe.reset();
    m_machine.reset();
}

QString CameraCalibrationUi::calibrationPath() const
{
    return DataFiles::calibration();
}

void CameraCalibrationUi::refreshCameras()
{
    QStringList names;
    for (const CameraProfile &profile : CameraProfile::listFromJson(m_settings.value(keys::cameraProfiles)))
        names << profile.name;
    m_panel->setCameras(names, m_camera.source() ? m_camera.activeProfile().name : QString());
}

void CameraCalibrationUi::show()
{
    m_dock->show();
    m_dock->raise();
    m_window.resizeDocks({m_dock}, {std::max(m_dock->width(), 520)}, Qt::Horizontal);
    refreshCameras();
    m_panel->setFocus();
}

void CameraCalibrationUi::storeSettings()
{
    const CameraCalibrationOptions o = m_panel->options({});
    m_settings.setValue(keys::camcalPositionX, o.prepare.cameraPosition->x);
    m_settings.setValue(keys::camcalPositionY, o.prepare.cameraPosition->y);
    m_settings.setValue(keys::camcalPositionZ, o.prepare.cameraPosition->z);
    m_settings.setValue(keys::camcalMinSharpness, o.prepare.minSharpness);
    m_settings.setValue(keys::camcalGrid, o.reference.gridSize);
    m_settings.setValue(keys::camcalAccuracyPoints, o.accuracy.points);
    m_settings.setValue(keys::camcalApproachMm, o.moves.backlashMm);
    m_settings.setValue(keys::camcalModel, PixelMap::modelName(o.reference.fit.model));
    m_settings.setValue(keys::camcalSetup, o.setup);
}

void CameraCalibrationUi::start()
{
    if (m_wizard && !m_wizard->isFinishedForGood() && m_wizard->state() != CameraCalibrationWizard::State::Idle)
        return;
    FrameSource *source = m_camera.source();
    if (!source || source->state() != StreamStateMachine::State::Streaming) {
        m_panel->setMessage(tr("Open the camera that looks at the nozzle first (Camera menu)."));
        return;
    }
    if (!WizardReadiness::untimedCameraAccepted(*source, m_panel, tr("Camera calibration")))
        return;
    storeSettings();
    m_panel->setWizard(nullptr);
    m_wizard.reset();
    m_io.reset();
    m_probe.reset();
    m_machine = std::make_unique<PrinterMachineIo>(m_printer.client(), m_printer.guard());
    m_probe = std::make_unique<CameraNozzleProbe>(*source, NozzleDetector());
    m_io = std::make_unique<LivePrepareIo>(m_printer.client(), m_printer.guard());
    m_io->setSource(source);

    CameraCalibrationOptions base;
    base.imageSize = source->latestFrame().size();
    base.cameraName = m_camera.activeProfile().name;
    base.calibrationPath = calibrationPath();
    base.reference.marginPx = base.accuracy.marginPx = std::max(20.0, 0.03 * base.imageSize.width());
    m_wizard = std::make_unique<CameraCalibrationWizard>(*m_machine, *m_probe, *m_io, m_panel->options(base));
    connect(m_wizard.get(), &CameraCalibrationWizard::homingConfirmationNeeded, this, &CameraCalibrationUi::askToHome);
    // The scale line is labelled in millimetres as soon as a scale is set; a cancelled or failed
    // run puts the previous scale back.
    const double previousScale = m_camera.view()->micronsPerPixel();
    connect(m_wizard.get(), &CameraCalibrationWizard::changed, this, [this] {
        if (m_wizard && m_wizard->step() == CameraCalibrationWizard::Step::PixelScale && m_wizard->pixelScale().isValid()
            && m_camera.view()->micronsPerPixel() != m_wizard->pixelScale().micronsPerPixelX)
            m_camera.view()->setMicronsPerPixel(m_wizard->pixelScale().micronsPerPixelX);
    });
    connect(m_wizard.get(), &CameraCalibrationWizard::stateChanged, this,
            [this, previousScale](CameraCalibrationWizard::State s) {
                if (s == CameraCalibrationWizard::State::Cancelled || s == CameraCalibrationWizard::State::Failed) {
                    m_camera.view()->setTool(CameraView::Tool::Point);
                    m_camera.view()->setMicronsPerPixel(previousScale);
                }
            });
    m_panel->setWizard(m_wizard.get());
    m_wizard->start();
}

void CameraCalibrationUi::askToHome()
{
    auto *box = new QMessageBox(QMessageBox::Question, tr("Camera calibration"),
                                tr("The printer is not homed. Home all axes now (G28)?\n\nMake sure nothing is in "
                                   "the way of the toolhead."),
                                QMessageBox::Yes | QMessageBox::Cancel, &m_window);
    box->setObjectName(QStringLiteral("camcalHomeQuestion"));
    box->setDefaultButton(QMessageBox::Yes);
    box->setAttribute(Qt::WA_DeleteOnClose);
    m_homingQuestion = box;
    connect(box, &QMessageBox::finished, this, [this, box] {
        const bool yes = box->clickedButton() == box->button(QMessageBox::Yes);
        if (m_wizard)
            m_wizard->confirmHoming(yes);
    });
    box->open(); // window-modal, never a nested event loop
}

void CameraCalibrationUi::save()
{
    if (!m_wizard)
        return;
    QString error;
    if (!m_wizard->save(&error)) {
        m_panel->setMessage(tr("Not saved: %1").arg(error));
        return;
    }
    const PixelScale scale = m_wizard->pixelScale();
    if (const ReferencePointsWorkflow *ref = m_wizard->reference(); ref && ref->fit().ok) {
        const QSize size = m_wizard->options().imageSize;
        const QPointF centre((size.width() - 1) / 2.0, (size.height() - 1) / 2.0);
        m_camera.view()->setMicronsPerPixel(std::abs(ref->fit().map.micronsPerPixelX(centre)));
    } else if (scale.isValid()) {
        m_camera.view()->setMicronsPerPixel(scale.micronsPerPixelX);
    }
    m_window.statusBar()->showMessage(tr("Camera calibration saved to %1").arg(calibrationPath()), 10000);
}

} // namespace reticle
