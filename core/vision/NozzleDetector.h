#pragma once

#include "Detection.h"

#include <opencv2/core.hpp>

#include <vector>

namespace reticle {

// Parameters of the nozzle detector. Radii are in pixels of the image handed to detect(); when
// left at 0 they scale with the image (1.2 % .. 25 % of its smaller side), so nothing assumes a
// particular resolution.
struct NozzleDetectorParams
{
    enum class Method {
        ContourSeedRadialFit, // threshold contours for seeds, sub-pixel radial edges + ellipse fit (default)
        HoughSeedRadialFit,   // Hough circle seeds, same radial refinement
        ContourEllipse,       // full-resolution threshold contour + cv::fitEllipse, no refinement
    };

    double radiusMinPx = 0.0;
    double radiusMaxPx = 0.0;
    double minConfidence = 0.4;   // below: refuse (LowConfidence)
    double ambiguityRatio = 0.7;  // a second candidate with >= ratio * best confidence: refuse (Ambiguous)
    Method method = Method::ContourSeedRadialFit;

    // Range from the expected bore radius (µm) and the current scale (µm per pixel), widened by
    // `tolerance` (0.4 = -40 % .. +40 %).
    static NozzleDetectorParams fromExpectedRadius(double radiusUm, double micronsPerPixel, double tolerance = 0.4);
};

// Finds a nozzle seen from below (dark bore, bright or dark rim, brass cone) with a sub-pixel
// centre. See docs/vision.md for the method and its measured accuracy. Thread-safe (const).
class NozzleDetector
{
public:
    explicit NozzleDetector(const NozzleDetectorParams &params = {});

    // `image`: 8-bit grey, BGR or BGRA (16-bit grey is scaled down).
    Detection detect(const cv::Mat &image) const;
    // Every scored candidate, best first (for overlays and diagnostics).
    std::vector<Detection> candidates(const cv::Mat &image) const;

    const NozzleDetectorParams &params() const { return m_params; }

private:
    struct Seed
    {
        cv::Point2d centre;
        double radius;
        cv::Point2d contourCentre; // full-resolution contour ellipse centre (ContourEllipse method)
        double contourA = 0, contourB = 0, contourAngle = 0;
        bool sizeUnknown = false; // a distance-transform seed: `radius` is only a lower bound
    };

    // The reduced image the seeds come from and its illumination-flattened ratio image.
    struct SeedImages
    {
        cv::Mat work;
        cv::Mat ratio;
        double scale = 1.0;
        double rMinW = 0.0; // radius range in `work` pixels
        double rMaxW = 0.0;
    };

    SeedImages seedImages(const cv::Mat &gray, double rMin, double rMax, double scale) const;
    std::vector<Seed> contourSeeds(const SeedImages &images) const;
    // Distance-transform maxima of the dark mask at `level`, skipping those that repeat a seed.
    void darkMaskSeeds(const SeedImages &images, double level, std::vector<Seed> &seeds,
                       std::vector<double> &scores) const;
    static std::vector<Seed> bestSeeds(const std::vector<Seed> &seeds, const std::vector<double> &scores,
                                       size_t count);
    std::vector<Seed> houghSeeds(const cv::Mat &gray, double rMin, double rMax, double scale) const;
    Detection evaluate(const cv::Mat &gray, const Seed &seed, double rMin, double rMax) const;

    NozzleDetectorParams m_params;
};

} // namespace reticle
