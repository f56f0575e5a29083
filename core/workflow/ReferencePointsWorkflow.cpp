#include "ReferencePointsWorkflow.h"

#include <cmath>

namespace reticle {

ReferencePointsWorkflow::ReferencePointsWorkflow(MachineIo &machine, NozzleProbe &probe,
                                                 ReferencePointsSettings settings, QObject *parent)
    : PointSurveyWorkflow(machine, probe, settings.backlashMm, parent)
    , m_settings(std::move(settings))
{
}

QString ReferencePointsWorkflow::stepName() const
{
    return tr("Reference points");
}

QVector<QPointF> ReferencePointsWorkflow::planGrid(const QPointF &start, const ReferencePointsSettings &s,
                                                   QString *error)
{
    const int n = std::max(2, s.gridSize);
    const double w = s.imageSize.width(), h = s.imageSize.height();
    QVector<QPointF> targets;
    if (s.guide && s.guide->isValid()) {
        // A grid of pixels spanning the image, centred on the image; each mapped to where the
        // nozzle must be to appear there.
        const double spanX = s.fieldFraction * (w - 2 * s.marginPx);
        const double spanY = s.fieldFraction * (h - 2 * s.marginPx);
        const QPointF centre((w - 1) / 2.0, (h - 1) / 2.0);
        for (int j = 0; j < n; ++j) {
            for (int i = 0; i < n; ++i) {
                const QPointF pixel(centre.x() - spanX / 2 + spanX * i / (n - 1),
                                    centre.y() - spanY / 2 + spanY * j / (n - 1));
                // The guide was fitted from this same camera position: absolute gcode positions.
                targets.append(s.guide->toPrinter(pixel));
            }
        }
        return targets;
    }
    if (!s.scale.isValid()) {
        if (error)
            *error = tr("Set the pixel scale first.");
        return {};
    }
    // Rotation unknown: a disc around the nozzle that stays inside the image for any rotation.
    const QPointF p = s.startPixel.x() >= 0 ? s.startPixel : QPointF((w - 1) / 2.0, (h - 1) / 2.0);
    const double freePx = std::min({p.x(), w - 1 - p.x(), p.y(), h - 1 - p.y()}) - s.marginPx;
    if (freePx <= 5.0) {
        if (error)
            *error = tr("The nozzle is too close to the edge of the image; centre it over the camera.");
        return {};
    }
    const double radiusMm = s.fieldFraction * freePx * s.scale.coarsest() / 1000.0;
    const double half = radiusMm / std::sqrt(2.0);
    for (int j = 0; j < n; ++j)
        for (int i = 0; i < n; ++i)
            targets.append(start + QPointF(-half + 2 * half * i / (n - 1), -half + 2 * half * j / (n - 1)));
    return targets;
}

QVector<QPointF> ReferencePointsWorkflow::plan(const QPointF &start, QString *error)
{
    m_fit = {};
    m_pairs.clear();
    m_pairIndex.clear();
    return planGrid(start, m_settings, error);
}

QString ReferencePointsWorkflow::evaluate()
{
    m_pairs.clear();
    m_pairIndex.clear();
    for (const SurveyPoint &p : points()) {
        if (!p.found) {
            m_pairIndex.append(-1);
            continue;
        }
        m_pairIndex.append(int(m_pairs.size()));
        m_pairs.push_back({p.pixel.x(), p.pixel.y(), p.target.x(), p.target.y()});
    }
    const int needed = PixelMap::minimumPoints(m_settings.fit.model) + 1;
    if (int(m_pairs.size()) < needed)
        return tr("Only %1 points have a position; the %2 model needs at least %3.")
            .arg(m_pairs.size())
            .arg(PixelMap::modelName(m_settings.fit.model))
            .arg(needed);
    m_fit = MapFitter::fit(m_pairs, m_settings.fit);
    if (!m_fit.ok)
        return m_fit.error;
    return {};
}

} // namespace reticle
