#pragma once

#include <QObject>
#include <QMessageBox>
#include <QPointer>

#include <memory>

class QAction;
class QDockWidget;


namespace reticle {

class CameraCalibrationPanel;
class CameraCalibrationWizard;
class CameraNozzleProbe;
class CameraUi;
class LivePrepareIo;
class MainWindow;
class PrinterMachineIo;
class PrinterUi;
class Settings;

// Composition of the camera calibration wizard in the main window: Calibrate > Camera
// calibration…, a "Camera calibration" dock beside the Wizard dock, the wizard over the printer
// and camera the other panels use, the homing confirmation dialog, the camera view's scale-line
// tool and clicks (manual fallback), saving to calibration.json and the settings.
class CameraCalibrationUi : public QObject
{
    Q_OBJECT
public:
    CameraCalibrationUi(Settings &settings, MainWindow &window, PrinterUi &printer, CameraUi &camera);
    ~CameraCalibrationUi() override;

    QAction *action() const { return m_action; }
    QDockWidget *dock() const { return m_dock; }
    CameraCalibrationPanel *panel() const { return m_panel; }
    CameraCalibrationWizard *wizard() const { return m_wizard.get(); }
    QString calibrationPath() const;
    // The homing question while it is open (for tests), else null.
    QMessageBox *homingQuestion() const { return m_homingQuestion; }

public slots:
    void show();
    void start();

private:
    void askToHome();
    void save();
    void storeSettings();
    void refreshCameras();

    Settings &m_settings;
    MainWindow &m_window;
    PrinterUi &m_printer;
    CameraUi &m_camera;
    CameraCalibrationPanel *m_panel;
    QDockWidget *m_dock;
    QAction *m_action = nullptr;
    std::unique_ptr<PrinterMachineIo> m_machine;
    std::unique_ptr<CameraNozzleProbe> m_probe;
    std::unique_ptr<LivePrepareIo> m_io;
    std::unique_ptr<CameraCalibrationWizard> m_wizard;
    QPointer<QMessageBox> m_homingQuestion;
};

} // namespace reticle
