#pragma once

#include "geometry/PixelMap.h"
#include "workflow/ApplyUndo.h"

#include <QMessageBox>
#include <QObject>
#include <QSize>

#include <functional>
#include <memory>
#include <optional>

class QAction;
class QMenu;

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
struct ToolOffsetSettings;

// Composition of the tool offset wizard in the main window: the Calibrate menu, the wizard dock's
// panel, the workflows over the printer and camera the other panels use, the manual-click
// fallback from the camera view, applying/saving the reviewed offsets after confirmation, and
// undoing the last apply. It also prepares the printer and camera adapters (with a saved or a new
// camera calibration) for the other measuring wizards (RepeatabilityUi).
class WizardUi : public QObject
{
    Q_OBJECT
public:
    WizardUi(Settings &settings, MainWindow &window, PrinterUi &printer, CameraUi &camera);
    ~WizardUi() override;

    QString calibrationPath() const;
    QString toolsConfigPath() const;
    ToolOffsetWizardPanel *panel() const { return m_panel; }
    QMenu *calibrateMenu() const { return m_menu; }

    // For the other measuring wizards: checks that the printer and camera are ready (telling the
    // operator what is missing), builds the adapters, gets the camera map (the saved calibration
    // or a new one by moves) and then calls `measure`. False when not ready or already measuring.
    bool prepareMeasurement(const QString &title, std::function<void()> measure);
    // The adapters prepareMeasurement() built (valid inside and after `measure`).
    PrinterMachineIo *machine() const { return m_machine.get(); }
    CameraNozzleProbe *probe() const { return m_probe.get(); }
    // Tools, reference, camera position and centring settings for a measurement starting now.
    ToolOffsetSettings measurementSettings() const;
    // Shows `panel` in the wizard dock (each wizard has its own panel there).
    void showInDock(QWidget *panel);
    bool isMeasuring() const;
    // Another wizard reports whether it is measuring (so that the adapters are not rebuilt under it).
    void setOtherMeasurementRunning(std::function<bool()> running) { m_otherRunning = std::move(running); }

public slots:
    // Starts with the reference nozzle over the camera (the operator jogged it there).
    void startToolOffsets();
    void undoApply();

signals:
    // The adapters are about to be rebuilt: a wizard holding a workflow over them drops it.
    void adaptersAboutToReset();
    // An apply or an undo finished (the printer's offsets and tools_config.json changed).
    void toolsConfigChanged();

private:
    bool checkReady(const QString &title);
    void calibrateCameraThenMeasure();
    void measureWith(const PixelMap &map);
    void apply(const QVector<ToolOffsetResult> &results);
    bool saveToolsConfig(const QVector<ToolOffsetResult> &results);
    void offerSaveConfig(const QString &title);
    void loadPanelSettings();
    void storePanelSettings();
    int ask(QMessageBox::Icon icon, const QString &title, const QString &text, const QString &details,
            const QString &objectName, QMessageBox::StandardButtons buttons = QMessageBox::Yes | QMessageBox::Cancel);

    Settings &m_settings;
    MainWindow &m_window;
    PrinterUi &m_printer;
    CameraUi &m_camera;
    ToolOffsetWizardPanel *m_panel;
    QMenu *m_menu;
    QAction *m_toolOffsetsAction;
    std::unique_ptr<PrinterMachineIo> m_machine;
    std::unique_ptr<CameraNozzleProbe> m_probe;
    std::unique_ptr<CameraCalibrationWorkflow> m_cameraWorkflow;
    std::unique_ptr<ToolOffsetWorkflow> m_workflow;
    std::function<void()> m_measure;
    std::function<bool()> m_otherRunning;
    QSize m_imageSize;
    std::optional<ApplyUndo> m_undo;
    bool m_undoFileSaved = false;
};

} // namespace reticle
