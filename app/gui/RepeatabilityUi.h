#pragma once

#include "workflow/RepeatabilityWorkflow.h"

#include <QObject>
#include <QPointer>

#include <memory>

class QAction;

namespace reticle {

class CameraUi;
class MainWindow;
class RepeatabilityPanel;
class Settings;
class WizardUi;

// Calibrate > Repeatability…: N tool-change cycles over the tool set in the wizard dock, with the
// per-tool scatter, std and range, the drift of each tool over tools_config.json's history, and
// "Save to history" (one history line per tool with the mean offset and its 2σ scatter; the
// precise offsets themselves are left alone). The printer/camera adapters and the camera map come
// from WizardUi, so both wizards measure the same way.
class RepeatabilityUi : public QObject
{
    Q_OBJECT
public:
    RepeatabilityUi(Settings &settings, MainWindow &window, WizardUi &wizard, CameraUi &camera);
    ~RepeatabilityUi() override;

    RepeatabilityPanel *panel() const;
    RepeatabilityWorkflow *workflow() const { return m_workflow.get(); }
    QAction *action() const { return m_action; }
    bool isRunning() const;

public slots:
    void start();
    void refreshDrift();

private:
    void startWith(int cycles);
    void save(const QVector<RepeatabilityToolResult> &results);

    Settings &m_settings;
    MainWindow &m_window;
    WizardUi &m_wizard;
    CameraUi &m_camera;
    QPointer<RepeatabilityPanel> m_panel; // the dock owns it once shown; it may go first at exit
    QAction *m_action;
    std::unique_ptr<RepeatabilityWorkflow> m_workflow;
};

} // namespace reticle
