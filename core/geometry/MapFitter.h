#pragma once

#include "PixelMap.h"

#include <QCoreApplication>
#include <QString>

#include <vector>

namespace reticle {

// One correspondence: where the target appeared in the image, and where the printer was (mm).
struct PointPair
{
    double pixelX = 0.0;
    double pixelY = 0.0;
    double printerX = 0.0;
    double printerY = 0.0;
};

struct PointResidual
{
    double dxUm = 0.0;      // fitted minus measured printer position, µm
    double dyUm = 0.0;
    double magnitudeUm = 0.0;
    bool inlier = true;
};

struct MapFitOptions
{
    PixelMap::Model model = PixelMap::Model::Affine;
    bool robust = true;          // least median of squares start + iterative sigma clipping
    double clipSigma = 3.0;      // reject beyond clipSigma * (per-axis sigma)
    double floorUm = 0.5;        // never reject points closer than this (noise-free data)
};

// The result of a fit: the map, each point's residual, RMS and max over the inliers.
struct MapFit
{
    Q_DECLARE_TR_FUNCTIONS(MapFit)
public:
    bool ok = false;
    QString error;
    PixelMap map;
    std::vector<PointResidual> residuals; // in the order of the input points
    double rmsUm = 0.0;   // root mean square of the inlier residual magnitudes
    double maxUm = 0.0;   // largest inlier residual magnitude
    int inliers = 0;

    // Fraction of inliers whose residual is within `um`.
    double fractionWithin(double um) const;
    // "RMS 3.1 µm over 12 points … about 63 % within 1×RMS and 98 % within 2×RMS; here …"
    QString explanation() const;
};

// Least-squares fits of pixel->printer maps with robust outlier rejection. Pure functions.
class MapFitter
{
    Q_DECLARE_TR_FUNCTIONS(MapFitter)
public:
    static MapFit fit(const std::vector<PointPair> &points, const MapFitOptions &options = {});
};

} // namespace reticle
