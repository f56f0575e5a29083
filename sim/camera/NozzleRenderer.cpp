#include "NozzleRenderer.h"

#include "camera/RenderMath.h"
#include "camera/ValueNoise.h"

#include <opencv2/imgproc.hpp>

#include <cmath>
#include <numbers>

namespace reticle::sim {

using render::coverage;
using render::gauss;
using render::smoothstep;

namespace {

constexpr double kPi = std::numbers::pi;

// Signed distance to a regular hexagon with inradius r, flats parallel to the x axis.
double sdHexagon(double px, double py, double r)
{
    constexpr double kx = -0.866025403784, ky = 0.5, kz = 0.577350269190;
    px = std::abs(px);
    py = std::abs(py);
    const double d = std::min(kx * px + ky * py, 0.0);
    px -= 2.0 * d * kx;
    py -= 2.0 * d * ky;
    px -= std::clamp(px, -kz * r, kz * r);
    py -= r;
    return std::hypot(px, py) * (py < 0 ? -1.0 : 1.0);
}

// Approximate signed distance to an ellipse with semi-axes a, b.
double sdEllipse(double px, double py, double a, double b)
{
    const double k = std::hypot(px / a, py / b);
    return (k - 1.0) * std::min(a, b);
}

cv::Vec3f mix(const cv::Vec3f &a, const cv::Vec3f &b, float t) { return a * (1.0f - t) + b * t; }

} // namespace

cv::Mat NozzleRenderer::render(const CameraModel &model, const CameraScene &scene, double tipSigmaPx,
                               double bodySigmaPx) const
{
    cv::Mat image(model.height(), model.width(), CV_32FC3);
    renderBackground(image, model, scene);
    if (scene.nozzleVisible) {
        renderBody(image, model, scene, bodySigmaPx);
        renderTip(image, model, scene, tipSigmaPx);
    }
    return image;
}

void NozzleRenderer::renderBackground(cv::Mat &image, const CameraModel &model, const CameraScene &scene) const
{
    // Far behind the tip: the heater block (lit by the ring light, far out of focus) and the dark
    // frame around it. Soft by construction: everything here is centimetres from the focal plane.
    // It has no detail finer than a millimetre, so it is computed on a 4x coarser grid and
    // interpolated up (small pixel (i, j) is full-size position (4i + 1.5, 4j + 1.5), which is
    // how cv::resize aligns the two grids).
    constexpr int kStep = 4;
    cv::Mat coarse(std::max(1, image.rows / kStep), std::max(1, image.cols / kStep), CV_32FC3);
    const CameraModel::Affine m = model.pixelToPrinter();
    const bool block = scene.nozzleVisible;
    const QPointF n = scene.nozzleMm;
    const quint32 seed = m_seed;
    cv::parallel_for_(cv::Range(0, coarse.rows), [&](const cv::Range &rows) {
        for (int y = rows.start; y < rows.end; ++y) {
            auto *out = coarse.ptr<cv::Vec3f>(y);
            const double v = kStep * y + (kStep - 1) / 2.0;
            for (int x = 0; x < coarse.cols; ++x) {
                const double u = kStep * x + (kStep - 1) / 2.0;
                const double px = m.a * u + m.b * v + m.c;
                const double py = m.d * u + m.e * v + m.f;
                const float mottle = noise::value(px / 6.0, py / 6.0, seed + 11);
                cv::Vec3f colour = cv::Vec3f(19, 19, 21) * (0.85f + 0.3f * mottle);
                if (block) {
                    const double dx = px - n.x() + 3.0, dy = py - n.y() - 1.5;
                    // Rounded rectangle 22 x 16 mm, edges spread over ~2.5 mm by defocus.
                    const double qx = std::abs(dx) - 9.0, qy = std::abs(dy) - 6.0;
                    const double sd = std::hypot(std::max(qx, 0.0), std::max(qy, 0.0))
                        + std::min(std::max(qx, qy), 0.0) - 2.0;
                    const float inside = float(1.0 - smoothstep(-1.4, 1.4, sd));
                    const float grain = noise::value(dx / 2.2, dy / 2.2, seed + 12);
                    const cv::Vec3f alu = cv::Vec3f(66, 68, 72) * (0.8f + 0.35f * grain);
                    colour = mix(colour, alu, inside);
                    const double r2 = (px - n.x()) * (px - n.x()) + (py - n.y()) * (py - n.y());
                    colour += cv::Vec3f(8, 16, 22) * float(std::exp(-r2 / 30.0));
                }
                out[x] = colour;
            }
        }
    });
    cv::resize(coarse, image, image.size(), 0, 0, cv::INTER_LINEAR);
}

void NozzleRenderer::renderBody(cv::Mat &image, const CameraModel &model, const CameraScene &scene,
                                double sigmaPx) const
{
    const NozzleAppearance &a = m_appearance;
    const double pixel = model.mmPerPixel();
    const double inradius = a.hexAcrossFlatsMm / 2.0;
    const double chamfer = inradius / std::cos(kPi / 6.0) * 0.93;
    // Each tool's nozzle was screwed in at its own angle.
    const double toolTurn = double(noise::hash(scene.tool, 0, m_seed + 21) % 6000u) / 100.0;
    const double angle = (a.hexAngleDeg + toolTurn) * kPi / 180.0;
    const double ca = std::cos(angle), sa = std::sin(angle);
    render::compositeLayer(image, model, scene.nozzleMm, chamfer + 0.2, sigmaPx, [&](double dx, double dy) {
        const double hx = ca * dx + sa * dy, hy = -sa * dx + ca * dy;
        const double r = std::hypot(dx, dy);
        const double sdHex = sdHexagon(hx, hy, inradius);
        const double sd = std::max(sdHex, r - chamfer);
        const float alpha = coverage(sd, pixel);
        // Flat bottom face of the hex: turned brass with concentric machining marks, a bevel
        // darkening towards the edge and less light further from the ring light's axis.
        const double rings = 0.93 + 0.07 * std::cos(2.0 * kPi * r / 0.09);
        const double bevel = 0.6 + 0.4 * smoothstep(0.0, 0.35, -sd);
        const double falloff = 1.0 - 0.25 * r / chamfer;
        const cv::Vec3f c = cv::Vec3f(48, 108, 146) * float(rings * bevel * falloff);
        return cv::Vec4f(c[0], c[1], c[2], alpha);
    });
}

void NozzleRenderer::renderTip(cv::Mat &image, const CameraModel &model, const CameraScene &scene,
                               double sigmaPx) const
{
    const NozzleAppearance &a = m_appearance;
    const double pixel = model.mmPerPixel();
    const double boreR = a.boreDiameterMm / 2.0;
    const double tipR = a.tipDiameterMm / 2.0;
    const double coneR = a.coneDiameterMm / 2.0;
    const double oozeAngle = a.oozeAngleDeg * kPi / 180.0;
    const double oc = std::cos(oozeAngle), os = std::sin(oozeAngle);
    const bool occluded = a.occludedTools.contains(scene.tool);
    const double lumpR = a.occlusionDiameterMm / 2.0;
    double reach = a.ooze ? std::max(coneR, tipR + 1.0) : coneR;
    if (occluded)
        reach = std::max(reach, lumpR + 0.3);
    render::compositeLayer(image, model, scene.nozzleMm, reach + 0.1, sigmaPx, [&](double dx, double dy) {
        const double r = std::hypot(dx, dy);
        const float alphaCone = coverage(r - coneR, pixel);
        const float inBore = coverage(r - boreR, pixel);
        const float onFace = coverage(r - tipR, pixel);

        // Bore: dark, with a faint glint of the inner wall near its edge.
        const double e = std::min(r / boreR, 1.0);
        const cv::Vec3f bore = cv::Vec3f(7, 8, 10) + cv::Vec3f(10, 22, 30) * float(std::pow(e, 6.0));
        // Tip face: polished brass, turning marks, a bright rim at its outer edge and a thin
        // highlight where it meets the bore.
        const double rings = 0.94 + 0.06 * std::cos(2.0 * kPi * r / 0.07);
        cv::Vec3f face = cv::Vec3f(92, 176, 218) * float(rings);
        face += cv::Vec3f(70, 70, 58) * float(gauss(r, tipR - 0.035, 0.03));
        face += cv::Vec3f(40, 42, 36) * float(gauss(r, boreR + 0.03, 0.02));
        // Cone: lit from below at a slant, darker outwards with a specular band near the tip.
        const double t = std::clamp((r - tipR) / (coneR - tipR), 0.0, 1.0);
        const double shade = 0.8 - 0.5 * t + 0.45 * gauss(t, 0.1, 0.07);
        const cv::Vec3f cone = cv::Vec3f(50, 122, 168) * float(shade);

        cv::Vec3f colour = mix(mix(cone, face, onFace), bore, inBore);
        float alpha = alphaCone;
        if (a.ooze) {
            // A drop of filament stuck to the tip, off to one side.
            const double ox = dx - (tipR + 0.05) * oc, oy = dy - (tipR + 0.05) * os;
            const double lx = oc * ox + os * oy, ly = -os * ox + oc * oy;
            const float drop = coverage(sdEllipse(lx, ly, 0.42, 0.3), pixel);
            const double hl = gauss(std::hypot(lx + 0.12, ly - 0.08), 0.0, 0.09);
            const cv::Vec3f filament = cv::Vec3f(30, 85, 200) * float(0.75 + 0.25 * (1.0 - std::hypot(lx / 0.42, ly / 0.3)))
                + cv::Vec3f(120, 130, 140) * float(hl);
            colour = mix(colour, filament, drop);
            alpha = std::max(alpha, drop);
        }
        if (occluded) {
            // A lump of filament over the whole tip, slightly off centre and lumpy at its edge:
            // matte and lit from below, brighter than the bore, so nothing round and dark is left.
            const double lx = dx - 0.18, ly = dy + 0.12;
            const double angle = std::atan2(ly, lx);
            const double edge = lumpR * (1.0 + 0.06 * std::sin(3.0 * angle + 0.7) + 0.04 * std::cos(5.0 * angle));
            const double rl = std::hypot(lx, ly);
            const float lump = coverage(rl - edge, pixel);
            const double dome = std::sqrt(std::max(0.0, 1.0 - (rl / edge) * (rl / edge)));
            const cv::Vec3f filament = cv::Vec3f(150, 155, 160) * float(0.65 + 0.3 * dome)
                + cv::Vec3f(40, 40, 40) * float(gauss(std::hypot(lx + 0.35, ly - 0.3), 0.0, 0.4));
            colour = mix(colour, filament, lump);
            alpha = std::max(alpha, lump);
        }
        return cv::Vec4f(colour[0], colour[1], colour[2], alpha);
    });
}

} // namespace reticle::sim
