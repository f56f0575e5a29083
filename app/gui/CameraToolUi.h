#pragma once

#include <QObject>
#include <QString>

#include <memory>

class QAction;
class QDockWidget;

namespace reticle {

class CameraToolOffsetWorkflow;
class CameraToolWizardPanel;
class CameraUi;
class MainWindow;
class MarkCameraProbe;
class PrinterMachineIo;
class PrinterUi;
class Settings;
struct CameraToolSettings;
struct ToolOffsetResult;

// Composition of camera-tool mode in the main window: Calibrate > Tool offsets (camera tool)…,
// its own dock with the CameraToolWizardPanel, the workflow over the printer and the camera the
// other panels use, the manual click on a mark in the camera view, the camera tool's own saved
// calibration (calibration-camera-tool.json, never mixed up with the nozzle camera's), and
// applying/saving the reviewed offsets after confirmation.
class CameraToolUi : public QObject
{
    Q_OBJECT
public:
    CameraToolUi(Settings &settings, MainWindow &window, PrinterUi &printer, CameraUi &camera);
    ~CameraToolUi() override;

    CameraToolWizardPanel *panel() const { return m_panel; }
    CameraToolOffsetWorkflow *workflow() const { return m_workflow.get(); }
    QString calibrationPath() const;
    QString toolsConfigPath() const;

public slots:
    void open();   // shows the panel (the menu action)
    void start();  // builds the workflow from the panel's settings and starts it

private:
    bool checkReady();
    CameraToolSettings loadSettings() const;
    void saveSettings();
    void apply(const QVector<ToolOffsetResult> &results);

    Settings &m_settings;
    MainWindow &m_window;
    PrinterUi &m_printer;
    CameraUi &m_camera;
    CameraToolWizardPanel *m_panel;
    QDockWidget *m_dock;
    QAction *m_action = nullptr;
    std::unique_ptr<PrinterMachineIo> m_machine;
    std::unique_ptr<MarkCameraProbe> m_probe;
    std::unique_ptr<CameraToolOffsetWorkflow> m_workflow;
    int m_cameraTool = -1;
};

} // namespace reticle
