#pragma once

#include <opencv2/core.hpp>

#include <QtGlobal>

namespace reticle {

// Decides when the picture has stopped moving after a move: the largest block mean of the absolute
// difference between consecutive frames (reduced, smoothed grey) must stay below a threshold for `stableFrames`
// frames in a row (debounce); if that does not happen within `timeoutMs` of start(), it gives up.
// Frames captured before start() (older timestamps) are ignored. Pure: fed frames with their
// capture timestamps, no clock of its own.
class SettleDetector
{
public:
    struct Params
    {
        double threshold = 1.5;   // grey levels, mean over the worst 16x16 block of the reduced frame
        int stableFrames = 3;
        qint64 timeoutMs = 3000;
        int workWidth = 160;      // frames are reduced to this width before comparing
    };
    enum class State { Idle, Waiting, Settled, TimedOut };

    SettleDetector() = default;
    explicit SettleDetector(const Params &params) : m_params(params) {}

    void start(qint64 timestampMs);
    State addFrame(const cv::Mat &frame, qint64 timestampMs);

    State state() const { return m_state; }
    double lastDifference() const { return m_lastDifference; }
    qint64 settledAtMs() const { return m_settledAt; }
    const Params &params() const { return m_params; }

private:
    Params m_params;
    State m_state = State::Idle;
    qint64 m_start = 0;
    qint64 m_settledAt = -1;
    int m_stableCount = 0;
    double m_lastDifference = -1.0;
    cv::Mat m_previous;
};

} // namespace reticle
