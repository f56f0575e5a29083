#include "MapFitter.h"

#include "GeometryLogging.h"

#include <opencv2/core.hpp>

#include <algorithm>
#include <cmath>
#include <numeric>
#include <random>

namespace reticle {

double MapFit::fractionWithin(double um) const
{
    int inside = 0, count = 0;
    for (const auto &r : residuals) {
        if (!r.inlier)
            continue;
        ++count;
        inside += r.magnitudeUm <= um;
    }
    return count ? double(inside) / count : 0.0;
}

QString MapFit::explanation() const
{
    if (!ok)
        return error;
    const int rejected = int(residuals.size()) - inliers;
    return tr("RMS %1 µm over %2 points (%3 rejected as outliers), largest %4 µm. With random, normally "
              "distributed errors about 63 % of the points lie within 1×RMS (%1 µm) and 98 % within 2×RMS "
              "(%5 µm); here %6 % and %7 % do.")
        .arg(rmsUm, 0, 'f', 1)
        .arg(inliers)
        .arg(rejected)
        .arg(maxUm, 0, 'f', 1)
        .arg(2 * rmsUm, 0, 'f', 1)
        .arg(std::lround(100 * fractionWithin(rmsUm)))
        .arg(std::lround(100 * fractionWithin(2 * rmsUm)));
}

namespace {

struct Normalisation
{
    double ox = 0, oy = 0, s = 1;
};

// Solves the model on the given subset (indices); returns false when degenerate.
bool solve(const std::vector<PointPair> &pts, const std::vector<size_t> &use, PixelMap::Model model,
           const Normalisation &n, PixelMap &out)
{
    const int m = int(use.size());
    std::array<double, 6> cx{}, cy{};
    auto uv = [&](size_t i) {
        return std::pair{(pts[i].pixelX - n.ox) / n.s, (pts[i].pixelY - n.oy) / n.s};
    };
    if (m < PixelMap::minimumPoints(model))
        return false;
    auto conditionOk = [](const cv::Mat &a) {
        cv::Mat w;
        cv::SVD::compute(a, w, cv::SVD::NO_UV);
        const double maxW = w.at<double>(0), minW = w.at<double>(w.rows - 1);
        return maxW > 0 && minW > 1e-10 * maxW;
    };
    switch (model) {
    case PixelMap::Model::AxisScale: {
        cv::Mat ax(m, 2, CV_64F), ay(m, 2, CV_64F), bx(m, 1, CV_64F), by(m, 1, CV_64F);
        for (int r = 0; r < m; ++r) {
            const auto [u, v] = uv(use[size_t(r)]);
            ax.at<double>(r, 0) = 1;
            ax.at<double>(r, 1) = u;
            ay.at<double>(r, 0) = 1;
            ay.at<double>(r, 1) = v;
            bx.at<double>(r) = pts[use[size_t(r)]].printerX;
            by.at<double>(r) = pts[use[size_t(r)]].printerY;
        }
        if (!conditionOk(ax) || !conditionOk(ay))
            return false;
        cv::Mat sx, sy;
        cv::solve(ax, bx, sx, cv::DECOMP_SVD);
        cv::solve(ay, by, sy, cv::DECOMP_SVD);
        cx = {sx.at<double>(0), sx.at<double>(1), 0, 0, 0, 0};
        cy = {sy.at<double>(0), 0, sy.at<double>(1), 0, 0, 0};
        break;
    }
    case PixelMap::Model::Similarity: {
        // Unknowns (a, b, tx, ty). Plain:    X = tx + a u - b v, Y = ty + b u + a v.
        //                          Mirrored: X = tx + a u + b v, Y = ty + b u - a v.
        double bestSse = -1;
        for (const int mirror : {1, -1}) {
            cv::Mat a(2 * m, 4, CV_64F, cv::Scalar(0)), b(2 * m, 1, CV_64F);
            for (int r = 0; r < m; ++r) {
                const auto [u, v] = uv(use[size_t(r)]);
                a.at<double>(2 * r, 0) = u;
                a.at<double>(2 * r, 1) = -mirror * v;
                a.at<double>(2 * r, 2) = 1;
                a.at<double>(2 * r + 1, 0) = mirror * v;
                a.at<double>(2 * r + 1, 1) = u;
                a.at<double>(2 * r + 1, 3) = 1;
                b.at<double>(2 * r) = pts[use[size_t(r)]].printerX;
                b.at<double>(2 * r + 1) = pts[use[size_t(r)]].printerY;
            }
            if (!conditionOk(a))
                return false;
            cv::Mat x;
            cv::solve(a, b, x, cv::DECOMP_SVD);
            const double sse = cv::norm(a * x - b, cv::NORM_L2SQR);
            if (bestSse < 0 || sse < bestSse) {
                bestSse = sse;
                const double pa = x.at<double>(0), pb = x.at<double>(1);
                cx = {x.at<double>(2), pa, -mirror * pb, 0, 0, 0};
                cy = {x.at<double>(3), pb, mirror * pa, 0, 0, 0};
            }
        }
        break;
    }
    case PixelMap::Model::Affine:
    case PixelMap::Model::Quadratic: {
        const int terms = model == PixelMap::Model::Affine ? 3 : 6;
        cv::Mat a(m, terms, CV_64F), b(m, 2, CV_64F);
        for (int r = 0; r < m; ++r) {
            const auto [u, v] = uv(use[size_t(r)]);
            const double basis[6] = {1.0, u, v, u * u, u * v, v * v};
            for (int c = 0; c < terms; ++c)
                a.at<double>(r, c) = basis[c];
            b.at<double>(r, 0) = pts[use[size_t(r)]].printerX;
            b.at<double>(r, 1) = pts[use[size_t(r)]].printerY;
        }
        if (!conditionOk(a))
            return false;
        cv::Mat x;
        cv::solve(a, b, x, cv::DECOMP_SVD);
        for (int c = 0; c < terms; ++c) {
            cx[size_t(c)] = x.at<double>(c, 0);
            cy[size_t(c)] = x.at<double>(c, 1);
        }
        break;
    }
    }
    out = PixelMap(model, n.ox, n.oy, n.s, cx, cy);
    return out.isValid();
}

std::vector<double> residualMagnitudesUm(const std::vector<PointPair> &pts, const PixelMap &map)
{
    std::vector<double> r(pts.size());
    for (size_t i = 0; i < pts.size(); ++i) {
        const QPointF p = map.toPrinter(QPointF(pts[i].pixelX, pts[i].pixelY));
        r[i] = 1000.0 * std::hypot(p.x() - pts[i].printerX, p.y() - pts[i].printerY);
    }
    return r;
}

double medianOf(std::vector<double> v)
{
    const auto mid = v.begin() + std::ptrdiff_t(v.size() / 2);
    std::nth_element(v.begin(), mid, v.end());
    return *mid;
}

} // namespace

MapFit MapFitter::fit(const std::vector<PointPair> &points, const MapFitOptions &options)
{
    MapFit result;
    const size_t n = points.size();
    const int minimum = PixelMap::minimumPoints(options.model);
    for (const auto &p : points) {
        if (!std::isfinite(p.pixelX) || !std::isfinite(p.pixelY) || !std::isfinite(p.printerX)
            || !std::isfinite(p.printerY)) {
            result.error = tr("A point has a non-finite coordinate.");
            return result;
        }
    }
    if (int(n) < minimum) {
        result.error = tr("The %1 model needs at least %2 points; %3 given.")
                           .arg(PixelMap::modelName(options.model))
                           .arg(minimum)
                           .arg(n);
        return result;
    }

    Normalisation norm;
    for (const auto &p : points) {
        norm.ox += p.pixelX;
        norm.oy += p.pixelY;
    }
    norm.ox /= double(n);
    norm.oy /= double(n);
    double ss = 0;
    for (const auto &p : points)
        ss += (p.pixelX - norm.ox) * (p.pixelX - norm.ox) + (p.pixelY - norm.oy) * (p.pixelY - norm.oy);
    norm.s = std::max(1.0, std::sqrt(ss / double(n)));

    std::vector<size_t> all(n);
    std::iota(all.begin(), all.end(), size_t(0));
    std::vector<bool> inlier(n, true);
    PixelMap map;

    // Robust start: least median of squares over minimal subsets (fixed seed: reproducible).
    // It tolerates up to half the points being wrong; a plain fit would be pulled by them.
    const bool robust = options.robust && int(n) > minimum + 1;
    if (robust) {
        std::mt19937 rng(12345);
        double bestMedian = -1;
        PixelMap best;
        const int trials = std::min(500, 40 * int(n));
        for (int t = 0; t < trials; ++t) {
            std::vector<size_t> subset = all;
            std::shuffle(subset.begin(), subset.end(), rng);
            subset.resize(size_t(minimum));
            PixelMap candidate;
            if (!solve(points, subset, options.model, norm, candidate))
                continue;
            std::vector<double> r = residualMagnitudesUm(points, candidate);
            const double med = medianOf(r);
            if (bestMedian < 0 || med < bestMedian) {
                bestMedian = med;
                best = candidate;
            }
        }
        if (bestMedian >= 0) {
            // Rousseeuw's scale estimate for the per-axis sigma of the residual magnitudes.
            const double sigma = 1.4826 * (1.0 + 5.0 / double(int(n) - minimum)) * bestMedian / std::sqrt(2.0) * 1.2;
            const std::vector<double> r = residualMagnitudesUm(points, best);
            int kept = 0;
            for (size_t i = 0; i < n; ++i) {
                inlier[i] = r[i] <= std::max(2.5 * sigma * std::sqrt(2.0), options.floorUm);
                kept += inlier[i];
            }
            if (kept < minimum)
                std::fill(inlier.begin(), inlier.end(), true);
        }
    }

    // Least squares on the inliers, then sigma clipping until the set stops changing.
    for (int iter = 0; iter < 20; ++iter) {
        std::vector<size_t> use;
        for (size_t i = 0; i < n; ++i)
            if (inlier[i])
                use.push_back(i);
        if (!solve(points, use, options.model, norm, map)) {
            result.error = tr("The points are degenerate for the %1 model (all on a line, or repeated).")
                               .arg(PixelMap::modelName(options.model));
            return result;
        }
        if (!robust)
            break;
        const std::vector<double> r = residualMagnitudesUm(points, map);
        double sum = 0;
        for (size_t i : use)
            sum += r[i] * r[i];
        const double dof = std::max(1, int(use.size()) - minimum);
        const double sigmaAxis = std::sqrt(sum / dof / 2.0);
        const double limit = std::max(options.clipSigma * sigmaAxis, options.floorUm);
        bool changed = false;
        int kept = 0;
        std::vector<bool> next(n);
        for (size_t i = 0; i < n; ++i) {
            next[i] = r[i] <= limit;
            kept += next[i];
        }
        if (kept < minimum)
            break;
        for (size_t i = 0; i < n; ++i)
            changed |= next[i] != inlier[i];
        inlier = next;
        if (!changed)
            break;
    }

    result.ok = true;
    result.map = map;
    result.residuals.resize(n);
    double sum = 0;
    for (size_t i = 0; i < n; ++i) {
        const QPointF p = map.toPrinter(QPointF(points[i].pixelX, points[i].pixelY));
        PointResidual &r = result.residuals[i];
        r.dxUm = 1000.0 * (p.x() - points[i].printerX);
        r.dyUm = 1000.0 * (p.y() - points[i].printerY);
        r.magnitudeUm = std::hypot(r.dxUm, r.dyUm);
        r.inlier = inlier[i];
        if (r.inlier) {
            ++result.inliers;
            sum += r.magnitudeUm * r.magnitudeUm;
            result.maxUm = std::max(result.maxUm, r.magnitudeUm);
        }
    }
    result.rmsUm = result.inliers ? std::sqrt(sum / result.inliers) : 0.0;
    qCDebug(lcGeometry) << "fit" << PixelMap::modelName(options.model) << "points" << n << "inliers"
                        << result.inliers << "rms um" << result.rmsUm;
    return result;
}

} // namespace reticle
