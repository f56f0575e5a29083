#pragma once

#include "vision/Detection.h"

#include <opencv2/core.hpp>

namespace reticle {

// The peers' nozzle detector as TAMV/kTAMV run it, for comparison: gamma 1.2, then a
// SimpleBlobDetector on (1) Gaussian blur + adaptive threshold (block 35), else (2) a triangle
// threshold; a result only when exactly one blob is found. Centre = the keypoint (float; TAMV
// itself rounds it to whole pixels, which would only make it worse).
class TamvBaseline
{
public:
    TamvBaseline(double radiusMinPx, double radiusMaxPx);
    Detection detect(const cv::Mat &image) const;

private:
    double m_rMin;
    double m_rMax;
};

} // namespace reticle
