#include "CameraService.h"

#include "camera/MjpegServer.h"
#include "camera/SimCameraLogging.h"
#include "camera/VirtualCamera.h"

#include <QCoreApplication>

#include <algorithm>

namespace reticle::sim {

CameraService::CameraService(const CameraOptions &options, std::function<MachineSnapshot()> snapshot,
                             QObject *parent)
    : QObject(parent)
    , m_options(options)
    , m_camera(new VirtualCamera(options, std::move(snapshot), this))
    , m_server(new MjpegServer(this))
{
    connect(m_camera, &VirtualCamera::frameReady, m_server, &MjpegServer::publish);
    // Nobody watching: no rendering, so an idle simulator costs no CPU. A new client resumes it
    // and gets a frame straight away.
    m_camera->setPaused(true);
    connect(m_server, &MjpegServer::watcherCountChanged, m_camera,
            [camera = m_camera](int watchers) { camera->setPaused(watchers == 0); });
}

CameraService::~CameraService()
{
    stop();
}

CameraOptions CameraService::forSimulator(CameraOptions camera, const SimulatorOptions &printer)
{
    camera.imperfections.seed = printer.seed;
    // C0 is tool number `tools`; without a camera tool that number has no offset, so the
    // camera-tool view then follows the bare carriage.
    camera.rig.cameraTool = printer.tools;
    return camera;
}

bool CameraService::start(const QHostAddress &address, QString *error)
{
    if (!m_server->isListening() && m_boundPort != 0) {
        // A restart after stop(): the same port, or nothing (clients hold the old URLs).
        if (!m_server->listen(address, m_boundPort)) {
            if (error)
                *error = QCoreApplication::translate("CameraService", "The virtual camera cannot listen on port %1: %2")
                             .arg(m_boundPort)
                             .arg(m_server->errorString());
            return false;
        }
    } else if (!m_server->isListening() && !m_server->listen(address, m_options.port) && !m_options.portRequired
        && m_options.port != 0) {
        qCWarning(lcSimCamera).noquote() << "camera port" << m_options.port << "is taken; using a free port instead";
        m_server->listen(address, 0);
    }
    if (!m_server->isListening()) {
        if (error)
            *error = QCoreApplication::translate("CameraService", "The virtual camera cannot listen on port %1: %2")
                         .arg(m_options.port)
                         .arg(m_server->errorString());
        return false;
    }
    m_boundPort = m_server->port();
    m_camera->start();
    return true;
}

void CameraService::stop()
{
    m_camera->stop();
    m_server->close();
}

bool CameraService::isRunning() const
{
    return m_server->isListening();
}

QString CameraService::streamUrl() const
{
    return m_server->streamUrl();
}

QString CameraService::snapshotUrl() const
{
    return m_server->snapshotUrl();
}

SimWebcam CameraService::webcamEntry() const
{
    SimWebcam cam;
    cam.name = m_options.mode == CameraMode::Nozzle ? QStringLiteral("nozzle-cam") : QStringLiteral("c0-cam");
    cam.service = QStringLiteral("mjpegstreamer-adaptive");
    cam.location = m_options.mode == CameraMode::Nozzle ? QStringLiteral("printer") : QStringLiteral("tool");
    cam.streamUrl = streamUrl();
    cam.snapshotUrl = snapshotUrl();
    const QSize r = m_options.resolution;
    cam.aspectRatio = r.width() * 9 == r.height() * 16 ? QStringLiteral("16:9") : QStringLiteral("4:3");
    cam.targetFps = int(m_options.fps);
    cam.targetFpsIdle = std::max(1, int(m_options.fps) / 3);
    return cam;
}

} // namespace reticle::sim
