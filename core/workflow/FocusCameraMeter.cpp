#include "FocusCameraMeter.h"

#include "camera/FrameSource.h"
#include "camera/FrameWaiter.h"
#include "vision/Sharpness.h"

#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>

namespace reticle {

FocusCameraMeter::FocusCameraMeter(FrameSource &source, QObject *parent)
    : FocusMeter(parent)
    , m_source(source)
{
    connect(&m_watcher, &QFutureWatcher<Values>::finished, this, [this] {
        if (m_computeGeneration == m_generation) // else measure() was called again meanwhile
            onComputed(m_watcher.result());
    });
}

void FocusCameraMeter::setSettling(int frames, double tolerance, int maxFrames)
{
    m_settleFrames = std::max(1, frames);
    m_tolerance = std::max(0.0, tolerance);
    m_maxFrames = std::max(m_settleFrames, maxFrames);
}

void FocusCameraMeter::measure()
{
    ++m_generation;
    m_values.clear();
    requestFrameAfter(monotonicNowNs());
}

void FocusCameraMeter::requestFrameAfter(qint64 afterNs)
{
    const int generation = m_generation;
    FrameWaiter::request(
        &m_source, afterNs, m_timeoutMs, this, [this, generation](std::optional<Frame> frame) {
            if (generation != m_generation)
                return;
            if (!frame) {
                FocusMeasurement failed;
                failed.reason = tr("No new camera frame within %1 s.").arg(m_timeoutMs / 1000.0, 0, 'f', 1);
                failed.frames = int(m_values.size());
                emit measured(failed);
                return;
            }
            m_lastCaptureNs = frame->captureNs;
            m_lastImage = frame->image;
            m_imageSize = frame->image.size();
            m_region = regionFor(m_imageSize);
            const QImage image = frame->image;
            m_computeGeneration = generation;
            const cv::Rect roi(m_region.x(), m_region.y(), m_region.width(), m_region.height());
            m_watcher.setFuture(QtConcurrent::run([image, roi] {
                // The QImage keeps the pixels alive while the cv::Mat view is used.
                const QImage rgb = image.convertToFormat(QImage::Format_RGB32);
                const cv::Mat view(rgb.height(), rgb.width(), CV_8UC4, const_cast<uchar *>(rgb.constBits()),
                    size_t(rgb.bytesPerLine()));
                return Values { Sharpness::varianceOfLaplacian(view, roi), Sharpness::tenengrad(view, roi) };
            }));
        });
}

void FocusCameraMeter::onComputed(const Values &values)
{
    m_values.append(values);
    if (int(m_values.size()) >= m_settleFrames) {
        double low = m_values.constLast().laplacian, high = low, sum = 0.0;
        for (int i = int(m_values.size()) - m_settleFrames; i < int(m_values.size()); ++i) {
            low = std::min(low, m_values[i].laplacian);
            high = std::max(high, m_values[i].laplacian);
            sum += m_values[i].laplacian;
        }
        const double mean = sum / m_settleFrames;
        if (mean > 0.0 && (high - low) <= m_tolerance * mean) {
            report(true);
            return;
        }
    }
    if (int(m_values.size()) >= m_maxFrames) {
        report(false);
        return;
    }
    requestFrameAfter(m_lastCaptureNs);
}

void FocusCameraMeter::report(bool settled)
{
    FocusMeasurement result;
    result.ok = true;
    result.settled = settled;
    result.frames = int(m_values.size());
    result.region = m_region;
    result.imageSize = m_imageSize;
    const int first = std::max(0, int(m_values.size()) - m_settleFrames);
    for (int i = first; i < int(m_values.size()); ++i) {
        result.laplacian += m_values[i].laplacian;
        result.tenengrad += m_values[i].tenengrad;
    }
    const double n = double(m_values.size() - first);
    result.laplacian /= n;
    result.tenengrad /= n;
    emit measured(result);
}

} // namespace reticle
