#include "Sharpness.h"

#include <opencv2/imgproc.hpp>

namespace reticle {

namespace {

cv::Mat grayRegion(const cv::Mat &image, const cv::Rect &roi)
{
    if (image.empty())
        return {};
    cv::Mat region = roi.area() > 0 ? image(roi & cv::Rect(0, 0, image.cols, image.rows)) : image;
    cv::Mat gray;
    if (region.channels() == 3)
        cv::cvtColor(region, gray, cv::COLOR_BGR2GRAY);
    else if (region.channels() == 4)
        cv::cvtColor(region, gray, cv::COLOR_BGRA2GRAY);
    else
        gray = region;
    return gray;
}

} // namespace

double Sharpness::varianceOfLaplacian(const cv::Mat &image, const cv::Rect &roi)
{
    const cv::Mat gray = grayRegion(image, roi);
    if (gray.rows < 3 || gray.cols < 3)
        return 0.0;
    cv::Mat lap;
    cv::Laplacian(gray, lap, CV_64F, 1);
    cv::Scalar mean, stddev;
    cv::meanStdDev(lap, mean, stddev);
    return stddev[0] * stddev[0];
}

double Sharpness::tenengrad(const cv::Mat &image, const cv::Rect &roi)
{
    const cv::Mat gray = grayRegion(image, roi);
    if (gray.rows < 3 || gray.cols < 3)
        return 0.0;
    cv::Mat gx, gy;
    cv::Sobel(gray, gx, CV_64F, 1, 0, 3);
    cv::Sobel(gray, gy, CV_64F, 0, 1, 3);
    return cv::mean(gx.mul(gx) + gy.mul(gy))[0];
}

} // namespace reticle
