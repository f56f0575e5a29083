#pragma once

#include <opencv2/core.hpp>

#include <cstdint>
#include <random>
#include <vector>

namespace reticle {

// One rendered nozzle seen from below: a dark bore, a rim (a bright highlight or dark), a brass
// cone shaded by the light. Centre in the pixel-centre convention ((0, 0) = centre of the
// top-left pixel); edges are anti-aliased by 8x8 supersampling, so the centre is exact to far
// below 0.01 px.
struct SyntheticNozzle
{
    double cx = 320.0;
    double cy = 240.0;
    double radius = 30.0;      // bore radius along the major axis, pixels
    double ellipticity = 0.0;  // 1 - minor/major (oblique view)
    double angleDeg = 0.0;     // major axis direction
    double rimWidth = 0.18;    // in bore radii
    double coneFactor = 2.4;   // outer cone radius in bore radii
    bool darkRim = false;
    double boreLevel = 30.0;
    double rimLevel = 225.0;
    double coneLevel = 160.0;
    double lightAngleDeg = 0.0;
    bool ooze = false;         // a dark blob hanging from the rim
    double oozeAngleDeg = 0.0;
    bool occlusion = false;    // a strand across part of the rim
    double occlusionAngleDeg = 0.0;
    bool occlusionBright = false;
};

// Things in the picture that are not a nozzle.
struct SyntheticDistractor
{
    enum class Kind { ElongatedDark, SmallDot, IrregularDark, BrightDisc };
    Kind kind = Kind::ElongatedDark;
    double x = 0, y = 0, size = 10, aspect = 0.3, angleDeg = 0, level = 40;
};

struct SyntheticScene
{
    int width = 640;
    int height = 480;
    std::vector<SyntheticNozzle> nozzles;
    std::vector<SyntheticDistractor> distractors;
    double backgroundLevel = 90.0;
    double blurSigma = 0.0;
    double noiseSigma = 0.0;
    int jpegQuality = 0;          // 0 = no JPEG round trip
    double gradient = 0.0;        // illumination gain varies by +-gradient across the frame
    double gradientAngleDeg = 0.0;
    int highlights = 0;           // glare spots
    bool colour = true;           // BGR (brass tint) or grey
    std::uint32_t seed = 1;
};

// Renders synthetic nozzle-camera frames with known centres, for the benchmark, the tests and
// the simulator's virtual camera.
class NozzleImageGenerator
{
public:
    static cv::Mat render(const SyntheticScene &scene);
    // A random scene within the benchmark's ranges (radius rMin..rMax px, blur 0-3 px, noise,
    // JPEG 60-95, gradients, highlights, ellipticity <= 10 %, distractors, ooze, occlusion).
    static SyntheticScene randomScene(std::mt19937 &rng, int width, int height, bool withNozzle,
                                      double rMin = 10.0, double rMax = 80.0);
};

} // namespace reticle
