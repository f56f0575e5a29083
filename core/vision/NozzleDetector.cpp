#include "NozzleDetector.h"

#include "RadialEdgeFitter.h"
#include "VisionLogging.h"

#include <opencv2/imgproc.hpp>

#include <algorithm>
#include <cmath>
#include <numbers>

namespace reticle {

namespace {

constexpr double kPi = std::numbers::pi;

cv::Mat toGray8(const cv::Mat &image)
{
    cv::Mat gray;
    if (image.empty())
        return gray;
    cv::Mat src = image;
    if (image.depth() == CV_16U)
        image.convertTo(src, CV_8U, 1.0 / 257.0);
    else if (image.depth() != CV_8U)
        return gray;
    if (src.channels() == 1)
        gray = src;
    else if (src.channels() == 3)
        cv::cvtColor(src, gray, cv::COLOR_BGR2GRAY);
    else if (src.channels() == 4)
        cv::cvtColor(src, gray, cv::COLOR_BGRA2GRAY);
    return gray;
}

double medianOf(std::vector<double> &v)
{
    if (v.empty())
        return 0;
    const auto mid = v.begin() + std::ptrdiff_t(v.size() / 2);
    std::nth_element(v.begin(), mid, v.end());
    return *mid;
}

// Grey levels on an ellipse of the given scale around a fitted one.
std::vector<double> ringValues(const cv::Mat &gray, const Detection &d, double scale)
{
    std::vector<double> values;
    const int n = 72;
    const double phi = d.angleDeg * kPi / 180.0;
    const double c = std::cos(phi), s = std::sin(phi);
    for (int i = 0; i < n; ++i) {
        const double t = 2 * kPi * i / n;
        const double u = scale * d.semiMajor * std::cos(t);
        const double v = scale * d.semiMinor * std::sin(t);
        const int x = int(std::lround(d.x + u * c - v * s));
        const int y = int(std::lround(d.y + u * s + v * c));
        if (x >= 0 && y >= 0 && x < gray.cols && y < gray.rows)
            values.push_back(gray.at<uchar>(y, x));
    }
    if (values.size() < size_t(n / 3))
        values.clear();
    return values;
}

// How much brighter a ring at 1.4 r is than the centre (0..1), on the reduced image: ranks seeds
// so that bores ringed by their cone come first.
double ringContrast(const cv::Mat &work, double cx, double cy, double r)
{
    const int cxi = int(std::lround(cx)), cyi = int(std::lround(cy));
    if (cxi < 0 || cyi < 0 || cxi >= work.cols || cyi >= work.rows)
        return 0;
    const double centre = work.at<uchar>(cyi, cxi);
    std::vector<double> ring;
    for (int i = 0; i < 16; ++i) {
        const double t = 2 * kPi * i / 16;
        const int x = int(std::lround(cx + 1.4 * r * std::cos(t))), y = int(std::lround(cy + 1.4 * r * std::sin(t)));
        if (x >= 0 && y >= 0 && x < work.cols && y < work.rows)
            ring.push_back(work.at<uchar>(y, x));
    }
    if (ring.size() < 6)
        return 0;
    return std::max(0.0, medianOf(ring) - centre) / 255.0;
}

// Radius of the first strong dark-to-bright edge around `c`: the median (over 32 directions, so
// ooze or a strand on a few of them does not matter) radial profile, differentiated. For seeds
// whose size is unknown (distance-transform maxima of a bore merged with its surroundings).
double estimateRadius(const cv::Mat &gray, cv::Point2d c, double rMin, double rMax)
{
    constexpr int kDirections = 32;
    const double step = std::max(0.5, rMin / 16.0);
    const double lo = 0.5 * rMin, hi = 1.3 * rMax;
    const int n = int((hi - lo) / step) + 1;
    std::vector<double> profile(size_t(n), std::numeric_limits<double>::quiet_NaN());
    std::vector<double> values;
    for (int k = 0; k < n; ++k) {
        const double r = lo + k * step;
        values.clear();
        for (int i = 0; i < kDirections; ++i) {
            const double t = 2 * kPi * i / kDirections;
            const int x = int(std::lround(c.x + r * std::cos(t))), y = int(std::lround(c.y + r * std::sin(t)));
            if (x >= 0 && y >= 0 && x < gray.cols && y < gray.rows)
                values.push_back(gray.at<uchar>(y, x));
        }
        if (values.size() >= kDirections / 2)
            profile[size_t(k)] = medianOf(values);
    }
    const int lag = std::max(1, int(std::lround(1.5 / step)));
    std::vector<double> d(size_t(n), 0.0);
    double best = 0;
    for (int k = lag; k + lag < n; ++k) {
        const double v = profile[size_t(k + lag)] - profile[size_t(k - lag)];
        d[size_t(k)] = std::isnan(v) ? 0.0 : v;
        best = std::max(best, d[size_t(k)]);
    }
    if (best <= 0)
        return 0;
    for (int k = lag; k + lag < n; ++k)
        if (d[size_t(k)] >= 0.5 * best && d[size_t(k)] >= d[size_t(k - 1)] && d[size_t(k)] >= d[size_t(k + 1)])
            return lo + k * step;
    return 0;
}

inline double ramp(double value, double zeroAt, double oneAt)
{
    return std::clamp((value - zeroAt) / (oneAt - zeroAt), 0.0, 1.0);
}

} // namespace

NozzleDetectorParams NozzleDetectorParams::fromExpectedRadius(double radiusUm, double micronsPerPixel, double tolerance)
{
    NozzleDetectorParams p;
    if (radiusUm > 0 && micronsPerPixel > 0) {
        const double r = radiusUm / micronsPerPixel;
        p.radiusMinPx = r * (1.0 - std::clamp(tolerance, 0.0, 0.9));
        p.radiusMaxPx = r * (1.0 + std::max(tolerance, 0.0));
    }
    return p;
}

NozzleDetector::NozzleDetector(const NozzleDetectorParams &params)
    : m_params(params)
{
}

NozzleDetector::SeedImages NozzleDetector::seedImages(const cv::Mat &gray, double rMin, double rMax, double scale) const
{
    SeedImages images;
    if (scale < 1.0)
        cv::resize(gray, images.work, cv::Size(), scale, scale, cv::INTER_AREA);
    else
        images.work = gray;
    images.scale = scale;
    images.rMinW = rMin * scale;
    images.rMaxW = rMax * scale;

    // Flatten slow illumination changes: the ratio (x128) to the brightest of three local means
    // (box sizes five times the smallest, middle and largest expected radius), so that a bore is
    // dark against its own cone whatever its size and whatever the background.
    const cv::Mat &work = images.work;
    cv::Mat background;
    for (const double r : {images.rMinW, std::sqrt(images.rMinW * images.rMaxW), images.rMaxW}) {
        const int k = std::clamp(int(std::lround(5 * r)) | 1, 9, std::max(work.cols, work.rows) | 1);
        cv::Mat mean;
        cv::blur(work, mean, cv::Size(k, k), cv::Point(-1, -1), cv::BORDER_REFLECT);
        if (background.empty())
            background = mean;
        else
            cv::max(background, mean, background);
    }
    cv::divide(work, background, images.ratio, 128.0, CV_8U);
    return images;
}

std::vector<NozzleDetector::Seed> NozzleDetector::contourSeeds(const SeedImages &images) const
{
    const double scale = images.scale;
    const double rMinW = images.rMinW;
    const double rMaxW = images.rMaxW;
    std::vector<Seed> seeds;
    std::vector<double> seedScores;
    const double areaMin = kPi * (0.6 * rMinW) * (0.6 * rMinW);
    const double areaMax = kPi * (1.4 * rMaxW) * (1.4 * rMaxW);
    cv::Mat binary;
    std::vector<std::vector<cv::Point>> contours;
    std::vector<cv::Vec4i> hierarchy;
    for (const double level : {0.75, 0.6, 0.45}) {
        cv::threshold(images.ratio, binary, 128.0 * level, 255, cv::THRESH_BINARY_INV);
        cv::findContours(binary, contours, hierarchy, cv::RETR_CCOMP, cv::CHAIN_APPROX_NONE);
        for (size_t i = 0; i < contours.size(); ++i) {
            if (hierarchy[i][3] >= 0 || contours[i].size() < 6)
                continue;
            const double area = cv::contourArea(contours[i]);
            if (area < areaMin || area > areaMax)
                continue;
            const cv::RotatedRect ell = cv::fitEllipse(contours[i]);
            const double a = std::max(ell.size.width, ell.size.height) / 2.0;
            const double b = std::min(ell.size.width, ell.size.height) / 2.0;
            if (!(b > 0) || b / a < 0.55)
                continue;
            const double fill = area / (kPi * a * b);
            if (fill < 0.75 || fill > 1.3)
                continue;
            Seed seed;
            seed.centre = cv::Point2d((ell.center.x + 0.5) / scale - 0.5, (ell.center.y + 0.5) / scale - 0.5);
            seed.radius = std::max(std::sqrt(a * b), std::sqrt(area / kPi)) / scale;
            seed.contourCentre = seed.centre;
            seed.contourA = a / scale;
            seed.contourB = b / scale;
            seed.contourAngle = ell.angle;
            // The same blob at another level, not a blob inside a larger one: at the lighter level
            // a dark-rimmed bore merges with a dim cone around it, only ~1.6x larger.
            bool merged = false;
            for (const Seed &other : seeds) {
                if (std::hypot(other.centre.x - seed.centre.x, other.centre.y - seed.centre.y)
                        < 0.5 * std::min(other.radius, seed.radius)
                    && seed.radius < 1.25 * other.radius && other.radius < 1.25 * seed.radius) {
                    merged = true;
                    break;
                }
            }
            if (merged)
                continue;
            seeds.push_back(seed);
            seedScores.push_back(1.0 + ringContrast(images.work, ell.center.x, ell.center.y, std::sqrt(a * b)));
        }
    }
    // Bores cut by a strand or merged with a dark neighbour fail the shape tests above; the
    // maxima of the distance transform of the dark mask still find them (inscribed circles).
    darkMaskSeeds(images, 0.6, seeds, seedScores);
    return bestSeeds(seeds, seedScores, 16);
}

void NozzleDetector::darkMaskSeeds(const SeedImages &images, double level, std::vector<Seed> &seeds,
                                   std::vector<double> &scores) const
{
    cv::Mat binary, dist, dilated;
    cv::threshold(images.ratio, binary, 128.0 * level, 255, cv::THRESH_BINARY_INV);
    cv::distanceTransform(binary, dist, cv::DIST_L2, 3);
    const int nms = 2 * std::max(1, int(std::lround(0.8 * images.rMinW))) + 1;
    cv::dilate(dist, dilated, cv::getStructuringElement(cv::MORPH_RECT, cv::Size(nms, nms)));
    const float lo = float(0.7 * images.rMinW), hi = float(1.3 * images.rMaxW);
    const double scale = images.scale;
    for (int y = 0; y < dist.rows; ++y) {
        const float *d = dist.ptr<float>(y);
        const float *m = dilated.ptr<float>(y);
        for (int x = 0; x < dist.cols; ++x) {
            if (d[x] < lo || d[x] > hi || d[x] < m[x])
                continue;
            Seed seed;
            seed.centre = cv::Point2d((x + 0.5) / scale - 0.5, (y + 0.5) / scale - 0.5);
            seed.radius = (d[x] + 0.5) / scale;
            seed.sizeUnknown = true;
            seed.contourCentre = seed.centre;
            seed.contourA = seed.contourB = seed.radius;
            // Only a seed of about the same size at the same place makes this one redundant: the
            // inscribed circle of a strand-cut bore sits inside the contour of the whole cone.
            bool merged = false;
            for (const Seed &other : seeds)
                merged |= std::hypot(other.centre.x - seed.centre.x, other.centre.y - seed.centre.y)
                              < 0.6 * std::max(other.radius, seed.radius)
                          && seed.radius > 0.7 * other.radius && seed.radius < 1.4 * other.radius;
            if (merged)
                continue;
            seeds.push_back(seed);
            scores.push_back(ringContrast(images.work, x, y, d[x])); // after the contour seeds
        }
    }
}

std::vector<NozzleDetector::Seed> NozzleDetector::bestSeeds(const std::vector<Seed> &seeds,
                                                            const std::vector<double> &scores, size_t count)
{
    // Keep the most blob-like seeds only; each costs a refinement.
    std::vector<size_t> order(seeds.size());
    for (size_t i = 0; i < order.size(); ++i)
        order[i] = i;
    std::stable_sort(order.begin(), order.end(), [&](size_t l, size_t r) { return scores[l] > scores[r]; });
    std::vector<Seed> best;
    for (size_t i = 0; i < order.size() && best.size() < count; ++i)
        best.push_back(seeds[order[i]]);
    return best;
}

std::vector<NozzleDetector::Seed> NozzleDetector::houghSeeds(const cv::Mat &gray, double rMin, double rMax,
                                                             double scale) const
{
    cv::Mat work;
    if (scale < 1.0)
        cv::resize(gray, work, cv::Size(), scale, scale, cv::INTER_AREA);
    else
        work = gray.clone();
    cv::GaussianBlur(work, work, cv::Size(), 1.0);
    std::vector<cv::Vec3f> circles;
    const double rMinW = rMin * scale;
    const double rMaxW = rMax * scale;
    cv::HoughCircles(work, circles, cv::HOUGH_GRADIENT, 1.0, std::max(4.0, 1.5 * rMinW), 80, 18,
                     int(std::floor(rMinW * 0.8)), int(std::ceil(rMaxW * 1.2)));
    std::vector<Seed> seeds;
    for (const auto &c : circles) {
        if (seeds.size() >= 12)
            break;
        Seed seed;
        seed.centre = cv::Point2d((c[0] + 0.5) / scale - 0.5, (c[1] + 0.5) / scale - 0.5);
        seed.radius = c[2] / scale;
        seed.contourCentre = seed.centre;
        seeds.push_back(seed);
    }
    return seeds;
}

Detection NozzleDetector::evaluate(const cv::Mat &gray, const Seed &seed, double rMin, double rMax) const
{
    Detection d;
    double seedRadius = seed.radius;
    if (seed.sizeUnknown) {
        const double estimate = estimateRadius(gray, seed.centre, std::max(rMin, seed.radius), rMax);
        if (estimate > 0)
            seedRadius = estimate;
    }
    // On each ray the innermost clear edge, not the strongest: a dark rim's outer edge can be
    // weaker than the dim cone's edge against a bright background further out.
    RadialEdgeFitter::Options options;
    options.firstEdgeFraction = 0.3;
    const EdgeFit fit = RadialEdgeFitter::fit(gray, seed.centre, seedRadius, options);
    qCDebug(lcVision).nospace() << (seed.sizeUnknown ? "dark-mask" : "contour") << " seed (" << seed.centre.x << ", "
                                << seed.centre.y << ") r " << seedRadius << ": fit " << fit.ok << " r " << fit.radius();
    if (!fit.ok)
        return d;
    d.x = fit.cx;
    d.y = fit.cy;
    d.semiMajor = fit.semiMajor;
    d.semiMinor = fit.semiMinor;
    d.angleDeg = fit.angleDeg;
    d.radius = fit.radius();
    d.edgeRmsPx = fit.rmsPx;
    d.coverage = fit.coverage;
    if (d.radius < 0.8 * rMin || d.radius > 1.25 * rMax)
        return d;

    std::vector<double> insideValues = ringValues(gray, d, 0.55);
    std::vector<double> outsideValues = ringValues(gray, d, 1.2);
    if (insideValues.empty() || outsideValues.empty())
        return d;
    const double inside = medianOf(insideValues);
    const double outside = medianOf(outsideValues);
    const double contrast = outside - inside;
    // A bore is ringed by its rim and cone all the way round (ooze or a strand hide a little of
    // it); a lobe of a dark blob or one of several touching spots is not.
    const double middle = 0.5 * (inside + outside);
    const double darkAround = double(std::count_if(outsideValues.begin(), outsideValues.end(),
                                                   [middle](double v) { return v < middle; }))
                              / double(outsideValues.size());
    const double qRing = ramp(darkAround, 0.3, 0.15);
    const double allowedRms = 0.35 + 0.02 * d.radius;
    const double qContrast = ramp(contrast, 10.0, 35.0);
    const double qCoverage = ramp(fit.coverage, 0.35, 0.7);
    const double qFit = ramp(fit.rmsPx, 1.5 * allowedRms, 0.5 * allowedRms);
    const double qRound = ramp(d.semiMinor / d.semiMajor, 0.6, 0.85);
    const double qEdge = ramp(fit.meanStrength, 1.0, 4.0);
    d.confidence = qContrast * qCoverage * qFit * qRound * qEdge * qRing;
    qCDebug(lcVision).nospace() << "candidate (" << d.x << ", " << d.y << ") r " << d.radius << " conf " << d.confidence
                                << " = contrast " << qContrast << " coverage " << qCoverage << " fit " << qFit
                                << " round " << qRound << " edge " << qEdge << " ring " << qRing;
    if (m_params.method == NozzleDetectorParams::Method::ContourEllipse) {
        d.x = seed.contourCentre.x;
        d.y = seed.contourCentre.y;
        d.semiMajor = seed.contourA;
        d.semiMinor = seed.contourB;
        d.angleDeg = seed.contourAngle;
        d.radius = std::sqrt(seed.contourA * seed.contourB);
    }
    return d;
}

std::vector<Detection> NozzleDetector::candidates(const cv::Mat &image) const
{
    std::vector<Detection> result;
    const cv::Mat gray = toGray8(image);
    if (gray.empty() || gray.cols < 16 || gray.rows < 16)
        return result;
    const double minSide = std::min(gray.cols, gray.rows);
    double rMin = m_params.radiusMinPx > 0 ? m_params.radiusMinPx : std::max(4.0, 0.012 * minSide);
    double rMax = m_params.radiusMaxPx > 0 ? m_params.radiusMaxPx : 0.25 * minSide;
    rMin = std::max(rMin, 3.0);
    rMax = std::max(rMax, rMin * 1.2);

    // Seeds on a reduced copy where the smallest expected bore is still ~4.5 px.
    const double scale = std::min(1.0, std::max(4.5 / rMin, 160.0 / minSide));
    std::vector<Seed> seeds;
    switch (m_params.method) {
    case NozzleDetectorParams::Method::ContourSeedRadialFit:
        seeds = contourSeeds(seedImages(gray, rMin, rMax, scale));
        break;
    case NozzleDetectorParams::Method::HoughSeedRadialFit:
        seeds = houghSeeds(gray, rMin, rMax, scale);
        break;
    case NozzleDetectorParams::Method::ContourEllipse:
        seeds = contourSeeds(seedImages(gray, rMin, rMax, 1.0));
        break;
    }
    for (const Seed &seed : seeds) {
        Detection d = evaluate(gray, seed, rMin, rMax);
        if (d.confidence <= 0)
            continue;
        bool duplicate = false;
        for (Detection &other : result) {
            if (std::hypot(other.x - d.x, other.y - d.y) < 0.5 * std::max(other.radius, d.radius)) {
                duplicate = true;
                if (d.confidence > other.confidence)
                    other = d;
                break;
            }
        }
        if (!duplicate)
            result.push_back(d);
    }
    std::sort(result.begin(), result.end(),
              [](const Detection &l, const Detection &r) { return l.confidence > r.confidence; });
    return result;
}

Detection NozzleDetector::detect(const cv::Mat &image) const
{
    Detection none;
    if (toGray8(image).empty()) {
        none.status = DetectionStatus::BadImage;
        return none;
    }
    const std::vector<Detection> all = candidates(image);
    if (all.empty()) {
        none.status = DetectionStatus::NoCandidate;
        return none;
    }
    Detection best = all.front();
    if (best.confidence < m_params.minConfidence) {
        best.found = false;
        best.status = DetectionStatus::LowConfidence;
        return best;
    }
    // A rival is another candidate nearly as confident and of about the same size: two nozzles of
    // one printer seen by one camera look alike; a much smaller or larger round blob is not a nozzle
    // of this size.
    auto rival = [&](const Detection &other) {
        const double sizeRatio = std::max(other.radius, best.radius) / std::max(1e-9, std::min(other.radius, best.radius));
        return other.confidence >= std::max(m_params.minConfidence, m_params.ambiguityRatio * best.confidence)
               && (sizeRatio < 1.6 || other.confidence >= 0.95 * best.confidence);
    };
    if (all.size() > 1 && std::any_of(all.begin() + 1, all.end(), rival)) {
        qCDebug(lcVision) << "ambiguous nozzle: confidences" << best.confidence << all[1].confidence;
        best.found = false;
        best.status = DetectionStatus::Ambiguous;
        return best;
    }
    best.found = true;
    best.status = DetectionStatus::Found;
    return best;
}

} // namespace reticle
