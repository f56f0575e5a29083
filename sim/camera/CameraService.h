#pragma once

#include "camera/CameraOptions.h"
#include "printer/MachineSnapshot.h"
#include "printer/SimulatorOptions.h"

#include <QHostAddress>
#include <QObject>
#include <QString>

#include <functional>

namespace reticle::sim {

class MjpegServer;
class VirtualCamera;

// The virtual camera as a service of the simulator: the rendering camera plus its MJPEG server,
// and the entry it adds to Moonraker's server.webcams.list. Used by reticle-sim and by the
// embedded simulator; lives on the thread that serves (the render runs on its own thread).
class CameraService : public QObject
{
    Q_OBJECT
public:
    // `snapshot` must be thread-safe (VirtualKlipper::snapshot() is).
    CameraService(const CameraOptions &options, std::function<MachineSnapshot()> snapshot, QObject *parent = nullptr);
    ~CameraService() override;

    // Camera options matched to a simulated printer: the printer's seed, and its camera tool C0
    // (tool number = number of extruder tools).
    static CameraOptions forSimulator(CameraOptions camera, const SimulatorOptions &printer);

    // Listens on `address`:options.port (0 = a free port) and starts rendering. Returns false
    // with a reason when the port cannot be used. After stop(), start() listens again on the
    // port it had (the camera service restarting, as after a crash of ustreamer).
    bool start(const QHostAddress &address, QString *error = nullptr);
    // Stops rendering, closes the server and drops every client (the camera service dies).
    void stop();
    bool isRunning() const;

    QString streamUrl() const;
    QString snapshotUrl() const;
    // The server.webcams.list entry pointing at this camera.
    SimWebcam webcamEntry() const;

    VirtualCamera *camera() const { return m_camera; }
    MjpegServer *server() const { return m_server; }

private:
    CameraOptions m_options;
    VirtualCamera *m_camera = nullptr;
    MjpegServer *m_server = nullptr;
    quint16 m_boundPort = 0;
};

} // namespace reticle::sim
