#include "FocusPeakFit.h"

#include <algorithm>
#include <array>
#include <cmath>

namespace reticle {

namespace {

// Solves the 3×3 system m·x = v by Gaussian elimination with partial pivoting; false if singular.
bool solve3(std::array<std::array<double, 4>, 3> m, std::array<double, 3> &x)
{
    for (int col = 0; col < 3; ++col) {
        int pivot = col;
        for (int row = col + 1; row < 3; ++row)
            if (std::abs(m[row][col]) > std::abs(m[pivot][col]))
                pivot = row;
        if (std::abs(m[pivot][col]) < 1e-300)
            return false;
        std::swap(m[col], m[pivot]);
        for (int row = 0; row < 3; ++row) {
            if (row == col)
                continue;
            const double f = m[row][col] / m[col][col];
            for (int k = col; k < 4; ++k)
                m[row][k] -= f * m[col][k];
        }
    }
    for (int i = 0; i < 3; ++i)
        x[i] = m[i][3] / m[i][i];
    return true;
}

} // namespace

FocusPeak FocusPeakFit::fit(const QVector<FocusSample> &samples, double windowFraction)
{
    FocusPeak result;
    QVector<FocusSample> sorted;
    for (const FocusSample &s : samples)
        if (std::isfinite(s.position) && std::isfinite(s.sharpness) && s.sharpness > 0.0)
            sorted.append(s);
    std::sort(sorted.begin(), sorted.end(),
              [](const FocusSample &a, const FocusSample &b) { return a.position < b.position; });
    if (sorted.size() < 3) {
        result.reason = tr("A focus sweep needs at least three usable points.");
        return result;
    }
    const auto best = std::max_element(sorted.cbegin(), sorted.cend(), [](const FocusSample &a, const FocusSample &b) {
        return a.sharpness < b.sharpness;
    });
    const int bestIndex = int(best - sorted.cbegin());
    if (bestIndex == 0 || bestIndex == sorted.size() - 1) {
        result.reason = tr("The sharpest image is at the end of the sweep; widen the sweep.");
        return result;
    }

    // The contiguous run of samples around the maximum that stay above the window fraction.
    const double threshold = best->sharpness * windowFraction;
    int first = bestIndex, last = bestIndex;
    while (first > 0 && sorted[first - 1].sharpness >= threshold)
        --first;
    while (last < sorted.size() - 1 && sorted[last + 1].sharpness >= threshold)
        ++last;
    if (last - first + 1 < 3) {
        first = bestIndex - 1;
        last = bestIndex + 1;
    }

    // Least squares of ln(s) = a·u² + b·u + c with u = position − best position (conditioning).
    const double origin = best->position;
    std::array<std::array<double, 4>, 3> normal{};
    const int n = last - first + 1;
    for (int i = first; i <= last; ++i) {
        const double u = sorted[i].position - origin;
        const double y = std::log(sorted[i].sharpness);
        const std::array<double, 3> basis{u * u, u, 1.0};
        for (int r = 0; r < 3; ++r) {
            for (int c = 0; c < 3; ++c)
                normal[r][c] += basis[r] * basis[c];
            normal[r][3] += basis[r] * y;
        }
    }
    std::array<double, 3> coef{};
    if (!solve3(normal, coef)) {
        result.reason = tr("The focus samples do not determine a peak.");
        return result;
    }
    const double a = coef[0], b = coef[1], c = coef[2];
    if (!(a < 0.0)) {
        result.reason = tr("The sharpness curve has no maximum inside the sweep.");
        return result;
    }
    const double peakU = -b / (2.0 * a);
    const double peak = origin + peakU;
    if (peak < sorted.constFirst().position || peak > sorted.constLast().position) {
        result.reason = tr("The fitted best focus lies outside the sweep.");
        return result;
    }

    // Covariance of (a, b) = sigma² · (XᵀX)⁻¹, with sigma² from the residuals.
    double residual2 = 0.0;
    for (int i = first; i <= last; ++i) {
        const double u = sorted[i].position - origin;
        const double r = std::log(sorted[i].sharpness) - (a * u * u + b * u + c);
        residual2 += r * r;
    }
    const double sigma2 = n > 3 ? residual2 / double(n - 3) : 0.0;
    std::array<std::array<double, 3>, 3> inverse{};
    for (int col = 0; col < 3; ++col) {
        auto system = normal;
        for (int r = 0; r < 3; ++r)
            system[r][3] = r == col ? 1.0 : 0.0;
        std::array<double, 3> x{};
        solve3(system, x);
        for (int r = 0; r < 3; ++r)
            inverse[r][col] = x[r];
    }
    const double dPda = b / (2.0 * a * a);
    const double dPdb = -1.0 / (2.0 * a);
    const double variance = sigma2 * (dPda * dPda * inverse[0][0] + dPdb * dPdb * inverse[1][1]
                                      + 2.0 * dPda * dPdb * inverse[0][1]);

    result.ok = true;
    result.position = peak;
    result.uncertainty = std::sqrt(std::max(0.0, variance));
    result.peakSharpness = std::exp(c - b * b / (4.0 * a));
    result.pointsUsed = n;
    result.logCurvature = a;
    result.fitFrom = sorted[first].position;
    result.fitTo = sorted[last].position;
    return result;
}

} // namespace reticle
