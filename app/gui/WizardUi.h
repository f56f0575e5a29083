#pragma once

#include "geometry/PixelMap.h"

#include <QObject>
#include <QSize>

#include <memory>

class QAction;

namespace reticle {

class CameraCalibrationWorkflow;
class CameraNozzleProbe;
class CameraUi;
class MainWindow;
class PrinterMachineIo;
class PrinterUi;
class Settings;
class ToolOffsetWizardPanel;
class ToolOffsetWorkflow;
struct ToolOffsetResult;

// Composition of the tool offset wizard in the main window: the Calibrate menu, the wizard dock's
// panel, the workflows over the printer and camera the other panels use, the manual-click
// fallback from the camera view, and applying/saving the reviewed offsets after confirmation.
class WizardUi : public QObject
{
    Q_OBJECT
public:
    WizardUi(Settings &settings, MainWindow &window, PrinterUi &printer, CameraUi &camera);
    ~WizardUi() override;

    QString calibrationPath() const;
    QString toolsConfigPath() const;
    ToolOffsetWizardPanel *panel() const { return m_panel; }

public slots:
    // Starts with the reference nozzle over the camera (the operator jogged it there).
    void startToolOffsets();

private:
    bool checkReady();
    void calibrateCameraThenMeasure();
    void measureWith(const PixelMap &map);
    void apply(const QVector<ToolOffsetResult> &results);
    void saveToolsConfig(const QVector<ToolOffsetResult> &results);

    Settings &m_settings;
    MainWindow &m_window;
    PrinterUi &m_printer;
    CameraUi &m_camera;
    ToolOffsetWizardPanel *m_panel;
    QAction *m_toolOffsetsAction;
    std::unique_ptr<PrinterMachineIo> m_machine;
    std::unique_ptr<CameraNozzleProbe> m_probe;
    std::unique_ptr<CameraCalibrationWorkflow> m_cameraWorkflow;
    std::unique_ptr<ToolOffsetWorkflow> m_workflow;
    QSize m_imageSize;
};

} // namespace reticle
