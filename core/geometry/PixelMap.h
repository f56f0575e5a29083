#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QPointF>
#include <QString>

#include <array>
#include <optional>

namespace reticle {

// A map from image pixels (centre of the top-left pixel = (0, 0)) to printer coordinates (mm).
//
// Internally every model is evaluated on normalised pixel coordinates u = (x - ox) / s,
// v = (y - oy) / s (origin and scale chosen by the fit, for numerical conditioning):
//   X = cx[0] + cx[1] u + cx[2] v + cx[3] u^2 + cx[4] u v + cx[5] v^2     (Y likewise with cy)
// The model says which coefficients a fit may use:
//   AxisScale  — X from u only, Y from v only (the camera-Pi seed formula, two scalars)
//   Similarity — one scale, a rotation and an optional mirror
//   Affine     — any linear map (different scales, shear)
//   Quadratic  — all six terms per axis (TAMV's model; lens distortion, tilt)
class PixelMap
{
    Q_DECLARE_TR_FUNCTIONS(PixelMap)
public:
    enum class Model { AxisScale, Similarity, Affine, Quadratic };

    PixelMap() = default;
    PixelMap(Model model, double ox, double oy, double s, const std::array<double, 6> &cx,
             const std::array<double, 6> &cy);

    // The seed formula of calibration.json: printer = (pixel - ref_pixel) * um_per_px / 1000 + ref_printer.
    static PixelMap fromAxisScale(double micronsPerPixelX, double micronsPerPixelY, QPointF referencePixel,
                                  QPointF referencePrinter);

    bool isValid() const { return m_valid; }
    Model model() const { return m_model; }
    QPointF toPrinter(QPointF pixel) const;
    // Inverse: exact for the linear models, Newton iterations for the quadratic one; empty when
    // the map is singular or the iteration does not converge.
    std::optional<QPointF> toPixel(QPointF printer) const;

    // Local properties (at a pixel): d(printer)/d(pixel) as a 2x2 matrix in mm per pixel,
    // µm per pixel along each image axis, the rotation of the image x axis in printer
    // coordinates (degrees) and whether the image is mirrored.
    std::array<double, 4> jacobian(QPointF pixel) const;
    double micronsPerPixelX(QPointF pixel) const;
    double micronsPerPixelY(QPointF pixel) const;
    double rotationDeg(QPointF pixel) const;
    bool isMirrored(QPointF pixel) const;
    QPointF origin() const { return {m_ox, m_oy}; }

    // TAMV's layout: a 6x2 matrix over raw pixels, rows x^2, y^2, xy, x, y, 1; columns X, Y.
    std::array<std::array<double, 2>, 6> tamvMatrix() const;

    QJsonObject toJson() const;
    // Empty optional with `error` set when the object is not a map this code wrote.
    static std::optional<PixelMap> fromJson(const QJsonObject &json, QString *error = nullptr);

    static QString modelName(Model model);
    static std::optional<Model> modelFromName(const QString &name);
    static int minimumPoints(Model model);

    const std::array<double, 6> &coefficientsX() const { return m_cx; }
    const std::array<double, 6> &coefficientsY() const { return m_cy; }
    double normalisationScale() const { return m_s; }

private:
    Model m_model = Model::Affine;
    bool m_valid = false;
    double m_ox = 0.0, m_oy = 0.0, m_s = 1.0;
    std::array<double, 6> m_cx{};
    std::array<double, 6> m_cy{};
};

} // namespace reticle
