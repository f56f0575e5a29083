#include "MarkCameraProbe.h"

#include "camera/FrameSource.h"
#include "camera/FrameWaiter.h"

#include <QtConcurrent/QtConcurrentRun>

#include <opencv2/imgproc.hpp>

#include <array>
#include <cmath>

namespace reticle {

MarkCameraProbe::MarkCameraProbe(FrameSource &source, QObject *parent)
    : MarkProbe(parent)
    , m_source(source)
    , m_stream(source)
{
    m_params.kind = MarkDetectorParams::Kind::Dot;
    m_params.darkMark = false; // on the contrast image the mark is bright
    connect(&m_stream, &StreamLossWatch::lost, this, &MarkCameraProbe::cameraLost);
    connect(&m_stream, &StreamLossWatch::restored, this, &MarkCameraProbe::cameraRestored);
    connect(&m_watcher, &QFutureWatcher<Detection>::finished, this, [this] { onDetected(m_watcher.result()); });
}

bool MarkCameraProbe::isAvailable() const
{
    return m_stream.isAvailable();
}

void MarkCameraProbe::setCameraMap(const PixelMap &map, QSize imageSize)
{
    m_map.set(map, imageSize);
}

QSize MarkCameraProbe::imageSize() const
{
    if (m_map.imageSize().isValid())
        return m_map.imageSize();
    return m_source.latestFrame().size();
}

QPointF MarkCameraProbe::errorMmAt(const QPointF &pixel) const
{
    return m_map.errorMmAt(pixel);
}

double MarkCameraProbe::maxCorrectionMm() const
{
    return m_map.maxCorrectionMm();
}

void MarkCameraProbe::setMarkSizePx(double minDiameterPx, double maxDiameterPx)
{
    m_params.sizeMinPx = std::max(0.0, minDiameterPx / 2.0);
    m_params.sizeMaxPx = std::max(0.0, maxDiameterPx / 2.0);
}

void MarkCameraProbe::setSettling(int frames, double tolerancePx, int maxFrames)
{
    m_settle.setSettling(frames, tolerancePx, maxFrames);
}

cv::Mat MarkCameraProbe::contrastImage(const cv::Mat &bgr)
{
    // The bed's own colour around each pixel: a median over about 500 px of a reduced copy (a mark
    // covers a small part of that, so the median is the bed's), which also takes out vignetting
    // and a light gradient.
    const int factor = std::max(1, std::min(bgr.cols, bgr.rows) / 60);
    cv::Mat small, background;
    cv::resize(bgr, small, cv::Size(std::max(1, bgr.cols / factor), std::max(1, bgr.rows / factor)), 0, 0,
               cv::INTER_AREA);
    const int kernel = std::max(3, (std::min(small.cols, small.rows) / 2) | 1);
    cv::medianBlur(small, small, std::min(kernel, 31));
    cv::resize(small, background, bgr.size(), 0, 0, cv::INTER_LINEAR);

    cv::Mat distance(bgr.size(), CV_8U);
    std::array<int, 256> histogram{};
    for (int y = 0; y < bgr.rows; ++y) {
        const auto *row = bgr.ptr<cv::Vec3b>(y);
        const auto *bed = background.ptr<cv::Vec3b>(y);
        auto *o = distance.ptr<uchar>(y);
        for (int x = 0; x < bgr.cols; ++x) {
            float sum = 0.0f;
            for (int c = 0; c < 3; ++c) {
                const float d = float(row[x][c]) - float(bed[x][c]);
                sum += d * d;
            }
            o[x] = cv::saturate_cast<uchar>(std::sqrt(sum));
            ++histogram[o[x]];
        }
    }
    // The bed's texture and sensor noise: median + 6 MAD of the distances (robust, the mark being
    // a small part of the image). Only what stands out above that is kept.
    auto quantile = [&histogram](long rank) {
        long count = 0;
        for (int level = 0; level < 256; ++level) {
            count += histogram[size_t(level)];
            if (count > rank)
                return level;
        }
        return 255;
    };
    const long total = long(bgr.total());
    const int median = quantile(total / 2);
    std::array<int, 256> deviations{};
    for (int level = 0; level < 256; ++level)
        deviations[size_t(std::abs(level - median))] += histogram[size_t(level)];
    long count = 0;
    int mad = 0;
    for (; mad < 255; ++mad) {
        count += deviations[size_t(mad)];
        if (count > total / 2)
            break;
    }
    const int floor = median + 6 * std::max(1, mad);
    cv::Mat out;
    cv::subtract(distance, cv::Scalar(floor), out); // saturates at 0
    return out;
}

Detection MarkCameraProbe::detectMark(const cv::Mat &image, const MarkDetectorParams &params)
{
    if (image.empty() || image.depth() != CV_8U || (image.channels() != 3 && image.channels() != 4)) {
        Detection none;
        none.status = DetectionStatus::BadImage;
        return none;
    }
    cv::Mat bgr = image;
    if (image.channels() == 4)
        cv::cvtColor(image, bgr, cv::COLOR_BGRA2BGR);
    return MarkDetector(params).detect(contrastImage(bgr));
}

void MarkCameraProbe::probe()
{
    m_settle.reset();
    requestFrameAfter(monotonicNowNs());
}

void MarkCameraProbe::requestFrameAfter(qint64 afterNs)
{
    FrameWaiter::request(&m_source, afterNs, m_timeoutMs, this, [this](std::optional<Frame> frame) {
        if (!frame) {
            ProbeResult result;
            result.reason = tr("No new camera frame within %1 s.").arg(m_timeoutMs / 1000.0, 0, 'f', 1);
            emit probed(result);
            return;
        }
        m_lastCaptureNs = frame->captureNs;
        detectOn(frame->image);
    });
}

void MarkCameraProbe::onDetected(const Detection &detection)
{
    std::optional<ProbeResult> result = m_settle.add(detection);
    if (!result) {
        requestFrameAfter(m_lastCaptureNs);
        return;
    }
    if (result->found && m_map.isValid())
        result->errorMm = m_map.errorMmAt(result->pixel);
    emit probed(*result);
}

void MarkCameraProbe::detectOn(const QImage &image)
{
    m_lastImage = image;
    const MarkDetectorParams params = m_params;
    m_watcher.setFuture(QtConcurrent::run([params, image] {
        const QImage rgb = image.convertToFormat(QImage::Format_RGB32);
        const cv::Mat view(rgb.height(), rgb.width(), CV_8UC4, const_cast<uchar *>(rgb.constBits()),
                           size_t(rgb.bytesPerLine()));
        return detectMark(view, params);
    }));
}

} // namespace reticle
