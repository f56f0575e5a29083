#pragma once

#include <QByteArray>
#include <QMetaType>

#include <memory>

namespace reticle::sim {

// One encoded frame of the virtual camera, as the MJPEG server sends it.
struct CameraFrame
{
    QByteArray jpeg;
    qint64 captureUnixUs = 0; // wall-clock time the frame was rendered (X-Timestamp)
    quint64 sequence = 0;
    int width = 0;
    int height = 0;
};

using CameraFramePtr = std::shared_ptr<const CameraFrame>;

} // namespace reticle::sim

Q_DECLARE_METATYPE(reticle::sim::CameraFramePtr)
