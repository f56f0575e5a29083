#pragma once

#include <QMainWindow>

class QDockWidget;
class QMenu;

namespace reticle {

class CameraToolUi;
class CameraCalibrationUi;
class CameraUi;
class ConnectionIndicator;
class FocusUi;
class PrinterUi;
class RepeatabilityUi;
class WizardUi;
class Settings;

// The composition root: creates the panels, docks and actions and connects them to the core
// objects. It holds no protocol, camera or workflow logic of its own.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(Settings &settings, QWidget *parent = nullptr);
    ~MainWindow() override;

    QAction *emergencyStopAction() const { return m_emergencyStop; }
    ConnectionIndicator *printerIndicator() const { return m_printerIndicator; }
    ConnectionIndicator *cameraIndicator() const { return m_cameraIndicator; }
    ConnectionIndicator *mqttIndicator() const { return m_mqttIndicator; }
    CameraUi *cameraUi() const { return m_cameraUi; }
    PrinterUi *printerUi() const { return m_printerUi; }
    WizardUi *wizardUi() const { return m_wizardUi; }
    RepeatabilityUi *repeatabilityUi() const { return m_repeatabilityUi; }
    CameraToolUi *cameraToolUi() const { return m_cameraToolUi; }
    CameraCalibrationUi *cameraCalibrationUi() const { return m_cameraCalibrationUi; }
    FocusUi *focusUi() const { return m_focusUi; }

    void restoreLayout();
    void resetLayout();

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createActions();
    void createMenus();
    void createToolBar();
    void createDocks();
    void createStatusBar();
    QMenu *createLanguageMenu();
    QDockWidget *addDock(const QString &objectName, const QString &title, QWidget *content,
                         Qt::DockWidgetArea area);
    void saveLayout();

    Settings &m_settings;
    QByteArray m_defaultState;
    QAction *m_emergencyStop = nullptr;
    QAction *m_quit = nullptr;
    QAction *m_about = nullptr;
    QAction *m_aboutQt = nullptr;
    QAction *m_resetLayout = nullptr;
    QMenu *m_viewMenu = nullptr;
    QList<QDockWidget *> m_docks;
    ConnectionIndicator *m_printerIndicator = nullptr;
    ConnectionIndicator *m_cameraIndicator = nullptr;
    ConnectionIndicator *m_mqttIndicator = nullptr;
    CameraUi *m_cameraUi = nullptr;
    PrinterUi *m_printerUi = nullptr;
    WizardUi *m_wizardUi = nullptr;
    RepeatabilityUi *m_repeatabilityUi = nullptr;
    CameraToolUi *m_cameraToolUi = nullptr;
    CameraCalibrationUi *m_cameraCalibrationUi = nullptr;
    FocusUi *m_focusUi = nullptr;
};

} // namespace reticle
