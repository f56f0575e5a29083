#pragma once

#include <opencv2/core.hpp>

namespace reticle {

// Focus measures of a frame or a region of it; larger is sharper. Both are relative figures:
// compare them between frames of the same scene (a focus sweep), not across scenes.
class Sharpness
{
public:
    // Variance of the 3x3 Laplacian.
    static double varianceOfLaplacian(const cv::Mat &image, const cv::Rect &roi = cv::Rect());
    // Tenengrad: mean squared Sobel gradient magnitude.
    static double tenengrad(const cv::Mat &image, const cv::Rect &roi = cv::Rect());
};

} // namespace reticle
