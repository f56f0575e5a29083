#pragma once

#include "workflow/FocusWorkflow.h"

#include <QObject>

#include <memory>

class QAction;
class QDockWidget;

namespace reticle {

class CameraNozzleProbe;
class CameraUi;
class FocusCameraMeter;
class FocusWizardPanel;
class FocusZActuator;
class MainWindow;
class PrinterMachineIo;
class PrinterUi;
class Settings;

// Composition of the focus wizard in the main window: Calibrate > Focus… and Z offsets by focus…,
// the Focus dock (tabbed with the wizard dock), the workflow over the printer and camera the other
// panels use, the sweep settings kept in Settings, and applying reviewed Z offsets after
// confirmation through the printer's offset writer.
class FocusUi : public QObject
{
    Q_OBJECT
public:
    FocusUi(Settings &settings, MainWindow &window, PrinterUi &printer, CameraUi &camera);
    ~FocusUi() override;

    FocusWizardPanel *panel() const { return m_panel; }
    QDockWidget *dock() const { return m_dock; }
    FocusWorkflow *workflow() const { return m_workflow.get(); }
    // Where the CSV logs go: AppDataLocation/focus.
    static QString logDirectory();

public slots:
    // Shows the panel in `mode` with its settings; the operator presses Start.
    void open(reticle::FocusSettings::Mode mode);
    void start(reticle::FocusSettings::Mode mode);

private:
    bool checkReady(const QString &title);
    void loadSettings();
    void saveSettings();
    void apply(const QVector<FocusToolResult> &results);

    Settings &m_settings;
    MainWindow &m_window;
    PrinterUi &m_printer;
    CameraUi &m_camera;
    FocusWizardPanel *m_panel;
    QDockWidget *m_dock;
    QAction *m_focusAction;
    QAction *m_zOffsetsAction;
    std::unique_ptr<PrinterMachineIo> m_machine;
    std::unique_ptr<CameraNozzleProbe> m_probe;
    std::unique_ptr<FocusCameraMeter> m_meter;
    std::unique_ptr<FocusZActuator> m_actuator;
    std::unique_ptr<FocusWorkflow> m_workflow;
};

} // namespace reticle
