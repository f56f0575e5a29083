#pragma once

#include "camera/CameraOptions.h"
#include "printer/MachineSnapshot.h"
#include "printer/SimulatorOptions.h"
#include "printer/VirtualMoonraker.h"

#include <QObject>
#include <QString>
#include <QUrl>

QT_BEGIN_NAMESPACE
class QThread;
QT_END_NAMESPACE

namespace reticle::sim {

class CameraService;
class VirtualKlipper;

// The simulator inside the application: VirtualKlipper + VirtualMoonraker (and the virtual
// camera, see the marked place in the .cpp) on their own QThread, listening on free ports of
// 127.0.0.1 only. start() blocks until the servers listen; the destructor stops everything.
class EmbeddedSimulator : public QObject
{
    Q_OBJECT

public:
    explicit EmbeddedSimulator(const SimulatorOptions &options = SimulatorOptions::demo(), QObject *parent = nullptr);
    ~EmbeddedSimulator() override;

    // Returns false with a reason when a server cannot listen.
    bool start(QString *error = nullptr);
    void stop();
    bool isRunning() const { return m_thread != nullptr; }

    QUrl printerUrl() const { return m_printerUrl; } // ws://127.0.0.1:<port>/websocket
    QUrl printerHttpUrl() const { return m_printerHttpUrl; }
    QString apiKey() const { return m_options.apiKey; }
    const SimulatorOptions &options() const { return m_options; }

    // Thread-safe physical state of the machine (what the camera renders from).
    MachineSnapshot snapshot() const;

    // The simulator objects live on the simulator thread: call them only through
    // QMetaObject::invokeMethod(object, ..., Qt::BlockingQueuedConnection) or from that thread.
    VirtualKlipper *klipper() const { return m_klipper; }
    VirtualMoonraker *moonraker() const { return m_moonraker; }
    QObject *threadContext() const { return m_context; }

    // Thread-safe conveniences for tests (each runs on the simulator thread and waits).
    // Every G-code script the printer received, oldest first (VirtualMoonraker::commandLog()).
    QStringList gcodeCommands() const;
    // VirtualMoonraker::injectFaultOnScript(): the next script containing `contains` is run,
    // then the fault happens while its moves run.
    void injectFaultOnScript(const QString &contains, VirtualMoonraker::ScriptFault fault, const QString &reason = {});
    // Every websocket is aborted now (VirtualMoonraker::dropAllConnections()).
    void dropPrinterConnections();

private:
    SimulatorOptions m_options;
    QThread *m_thread = nullptr;
    QObject *m_context = nullptr;
    VirtualKlipper *m_klipper = nullptr;
    VirtualMoonraker *m_moonraker = nullptr;
    QUrl m_printerUrl;
    QUrl m_printerHttpUrl;
    // --- Virtual camera (sim/camera) ---
public:
    // The camera's settings (its port is ignored: a free port is used); call before start().
    void setCameraOptions(const CameraOptions &options) { m_cameraOptions = options; }
    QUrl cameraStreamUrl() const { return m_cameraStreamUrl; }     // http://127.0.0.1:<port>/stream
    QUrl cameraSnapshotUrl() const { return m_cameraSnapshotUrl; } // http://127.0.0.1:<port>/snapshot
    // The camera service dies (server closed, every client dropped, no rendering) and comes
    // back on the same port, as when ustreamer crashes and systemd restarts it. startCamera()
    // returns false with a reason when the port cannot be taken again.
    void stopCamera();
    bool startCamera(QString *error = nullptr);
    bool isCameraRunning() const;

private:
    CameraOptions m_cameraOptions;
    CameraService *m_camera = nullptr;
    QUrl m_cameraStreamUrl;
    QUrl m_cameraSnapshotUrl;
};

} // namespace reticle::sim
