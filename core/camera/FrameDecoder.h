#pragma once

#include <QByteArrayView>
#include <QImage>
#include <QString>

#include <array>

namespace reticle {

// Turns an encoded JPEG (or a raw QImage from Qt Multimedia) into the RGB32 image a Frame
// carries, mirrored and rotated as the camera profile says: flips first, then the clockwise
// rotation.
//
// JPEGs are decoded with libjpeg-turbo's TurboJPEG API (exact integer IDCT; chroma repeated over
// each 2x2 block, as OpenCV's VideoCapture does, which leaves grey unchanged) straight into the
// image's own pixels, BGRX byte order = QImage::Format_RGB32. Output images come from a small
// pool: an image is written again only once nobody else holds it (QImage::isDetached()), so a
// consumer never sees its pixels change, and a steady stream allocates nothing per frame.
// Oriented frames are decoded into a scratch buffer and flipped/rotated into the output in one
// pass. OpenCV's imdecode is the fallback for what TurboJPEG refuses.
//
// Not thread-safe: one decoder per camera thread.
class FrameDecoder
{
public:
    FrameDecoder();
    ~FrameDecoder();
    FrameDecoder(const FrameDecoder &) = delete;
    FrameDecoder &operator=(const FrameDecoder &) = delete;

    void setOrientation(bool flipHorizontal, bool flipVertical, int rotationDegrees);
    bool isIdentity() const { return !m_flipH && !m_flipV && m_rotation == 0; }

    // Returns a null image and sets `error` when the data is not a decodable image.
    QImage decodeJpeg(QByteArrayView data, QString *error = nullptr);
    QImage orient(const QImage &image);

    // Images allocated since construction (pool misses); for tests and the benchmark.
    int imagesAllocated() const { return m_allocated; }

private:
    // A pool slot holding an RGB32 image of the given size that nobody else holds (write
    // through the pointer, then hand out a copy); nullptr when out of memory.
    QImage *takeImage(int width, int height);
    QImage decodeWithOpenCv(QByteArrayView data, QString *error);
    // Writes `source` (RGB32) mirrored/rotated into a pooled image.
    QImage orientInto(const QImage &source);

    void *m_tj = nullptr; // tjhandle
    bool m_flipH = false;
    bool m_flipV = false;
    int m_rotation = 0;
    static constexpr int kPoolSize = 4;
    std::array<QImage, kPoolSize> m_pool;
    int m_nextSlot = 0;
    QImage m_scratch; // decode target before orientation; never handed out
    int m_allocated = 0;
};

} // namespace reticle
