#include "FrameDecoder.h"

#include "CameraProfile.h"

#include <QCoreApplication>

#include <opencv2/core.hpp>
#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>

#include <turbojpeg.h>

namespace reticle {

namespace {

cv::Mat wrap(QImage &image)
{
    return cv::Mat(image.height(), image.width(), CV_8UC4, image.bits(),
                   static_cast<size_t>(image.bytesPerLine()));
}

cv::Mat wrapConst(const QImage &image)
{
    // constBits() does not detach; the Mat is only read from.
    return cv::Mat(image.height(), image.width(), CV_8UC4, const_cast<uchar *>(image.constBits()),
                   static_cast<size_t>(image.bytesPerLine()));
}

QString tr(const char *text)
{
    return QCoreApplication::translate("reticle::FrameDecoder", text); // the context lupdate records
}

bool isJpeg(QByteArrayView data)
{
    return data.size() >= 4 && static_cast<uchar>(data[0]) == 0xFF && static_cast<uchar>(data[1]) == 0xD8;
}

} // namespace

FrameDecoder::FrameDecoder()
    : m_tj(tjInitDecompress())
{
}

FrameDecoder::~FrameDecoder()
{
    if (m_tj)
        tjDestroy(static_cast<tjhandle>(m_tj));
}

void FrameDecoder::setOrientation(bool flipHorizontal, bool flipVertical, int rotationDegrees)
{
    m_flipH = flipHorizontal;
    m_flipV = flipVertical;
    m_rotation = CameraProfile::normalizedRotation(rotationDegrees);
}

QImage *FrameDecoder::takeImage(int width, int height)
{
    for (QImage &slot : m_pool) {
        // isDetached(): this pool is the only holder, so writing cannot change a frame someone
        // still looks at (the reference count is atomic; once it is 1 nobody can take a new one).
        if (!slot.isNull() && slot.width() == width && slot.height() == height && slot.isDetached())
            return &slot;
    }
    QImage image(width, height, QImage::Format_RGB32);
    if (image.isNull())
        return nullptr;
    ++m_allocated;
    // Prefer an empty slot (or one of another size); otherwise replace the slots in turn: the
    // image that was there lives on with whoever holds it and is freed when they let go.
    int slot = -1;
    for (int i = 0; i < kPoolSize && slot < 0; ++i) {
        if (m_pool[size_t(i)].isNull() || m_pool[size_t(i)].size() != image.size())
            slot = i;
    }
    if (slot < 0) {
        slot = m_nextSlot;
        m_nextSlot = (m_nextSlot + 1) % kPoolSize;
    }
    m_pool[size_t(slot)] = std::move(image);
    return &m_pool[size_t(slot)];
}

QImage FrameDecoder::decodeJpeg(QByteArrayView data, QString *error)
{
    if (data.size() < 4) {
        if (error)
            *error = tr("An empty frame (%1 bytes).").arg(data.size());
        return {};
    }
    auto *tj = static_cast<tjhandle>(m_tj);
    int width = 0;
    int height = 0;
    int subsampling = 0;
    int colorspace = 0;
    const auto *bytes = reinterpret_cast<const unsigned char *>(data.data());
    const auto size = static_cast<unsigned long>(data.size());
    if (tj && isJpeg(data) && tjDecompressHeader3(tj, bytes, size, &width, &height, &subsampling, &colorspace) == 0
        && width > 0 && height > 0) {
        // Unoriented frames are decoded straight into the output; others into the scratch
        // buffer, then mirrored/rotated into the output in one pass.
        // Writes go through the pool slot itself (a copy would make bits() detach and copy).
        QImage *target = nullptr;
        if (isIdentity()) {
            target = takeImage(width, height);
        } else {
            if (m_scratch.width() != width || m_scratch.height() != height)
                m_scratch = QImage(width, height, QImage::Format_RGB32);
            if (!m_scratch.isNull())
                target = &m_scratch;
        }
        if (target) {
            // TJPF_BGRX in memory is QImage::Format_RGB32 (0xffRRGGBB) on little-endian machines;
            // libjpeg-turbo fills the X byte with 0xFF. The IDCT is the exact one (no
            // TJFLAG_FASTDCT: it would change brightness, which every measurement reads). Chroma
            // is upsampled by repeating each sample over its 2x2 pixels (TJFLAG_FASTUPSAMPLE,
            // 13-16 % faster), as OpenCV's VideoCapture does through FFmpeg's swscale: colour
            // edges are a pixel coarser, while grey (what detection and sharpness read, the
            // JPEG's own luma) is unchanged to within rounding (tst_framedecoder).
            static_assert(Q_BYTE_ORDER == Q_LITTLE_ENDIAN, "TJPF_BGRX matches Format_RGB32 on little-endian only");
            const int rc = tjDecompress2(tj, bytes, size, target->bits(), width, int(target->bytesPerLine()), height,
                                         TJPF_BGRX, TJFLAG_FASTUPSAMPLE);
            // A warning (extraneous bytes, a premature end padded by libjpeg) still gives a whole
            // image, as Qt's and OpenCV's readers do; only an error falls back.
            if (rc == 0 || tjGetErrorCode(tj) == TJERR_WARNING)
                return isIdentity() ? *target : orientInto(*target);
        }
    }
    return decodeWithOpenCv(data, error);
}

QImage FrameDecoder::decodeWithOpenCv(QByteArrayView data, QString *error)
{
    cv::Mat decoded;
    try {
        const cv::Mat encoded(1, static_cast<int>(data.size()), CV_8UC1, const_cast<char *>(data.data()));
        decoded = cv::imdecode(encoded, cv::IMREAD_COLOR);
    } catch (const cv::Exception &e) {
        if (error)
            *error = tr("The frame could not be decoded: %1").arg(QString::fromStdString(e.what()));
        return {};
    }
    if (decoded.empty()) {
        if (error)
            *error = tr("The frame is not a decodable image (%1 bytes, starts with %2).")
                         .arg(data.size())
                         .arg(QString::fromLatin1(QByteArray(data.data(), std::min<qsizetype>(data.size(), 4)).toHex()));
        return {};
    }
    QImage image(decoded.cols, decoded.rows, QImage::Format_RGB32);
    if (image.isNull()) {
        if (error)
            *error = tr("Out of memory for a %1×%2 frame.").arg(decoded.cols).arg(decoded.rows);
        return {};
    }
    cv::Mat target = wrap(image);
    cv::cvtColor(decoded, target, cv::COLOR_BGR2BGRA);
    return isIdentity() ? image : orientInto(image);
}

QImage FrameDecoder::orient(const QImage &source)
{
    if (source.isNull())
        return {};
    const QImage image = source.format() == QImage::Format_RGB32 ? source : source.convertToFormat(QImage::Format_RGB32);
    if (isIdentity() || image.isNull())
        return image;
    return orientInto(image);
}

QImage FrameDecoder::orientInto(const QImage &source)
{
    const bool quarterTurn = m_rotation == 90 || m_rotation == 270;
    QImage *result = takeImage(quarterTurn ? source.height() : source.width(),
                               quarterTurn ? source.width() : source.height());
    if (!result)
        return {};
    const cv::Mat in = wrapConst(source);
    cv::Mat out = wrap(*result); // the slot is detached: bits() does not copy
    // Each case writes the output exactly once, straight into the pooled image.
    const int flipCode = m_flipH && m_flipV ? -1 : (m_flipH ? 1 : 0);
    const bool flips = m_flipH || m_flipV;
    if (m_rotation == 0) {
        cv::flip(in, out, flipCode);
    } else if (m_rotation == 180) {
        // A half turn is both flips; combined with the mirroring it stays one flip (or a copy).
        const bool h = !m_flipH;
        const bool v = !m_flipV;
        if (h || v)
            cv::flip(in, out, h && v ? -1 : (h ? 1 : 0));
        else
            in.copyTo(out);
    } else {
        // A quarter turn: transpose, then mirror the rows (90° clockwise) or columns (270°),
        // with the profile's mirroring folded into the same flip.
        cv::transpose(in, out);
        // After transposing, the profile's horizontal mirror acts on rows and vice versa.
        bool mirrorCols = m_rotation == 90; // clockwise: mirror each row
        bool mirrorRows = m_rotation == 270;
        if (flips) {
            mirrorRows ^= m_flipH;
            mirrorCols ^= m_flipV;
        }
        if (mirrorRows || mirrorCols)
            cv::flip(out, out, mirrorRows && mirrorCols ? -1 : (mirrorCols ? 1 : 0));
    }
    return *result;
}

} // namespace reticle
