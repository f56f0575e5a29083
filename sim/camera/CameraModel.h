#pragma once

#include <QPointF>
#include <QSize>

namespace reticle::sim {

// The geometry of a virtual camera: maps points of the printer's XY plane (mm) to image pixels
// and back. Pixel centres sit at integer coordinates (OpenCV convention), so the optical centre
// of a W×H image is at ((W-1)/2, (H-1)/2).
//
// Mapping, for a printer point p:
//   d = p - centre                      (mm, printer axes, +Y away from the operator)
//   if mirrored: d.x = -d.x             (horizontal flip of the image)
//   v = (d.x, -d.y)                     (image axes: +u right, +v down)
//   pixel = principal + (1000 / umPerPx) * R(rotation) * v
// R is the usual rotation matrix; because image v points down, a positive rotation turns the
// image content clockwise on screen.
class CameraModel
{
public:
    static constexpr int kMaxWidth = 3840;
    static constexpr int kMaxHeight = 2160;

    CameraModel() = default;

    void setResolution(QSize size) { m_size = size; }
    QSize resolution() const { return m_size; }
    int width() const { return m_size.width(); }
    int height() const { return m_size.height(); }

    void setMicronsPerPixel(double umPerPx) { m_umPerPx = umPerPx; }
    double micronsPerPixel() const { return m_umPerPx; }
    double pixelsPerMm() const { return 1000.0 / m_umPerPx; }
    double mmPerPixel() const { return m_umPerPx / 1000.0; }

    void setRotationDegrees(double degrees) { m_rotationDeg = degrees; }
    double rotationDegrees() const { return m_rotationDeg; }

    void setMirrored(bool mirrored) { m_mirrored = mirrored; }
    bool isMirrored() const { return m_mirrored; }

    // Where the optical axis meets the printer's XY plane (mm).
    void setCentre(QPointF printerMm) { m_centre = printerMm; }
    QPointF centre() const { return m_centre; }

    QPointF principalPoint() const { return {(m_size.width() - 1) / 2.0, (m_size.height() - 1) / 2.0}; }

    QPointF toPixel(QPointF printerMm) const;
    QPointF toPrinter(QPointF pixel) const;

    // The affine map pixel -> printer mm as x = a*u + b*v + c, y = d*u + e*v + f.
    struct Affine
    {
        double a, b, c, d, e, f;
    };
    Affine pixelToPrinter() const;

private:
    QSize m_size{1280, 960};
    double m_umPerPx = 15.0;
    double m_rotationDeg = 0.0;
    bool m_mirrored = false;
    QPointF m_centre{150.0, 150.0};
};

} // namespace reticle::sim
