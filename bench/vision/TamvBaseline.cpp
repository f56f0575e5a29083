#include "TamvBaseline.h"

#include <opencv2/features2d.hpp>
#include <opencv2/imgproc.hpp>

#include <cmath>
#include <numbers>

namespace reticle {

TamvBaseline::TamvBaseline(double radiusMinPx, double radiusMaxPx)
    : m_rMin(radiusMinPx)
    , m_rMax(radiusMaxPx)
{
}

Detection TamvBaseline::detect(const cv::Mat &image) const
{
    cv::Mat lut(1, 256, CV_8U);
    for (int i = 0; i < 256; ++i)
        lut.at<uchar>(i) = cv::saturate_cast<uchar>(std::pow(i / 255.0, 1.0 / 1.2) * 255.0);
    cv::Mat adjusted, gray;
    cv::LUT(image, lut, adjusted);
    if (adjusted.channels() == 3)
        cv::cvtColor(adjusted, gray, cv::COLOR_BGR2GRAY);
    else
        gray = adjusted;

    cv::SimpleBlobDetector::Params p;
    // On a binary image every threshold between 1 and 50 gives the same contours; TAMV steps by 1,
    // we step by 10 (same blobs, a tenth of the time).
    p.minThreshold = 1;
    p.maxThreshold = 50;
    p.thresholdStep = 10;
    p.filterByArea = true;
    p.minArea = float(std::numbers::pi * m_rMin * m_rMin);
    p.maxArea = float(std::numbers::pi * m_rMax * m_rMax);
    p.filterByCircularity = true;
    p.minCircularity = 0.8f;
    p.maxCircularity = 1.0f;
    p.filterByConvexity = true;
    p.minConvexity = 0.3f;
    p.maxConvexity = 1.0f;
    p.filterByInertia = true;
    p.minInertiaRatio = 0.3f;
    p.filterByColor = true;
    p.blobColor = 0;
    const cv::Ptr<cv::SimpleBlobDetector> detector = cv::SimpleBlobDetector::create(p);

    std::vector<cv::KeyPoint> keypoints;
    cv::Mat binary;
    cv::GaussianBlur(gray, binary, cv::Size(7, 7), 6);
    cv::adaptiveThreshold(binary, binary, 255, cv::ADAPTIVE_THRESH_GAUSSIAN_C, cv::THRESH_BINARY, 35, 1);
    detector->detect(binary, keypoints);
    if (keypoints.size() != 1) {
        keypoints.clear();
        cv::threshold(gray, binary, 0, 255, cv::THRESH_BINARY | cv::THRESH_TRIANGLE);
        detector->detect(binary, keypoints);
    }
    Detection d;
    if (keypoints.size() != 1) {
        d.status = keypoints.empty() ? DetectionStatus::NoCandidate : DetectionStatus::Ambiguous;
        return d;
    }
    d.found = true;
    d.status = DetectionStatus::Found;
    d.x = keypoints.front().pt.x;
    d.y = keypoints.front().pt.y;
    d.radius = keypoints.front().size / 2.0;
    d.confidence = 1.0;
    return d;
}

} // namespace reticle
