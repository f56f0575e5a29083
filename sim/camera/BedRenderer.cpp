#include "BedRenderer.h"

#include "camera/RenderMath.h"
#include "camera/ValueNoise.h"

#include <opencv2/imgproc.hpp>

#include <algorithm>
#include <array>
#include <cmath>
#include <vector>

namespace reticle::sim {

using render::coverage;
using render::gauss;

namespace {

// Signed distance to an axis-aligned box centred at (cx, cy) with half sizes (hx, hy).
double sdBox(double px, double py, double cx, double cy, double hx, double hy)
{
    const double qx = std::abs(px - cx) - hx, qy = std::abs(py - cy) - hy;
    return std::hypot(std::max(qx, 0.0), std::max(qy, 0.0)) + std::min(std::max(qx, qy), 0.0);
}

} // namespace

cv::Vec3f BedRenderer::toolColour(int tool)
{
    // Red-orange, blue, green, white, yellow, purple PLA.
    static const std::array<cv::Vec3f, 6> colours{cv::Vec3f(28, 60, 205), cv::Vec3f(185, 95, 25),
                                                   cv::Vec3f(60, 160, 50), cv::Vec3f(225, 228, 230),
                                                   cv::Vec3f(40, 200, 225), cv::Vec3f(150, 50, 120)};
    return colours.at(std::size_t(std::max(tool, 0)) % colours.size());
}

cv::Mat BedRenderer::render(const CameraModel &model, const CameraScene &scene, double sigmaPx)
{
    cv::Mat image(model.height(), model.width(), CV_32FC3);
    renderTexture(image, model);
    renderFiducial(image, model);
    for (const CameraScene::Mark &mark : scene.marks)
        renderMark(image, model, mark);
    if (sigmaPx > 8.0) {
        // The bed far out of focus (the camera tool low over it, e.g. while another tool deposits
        // a mark): a full-size blur of hundreds of pixels took seconds per frame and stalled the
        // stream. Blurring a copy reduced to sigma 4 px gives the same featureless picture.
        const double factor = sigmaPx / 4.0;
        const cv::Size full = image.size();
        cv::Mat small;
        cv::resize(image, small, cv::Size(std::max(1, int(full.width / factor)), std::max(1, int(full.height / factor))),
                   0, 0, cv::INTER_AREA);
        cv::GaussianBlur(small, small, cv::Size(), 4.0, 4.0, cv::BORDER_REPLICATE);
        cv::resize(small, image, full, 0, 0, cv::INTER_LINEAR);
    } else if (sigmaPx > 0.05) {
        cv::GaussianBlur(image, image, cv::Size(), sigmaPx, sigmaPx, cv::BORDER_REPLICATE);
    }
    return image;
}

namespace {

constexpr int kTextureTexels = 2048;     // per side of the periodic grain tile
constexpr double kTexelMm = 0.02;        // 2048 * 0.02 = a 41 mm period, wider than any view

} // namespace

const cv::Mat &BedRenderer::texture()
{
    if (!m_texture.empty())
        return m_texture;
    // Fine and medium grain of the powder coat plus occasional bright grains that catch the
    // light, as a periodic tile (the lattice periods divide the tile) sampled bilinearly.
    m_texture.create(kTextureTexels, kTextureTexels, CV_32F);
    const quint32 seed = m_seed;
    constexpr int kFineCells = 683, kGrainCells = 449, kMediumCells = 58; // ~0.06, 0.09, 0.7 mm cells
    cv::parallel_for_(cv::Range(0, kTextureTexels), [&](const cv::Range &rows) {
        for (int y = rows.start; y < rows.end; ++y) {
            auto *out = m_texture.ptr<float>(y);
            for (int x = 0; x < kTextureTexels; ++x) {
                const double u = double(x) / kTextureTexels, v = double(y) / kTextureTexels;
                auto periodic = [&](int cells, quint32 salt) {
                    const double fx = u * cells, fy = v * cells;
                    const double ix = std::floor(fx), iy = std::floor(fy);
                    auto tx = float(fx - ix), ty = float(fy - iy);
                    tx = tx * tx * (3.0f - 2.0f * tx);
                    ty = ty * ty * (3.0f - 2.0f * ty);
                    const auto x0 = std::int64_t(ix) % cells, y0 = std::int64_t(iy) % cells;
                    const auto x1 = (x0 + 1) % cells, y1 = (y0 + 1) % cells;
                    const float a = noise::lattice(x0, y0, seed + salt), b = noise::lattice(x1, y0, seed + salt);
                    const float c = noise::lattice(x0, y1, seed + salt), d = noise::lattice(x1, y1, seed + salt);
                    return (a + (b - a) * tx) + ((c + (d - c) * tx) - (a + (b - a) * tx)) * ty;
                };
                const float fine = periodic(kFineCells, 31);
                const float grain = periodic(kGrainCells, 34);
                const float medium = periodic(kMediumCells, 32);
                const float both = fine * grain;
                const float sparkle = both > 0.72f ? (both - 0.72f) * 2.5f : 0.0f;
                out[x] = 0.74f + 0.12f * fine + 0.12f * grain + 0.1f * medium + sparkle;
            }
        }
    });
    return m_texture;
}

void BedRenderer::renderTexture(cv::Mat &image, const CameraModel &model)
{
    // Textured PEI spring steel sheet: a golden powder coat. The texture is a function of the bed
    // position, so it moves exactly with the camera.
    const cv::Mat &tile = texture();
    const CameraModel::Affine m = model.pixelToPrinter();
    const quint32 seed = m_seed;
    cv::parallel_for_(cv::Range(0, image.rows), [&](const cv::Range &rows) {
        // Large, slow variations of the coating (not periodic): sampled every 8 px and
        // interpolated, they change over millimetres.
        constexpr int kCoarseStep = 8;
        std::vector<float> coarseRow(std::size_t(image.cols / kCoarseStep + 2));
        for (int y = rows.start; y < rows.end; ++y) {
            auto *out = image.ptr<cv::Vec3f>(y);
            for (std::size_t i = 0; i < coarseRow.size(); ++i) {
                const double u = double(i) * kCoarseStep;
                coarseRow[i] = noise::value((m.a * u + m.b * y + m.c) / 4.0, (m.d * u + m.e * y + m.f) / 4.0, seed + 33);
            }
            for (int x = 0; x < image.cols; ++x) {
                const double px = m.a * x + m.b * y + m.c;
                const double py = m.d * x + m.e * y + m.f;
                // Bilinear sample of the periodic tile.
                const double tx = px / kTexelMm, ty = py / kTexelMm;
                const double fx = std::floor(tx), fy = std::floor(ty);
                const auto wx = float(tx - fx), wy = float(ty - fy);
                const int x0 = int(std::int64_t(fx) & (kTextureTexels - 1)), y0 = int(std::int64_t(fy) & (kTextureTexels - 1));
                const int x1 = (x0 + 1) & (kTextureTexels - 1), y1 = (y0 + 1) & (kTextureTexels - 1);
                const float *r0 = tile.ptr<float>(y0);
                const float *r1 = tile.ptr<float>(y1);
                const float top = r0[x0] + (r0[x1] - r0[x0]) * wx;
                const float bottom = r1[x0] + (r1[x1] - r1[x0]) * wx;
                const int ci = x / kCoarseStep;
                const float cw = float(x - ci * kCoarseStep) / kCoarseStep;
                const float coarse = coarseRow[std::size_t(ci)] + (coarseRow[std::size_t(ci) + 1] - coarseRow[std::size_t(ci)]) * cw;
                out[x] = cv::Vec3f(62, 122, 166) * (top + (bottom - top) * wy + 0.08f * coarse);
            }
        }
    });
}

void BedRenderer::renderFiducial(cv::Mat &image, const CameraModel &model) const
{
    const Fiducial &f = m_fiducial;
    const double pixel = model.mmPerPixel();
    const double half = f.lineWidthMm / 2.0;
    const double circleR = f.circleDiameterMm / 2.0;
    const double barY = -f.scaleBarOffsetMm;
    const double barHalf = f.scaleBarLengthMm / 2.0;
    const double reach = std::hypot(barHalf + 0.5, f.scaleBarOffsetMm + 1.5);
    const cv::Vec3f ink(26, 24, 24);
    render::compositeLayer(image, model, f.centreMm, reach, 0.0, [&](double dx, double dy) {
        const double r = std::hypot(dx, dy);
        double sd = std::abs(r - circleR) - half;                                       // circle
        sd = std::min(sd, sdBox(dx, dy, 0.0, 0.0, f.crossArmMm, half));                 // horizontal arm
        sd = std::min(sd, sdBox(dx, dy, 0.0, 0.0, half, f.crossArmMm));                 // vertical arm
        if (std::abs(dx) < barHalf + 1.0 && dy > barY - 1.0 && dy < barY + 2.0) {
            sd = std::min(sd, sdBox(dx, dy, 0.0, barY, barHalf + 0.075, 0.2)); // scale bar
            // Ticks every tenth of the bar (1 mm); only the nearest one can be the closest edge.
            const double pitch = f.scaleBarLengthMm / 10.0;
            const int i = std::clamp(int(std::lround((dx + barHalf) / pitch)), 0, 10);
            const double height = (i % 5 == 0) ? 1.0 : 0.6;
            sd = std::min(sd, sdBox(dx, dy, -barHalf + i * pitch, barY + height / 2.0, 0.075, height / 2.0));
        }
        return cv::Vec4f(ink[0], ink[1], ink[2], 0.92f * coverage(sd, pixel));
    });
}

void BedRenderer::renderMark(cv::Mat &image, const CameraModel &model, const CameraScene::Mark &mark) const
{
    const double pixel = model.mmPerPixel();
    const double radius = std::max(mark.diameterMm, 0.05) / 2.0;
    const cv::Vec3f colour = toolColour(mark.tool);
    render::compositeLayer(image, model, mark.positionMm, radius + 0.1, 0.0, [&](double dx, double dy) {
        const double r = std::hypot(dx, dy);
        const double t = std::min(r / radius, 1.0);
        // A shallow dome of plastic: brighter in the middle, a darker meniscus at the edge and
        // a soft specular spot on top.
        const double dome = 0.86 + 0.14 * (1.0 - t * t) - 0.22 * gauss(t, 1.0, 0.1);
        const cv::Vec3f c = colour * float(dome) + cv::Vec3f(22, 22, 22) * float(gauss(t, 0.0, 0.45));
        return cv::Vec4f(c[0], c[1], c[2], coverage(r - radius, pixel));
    });
}

} // namespace reticle::sim
