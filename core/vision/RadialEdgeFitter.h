#pragma once

#include <opencv2/core.hpp>

#include <vector>

namespace reticle {

// The result of fitting an ellipse to sub-pixel edge points found along rays.
struct EdgeFit
{
    bool ok = false;
    double cx = 0.0;          // centre, pixels (centre of the top-left pixel = (0, 0))
    double cy = 0.0;
    double semiMajor = 0.0;   // pixels
    double semiMinor = 0.0;
    double angleDeg = 0.0;    // direction of the major axis
    double rmsPx = 0.0;       // RMS radial distance of the inlier edge points from the ellipse
    double coverage = 0.0;    // rays whose edge agrees with the ellipse / rays cast
    double meanStrength = 0.0; // mean edge gradient of the inliers (grey levels per pixel)
    int rays = 0;
    int inliers = 0;
    std::vector<cv::Point2d> edgePoints; // inlier edge points of the last pass

    double radius() const;
};

// Sub-pixel boundary of a roughly elliptical blob: casts rays from a seed centre, finds on each
// the strongest edge of the expected polarity (centroid of the smoothed derivative's lobe above
// half its peak), then
// fits an ellipse (Fitzgibbon direct fit) with iterative median-absolute-deviation rejection of
// edge points that do not belong (glare, ooze, occlusion). Two or more passes: each recasts the
// rays from the refined centre in a narrower window around the last ellipse. Pure function.
class RadialEdgeFitter
{
public:
    enum class Polarity { DarkInside, BrightInside };

    struct Options
    {
        Polarity polarity = Polarity::DarkInside;
        double searchInner = 0.55; // first pass: search from searchInner*r ...
        double searchOuter = 1.7;  // ... to searchOuter*r
        int passes = 2;
        double smoothSigma = 0.0;  // Gaussian smoothing before differentiation; 0 = from the radius
        // First pass: 0 = the strongest edge on each ray; f > 0 = the innermost edge (a local
        // maximum of the derivative) at least f times as strong as the strongest one, so that a
        // weaker inner edge (a dark rim's outer edge) wins over a stronger outer one (the cone
        // against a bright background).
        double firstEdgeFraction = 0.0;
    };

    static EdgeFit fit(const cv::Mat &gray, cv::Point2d seed, double seedRadius, const Options &options);
    static EdgeFit fit(const cv::Mat &gray, cv::Point2d seed, double seedRadius)
    {
        return fit(gray, seed, seedRadius, Options{});
    }
};

} // namespace reticle
