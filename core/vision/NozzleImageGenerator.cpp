#include "NozzleImageGenerator.h"

#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>

#include <algorithm>
#include <cmath>
#include <numbers>

namespace reticle {

namespace {

constexpr double kPi = std::numbers::pi;
constexpr double kDeg = kPi / 180.0;

struct NozzleSample
{
    bool inside = false;
    double value = 0;
    double tint = 0; // 1 = brass
};

// Elliptical radius of (u, v) in the nozzle's frame, in pixels along the major axis.
inline double ellipticalRadius(const SyntheticNozzle &n, double u, double v)
{
    const double ca = std::cos(n.angleDeg * kDeg), sa = std::sin(n.angleDeg * kDeg);
    const double p = u * ca + v * sa;
    const double q = (-u * sa + v * ca) / (1.0 - n.ellipticity);
    return std::sqrt(p * p + q * q);
}

inline double smoothstep(double e0, double e1, double x)
{
    const double t = std::clamp((x - e0) / (e1 - e0), 0.0, 1.0);
    return t * t * (3 - 2 * t);
}

NozzleSample nozzleAt(const SyntheticNozzle &n, double x, double y)
{
    NozzleSample s;
    const double u = x - n.cx, v = y - n.cy;
    const double rho = ellipticalRadius(n, u, v);
    const double r = n.radius;
    const double rimOuter = r * (1.0 + n.rimWidth);
    const double cone = r * n.coneFactor;
    if (rho >= cone)
        return s;
    s.inside = true;
    const double light = 0.85 + 0.15 * std::cos(std::atan2(v, u) - n.lightAngleDeg * kDeg);
    if (rho < r) {
        s.value = n.boreLevel + 8.0 * rho / r;
    } else if (rho < rimOuter) {
        s.value = n.darkRim ? n.boreLevel + 15.0 : n.rimLevel * light;
        s.tint = n.darkRim ? 0.3 : 0.6;
    } else {
        s.value = n.coneLevel * light * (1.0 - 0.3 * (rho - rimOuter) / (cone - rimOuter));
        s.tint = 1.0;
    }
    return s;
}

// Ooze and strands drawn over the nozzle: returns the coverage (0..1) and sets the level.
double overlayAt(const SyntheticNozzle &n, double x, double y, double &level)
{
    double cover = 0;
    if (n.ooze) {
        const double a = n.oozeAngleDeg * kDeg;
        const double ox = n.cx + 1.3 * n.radius * std::cos(a), oy = n.cy + 1.3 * n.radius * std::sin(a);
        const double u = (x - ox) * std::cos(a) + (y - oy) * std::sin(a);
        const double v = -(x - ox) * std::sin(a) + (y - oy) * std::cos(a);
        const double d = std::hypot(u / (0.55 * n.radius), v / (0.35 * n.radius));
        const double c = 1.0 - smoothstep(1.0 - 1.0 / (0.35 * n.radius), 1.0 + 1.0 / (0.35 * n.radius), d);
        if (c > cover) {
            cover = c;
            level = 55.0;
        }
    }
    if (n.occlusion) {
        const double a = n.occlusionAngleDeg * kDeg;
        // A strand: a band whose centre line is a chord 0.8 r from the centre.
        const double along = (x - n.cx) * std::cos(a) + (y - n.cy) * std::sin(a);
        const double dist = std::abs(along - 0.85 * n.radius);
        const double half = 0.15 * n.radius;
        const double c = 1.0 - smoothstep(half - 0.5, half + 0.5, dist);
        if (c > cover) {
            cover = c;
            level = n.occlusionBright ? 215.0 : 50.0;
        }
    }
    return cover;
}

void renderNozzle(const SyntheticNozzle &n, cv::Mat &img, cv::Mat &tint)
{
    const double reach = n.radius * n.coneFactor + 2;
    const int x0 = std::max(0, int(std::floor(n.cx - reach)));
    const int x1 = std::min(img.cols - 1, int(std::ceil(n.cx + reach)));
    const int y0 = std::max(0, int(std::floor(n.cy - reach)));
    const int y1 = std::min(img.rows - 1, int(std::ceil(n.cy + reach)));
    const double r = n.radius;
    const double boundaries[3] = {r, r * (1.0 + n.rimWidth), r * n.coneFactor};
    const double margin = 1.5 / (1.0 - n.ellipticity);
    constexpr int S = 8;
    for (int y = y0; y <= y1; ++y) {
        float *row = img.ptr<float>(y);
        float *trow = tint.ptr<float>(y);
        for (int x = x0; x <= x1; ++x) {
            const double rho = ellipticalRadius(n, x - n.cx, y - n.cy);
            bool nearEdge = false;
            for (double b : boundaries)
                nearEdge |= std::abs(rho - b) < margin;
            const bool needOverlay = n.ooze || n.occlusion;
            double sum = 0, tsum = 0;
            int samples = 1;
            if (nearEdge) {
                samples = S * S;
                for (int j = 0; j < S; ++j) {
                    for (int i = 0; i < S; ++i) {
                        const NozzleSample s = nozzleAt(n, x - 0.5 + (i + 0.5) / S, y - 0.5 + (j + 0.5) / S);
                        sum += s.inside ? s.value : row[x];
                        tsum += s.inside ? s.tint : trow[x];
                    }
                }
            } else {
                const NozzleSample s = nozzleAt(n, x, y);
                if (!s.inside)
                    continue;
                sum = s.value;
                tsum = s.tint;
            }
            double value = sum / samples;
            double t = tsum / samples;
            if (needOverlay) {
                double level = 0;
                const double c = overlayAt(n, x, y, level);
                value = value * (1 - c) + level * c;
                t *= (1 - c);
            }
            row[x] = float(value);
            trow[x] = float(t);
        }
    }
}

void renderDistractor(const SyntheticDistractor &d, cv::Mat &img)
{
    const double reach = d.size * 1.6 + 3;
    const int x0 = std::max(0, int(d.x - reach)), x1 = std::min(img.cols - 1, int(d.x + reach));
    const int y0 = std::max(0, int(d.y - reach)), y1 = std::min(img.rows - 1, int(d.y + reach));
    const double a = d.angleDeg * kDeg;
    for (int y = y0; y <= y1; ++y) {
        float *row = img.ptr<float>(y);
        for (int x = x0; x <= x1; ++x) {
            const double u = (x - d.x) * std::cos(a) + (y - d.y) * std::sin(a);
            const double v = -(x - d.x) * std::sin(a) + (y - d.y) * std::cos(a);
            double dist = 0; // normalised: 1 = boundary
            double scale = d.size;
            switch (d.kind) {
            case SyntheticDistractor::Kind::ElongatedDark:
                dist = std::hypot(u / d.size, v / (d.size * d.aspect));
                scale = d.size * d.aspect;
                break;
            case SyntheticDistractor::Kind::SmallDot:
            case SyntheticDistractor::Kind::BrightDisc:
                dist = std::hypot(u, v) / d.size;
                break;
            case SyntheticDistractor::Kind::IrregularDark: {
                const double s = d.size * 0.5;
                // A trefoil of three equal lobes: clearly not round.
                dist = std::min({std::hypot(u - 0.6 * s, v), std::hypot(u + 0.3 * s, v - 0.52 * s),
                                 std::hypot(u + 0.3 * s, v + 0.52 * s)})
                       / (0.6 * s);
                scale = 0.6 * s;
                break;
            }
            }
            const double c = 1.0 - smoothstep(1.0 - 0.7 / scale, 1.0 + 0.7 / scale, dist);
            if (c > 0)
                row[x] = float(row[x] * (1 - c) + d.level * c);
        }
    }
}

} // namespace

cv::Mat NozzleImageGenerator::render(const SyntheticScene &scene)
{
    cv::RNG rng(scene.seed);
    cv::Mat img(scene.height, scene.width, CV_32F, cv::Scalar(scene.backgroundLevel));
    cv::Mat tint(scene.height, scene.width, CV_32F, cv::Scalar(0));

    // Soft background structure: a few wide blobs of light and shade, then fine texture.
    {
        cv::Mat blobs(scene.height / 8 + 1, scene.width / 8 + 1, CV_32F, cv::Scalar(0));
        for (int i = 0; i < 6; ++i) {
            const cv::Point c(rng.uniform(0, blobs.cols), rng.uniform(0, blobs.rows));
            cv::circle(blobs, c, rng.uniform(3, std::max(4, blobs.cols / 4)), cv::Scalar(rng.uniform(-25.0, 25.0)), -1);
        }
        cv::GaussianBlur(blobs, blobs, cv::Size(), 4.0);
        cv::Mat up;
        cv::resize(blobs, up, img.size(), 0, 0, cv::INTER_LINEAR);
        img += up;
    }

    for (const SyntheticDistractor &d : scene.distractors)
        renderDistractor(d, img);
    for (const SyntheticNozzle &n : scene.nozzles)
        renderNozzle(n, img, tint);

    for (int i = 0; i < scene.highlights; ++i) {
        // Glare: on a nozzle's cone when there is one, else anywhere.
        double x, y, sigma;
        if (!scene.nozzles.empty()) {
            const SyntheticNozzle &n = scene.nozzles.front();
            const double a = rng.uniform(0.0, 2 * kPi);
            const double d = n.radius * rng.uniform(1.15, std::max(1.2, n.coneFactor - 0.2));
            x = n.cx + d * std::cos(a);
            y = n.cy + d * std::sin(a);
            sigma = n.radius * rng.uniform(0.08, 0.3);
        } else {
            x = rng.uniform(0.0, double(scene.width));
            y = rng.uniform(0.0, double(scene.height));
            sigma = rng.uniform(3.0, 25.0);
        }
        const double amp = rng.uniform(50.0, 130.0);
        const int reach = int(3 * sigma) + 1;
        for (int yy = std::max(0, int(y) - reach); yy <= std::min(scene.height - 1, int(y) + reach); ++yy) {
            float *row = img.ptr<float>(yy);
            for (int xx = std::max(0, int(x) - reach); xx <= std::min(scene.width - 1, int(x) + reach); ++xx)
                row[xx] += float(amp * std::exp(-((xx - x) * (xx - x) + (yy - y) * (yy - y)) / (2 * sigma * sigma)));
        }
    }

    if (scene.gradient != 0.0) {
        const double ca = std::cos(scene.gradientAngleDeg * kDeg), sa = std::sin(scene.gradientAngleDeg * kDeg);
        const double half = 0.5 * std::hypot(scene.width, scene.height);
        for (int y = 0; y < scene.height; ++y) {
            float *row = img.ptr<float>(y);
            for (int x = 0; x < scene.width; ++x) {
                const double t = ((x - scene.width / 2.0) * ca + (y - scene.height / 2.0) * sa) / half;
                row[x] *= float(1.0 + scene.gradient * t);
            }
        }
    }
    if (scene.blurSigma > 0.05) {
        cv::GaussianBlur(img, img, cv::Size(), scene.blurSigma, scene.blurSigma, cv::BORDER_REFLECT);
        cv::GaussianBlur(tint, tint, cv::Size(), scene.blurSigma, scene.blurSigma, cv::BORDER_REFLECT);
    }
    if (scene.noiseSigma > 0) {
        cv::Mat noise(img.size(), CV_32F);
        rng.fill(noise, cv::RNG::NORMAL, 0.0, scene.noiseSigma);
        img += noise;
    }

    cv::Mat out;
    if (scene.colour) {
        // Brass: more red, less blue where tinted; grey elsewhere.
        std::vector<cv::Mat> ch(3);
        ch[0] = img.mul(1.0 - 0.45 * tint);
        ch[1] = img.mul(1.0 - 0.08 * tint);
        ch[2] = img.mul(1.0 + 0.12 * tint);
        cv::Mat merged;
        cv::merge(ch, merged);
        merged.convertTo(out, CV_8UC3);
    } else {
        img.convertTo(out, CV_8U);
    }
    if (scene.jpegQuality > 0) {
        std::vector<uchar> buffer;
        cv::imencode(".jpg", out, buffer, {cv::IMWRITE_JPEG_QUALITY, scene.jpegQuality});
        out = cv::imdecode(buffer, scene.colour ? cv::IMREAD_COLOR : cv::IMREAD_GRAYSCALE);
    }
    return out;
}

SyntheticScene NozzleImageGenerator::randomScene(std::mt19937 &rng, int width, int height, bool withNozzle,
                                                 double rMin, double rMax)
{
    auto uni = [&rng](double lo, double hi) { return std::uniform_real_distribution<double>(lo, hi)(rng); };
    auto chance = [&](double p) { return uni(0.0, 1.0) < p; };
    SyntheticScene s;
    s.width = width;
    s.height = height;
    s.seed = std::uint32_t(rng());
    s.backgroundLevel = uni(40, 170);
    s.blurSigma = uni(0.0, 3.0);
    s.noiseSigma = uni(1.0, 6.0);
    s.jpegQuality = int(std::lround(uni(60, 95)));
    s.gradient = uni(0.0, 0.45);
    s.gradientAngleDeg = uni(0, 360);
    s.highlights = int(uni(0, 3.99));

    double keepOutX = -1e9, keepOutY = -1e9, keepOutR = 0;
    double typical = uni(rMin, rMax);
    if (withNozzle) {
        SyntheticNozzle n;
        n.radius = uni(rMin, rMax);
        typical = n.radius;
        n.ellipticity = uni(0.0, 0.1);
        n.angleDeg = uni(0, 180);
        n.rimWidth = uni(0.1, 0.25);
        n.coneFactor = uni(1.8, 3.0);
        n.darkRim = chance(0.15);
        n.boreLevel = uni(15, 50);
        n.rimLevel = uni(190, 250);
        n.coneLevel = uni(110, 190);
        n.lightAngleDeg = uni(0, 360);
        const double m = 1.3 * n.radius + 2;
        n.cx = uni(m, width - 1 - m);
        n.cy = uni(m, height - 1 - m);
        n.ooze = chance(0.2);
        n.oozeAngleDeg = uni(0, 360);
        n.occlusion = chance(0.15);
        n.occlusionAngleDeg = uni(0, 360);
        n.occlusionBright = chance(0.5);
        keepOutX = n.cx;
        keepOutY = n.cy;
        keepOutR = n.radius * n.coneFactor;
        s.nozzles.push_back(n);
    }
    const int count = int(uni(0, withNozzle ? 3.99 : 6.99));
    for (int i = 0; i < count; ++i) {
        SyntheticDistractor d;
        const double kind = uni(0, 1);
        d.kind = kind < 0.35 ? SyntheticDistractor::Kind::ElongatedDark
                 : kind < 0.6 ? SyntheticDistractor::Kind::SmallDot
                 : kind < 0.85 ? SyntheticDistractor::Kind::IrregularDark
                               : SyntheticDistractor::Kind::BrightDisc;
        d.size = d.kind == SyntheticDistractor::Kind::SmallDot ? uni(2, 4.5) : typical * uni(0.8, 2.0);
        d.aspect = uni(0.15, 0.4);
        d.angleDeg = uni(0, 180);
        d.level = d.kind == SyntheticDistractor::Kind::BrightDisc ? uni(190, 240) : uni(15, 60);
        for (int attempt = 0; attempt < 20; ++attempt) {
            d.x = uni(0, width - 1);
            d.y = uni(0, height - 1);
            if (std::hypot(d.x - keepOutX, d.y - keepOutY) > keepOutR + 1.6 * d.size + 4)
                break;
        }
        if (std::hypot(d.x - keepOutX, d.y - keepOutY) > keepOutR + 1.6 * d.size + 4)
            s.distractors.push_back(d);
    }
    return s;
}

} // namespace reticle
