#include "RepeatabilityUi.h"

#include "CameraUi.h"
#include "MainWindow.h"
#include "WizardUi.h"
#include "camera/CameraView.h"
#include "plots/DriftPlot.h"
#include "store/Settings.h"
#include "store/SettingsKeys.h"
#include "store/ToolsConfigStore.h"
#include "wizard/RepeatabilityPanel.h"
#include "workflow/CameraNozzleProbe.h"
#include "workflow/PrinterMachineIo.h"

#include <QAction>
#include <QMenu>
#include <QMessageBox>
#include <QStatusBar>

namespace reticle {

RepeatabilityUi::RepeatabilityUi(Settings &settings, MainWindow &window, WizardUi &wizard, CameraUi &camera)
    : QObject(&window)
    , m_settings(settings)
    , m_window(window)
    , m_wizard(wizard)
    , m_camera(camera)
    , m_panel(new RepeatabilityPanel(&window))
{
    // Owned by the window until it is shown in the wizard dock (which then owns it).
    m_panel->hide();
    m_panel->setCycles(m_settings.value(keys::repeatabilityCycles));
    m_action = m_wizard.calibrateMenu()->addAction(tr("&Repeatability…"));
    m_action->setObjectName(QStringLiteral("repeatabilityAction"));
    m_action->setToolTip(tr("Measure every tool several times over complete tool changes: scatter, std, range "
                            "and drift over the history"));
    connect(m_action, &QAction::triggered, this, &RepeatabilityUi::start);
    connect(m_panel, &RepeatabilityPanel::startRequested, this, &RepeatabilityUi::startWith);
    connect(m_panel, &RepeatabilityPanel::saveRequested, this, &RepeatabilityUi::save);
    connect(m_panel, &RepeatabilityPanel::cyclesChanged, this,
            [this](int cycles) { m_settings.setValue(keys::repeatabilityCycles, cycles); });
    connect(&m_wizard, &WizardUi::adaptersAboutToReset, this, [this] {
        if (m_panel)
            m_panel->setWorkflow(nullptr);
        m_workflow.reset();
    });
    connect(&m_wizard, &WizardUi::toolsConfigChanged, this, &RepeatabilityUi::refreshDrift);
    m_wizard.setOtherMeasurementRunning([this] { return isRunning(); });
    // Manual fallback: a click on the nozzle when detection failed in a cycle.
    connect(m_camera.view(), &CameraView::imageClicked, this, [this](const QPointF &pixel) {
        if (m_workflow && m_wizard.probe() && m_workflow->state() == RepeatabilityWorkflow::State::AwaitingClick)
            m_workflow->provideManualMeasurement(m_wizard.probe()->errorMmAt(pixel));
    });
}

RepeatabilityUi::~RepeatabilityUi()
{
    m_workflow.reset();
}

RepeatabilityPanel *RepeatabilityUi::panel() const
{
    return m_panel.data();
}

bool RepeatabilityUi::isRunning() const
{
    if (!m_workflow)
        return false;
    using S = RepeatabilityWorkflow::State;
    const S state = m_workflow->state();
    return state == S::Measuring || state == S::AwaitingClick || state == S::Paused;
}

void RepeatabilityUi::start()
{
    // Show the panel first: the operator sets the number of cycles and presses Start.
    m_wizard.showInDock(m_panel);
    refreshDrift();
}

void RepeatabilityUi::startWith(int cycles)
{
    m_wizard.showInDock(m_panel);
    refreshDrift();
    m_wizard.prepareMeasurement(tr("Repeatability"), [this, cycles] {
        RepeatabilitySettings settings;
        settings.measurement = m_wizard.measurementSettings();
        settings.measurement.repeats = 1; // one measurement per tool and cycle: the cycles are the repeats
        settings.cycles = cycles;
        m_workflow = std::make_unique<RepeatabilityWorkflow>(*m_wizard.machine(), *m_wizard.probe(), settings);
        connect(m_workflow.get(), &RepeatabilityWorkflow::finished, this, [this] {
            m_window.statusBar()->showMessage(m_workflow->stateText(), 10000);
        });
        m_panel->setWorkflow(m_workflow.get());
        m_wizard.showInDock(m_panel);
        m_workflow->start();
    });
}

void RepeatabilityUi::refreshDrift()
{
    ToolsConfigStore store(m_wizard.toolsConfigPath());
    if (store.load())
        m_panel->setDriftSeries(DriftPlot::fromToolsConfig(store));
    else
        m_window.statusBar()->showMessage(store.error(), 10000);
}

void RepeatabilityUi::save(const QVector<RepeatabilityToolResult> &results)
{
    ToolsConfigStore store(m_wizard.toolsConfigPath());
    if (!store.load()) {
        QMessageBox::warning(&m_window, tr("Save to history"), store.error());
        return;
    }
    const QString now = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
    for (const RepeatabilityToolResult &r : results) {
        const int index = store.ensureTool(r.tool, QStringLiteral("T%1").arg(r.tool));
        QJsonObject line{{QStringLiteral("x"), r.meanOffset.x},
                         {QStringLiteral("y"), r.meanOffset.y},
                         {QStringLiteral("z"), r.meanOffset.z},
                         {QStringLiteral("at"), now},
                         {QStringLiteral("method"), QStringLiteral("repeatability")},
                         {QStringLiteral("repeatabilityUm"), 2000.0 * std::max(r.stdMm.x(), r.stdMm.y())},
                         {QStringLiteral("cycles"), int(r.samples.size())},
                         {QStringLiteral("stdXUm"), r.stdMm.x() * 1000.0},
                         {QStringLiteral("stdYUm"), r.stdMm.y() * 1000.0},
                         {QStringLiteral("rangeXUm"), r.rangeMm.x() * 1000.0},
                         {QStringLiteral("rangeYUm"), r.rangeMm.y() * 1000.0}};
        if (r.reference)
            line.insert(QStringLiteral("reference"), true);
        store.appendHistory(index, line);
    }
    if (!store.save()) {
        QMessageBox::warning(&m_window, tr("Save to history"), store.error());
        return;
    }
    m_panel->setSaved(true);
    m_window.statusBar()->showMessage(tr("Repeatability saved to %1").arg(m_wizard.toolsConfigPath()), 8000);
    refreshDrift();
}

} // namespace reticle
