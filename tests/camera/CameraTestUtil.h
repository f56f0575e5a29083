#pragma once

// Helpers shared by the camera tests: small JPEGs made with OpenCV and multipart framing in the
// byte layouts real streamers use.

#include <QByteArray>
#include <QColor>
#include <QList>

#include <opencv2/core.hpp>
#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>

namespace cameratest {

// A JPEG of `width`×`height`: left half `left`, right half `right` (so flips are visible), with
// a white top-left quadrant marker.
inline QByteArray makeJpeg(int width, int height, QColor left = Qt::red, QColor right = Qt::blue, int quality = 90)
{
    cv::Mat image(height, width, CV_8UC3);
    image(cv::Rect(0, 0, width / 2, height)) = cv::Scalar(left.blue(), left.green(), left.red());
    image(cv::Rect(width / 2, 0, width - width / 2, height)) = cv::Scalar(right.blue(), right.green(), right.red());
    image(cv::Rect(0, 0, width / 4, height / 4)) = cv::Scalar(255, 255, 255);
    std::vector<uchar> encoded;
    cv::imencode(".jpg", image, encoded, {cv::IMWRITE_JPEG_QUALITY, quality});
    return QByteArray(reinterpret_cast<const char *>(encoded.data()), static_cast<qsizetype>(encoded.size()));
}

// A camera-sized JPEG of one colour under sensor-like noise: large (tens of kB), like real frames.
inline QByteArray makeNoisyJpeg(int width, int height, QColor colour, int quality = 90)
{
    cv::Mat image(height, width, CV_8UC3, cv::Scalar(colour.blue(), colour.green(), colour.red()));
    cv::Mat noise(height, width, CV_8UC3);
    cv::randn(noise, cv::Scalar::all(0), cv::Scalar::all(12));
    image += noise;
    std::vector<uchar> encoded;
    cv::imencode(".jpg", image, encoded, {cv::IMWRITE_JPEG_QUALITY, quality});
    return QByteArray(reinterpret_cast<const char *>(encoded.data()), static_cast<qsizetype>(encoded.size()));
}

// The same JPEG with an APP1 (EXIF-like) segment holding a thumbnail JPEG, whose own end marker
// must not end the frame when the parser scans for EOI.
inline QByteArray withThumbnail(const QByteArray &jpeg, const QByteArray &thumbnail)
{
    QByteArray payload = QByteArray("Exif\0\0", 6) + thumbnail;
    const int length = static_cast<int>(payload.size()) + 2;
    QByteArray segment;
    segment.append(char(0xFF)).append(char(0xE1)).append(char((length >> 8) & 0xFF)).append(char(length & 0xFF));
    segment += payload;
    return jpeg.left(2) + segment + jpeg.mid(2);
}

// ustreamer: "--boundarydonotcross\r\n" + headers incl. X-Timestamp and X-UStreamer-*, then the
// JPEG and "\r\n" before the next boundary.
inline QByteArray ustreamerPart(const QByteArray &jpeg, double timestamp)
{
    QByteArray part = "--boundarydonotcross\r\n"
                      "Content-Type: image/jpeg\r\n"
                      "Content-Length: "
        + QByteArray::number(jpeg.size())
        + "\r\n"
          "X-Timestamp: "
        + QByteArray::number(timestamp, 'f', 6)
        + "\r\n"
          "X-UStreamer-Online: true\r\n"
          "X-UStreamer-Width: 64\r\n"
          "X-UStreamer-Height: 48\r\n"
          "X-UStreamer-Grab-Time: 100.000000\r\n"
          "X-UStreamer-Send-Time: 100.012000\r\n"
          "\r\n";
    return part + jpeg + "\r\n";
}

// mjpg-streamer: same shape, X-Timestamp with seconds.micros, no UStreamer headers.
inline QByteArray mjpgStreamerPart(const QByteArray &jpeg)
{
    return "--boundarydonotcross\r\nContent-Type: image/jpeg\r\nContent-Length: " + QByteArray::number(jpeg.size())
        + "\r\nX-Timestamp: 1700000000.123456\r\n\r\n" + jpeg + "\r\n";
}

inline const QByteArray kEsp32Boundary = "123456789000000000000987654321";

// ESP32 CameraWebServer: "\r\n--<boundary>\r\n" first, then the part headers, then the JPEG.
inline QByteArray esp32Part(const QByteArray &jpeg)
{
    return "\r\n--" + kEsp32Boundary + "\r\nContent-Type: image/jpeg\r\nContent-Length: "
        + QByteArray::number(jpeg.size()) + "\r\nX-Timestamp: 12.345678\r\n\r\n" + jpeg;
}

// No Content-Length; LF-only line ends when `lf` is true.
inline QByteArray noLengthPart(const QByteArray &jpeg, const QByteArray &boundary, bool lf = false)
{
    const QByteArray nl = lf ? QByteArray("\n") : QByteArray("\r\n");
    return "--" + boundary + nl + "Content-Type: image/jpeg" + nl + nl + jpeg + nl;
}

} // namespace cameratest
