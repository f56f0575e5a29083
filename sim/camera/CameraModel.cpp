#include "CameraModel.h"

#include <cmath>
#include <numbers>

namespace reticle::sim {

QPointF CameraModel::toPixel(QPointF printerMm) const
{
    double dx = printerMm.x() - m_centre.x();
    const double dy = printerMm.y() - m_centre.y();
    if (m_mirrored)
        dx = -dx;
    const double vx = dx;
    const double vy = -dy;
    const double r = m_rotationDeg * std::numbers::pi / 180.0;
    const double c = std::cos(r), s = std::sin(r);
    const double k = pixelsPerMm();
    const QPointF pp = principalPoint();
    return {pp.x() + k * (c * vx - s * vy), pp.y() + k * (s * vx + c * vy)};
}

QPointF CameraModel::toPrinter(QPointF pixel) const
{
    const Affine m = pixelToPrinter();
    return {m.a * pixel.x() + m.b * pixel.y() + m.c, m.d * pixel.x() + m.e * pixel.y() + m.f};
}

CameraModel::Affine CameraModel::pixelToPrinter() const
{
    // Inverse of toPixel: v = R^T (pixel - pp) / k; dx = +-v.x; dy = -v.y.
    const double r = m_rotationDeg * std::numbers::pi / 180.0;
    const double c = std::cos(r), s = std::sin(r);
    const double q = mmPerPixel();
    const QPointF pp = principalPoint();
    // v.x = q*( c*u' + s*v'), v.y = q*(-s*u' + c*v') with u' = u - pp.x, v' = v - pp.y
    const double sx = m_mirrored ? -1.0 : 1.0;
    Affine m{};
    m.a = sx * q * c;
    m.b = sx * q * s;
    m.c = m_centre.x() - m.a * pp.x() - m.b * pp.y();
    m.d = q * s;   // dy = -v.y = q*(s*u' - c*v')
    m.e = -q * c;
    m.f = m_centre.y() - m.d * pp.x() - m.e * pp.y();
    return m;
}

} // namespace reticle::sim
