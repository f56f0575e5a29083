#pragma once

#include "camera/CameraProfile.h"
#include "camera/StreamHealth.h"
#include "camera/StreamStateMachine.h"

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

#include <memory>

class QMainWindow;
class QMenu;

namespace reticle {

class CameraThread;
class CameraView;
class ConnectionIndicator;
class FrameMailbox;
class FrameSource;
class Settings;

// Wires the camera into the main window: the CameraView as central widget, the Camera menu, the
// status-bar indicator, the profiles in the settings, and the camera thread with its source.
class CameraUi : public QObject
{
    Q_OBJECT
public:
    CameraUi(Settings &settings, ConnectionIndicator *indicator, QObject *parent = nullptr);
    ~CameraUi() override;

    // Replaces the window's "cameraPlaceholder" central widget with the view and adds the
    // Camera menu before the Help menu. Starts the camera chosen last time.
    void install(QMainWindow *window);

    CameraView *view() const { return m_view; }
    FrameSource *source() const; // null while no camera is open
    QMenu *menu() const { return m_menu; }
    CameraProfile activeProfile() const { return m_active; }

    // Moonraker's webcams, offered in the picker (fed by the printer connection).
    void setPrinterWebcams(const QList<MoonrakerWebcam> &webcams, const QString &printerHost);

public slots:
    void openProfile(const reticle::CameraProfile &profile);
    void closeCamera();
    void chooseCamera();
    void saveSnapshot();

signals:
    void cameraChanged(reticle::FrameSource *source); // null when closed

private:
    void onState(StreamStateMachine::State state);
    void onHealth(const StreamHealth &health);
    void updateIndicator();
    void updateViewState();
    void storeActiveProfile();

    Settings &m_settings;
    ConnectionIndicator *m_indicator;
    CameraView *m_view;
    QMenu *m_menu = nullptr;
    std::unique_ptr<CameraThread> m_thread;
    FrameMailbox *m_mailbox;
    CameraProfile m_active;
    QList<MoonrakerWebcam> m_webcams;
    QString m_printerHost;
    StreamStateMachine::State m_state = StreamStateMachine::State::Idle;
    StreamHealth m_health;
    QString m_lastError;
    QElapsedTimer m_retryClock;
    int m_retryDelayMs = -1;
    QTimer m_countdown;
};

} // namespace reticle
