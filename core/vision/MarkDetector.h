#pragma once

#include "Detection.h"

#include <opencv2/core.hpp>

#include <vector>

namespace reticle {

// Marks seen by a camera tool looking down: a dot deposited by a tool, a printed fiducial circle
// (a ring: the centre of its inner edge) or a printed cross (the crossing of its arms).
struct MarkDetectorParams
{
    enum class Kind { Dot, Ring, Cross };
    Kind kind = Kind::Dot;
    bool darkMark = true;       // dark mark on a light ground (ink, filament on paper/PEI) or the reverse
    double sizeMinPx = 0.0;     // dot/ring radius or cross half-length; 0 = from the image size
    double sizeMaxPx = 0.0;
    double minConfidence = 0.4;
    double ambiguityRatio = 0.7;
};

class MarkDetector
{
public:
    explicit MarkDetector(const MarkDetectorParams &params = {});
    Detection detect(const cv::Mat &image) const;
    std::vector<Detection> candidates(const cv::Mat &image) const;

private:
    std::vector<Detection> dots(const cv::Mat &gray, const cv::Mat &mask, double rMin, double rMax) const;
    std::vector<Detection> rings(const cv::Mat &gray, const cv::Mat &mask, double rMin, double rMax) const;
    std::vector<Detection> crosses(const cv::Mat &gray, const cv::Mat &mask, double rMin, double rMax) const;

    MarkDetectorParams m_params;
};

} // namespace reticle
