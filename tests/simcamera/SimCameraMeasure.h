#pragma once

// Measurements the virtual-camera tests make on rendered images, kept deliberately simple and
// independent of the renderer (intensity-weighted centroids, Laplacian variance).

#include <QPointF>

#include <opencv2/core.hpp>
#include <opencv2/imgproc.hpp>

#include <cmath>
#include <functional>

namespace simcamtest {

// Centroid of weight(b, g, r) over pixels within `radius` px of `around`; NaN without weight.
inline QPointF weightedCentroid(const cv::Mat &bgr32f, QPointF around, double radius,
                                const std::function<double(const cv::Vec3f &)> &weight)
{
    double sw = 0, sx = 0, sy = 0;
    const int x0 = std::max(0, int(std::floor(around.x() - radius)));
    const int x1 = std::min(bgr32f.cols - 1, int(std::ceil(around.x() + radius)));
    const int y0 = std::max(0, int(std::floor(around.y() - radius)));
    const int y1 = std::min(bgr32f.rows - 1, int(std::ceil(around.y() + radius)));
    for (int y = y0; y <= y1; ++y) {
        for (int x = x0; x <= x1; ++x) {
            if (std::hypot(x - around.x(), y - around.y()) > radius)
                continue;
            const double w = weight(bgr32f.at<cv::Vec3f>(y, x));
            if (w <= 0)
                continue;
            sw += w;
            sx += w * x;
            sy += w * y;
        }
    }
    if (sw <= 0)
        return {std::nan(""), std::nan("")};
    return {sx / sw, sy / sw};
}

// Centre of the nozzle's dark bore: the darkness below a threshold, weighted.
inline QPointF boreCentre(const cv::Mat &bgr32f, QPointF around, double radius)
{
    return weightedCentroid(bgr32f, around, radius, [](const cv::Vec3f &c) {
        const double grey = (c[0] + c[1] + c[2]) / 3.0;
        return 70.0 - grey;
    });
}

// Variance of the Laplacian of the grey image: high when sharp, falls with blur.
inline double laplacianVariance(const cv::Mat &bgr32f)
{
    cv::Mat grey, lap;
    cv::cvtColor(bgr32f, grey, cv::COLOR_BGR2GRAY);
    cv::Laplacian(grey, lap, CV_32F);
    cv::Scalar mean, stddev;
    cv::meanStdDev(lap, mean, stddev);
    return stddev[0] * stddev[0];
}

} // namespace simcamtest
