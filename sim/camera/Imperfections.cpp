#include "Imperfections.h"

#include <opencv2/core.hpp>

#include <algorithm>
#include <cmath>
#include <numbers>

namespace reticle::sim {

namespace {

// Seeded angle in [0, 2π) derived from the seed and a salt, so that effects differ.
double seededAngle(quint32 seed, quint32 salt)
{
    cv::RNG rng(quint64(seed) * 0x9E3779B97F4A7C15ull + salt);
    return rng.uniform(0.0, 2.0 * std::numbers::pi);
}

} // namespace

double Imperfections::defocusSigmaPx(double targetDistanceMm, double focusedDistanceMm, double umPerPx) const
{
    if (!m_settings.defocus)
        return 0.0;
    const double d = std::max(targetDistanceMm, 1.0);
    const double blurCircleMm = m_settings.apertureMm * std::abs(d - focusedDistanceMm) / d;
    const double blurCirclePx = blurCircleMm * 1000.0 / umPerPx;
    return std::sqrt(m_settings.baseSigmaPx * m_settings.baseSigmaPx + (blurCirclePx / 4.0) * (blurCirclePx / 4.0));
}

QPointF Imperfections::vibrationMm(bool moving, qint64 lastMotionEndMs, qint64 nowMs) const
{
    if (!m_settings.vibration || m_settings.vibrationMm <= 0.0)
        return {};
    const double sinceEnd = moving ? 0.0 : double(std::max<qint64>(0, nowMs - lastMotionEndMs));
    const double envelope = m_settings.vibrationMm * std::exp(-sinceEnd / std::max(1.0, m_settings.vibrationDecayMs));
    if (envelope < 1e-6)
        return {};
    const double t = double(nowMs) / 1000.0;
    const double w = 2.0 * std::numbers::pi * m_settings.vibrationHz;
    const double direction = seededAngle(m_settings.seed, 1);
    const double phase = seededAngle(m_settings.seed, 2);
    // A main oscillation along a seeded direction and a weaker one across it at another rate.
    const double along = envelope * std::cos(w * t + phase);
    const double across = 0.35 * envelope * std::sin(1.37 * w * t);
    const double c = std::cos(direction), s = std::sin(direction);
    return {along * c - across * s, along * s + across * c};
}

const cv::Mat &Imperfections::illuminationFor(cv::Size size)
{
    if (m_illumination.size() == size)
        return m_illumination;
    m_illumination.create(size, CV_32F);
    const double angle = seededAngle(m_settings.seed, 3);
    const double gx = std::cos(angle), gy = std::sin(angle);
    const double cx = (size.width - 1) / 2.0, cy = (size.height - 1) / 2.0;
    const double half = std::max(cx, cy);
    const double diag2 = cx * cx + cy * cy;
    for (int y = 0; y < size.height; ++y) {
        auto *p = m_illumination.ptr<float>(y);
        const double ny = (y - cy) / half;
        for (int x = 0; x < size.width; ++x) {
            const double nx = (x - cx) / half;
            const double r2 = ((x - cx) * (x - cx) + (y - cy) * (y - cy)) / diag2;
            p[x] = float((1.0 + 0.5 * m_settings.gradient * (nx * gx + ny * gy)) * (1.0 - m_settings.vignetting * r2 * r2));
        }
    }
    return m_illumination;
}

const cv::Mat &Imperfections::noiseTile()
{
    // A block of independent gaussian noise; each frame reads it from its own seeded offset with
    // wrap-around. 509 is prime, so the repeat is not aligned with anything in the image.
    constexpr int kTile = 509;
    if (m_noiseTile.empty()) {
        m_noiseTile.create(kTile, kTile, CV_32FC3);
        cv::RNG rng(quint64(m_settings.seed) * 0x2545F4914F6CDD1Dull + 7);
        rng.fill(m_noiseTile, cv::RNG::NORMAL, 0.0, 1.0);
    }
    return m_noiseTile;
}

cv::Mat Imperfections::finish(const cv::Mat &clean, quint64 frameIndex)
{
    CV_Assert(clean.type() == CV_32FC3);
    cv::Mat out(clean.size(), CV_8UC3);
    const bool lit = m_settings.illumination;
    const bool noisy = m_settings.noise && m_settings.noiseSigma > 0.0;
    const cv::Mat &field = lit ? illuminationFor(clean.size()) : cv::Mat();
    const cv::Mat &tile = noisy ? noiseTile() : cv::Mat();
    const auto sigma = float(m_settings.noiseSigma);
    cv::RNG rng(quint64(m_settings.seed) * 0x9E3779B97F4A7C15ull + frameIndex * 0xD1B54A32D192ED03ull + 13);
    const int ox = noisy ? rng.uniform(0, tile.cols) : 0;
    const int oy = noisy ? rng.uniform(0, tile.rows) : 0;
    cv::parallel_for_(cv::Range(0, clean.rows), [&](const cv::Range &rows) {
        for (int y = rows.start; y < rows.end; ++y) {
            const auto *src = clean.ptr<cv::Vec3f>(y);
            const float *gain = lit ? field.ptr<float>(y) : nullptr;
            const cv::Vec3f *noiseRow = noisy ? tile.ptr<cv::Vec3f>((y + oy) % tile.rows) : nullptr;
            auto *dst = out.ptr<cv::Vec3b>(y);
            int nx = ox;
            for (int x = 0; x < clean.cols; ++x) {
                cv::Vec3f v = src[x];
                if (gain)
                    v *= gain[x];
                if (noiseRow) {
                    v += noiseRow[nx] * sigma;
                    if (++nx == tile.cols)
                        nx = 0;
                }
                dst[x] = cv::Vec3b(cv::saturate_cast<uchar>(v[0]), cv::saturate_cast<uchar>(v[1]),
                                   cv::saturate_cast<uchar>(v[2]));
            }
        }
    });
    return out;
}

} // namespace reticle::sim
