#pragma once

#include <QByteArray>
#include <QImage>
#include <QList>
#include <QMetaType>
#include <QPair>
#include <QSize>

#include <chrono>
#include <optional>

namespace cv {
class Mat;
}

namespace reticle {

// Nanoseconds on the monotonic (steady) clock every frame time in Reticle is measured with.
inline qint64 monotonicNowNs()
{
    return std::chrono::duration_cast<std::chrono::nanoseconds>(
               std::chrono::steady_clock::now().time_since_epoch())
        .count();
}

// One decoded camera frame, already flipped and rotated as its camera profile says. Cheap to copy
// (the image is implicitly shared) and safe to hand between threads.
struct Frame
{
    QImage image;                  // Format_RGB32
    quint64 sequence = 0;          // per source, counts delivered frames from 1
    qint64 arrivalNs = 0;          // last byte received (monotonicNowNs clock)
    qint64 captureNs = 0;          // best estimate of when the sensor captured it (same clock)
    bool captureEstimated = true;  // true when no source timestamp backs captureNs
    std::optional<double> sourceTimestamp; // seconds in the source's own clock (X-Timestamp)
    qsizetype encodedBytes = 0;    // bytes received for this frame (0 for raw video frames)
    double decodeMs = 0.0;         // decode + orientation time on the camera thread
    double latencyMs = -1.0;       // capture -> delivered estimate; negative when unknown
    QList<QPair<QByteArray, QByteArray>> headers; // per-part headers (X-Timestamp, X-UStreamer-*)

    bool isValid() const { return !image.isNull(); }
    QSize size() const { return image.size(); }
    QByteArray header(const QByteArray &name) const;
    // An OpenCV view (CV_8UC4, BGRA byte order) of the image; shares the pixels, no copy. Valid
    // while this frame (or a copy of its image) lives.
    cv::Mat mat() const;
};

} // namespace reticle

Q_DECLARE_METATYPE(reticle::Frame)
