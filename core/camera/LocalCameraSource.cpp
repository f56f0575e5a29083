#include "LocalCameraSource.h"

#include <QCamera>
#include <QCameraDevice>
#include <QMediaCaptureSession>
#include <QMediaDevices>

namespace reticle {

LocalCameraSource::LocalCameraSource(const CameraProfile &profile, QObject *parent)
    : VideoSinkSource(profile, parent)
{
}

LocalCameraSource::~LocalCameraSource()
{
    closeConnection();
}

QString LocalCameraSource::kindName() const
{
    return tr("Camera on this computer");
}

QStringList LocalCameraSource::availableDevices()
{
    QStringList devices;
    for (const QCameraDevice &device : QMediaDevices::videoInputs())
        devices.append(QStringLiteral("%1 — %2").arg(QString::fromUtf8(device.id()), device.description()));
    return devices;
}

void LocalCameraSource::openConnection()
{
    closeConnection();
    const QString wanted = profile().url.toString(QUrl::RemoveScheme).trimmed();
    QCameraDevice chosen = QMediaDevices::defaultVideoInput();
    if (!wanted.isEmpty()) {
        chosen = {};
        for (const QCameraDevice &device : QMediaDevices::videoInputs()) {
            if (QString::fromUtf8(device.id()) == wanted || device.description() == wanted) {
                chosen = device;
                break;
            }
        }
    }
    if (chosen.isNull()) {
        reportConnectionLost(wanted.isEmpty() ? tr("No camera is attached to this computer.")
                                              : tr("The camera '%1' is not attached.").arg(wanted));
        return;
    }
    setDetail(QStringLiteral("stream_type"), QStringLiteral("local camera"));
    setDetail(QStringLiteral("device"), chosen.description());
    m_session = new QMediaCaptureSession(this);
    m_camera = new QCamera(chosen, this);
    m_session->setCamera(m_camera);
    m_session->setVideoSink(videoSink());
    connect(m_camera, &QCamera::errorOccurred, this, [this](QCamera::Error, const QString &text) {
        reportConnectionLost(text.isEmpty() ? tr("The camera failed.") : text);
    });
    m_camera->start();
}

void LocalCameraSource::closeConnection()
{
    if (m_camera) {
        m_camera->disconnect(this);
        m_camera->stop();
    }
    if (m_session) {
        m_session->setVideoSink(nullptr);
        m_session->setCamera(nullptr);
        m_session->deleteLater();
        m_session = nullptr;
    }
    if (m_camera) {
        m_camera->deleteLater();
        m_camera = nullptr;
    }
    resetSink();
}

} // namespace reticle
