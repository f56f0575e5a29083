#pragma once

#include <QByteArrayView>
#include <QImage>
#include <QString>

namespace reticle {

// Turns an encoded JPEG (or a raw QImage from Qt Multimedia) into the RGB32 image a Frame
// carries, mirrored and rotated as the camera profile says: flips first, then the clockwise
// rotation. Stateless apart from the orientation; safe to use from any one thread.
class FrameDecoder
{
public:
    void setOrientation(bool flipHorizontal, bool flipVertical, int rotationDegrees);
    bool isIdentity() const { return !m_flipH && !m_flipV && m_rotation == 0; }

    // Returns a null image and sets `error` when the data is not a decodable image.
    QImage decodeJpeg(QByteArrayView data, QString *error = nullptr) const;
    QImage orient(const QImage &image) const;

private:
    bool m_flipH = false;
    bool m_flipV = false;
    int m_rotation = 0;
};

} // namespace reticle
