#include "PixelMap.h"

#include <QJsonArray>

#include <cmath>
#include <numbers>

namespace reticle {

PixelMap::PixelMap(Model model, double ox, double oy, double s, const std::array<double, 6> &cx,
                   const std::array<double, 6> &cy)
    : m_model(model)
    , m_valid(std::isfinite(ox) && std::isfinite(oy) && std::isfinite(s) && s > 0)
    , m_ox(ox)
    , m_oy(oy)
    , m_s(s)
    , m_cx(cx)
    , m_cy(cy)
{
    for (int i = 0; i < 6; ++i)
        m_valid = m_valid && std::isfinite(cx[size_t(i)]) && std::isfinite(cy[size_t(i)]);
}

PixelMap PixelMap::fromAxisScale(double micronsPerPixelX, double micronsPerPixelY, QPointF referencePixel,
                                 QPointF referencePrinter)
{
    // Origin at the reference pixel, unit scale: X = ref_x + u * um/1000.
    return PixelMap(Model::AxisScale, referencePixel.x(), referencePixel.y(), 1.0,
                    {referencePrinter.x(), micronsPerPixelX / 1000.0, 0, 0, 0, 0},
                    {referencePrinter.y(), 0, micronsPerPixelY / 1000.0, 0, 0, 0});
}

QPointF PixelMap::toPrinter(QPointF pixel) const
{
    const double u = (pixel.x() - m_ox) / m_s;
    const double v = (pixel.y() - m_oy) / m_s;
    const double basis[6] = {1.0, u, v, u * u, u * v, v * v};
    double x = 0, y = 0;
    for (size_t i = 0; i < 6; ++i) {
        x += m_cx[i] * basis[i];
        y += m_cy[i] * basis[i];
    }
    return {x, y};
}

std::array<double, 4> PixelMap::jacobian(QPointF pixel) const
{
    const double u = (pixel.x() - m_ox) / m_s;
    const double v = (pixel.y() - m_oy) / m_s;
    // d/du and d/dv of the basis, then divided by s for d/dx, d/dy.
    const double xu = m_cx[1] + 2 * m_cx[3] * u + m_cx[4] * v;
    const double xv = m_cx[2] + m_cx[4] * u + 2 * m_cx[5] * v;
    const double yu = m_cy[1] + 2 * m_cy[3] * u + m_cy[4] * v;
    const double yv = m_cy[2] + m_cy[4] * u + 2 * m_cy[5] * v;
    return {xu / m_s, xv / m_s, yu / m_s, yv / m_s};
}

std::optional<QPointF> PixelMap::toPixel(QPointF printer) const
{
    if (!m_valid)
        return std::nullopt;
    // Newton's method; one step is exact for the linear models.
    QPointF p(m_ox, m_oy);
    for (int iter = 0; iter < 50; ++iter) {
        const QPointF f = toPrinter(p) - printer;
        const auto j = jacobian(p);
        const double det = j[0] * j[3] - j[1] * j[2];
        if (!std::isfinite(det) || std::abs(det) < 1e-300)
            return std::nullopt;
        const double dx = (j[3] * f.x() - j[1] * f.y()) / det;
        const double dy = (-j[2] * f.x() + j[0] * f.y()) / det;
        p -= QPointF(dx, dy);
        if (std::hypot(dx, dy) < 1e-12 * std::max(1.0, std::hypot(p.x(), p.y())))
            return p;
    }
    const QPointF f = toPrinter(p) - printer;
    if (std::hypot(f.x(), f.y()) < 1e-9)
        return p;
    return std::nullopt;
}

double PixelMap::micronsPerPixelX(QPointF pixel) const
{
    const auto j = jacobian(pixel);
    return 1000.0 * std::hypot(j[0], j[2]);
}

double PixelMap::micronsPerPixelY(QPointF pixel) const
{
    const auto j = jacobian(pixel);
    return 1000.0 * std::hypot(j[1], j[3]);
}

double PixelMap::rotationDeg(QPointF pixel) const
{
    const auto j = jacobian(pixel);
    return std::atan2(j[2], j[0]) * 180.0 / std::numbers::pi;
}

bool PixelMap::isMirrored(QPointF pixel) const
{
    const auto j = jacobian(pixel);
    return j[0] * j[3] - j[1] * j[2] < 0;
}

std::array<std::array<double, 2>, 6> PixelMap::tamvMatrix() const
{
    std::array<std::array<double, 2>, 6> m{};
    const double s = m_s, s2 = m_s * m_s, ox = m_ox, oy = m_oy;
    const std::array<double, 6> *coeffs[2] = {&m_cx, &m_cy};
    for (size_t axis = 0; axis < 2; ++axis) {
        const auto &c = *coeffs[axis];
        m[0][axis] = c[3] / s2;
        m[1][axis] = c[5] / s2;
        m[2][axis] = c[4] / s2;
        m[3][axis] = c[1] / s - 2 * ox * c[3] / s2 - oy * c[4] / s2;
        m[4][axis] = c[2] / s - ox * c[4] / s2 - 2 * oy * c[5] / s2;
        m[5][axis] = c[0] - c[1] * ox / s - c[2] * oy / s + c[3] * ox * ox / s2 + c[4] * ox * oy / s2
                     + c[5] * oy * oy / s2;
    }
    return m;
}

QString PixelMap::modelName(Model model)
{
    switch (model) {
    case Model::AxisScale:
        return QStringLiteral("axis_scale");
    case Model::Similarity:
        return QStringLiteral("similarity");
    case Model::Affine:
        return QStringLiteral("affine");
    case Model::Quadratic:
        return QStringLiteral("quadratic");
    }
    return {};
}

std::optional<PixelMap::Model> PixelMap::modelFromName(const QString &name)
{
    for (Model m : {Model::AxisScale, Model::Similarity, Model::Affine, Model::Quadratic})
        if (modelName(m) == name)
            return m;
    return std::nullopt;
}

int PixelMap::minimumPoints(Model model)
{
    switch (model) {
    case Model::AxisScale:
    case Model::Similarity:
        return 2;
    case Model::Affine:
        return 3;
    case Model::Quadratic:
        return 6;
    }
    return 6;
}

static QJsonArray toArray(const std::array<double, 6> &a)
{
    QJsonArray out;
    for (double v : a)
        out.append(v);
    return out;
}

QJsonObject PixelMap::toJson() const
{
    const QPointF c(m_ox, m_oy);
    return QJsonObject{
        {QStringLiteral("model"), modelName(m_model)},
        {QStringLiteral("pixel_origin"), QJsonArray{m_ox, m_oy}},
        {QStringLiteral("pixel_scale"), m_s},
        {QStringLiteral("x"), toArray(m_cx)},
        {QStringLiteral("y"), toArray(m_cy)},
        // Derived, for people reading the file; ignored when loading.
        {QStringLiteral("microns_per_pixel_x_at_origin"), micronsPerPixelX(c)},
        {QStringLiteral("microns_per_pixel_y_at_origin"), micronsPerPixelY(c)},
        {QStringLiteral("rotation_deg_at_origin"), rotationDeg(c)},
        {QStringLiteral("mirrored"), isMirrored(c)},
    };
}

std::optional<PixelMap> PixelMap::fromJson(const QJsonObject &json, QString *error)
{
    auto fail = [error](const QString &message) -> std::optional<PixelMap> {
        if (error)
            *error = message;
        return std::nullopt;
    };
    const auto model = modelFromName(json.value(QStringLiteral("model")).toString());
    if (!model)
        return fail(tr("model: expected one of axis_scale, similarity, affine, quadratic"));
    const QJsonArray origin = json.value(QStringLiteral("pixel_origin")).toArray();
    if (origin.size() != 2 || !origin.at(0).isDouble() || !origin.at(1).isDouble())
        return fail(tr("pixel_origin: expected an array of two numbers"));
    const QJsonValue scale = json.value(QStringLiteral("pixel_scale"));
    if (!scale.isDouble() || !(scale.toDouble() > 0))
        return fail(tr("pixel_scale: expected a positive number"));
    std::array<double, 6> c[2];
    const char *keys[2] = {"x", "y"};
    for (size_t axis = 0; axis < 2; ++axis) {
        const QJsonArray a = json.value(QLatin1String(keys[axis])).toArray();
        if (a.size() != 6)
            return fail(tr("%1: expected an array of six numbers").arg(QLatin1String(keys[axis])));
        for (int i = 0; i < 6; ++i) {
            if (!a.at(i).isDouble() || !std::isfinite(a.at(i).toDouble()))
                return fail(tr("%1[%2]: expected a finite number").arg(QLatin1String(keys[axis])).arg(i));
            c[axis][size_t(i)] = a.at(i).toDouble();
        }
    }
    PixelMap map(*model, origin.at(0).toDouble(), origin.at(1).toDouble(), scale.toDouble(), c[0], c[1]);
    if (!map.isValid())
        return fail(tr("the transform has non-finite values"));
    return map;
}

} // namespace reticle
