#pragma once

#include "camera/CameraModel.h"

#include <QPointF>

#include <opencv2/core.hpp>
#include <opencv2/imgproc.hpp>

#include <algorithm>
#include <cmath>

// Small shared helpers of the renderers: analytic anti-aliasing and layer compositing.
namespace reticle::sim::render {

inline float clamp01(double v) { return float(std::clamp(v, 0.0, 1.0)); }

// Fraction of a pixel covered by a shape, from the signed distance of the pixel centre to the
// shape's edge (negative inside) and the pixel's size; both in mm. A linear ramp one pixel wide
// centred on the edge: symmetric, so it keeps the sub-pixel position of the edge exact.
inline float coverage(double signedDistanceMm, double pixelMm) { return clamp01(0.5 - signedDistanceMm / pixelMm); }

inline double smoothstep(double e0, double e1, double x)
{
    const double t = std::clamp((x - e0) / (e1 - e0), 0.0, 1.0);
    return t * t * (3.0 - 2.0 * t);
}

inline double gauss(double x, double centre, double width)
{
    const double t = (x - centre) / width;
    return std::exp(-t * t);
}

// Renders a layer around `centreMm` (reaching `radiusMm` from it) with `shade(dx, dy)` giving a
// BGRA colour (non-premultiplied, alpha 0..1) at the printer offset (dx, dy) mm from the centre,
// blurs it by `sigmaPx` and composites it over `image` (CV_32FC3).
template<typename Shade>
void compositeLayer(cv::Mat &image, const CameraModel &model, QPointF centreMm, double radiusMm, double sigmaPx,
                    Shade shade)
{
    const QPointF c = model.toPixel(centreMm);
    const double k = model.pixelsPerMm();
    const double reach = radiusMm * k + 4.0 * sigmaPx + 3.0;
    if (!std::isfinite(reach) || c.x() + reach < 0 || c.y() + reach < 0 || c.x() - reach > image.cols
        || c.y() - reach > image.rows)
        return;
    cv::Rect roi(int(std::floor(c.x() - reach)), int(std::floor(c.y() - reach)), int(2 * reach + 2),
                 int(2 * reach + 2));
    roi &= cv::Rect(0, 0, image.cols, image.rows);
    if (roi.empty())
        return;
    cv::Mat layer(roi.size(), CV_32FC4);
    const CameraModel::Affine m = model.pixelToPrinter();
    cv::parallel_for_(cv::Range(0, roi.height), [&](const cv::Range &rows) {
        for (int y = rows.start; y < rows.end; ++y) {
            auto *out = layer.ptr<cv::Vec4f>(y);
            const double v = roi.y + y;
            for (int x = 0; x < roi.width; ++x) {
                const double u = roi.x + x;
                const double dx = m.a * u + m.b * v + m.c - centreMm.x();
                const double dy = m.d * u + m.e * v + m.f - centreMm.y();
                const cv::Vec4f s = shade(dx, dy);
                out[x] = cv::Vec4f(s[0] * s[3], s[1] * s[3], s[2] * s[3], s[3]);
            }
        }
    });
    if (sigmaPx > 0.05)
        cv::GaussianBlur(layer, layer, cv::Size(), sigmaPx, sigmaPx, cv::BORDER_REPLICATE);
    cv::Mat target = image(roi);
    for (int y = 0; y < roi.height; ++y) {
        auto *dst = target.ptr<cv::Vec3f>(y);
        const auto *src = layer.ptr<cv::Vec4f>(y);
        for (int x = 0; x < roi.width; ++x) {
            const float a = src[x][3];
            dst[x] = dst[x] * (1.0f - a) + cv::Vec3f(src[x][0], src[x][1], src[x][2]);
        }
    }
}

} // namespace reticle::sim::render
