#pragma once

#include <QObject>
#include <QUrl>

class QAction;

namespace reticle {

class ConsoleWidget;
class JogPanel;
class MainWindow;
class MotionGuard;
class MoonrakerClient;
class Settings;
class ToolPanel;
struct PrinterError;
struct PrinterProfile;

// Composition of the printer side of the main window: owns the Moonraker client and the motion
// guard, fills the Tools, Jog and Console docks, drives the status-bar indicator and the
// emergency stop, and adds Connect/Disconnect to the Machine menu.
class PrinterUi : public QObject
{
    Q_OBJECT
public:
    PrinterUi(Settings &settings, MainWindow &window);
    ~PrinterUi() override;

    MoonrakerClient &client() { return *m_client; }
    MotionGuard &guard() { return *m_guard; }

    void connectTo(const PrinterProfile &profile);
    void connectTo(const QUrl &websocketUrl, const QString &apiKey);
    void showConnectionDialog();

private:
    void updateIndicator();
    void onConnectionError(const PrinterError &error);

    Settings &m_settings;
    MainWindow &m_window;
    MoonrakerClient *m_client;
    MotionGuard *m_guard;
    QAction *m_connectAction;
    QAction *m_disconnectAction;
    QString m_lastError;
    int m_lastKlippyState = 0;
    QString m_lastKlippyMessage;
};

} // namespace reticle
