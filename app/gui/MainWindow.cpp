#include "MainWindow.h"

#include "AboutDialog.h"
#include "CameraCalibrationUi.h"
#include "CameraUi.h"
#include "ConnectionIndicator.h"
#include "EmptyState.h"
#include "FocusUi.h"
#include "PrinterUi.h"
#include "RepeatabilityUi.h"
#include "CameraToolUi.h"
#include "WizardUi.h"
#include "base/AppInfo.h"
#include "base/Languages.h"
#include "store/Settings.h"
#include "store/SettingsKeys.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDockWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QStatusBar>
#include <QToolBar>

namespace reticle {

MainWindow::MainWindow(Settings &settings, QWidget *parent)
    : QMainWindow(parent)
    , m_settings(settings)
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("Reticle"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/reticle.svg")));
    setDockOptions(AnimatedDocks | AllowNestedDocks | AllowTabbedDocks);

    auto *camera = new EmptyState(tr("No camera"),
                                  tr("Choose a camera to see the nozzle or the bed here."), this);
    camera->setObjectName(QStringLiteral("cameraPlaceholder"));
    camera->setAutoFillBackground(true);
    camera->setBackgroundRole(QPalette::Dark);
    setCentralWidget(camera);

    createActions();
    createToolBar();
    createDocks();
    createMenus();
    createStatusBar();
    m_cameraUi = new CameraUi(m_settings, m_cameraIndicator, this);
    m_cameraUi->install(this); // replaces the placeholder with the camera view
    m_printerUi = new PrinterUi(m_settings, *this); // fills the Tools, Jog and Console docks
    m_wizardUi = new WizardUi(m_settings, *this, *m_printerUi, *m_cameraUi); // Calibrate menu, wizard dock
    m_repeatabilityUi = new RepeatabilityUi(m_settings, *this, *m_wizardUi, *m_cameraUi); // Calibrate > Repeatability
    m_cameraToolUi = new CameraToolUi(m_settings, *this, *m_printerUi, *m_cameraUi); // camera-tool mode
    m_cameraCalibrationUi = new CameraCalibrationUi(m_settings, *this, *m_printerUi, *m_cameraUi); // its own dock
    m_focusUi = new FocusUi(m_settings, *this, *m_printerUi, *m_cameraUi); // Calibrate > Focus…, focus dock

    resize(1280, 800);
    m_defaultState = saveState();
}

MainWindow::~MainWindow() = default;

void MainWindow::createActions()
{
    m_emergencyStop = new QAction(QIcon(QStringLiteral(":/icons/emergency-stop.svg")),
                                  tr("Emergency stop"), this);
    m_emergencyStop->setObjectName(QStringLiteral("emergencyStopAction"));
    m_emergencyStop->setShortcuts({QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Space),
                                   QKeySequence(Qt::Key_Pause)});
    m_emergencyStop->setShortcutContext(Qt::ApplicationShortcut);
    m_emergencyStop->setToolTip(tr("Emergency stop: shut the printer down at once (%1)")
                                    .arg(m_emergencyStop->shortcut().toString(QKeySequence::NativeText)));
    m_emergencyStop->setEnabled(false); // enabled while a printer is connected

    m_quit = new QAction(tr("&Quit"), this);
    m_quit->setObjectName(QStringLiteral("quitAction"));
    m_quit->setShortcut(QKeySequence::Quit);
    m_quit->setMenuRole(QAction::QuitRole);
    connect(m_quit, &QAction::triggered, this, &QWidget::close);

    m_resetLayout = new QAction(tr("&Reset layout"), this);
    m_resetLayout->setObjectName(QStringLiteral("resetLayoutAction"));
    connect(m_resetLayout, &QAction::triggered, this, &MainWindow::resetLayout);

    m_about = new QAction(tr("&About Reticle"), this);
    m_about->setObjectName(QStringLiteral("aboutAction"));
    m_about->setMenuRole(QAction::AboutRole);
    connect(m_about, &QAction::triggered, this, [this] {
        AboutDialog dialog(this);
        dialog.exec();
    });

    m_aboutQt = new QAction(tr("About &Qt"), this);
    m_aboutQt->setMenuRole(QAction::AboutQtRole);
    connect(m_aboutQt, &QAction::triggered, qApp, &QApplication::aboutQt);
}

void MainWindow::createToolBar()
{
    auto *toolBar = addToolBar(tr("Machine"));
    toolBar->setObjectName(QStringLiteral("machineToolBar"));
    toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    toolBar->setIconSize(QSize(28, 28));
    toolBar->addAction(m_emergencyStop);
}

