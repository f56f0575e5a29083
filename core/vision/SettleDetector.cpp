#include "SettleDetector.h"

#include <opencv2/imgproc.hpp>

namespace reticle {

void SettleDetector::start(qint64 timestampMs)
{
    m_state = State::Waiting;
    m_start = timestampMs;
    m_settledAt = -1;
    m_stableCount = 0;
    m_lastDifference = -1.0;
    m_previous.release();
}

SettleDetector::State SettleDetector::addFrame(const cv::Mat &frame, qint64 timestampMs)
{
    if (m_state != State::Waiting || timestampMs < m_start || frame.empty())
        return m_state;
    cv::Mat gray;
    if (frame.channels() == 3)
        cv::cvtColor(frame, gray, cv::COLOR_BGR2GRAY);
    else if (frame.channels() == 4)
        cv::cvtColor(frame, gray, cv::COLOR_BGRA2GRAY);
    else
        gray = frame;
    cv::Mat small;
    const double scale = std::min(1.0, double(std::max(16, m_params.workWidth)) / gray.cols);
    cv::resize(gray, small, cv::Size(), scale, scale, cv::INTER_AREA);
    small.convertTo(small, CV_32F);
    cv::GaussianBlur(small, small, cv::Size(), 1.0);

    if (!m_previous.empty() && m_previous.size() == small.size()) {
        cv::Mat diff;
        cv::absdiff(small, m_previous, diff);
        // The largest mean difference over blocks of about 16x16 reduced pixels: a small moving
        // nozzle counts fully, sensor noise averages out inside each block.
        cv::Mat blocks;
        cv::resize(diff, blocks, cv::Size(std::max(1, diff.cols / 16), std::max(1, diff.rows / 16)), 0, 0, cv::INTER_AREA);
        double maxBlock = 0;
        cv::minMaxLoc(blocks, nullptr, &maxBlock);
        m_lastDifference = maxBlock;
        if (m_lastDifference <= m_params.threshold) {
            if (++m_stableCount >= m_params.stableFrames) {
                m_state = State::Settled;
                m_settledAt = timestampMs;
            }
        } else {
            m_stableCount = 0;
        }
    } else {
        m_stableCount = 0;
    }
    m_previous = small;
    if (m_state == State::Waiting && timestampMs - m_start > m_params.timeoutMs)
        m_state = State::TimedOut;
    return m_state;
}

} // namespace reticle
