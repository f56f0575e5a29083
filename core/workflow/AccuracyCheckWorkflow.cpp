#include "AccuracyCheckWorkflow.h"

#include <QRandomGenerator>

#include <cmath>

namespace reticle {

AccuracyCheckWorkflow::AccuracyCheckWorkflow(MachineIo &machine, NozzleProbe &probe, AccuracyCheckSettings settings,
                                             QObject *parent)
    : PointSurveyWorkflow(machine, probe, settings.backlashMm, parent)
    , m_settings(std::move(settings))
{
}

QString AccuracyCheckWorkflow::stepName() const
{
    return tr("Accuracy check");
}

QVector<QPointF> AccuracyCheckWorkflow::planPoints(const QPointF &start, const AccuracyCheckSettings &s,
                                                   QString *error)
{
    if (!s.map.isValid()) {
        if (error)
            *error = tr("Fit the reference points first.");
        return {};
    }
    const double w = s.imageSize.width(), h = s.imageSize.height();
    const QPointF centre((w - 1) / 2.0, (h - 1) / 2.0);
    const double spanX = s.fieldFraction * (w - 2 * s.marginPx);
    const double spanY = s.fieldFraction * (h - 2 * s.marginPx);
    // The map gives the printer position that puts the nozzle on a pixel, for the position the
    // reference points started from; this step starts there too, so `start` only anchors it.
    const std::optional<QPointF> startPixel = s.map.toPixel(start);
    if (!startPixel) {
        if (error)
            *error = tr("The map cannot be inverted.");
        return {};
    }
    QRandomGenerator random = s.seed ? QRandomGenerator(s.seed) : QRandomGenerator::securelySeeded();
    QVector<QPointF> targets;
    for (int i = 0; i < std::max(1, s.points); ++i) {
        const QPointF pixel(centre.x() + (random.generateDouble() - 0.5) * spanX,
                            centre.y() + (random.generateDouble() - 0.5) * spanY);
        targets.append(s.map.toPrinter(pixel));
    }
    return targets;
}

QVector<QPointF> AccuracyCheckWorkflow::plan(const QPointF &start, QString *error)
{
    m_residuals.clear();
    m_rmsUm = m_maxUm = 0.0;
    m_checked = 0;
    return planPoints(start, m_settings, error);
}

QString AccuracyCheckWorkflow::evaluate()
{
    m_residuals.clear();
    double sum = 0.0;
    m_maxUm = 0.0;
    m_checked = 0;
    for (const SurveyPoint &p : points()) {
        AccuracyResidual r;
        if (p.found) {
            r.valid = true;
            r.predictedPrinter = m_settings.map.toPrinter(p.pixel);
            r.predictedPixel = m_settings.map.toPixel(p.target).value_or(QPointF(-1, -1));
            r.dxUm = (r.predictedPrinter.x() - p.target.x()) * 1000.0;
            r.dyUm = (r.predictedPrinter.y() - p.target.y()) * 1000.0;
            r.errorUm = std::hypot(r.dxUm, r.dyUm);
            sum += r.errorUm * r.errorUm;
            m_maxUm = std::max(m_maxUm, r.errorUm);
            ++m_checked;
        }
        m_residuals.append(r);
    }
    if (m_checked == 0)
        return tr("No point of the accuracy check has a position.");
    m_rmsUm = std::sqrt(sum / m_checked);
    return {};
}

} // namespace reticle