QDockWidget *MainWindow::addDock(const QString &objectName, const QString &title, QWidget *content,
                                 Qt::DockWidgetArea area)
{
    auto *dock = new QDockWidget(title, this);
    dock->setObjectName(objectName);
    dock->setWidget(content);
    addDockWidget(area, dock);
    m_docks.append(dock);
    return dock;
}

void MainWindow::createDocks()
{
    auto *tools = addDock(QStringLiteral("toolsDock"), tr("Tools"),
                          new EmptyState(tr("No tools"), tr("Connect to a printer to list its tools and offsets.")),
                          Qt::RightDockWidgetArea);
    auto *jog = addDock(QStringLiteral("jogDock"), tr("Jog"),
                        new EmptyState(tr("Not connected"), tr("Jogging needs a connected, homed printer.")),
                        Qt::RightDockWidgetArea);
    auto *wizard = addDock(QStringLiteral("wizardDock"), tr("Wizard"),
                           new EmptyState(tr("No wizard running"),
                                          tr("Guided calibrations run step by step in this panel.")),
                           Qt::LeftDockWidgetArea);
    auto *console = addDock(QStringLiteral("consoleDock"), tr("Console"),
                            new EmptyState(tr("Console"), tr("Printer responses appear here once connected.")),
                            Qt::BottomDockWidgetArea);
    splitDockWidget(tools, jog, Qt::Vertical);
    resizeDocks({wizard}, {300}, Qt::Horizontal);
    resizeDocks({tools}, {320}, Qt::Horizontal);
    resizeDocks({console}, {160}, Qt::Vertical);
}

QMenu *MainWindow::createLanguageMenu()
{
    auto *menu = new QMenu(tr("&Language"), this);
    menu->setObjectName(QStringLiteral("languageMenu"));
    auto *group = new QActionGroup(menu);
    const QString current = m_settings.value(keys::language);
    auto addChoice = [&](const QString &code, const QString &label) {
        QAction *action = menu->addAction(label);
        action->setCheckable(true);
        action->setChecked(code == current);
        action->setData(code);
        group->addAction(action);
    };
    addChoice(QString(), tr("System default"));
    for (const QString &code : Languages::available())
        addChoice(code, Languages::nativeName(code));
    connect(group, &QActionGroup::triggered, this, [this](QAction *action) {
        m_settings.setValue(keys::language, action->data().toString());
        QMessageBox::information(this, tr("Language"),
                                 tr("The new language is used the next time Reticle starts."));
    });
    return menu;
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->setObjectName(QStringLiteral("fileMenu"));
    file->addAction(m_quit);

    QMenu *machine = menuBar()->addMenu(tr("&Machine"));
    machine->setObjectName(QStringLiteral("machineMenu"));
    machine->addAction(m_emergencyStop);

    m_viewMenu = menuBar()->addMenu(tr("&View"));
    m_viewMenu->setObjectName(QStringLiteral("viewMenu"));
    for (QDockWidget *dock : std::as_const(m_docks))
        m_viewMenu->addAction(dock->toggleViewAction());
    m_viewMenu->addSeparator();
    m_viewMenu->addAction(m_resetLayout);
    m_viewMenu->addMenu(createLanguageMenu());

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->setObjectName(QStringLiteral("helpMenu"));
    help->addAction(m_about);
    help->addAction(m_aboutQt);
}

void MainWindow::createStatusBar()
{
    m_printerIndicator = new ConnectionIndicator(tr("Printer"), this);
    m_printerIndicator->setObjectName(QStringLiteral("printerIndicator"));
    m_cameraIndicator = new ConnectionIndicator(tr("Camera"), this);
    m_cameraIndicator->setObjectName(QStringLiteral("cameraIndicator"));
    m_mqttIndicator = new ConnectionIndicator(tr("MQTT"), this);
    m_mqttIndicator->setObjectName(QStringLiteral("mqttIndicator"));
    statusBar()->addPermanentWidget(m_printerIndicator);
    statusBar()->addPermanentWidget(m_cameraIndicator);
    statusBar()->addPermanentWidget(m_mqttIndicator);
    statusBar()->showMessage(tr("Ready"), 3000);
}

void MainWindow::restoreLayout()
{
    const QByteArray geometry = m_settings.value(keys::windowGeometry);
    if (!geometry.isEmpty())
        restoreGeometry(geometry);
    const QByteArray state = m_settings.value(keys::windowState);
    if (!state.isEmpty())
        restoreState(state);
}

void MainWindow::resetLayout()
{
    restoreState(m_defaultState);
    for (QDockWidget *dock : std::as_const(m_docks)) {
        dock->setFloating(false);
        dock->show();
    }
}

void MainWindow::saveLayout()
{
    m_settings.setValue(keys::windowGeometry, saveGeometry());
    m_settings.setValue(keys::windowState, saveState());
    m_settings.sync();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveLayout();
    event->accept();
}

} // namespace reticle
