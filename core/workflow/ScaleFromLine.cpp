#include "ScaleFromLine.h"

#include <cmath>

namespace reticle {

std::optional<double> ScaleFromLine::micronsPerPixel(const QLineF &imageLine, double lengthMm, QString *error)
{
    const double px = imageLine.length();
    if (!std::isfinite(lengthMm) || lengthMm <= 0.0) {
        if (error)
            *error = tr("Enter the length of the reference in millimetres.");
        return std::nullopt;
    }
    if (!std::isfinite(px) || px < kMinimumLengthPx) {
        if (error)
            *error = tr("Draw a line of at least %1 px over the reference (this one is %2 px).")
                         .arg(kMinimumLengthPx, 0, 'f', 0)
                         .arg(px, 0, 'f', 1);
        return std::nullopt;
    }
    return lengthMm * 1000.0 / px;
}

std::optional<PixelScale> ScaleFromLine::apply(const PixelScale &scale, Axis axis, const QLineF &imageLine,
                                               double lengthMm, QString *error)
{
    const std::optional<double> um = micronsPerPixel(imageLine, lengthMm, error);
    if (!um)
        return std::nullopt;
    PixelScale result = scale.method == QLatin1String("line") ? scale : PixelScale{};
    result.method = QStringLiteral("line");
    switch (axis) {
    case Axis::Both:
        result.micronsPerPixelX = result.micronsPerPixelY = *um;
        break;
    case Axis::ImageX:
        result.micronsPerPixelX = *um;
        if (result.micronsPerPixelY <= 0.0)
            result.micronsPerPixelY = *um;
        break;
    case Axis::ImageY:
        result.micronsPerPixelY = *um;
        if (result.micronsPerPixelX <= 0.0)
            result.micronsPerPixelX = *um;
        break;
    }
    return result;
}

} // namespace reticle
