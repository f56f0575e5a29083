#pragma once

#include <QCoreApplication>
#include <QLineF>
#include <QString>

#include <algorithm>
#include <optional>

namespace reticle {

// The pixel scale of the camera in µm per pixel along each image axis, and how it was found.
struct PixelScale
{
    double micronsPerPixelX = 0.0;
    double micronsPerPixelY = 0.0;
    QString method;                 // "line" or "moves"

    bool isValid() const { return micronsPerPixelX > 0.0 && micronsPerPixelY > 0.0; }
    // The smaller of the two: what keeps a planned move inside the image.
    double finest() const { return std::min(micronsPerPixelX, micronsPerPixelY); }
    double coarsest() const { return std::max(micronsPerPixelX, micronsPerPixelY); }
};

// The pixel scale from a line drawn over a reference of known length (a ruler, a calibration
// target, a nozzle of known diameter). A line for "both axes" sets both; a line along the image
// X (or Y) axis sets that axis, and until the other axis has its own line it takes the same value
// (square pixels).
class ScaleFromLine
{
    Q_DECLARE_TR_FUNCTIONS(ScaleFromLine)
public:
    enum class Axis { Both, ImageX, ImageY };

    // Lines shorter than this are refused: a 1 px drawing error would be more than 5 %.
    static constexpr double kMinimumLengthPx = 20.0;

    // µm per pixel for a line of `lengthMm`; empty with `error` set for a line too short or a
    // length that is not positive.
    static std::optional<double> micronsPerPixel(const QLineF &imageLine, double lengthMm, QString *error = nullptr);

    // Applies one drawn line to `scale` (method becomes "line").
    static std::optional<PixelScale> apply(const PixelScale &scale, Axis axis, const QLineF &imageLine,
                                           double lengthMm, QString *error = nullptr);
};

} // namespace reticle
