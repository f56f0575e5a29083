#include "EmbeddedSimulator.h"

#include "camera/CameraService.h"
#include "printer/VirtualKlipper.h"
#include "printer/VirtualMoonraker.h"

#include <QCoreApplication>
#include <QThread>

namespace reticle::sim {

EmbeddedSimulator::EmbeddedSimulator(const SimulatorOptions &options, QObject *parent)
    : QObject(parent)
    , m_options(options)
{
    m_options.host = QHostAddress(QHostAddress::LocalHost);
}

EmbeddedSimulator::~EmbeddedSimulator()
{
    stop();
}

bool EmbeddedSimulator::start(QString *error)
{
    if (m_thread)
        return true;
    m_thread = new QThread;
    m_thread->setObjectName(QStringLiteral("reticle-sim"));
    m_context = new QObject;
    m_context->moveToThread(m_thread);
    m_thread->start();

    bool listening = false;
    QString reason;
    QMetaObject::invokeMethod(
        m_context,
        [this, &listening, &reason] {
            m_klipper = new VirtualKlipper(m_options);
            m_moonraker = new VirtualMoonraker(m_klipper, m_options);
            listening = m_moonraker->listen(QHostAddress(QHostAddress::LocalHost), 0);
            if (!listening) {
                reason = QCoreApplication::translate("EmbeddedSimulator", "The simulated printer cannot listen: %1")
                             .arg(m_moonraker->errorString());
                return;
            }
            m_printerUrl = m_moonraker->serverUrl();
            m_printerHttpUrl = m_moonraker->httpUrl();
            // --- Virtual camera (sim/camera): create and start its server here, on this thread. ---
            CameraOptions cameraOptions = CameraService::forSimulator(m_cameraOptions, m_options);
            cameraOptions.port = 0;
            m_camera = new CameraService(cameraOptions, [klipper = m_klipper] { return klipper->snapshot(); });
            if (!m_camera->start(QHostAddress(QHostAddress::LocalHost), &reason)) {
                listening = false;
                return;
            }
            m_cameraStreamUrl = QUrl(m_camera->streamUrl());
            m_cameraSnapshotUrl = QUrl(m_camera->snapshotUrl());
            m_moonraker->setWebcams(m_options.webcams + QVector<SimWebcam>{m_camera->webcamEntry()});
            // --- end of virtual camera ---
            m_klipper->start();
        },
        Qt::BlockingQueuedConnection);
    if (!listening) {
        if (error)
            *error = reason;
        stop();
        return false;
    }
    return true;
}

void EmbeddedSimulator::stop()
{
    if (!m_thread)
        return;
    QMetaObject::invokeMethod(
        m_context,
        [this] {
            // --- Virtual camera (sim/camera): stop and delete its server here, first. ---
            delete m_camera;
            m_camera = nullptr;
            delete m_moonraker;
            m_moonraker = nullptr;
            delete m_klipper;
            m_klipper = nullptr;
        },
        Qt::BlockingQueuedConnection);
    m_thread->quit();
    m_thread->wait();
    delete m_context;
    m_context = nullptr;
    delete m_thread;
    m_thread = nullptr;
}

MachineSnapshot EmbeddedSimulator::snapshot() const
{
    if (!m_klipper)
        return MachineSnapshot{};
    return m_klipper->snapshot();
}

QStringList EmbeddedSimulator::gcodeCommands() const
{
    QStringList log;
    if (!m_moonraker)
        return log;
    QMetaObject::invokeMethod(m_context, [this, &log] { log = m_moonraker->commandLog(); },
                              Qt::BlockingQueuedConnection);
    return log;
}

void EmbeddedSimulator::injectFaultOnScript(const QString &contains, VirtualMoonraker::ScriptFault fault,
                                            const QString &reason)
{
    if (!m_moonraker)
        return;
    QMetaObject::invokeMethod(
        m_context,
        [this, contains, fault, reason] {
            m_moonraker->injectFaultOnScript(contains, fault, reason);
        },
        Qt::BlockingQueuedConnection);
}

void EmbeddedSimulator::dropPrinterConnections()
{
    if (!m_moonraker)
        return;
    QMetaObject::invokeMethod(m_context, [this] { m_moonraker->dropAllConnections(); }, Qt::BlockingQueuedConnection);
}

void EmbeddedSimulator::stopCamera()
{
    if (!m_camera)
        return;
    QMetaObject::invokeMethod(m_context, [this] { m_camera->stop(); }, Qt::BlockingQueuedConnection);
}

bool EmbeddedSimulator::startCamera(QString *error)
{
    if (!m_camera)
        return false;
    bool ok = false;
    QString reason;
    QMetaObject::invokeMethod(
        m_context, [this, &ok, &reason] { ok = m_camera->start(QHostAddress(QHostAddress::LocalHost), &reason); },
        Qt::BlockingQueuedConnection);
    if (!ok && error)
        *error = reason;
    return ok;
}

bool EmbeddedSimulator::isCameraRunning() const
{
    if (!m_camera)
        return false;
    bool running = false;
    QMetaObject::invokeMethod(m_context, [this, &running] { running = m_camera->isRunning(); },
                              Qt::BlockingQueuedConnection);
    return running;
}

} // namespace reticle::sim
