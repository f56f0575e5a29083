#include "MarkDetector.h"

#include "RadialEdgeFitter.h"

#include <opencv2/imgproc.hpp>

#include <algorithm>
#include <cmath>
#include <numbers>

namespace reticle {

namespace {

constexpr double kPi = std::numbers::pi;

inline double ramp(double value, double zeroAt, double oneAt)
{
    return std::clamp((value - zeroAt) / (oneAt - zeroAt), 0.0, 1.0);
}

Detection fromFit(const EdgeFit &fit)
{
    Detection d;
    d.x = fit.cx;
    d.y = fit.cy;
    d.semiMajor = fit.semiMajor;
    d.semiMinor = fit.semiMinor;
    d.angleDeg = fit.angleDeg;
    d.radius = fit.radius();
    d.edgeRmsPx = fit.rmsPx;
    d.coverage = fit.coverage;
    const double allowed = 0.35 + 0.02 * d.radius;
    d.confidence = ramp(fit.coverage, 0.45, 0.8) * ramp(fit.rmsPx, 1.5 * allowed, 0.5 * allowed)
                   * ramp(d.semiMinor / d.semiMajor, 0.6, 0.85) * ramp(fit.meanStrength, 2.0, 8.0);
    return d;
}

} // namespace

MarkDetector::MarkDetector(const MarkDetectorParams &params)
    : m_params(params)
{
}

std::vector<Detection> MarkDetector::dots(const cv::Mat &gray, const cv::Mat &mask, double rMin, double rMax) const
{
    std::vector<Detection> out;
    std::vector<std::vector<cv::Point>> contours;
    cv::findContours(mask.clone(), contours, cv::RETR_LIST, cv::CHAIN_APPROX_NONE);
    RadialEdgeFitter::Options options;
    options.polarity = m_params.darkMark ? RadialEdgeFitter::Polarity::DarkInside
                                         : RadialEdgeFitter::Polarity::BrightInside;
    for (const auto &c : contours) {
        const double area = cv::contourArea(c);
        const double r = std::sqrt(area / kPi);
        if (c.size() < 6 || r < 0.7 * rMin || r > 1.4 * rMax)
            continue;
        const cv::RotatedRect e = cv::fitEllipse(c);
        const double a = std::max(e.size.width, e.size.height) / 2, b = std::min(e.size.width, e.size.height) / 2;
        if (!(b > 0) || b / a < 0.5 || area / (kPi * a * b) < 0.75)
            continue;
        const EdgeFit fit = RadialEdgeFitter::fit(gray, cv::Point2d(e.center.x, e.center.y), r, options);
        if (!fit.ok || fit.radius() < 0.8 * rMin || fit.radius() > 1.25 * rMax)
            continue;
        out.push_back(fromFit(fit));
    }
    return out;
}

std::vector<Detection> MarkDetector::rings(const cv::Mat &gray, const cv::Mat &mask, double rMin, double rMax) const
{
    // The holes of the mark mask are the insides of rings; fit their (light-inside) edge.
    std::vector<Detection> out;
    std::vector<std::vector<cv::Point>> contours;
    std::vector<cv::Vec4i> hierarchy;
    cv::findContours(mask.clone(), contours, hierarchy, cv::RETR_CCOMP, cv::CHAIN_APPROX_NONE);
    RadialEdgeFitter::Options options;
    options.polarity = m_params.darkMark ? RadialEdgeFitter::Polarity::BrightInside
                                         : RadialEdgeFitter::Polarity::DarkInside;
    options.searchInner = 0.7;
    options.searchOuter = 1.25;
    for (size_t i = 0; i < contours.size(); ++i) {
        if (hierarchy[i][3] < 0 || contours[i].size() < 6)
            continue; // only holes
        const double area = cv::contourArea(contours[i]);
        const double r = std::sqrt(area / kPi);
        if (r < 0.7 * rMin || r > 1.4 * rMax)
            continue;
        const cv::RotatedRect e = cv::fitEllipse(contours[i]);
        const double a = std::max(e.size.width, e.size.height) / 2, b = std::min(e.size.width, e.size.height) / 2;
        if (!(b > 0) || b / a < 0.5)
            continue;
        const EdgeFit fit = RadialEdgeFitter::fit(gray, cv::Point2d(e.center.x, e.center.y), r + 0.5, options);
        if (!fit.ok || fit.radius() < 0.8 * rMin || fit.radius() > 1.25 * rMax)
            continue;
        out.push_back(fromFit(fit));
    }
    return out;
}

std::vector<Detection> MarkDetector::crosses(const cv::Mat &gray, const cv::Mat &mask, double rMin, double rMax) const
{
    // A cross is a component with two long, thin, perpendicular arms. Its centre is the intersection
    // of the two lines fitted (weighted by darkness) to the pixels of each arm.
    std::vector<Detection> out;
    cv::Mat labels, stats, centroids;
    const int n = cv::connectedComponentsWithStats(mask, labels, stats, centroids, 8, CV_32S);
    for (int label = 1; label < n; ++label) {
        const int w = stats.at<int>(label, cv::CC_STAT_WIDTH), h = stats.at<int>(label, cv::CC_STAT_HEIGHT);
        const double halfLength = 0.5 * std::hypot(w, h) / std::sqrt(2.0);
        if (halfLength < 0.7 * rMin || halfLength > 1.4 * rMax)
            continue;
        const int area = stats.at<int>(label, cv::CC_STAT_AREA);
        const cv::Rect box(stats.at<int>(label, cv::CC_STAT_LEFT), stats.at<int>(label, cv::CC_STAT_TOP), w, h);
        std::vector<cv::Point2f> pts;
        for (int y = box.y; y < box.y + box.height; ++y)
            for (int x = box.x; x < box.x + box.width; ++x)
                if (labels.at<int>(y, x) == label)
                    pts.emplace_back(float(x), float(y));
        if (pts.size() < 20)
            continue;
        // Orientation of the arms: the direction with the largest second moment after folding by
        // 90 degrees (4*theta) — a cross is symmetric under 90-degree rotation.
        const cv::Point2d c0(centroids.at<double>(label, 0), centroids.at<double>(label, 1));
        double s4c = 0, s4s = 0;
        for (const auto &p : pts) {
            const double dx = p.x - c0.x, dy = p.y - c0.y;
            const double r2 = dx * dx + dy * dy;
            if (r2 < 1)
                continue;
            const double t = std::atan2(dy, dx);
            s4c += r2 * std::cos(4 * t);
            s4s += r2 * std::sin(4 * t);
        }
        const double theta = std::atan2(s4s, s4c) / 4;
        std::vector<cv::Point2f> armA, armB;
        for (const auto &p : pts) {
            const double dx = p.x - c0.x, dy = p.y - c0.y;
            const double u = dx * std::cos(theta) + dy * std::sin(theta);
            const double v = -dx * std::sin(theta) + dy * std::cos(theta);
            (std::abs(v) < std::abs(u) ? armA : armB).push_back(p);
        }
        if (armA.size() < 10 || armB.size() < 10)
            continue;
        const double balance = double(std::min(armA.size(), armB.size())) / double(std::max(armA.size(), armB.size()));
        const double fill = double(area) / double(w * h);
        cv::Vec4f la, lb;
        cv::fitLine(armA, la, cv::DIST_HUBER, 0, 0.01, 0.01);
        cv::fitLine(armB, lb, cv::DIST_HUBER, 0, 0.01, 0.01);
        // Intersection of p + t*d and q + s*e.
        const double det = double(la[0]) * lb[1] - double(la[1]) * lb[0];
        if (std::abs(det) < 0.5)
            continue; // not roughly perpendicular
        const double qx = lb[2] - la[2], qy = lb[3] - la[3];
        const double t = (qx * lb[1] - qy * lb[0]) / det;
        Detection d;
        d.x = la[2] + t * la[0];
        d.y = la[3] + t * la[1];
        d.radius = halfLength;
        d.semiMajor = d.semiMinor = halfLength;
        d.angleDeg = theta * 180.0 / kPi;
        d.coverage = balance;
        d.confidence = ramp(balance, 0.5, 0.85) * ramp(std::abs(det), 0.5, 0.95) * ramp(0.6 - fill, 0.0, 0.25);
        (void)gray;
        out.push_back(d);
    }
    return out;
}

std::vector<Detection> MarkDetector::candidates(const cv::Mat &image) const
{
    std::vector<Detection> out;
    if (image.empty() || image.depth() != CV_8U)
        return out;
    cv::Mat gray;
    if (image.channels() == 3)
        cv::cvtColor(image, gray, cv::COLOR_BGR2GRAY);
    else if (image.channels() == 4)
        cv::cvtColor(image, gray, cv::COLOR_BGRA2GRAY);
    else
        gray = image;
    const double minSide = std::min(gray.cols, gray.rows);
    const double rMin = m_params.sizeMinPx > 0 ? m_params.sizeMinPx : std::max(3.0, 0.01 * minSide);
    const double rMax = m_params.sizeMaxPx > 0 ? m_params.sizeMaxPx : 0.35 * minSide;

    // Mark mask: Otsu on a smoothed copy, with the mark as foreground.
    cv::Mat smooth, mask;
    cv::GaussianBlur(gray, smooth, cv::Size(), 1.0);
    cv::threshold(smooth, mask, 0, 255,
                  (m_params.darkMark ? cv::THRESH_BINARY_INV : cv::THRESH_BINARY) | cv::THRESH_OTSU);
    switch (m_params.kind) {
    case MarkDetectorParams::Kind::Dot:
        out = dots(gray, mask, rMin, rMax);
        break;
    case MarkDetectorParams::Kind::Ring:
        out = rings(gray, mask, rMin, rMax);
        break;
    case MarkDetectorParams::Kind::Cross:
        out = crosses(gray, mask, rMin, rMax);
        break;
    }
    std::sort(out.begin(), out.end(), [](const Detection &l, const Detection &r) { return l.confidence > r.confidence; });
    return out;
}

Detection MarkDetector::detect(const cv::Mat &image) const
{
    Detection none;
    if (image.empty() || image.depth() != CV_8U) {
        none.status = DetectionStatus::BadImage;
        return none;
    }
    const std::vector<Detection> all = candidates(image);
    if (all.empty())
        return none;
    Detection best = all.front();
    if (best.confidence < m_params.minConfidence) {
        best.status = DetectionStatus::LowConfidence;
        return best;
    }
    if (all.size() > 1 && all[1].confidence >= std::max(m_params.minConfidence, m_params.ambiguityRatio * best.confidence)) {
        best.status = DetectionStatus::Ambiguous;
        return best;
    }
    best.found = true;
    best.status = DetectionStatus::Found;
    return best;
}

} // namespace reticle
