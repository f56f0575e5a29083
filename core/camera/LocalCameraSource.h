#pragma once

#include "VideoSinkSource.h"

#include <QStringList>

class QCamera;
class QMediaCaptureSession;

namespace reticle {

// A camera attached to this computer (USB/UVC) through Qt Multimedia: QCamera into a
// QVideoSink. The profile's URL names the device by id or description; empty means the
// system default.
class LocalCameraSource : public VideoSinkSource
{
    Q_OBJECT
public:
    explicit LocalCameraSource(const CameraProfile &profile, QObject *parent = nullptr);
    ~LocalCameraSource() override;

    QString kindName() const override;
    // "id — description" of every camera Qt Multimedia sees.
    static QStringList availableDevices();

protected:
    void openConnection() override;
    void closeConnection() override;

private:
    QMediaCaptureSession *m_session = nullptr;
    QCamera *m_camera = nullptr;
};

} // namespace reticle
