#include "MoveCalibrationPlanner.h"

#include <cmath>
#include <numbers>

namespace reticle {

MoveCalibrationPlanner::MoveCalibrationPlanner(const Config &config)
    : m_config(config)
{
}

MoveCalibrationPlanner::Action MoveCalibrationPlanner::moveTo(QPointF target) const
{
    Action a;
    a.kind = Action::Kind::MoveAndMeasure;
    a.target = target;
    a.approachFrom = target - QPointF(m_config.backlashMm, m_config.backlashMm);
    return a;
}

MoveCalibrationPlanner::Action MoveCalibrationPlanner::fail(const QString &message)
{
    m_stage = Stage::Failed;
    Action a;
    a.kind = Action::Kind::Failed;
    a.target = m_config.start;
    a.approachFrom = m_config.start - QPointF(m_config.backlashMm, m_config.backlashMm);
    a.message = message;
    return a;
}

bool MoveCalibrationPlanner::probeMirrored() const
{
    // Image vectors of +X and +Y moves: a right-handed image has them turning the same way as the
    // printer axes (positive cross product, as both are y-down/y-up consistent).
    return m_jx.x() * m_jy.y() - m_jx.y() * m_jy.x() < 0;
}

double MoveCalibrationPlanner::probeRotationDeg() const
{
    return std::atan2(m_jx.y(), m_jx.x()) * 180.0 / std::numbers::pi;
}

MoveCalibrationPlanner::Action MoveCalibrationPlanner::start()
{
    m_stage = Stage::Origin;
    m_pairs.clear();
    m_pattern.clear();
    m_patternIndex = 0;
    m_missed = 0;
    m_probeX = m_probeY = m_config.probeMm;
    m_current = m_config.start;
    return moveTo(m_current);
}

bool MoveCalibrationPlanner::planPattern(QString *why)
{
    // Largest radius R (mm) such that start + R*(cos, sin) stays inside the image with the margin,
    // through the probe Jacobian; then a fraction of it.
    const double extentX = std::hypot(m_jx.x(), m_jy.x()); // pixels per mm along image x, worst direction
    const double extentY = std::hypot(m_jx.y(), m_jy.y());
    const double freeX = std::min(m_originPixel.x(), m_config.imageSize.width() - 1 - m_originPixel.x()) - m_config.marginPx;
    const double freeY = std::min(m_originPixel.y(), m_config.imageSize.height() - 1 - m_originPixel.y()) - m_config.marginPx;
    if (freeX <= 0 || freeY <= 0 || extentX <= 0 || extentY <= 0) {
        *why = tr("The nozzle is too close to the edge of the image; centre it and start again.");
        return false;
    }
    double radius = m_config.fieldFraction * std::min(freeX / extentX, freeY / extentY);
    radius = std::min(radius, m_config.maxRadiusMm);
    if (radius < std::max(m_probeX, m_probeY)) {
        *why = tr("The free field around the nozzle is too small for a calibration pattern (%1 mm); "
                  "centre the nozzle and start again.")
                   .arg(radius, 0, 'f', 3);
        return false;
    }
    m_radiusMm = radius;
    const QPointF c = m_config.start;
    m_pattern.clear();
    if (m_config.pattern == Pattern::Circle) {
        const int n = std::max(6, m_config.patternPoints);
        for (int i = 0; i < n; ++i) {
            const double t = 2 * std::numbers::pi * i / n;
            m_pattern.push_back(c + QPointF(radius * std::cos(t), radius * std::sin(t)));
        }
        m_pattern.push_back(c);
    } else {
        for (int i = 0; i < 8; ++i) {
            const double t = 2 * std::numbers::pi * i / 8;
            const QPointF d(std::cos(t), std::sin(t));
            m_pattern.push_back(c + d * (radius / 2));
            m_pattern.push_back(c + d * radius);
        }
        m_pattern.push_back(c);
    }
    return true;
}

MoveCalibrationPlanner::Action MoveCalibrationPlanner::finish()
{
    const int planned = plannedPoints();
    const int found = int(m_pairs.size());
    MapFitOptions options;
    options.model = m_config.model;
    m_fit = MapFitter::fit(m_pairs, options);
    if (!m_fit.ok)
        return fail(tr("The calibration fit failed: %1").arg(m_fit.error));
    const double surviving = double(m_fit.inliers) / planned;
    if (surviving < m_config.minSurvivingFraction) {
        return fail(tr("Only %1 of %2 calibration points (%3 %) survived (%4 not detected, %5 rejected as "
                       "outliers); at least %6 % are needed. Check focus and lighting, and that the printer "
                       "does not skip steps.")
                        .arg(m_fit.inliers)
                        .arg(planned)
                        .arg(std::lround(100 * surviving))
                        .arg(planned - found)
                        .arg(found - m_fit.inliers)
                        .arg(std::lround(100 * m_config.minSurvivingFraction)));
    }
    m_stage = Stage::Done;
    Action a;
    a.kind = Action::Kind::Finished;
    a.target = m_config.start;
    a.approachFrom = m_config.start - QPointF(m_config.backlashMm, m_config.backlashMm);
    return a;
}

MoveCalibrationPlanner::Action MoveCalibrationPlanner::next(const Measurement &measurement)
{
    const bool valid = measurement.found && std::isfinite(measurement.pixel.x()) && std::isfinite(measurement.pixel.y());
    switch (m_stage) {
    case Stage::Idle:
    case Stage::Done:
    case Stage::Failed:
        return fail(tr("The calibration is not running."));
    case Stage::Origin:
        if (!valid)
            return fail(tr("No nozzle detected at the start position; centre it over the camera and try again."));
        m_originPixel = measurement.pixel;
        m_pairs.push_back({m_originPixel.x(), m_originPixel.y(), m_current.x(), m_current.y()});
        m_stage = Stage::ProbeX;
        m_current = m_config.start + QPointF(m_probeX, 0);
        return moveTo(m_current);
    case Stage::ProbeX:
    case Stage::ProbeY: {
        const bool isX = m_stage == Stage::ProbeX;
        double &probe = isX ? m_probeX : m_probeY;
        if (!valid)
            return fail(tr("The nozzle was lost during the probe move of %1 mm.").arg(probe, 0, 'f', 3));
        const QPointF d = measurement.pixel - m_originPixel;
        if (std::hypot(d.x(), d.y()) < m_config.minProbePixels) {
            probe *= 2;
            if (probe > m_config.maxProbeMm)
                return fail(tr("The nozzle did not move in the image when the printer moved %1 mm; check that "
                               "the camera sees the tool that moves.")
                                .arg(probe / 2, 0, 'f', 3));
            m_current = m_config.start + (isX ? QPointF(probe, 0) : QPointF(0, probe));
            return moveTo(m_current);
        }
        m_pairs.push_back({measurement.pixel.x(), measurement.pixel.y(), m_current.x(), m_current.y()});
        (isX ? m_jx : m_jy) = d / probe;
        if (isX) {
            m_stage = Stage::ProbeY;
            m_current = m_config.start + QPointF(0, m_probeY);
            return moveTo(m_current);
        }
        const double cross = m_jx.x() * m_jy.y() - m_jx.y() * m_jy.x();
        if (std::abs(cross) < 0.2 * std::hypot(m_jx.x(), m_jx.y()) * std::hypot(m_jy.x(), m_jy.y()))
            return fail(tr("Moves in X and Y go the same way in the image; the camera or the axes are not "
                           "what they seem."));
        QString why;
        if (!planPattern(&why))
            return fail(why);
        m_stage = Stage::Pattern;
        m_patternIndex = 0;
        m_current = m_pattern.front();
        return moveTo(m_current);
    }
    case Stage::Pattern:
        if (valid)
            m_pairs.push_back({measurement.pixel.x(), measurement.pixel.y(), m_current.x(), m_current.y()});
        else
            ++m_missed;
        if (++m_patternIndex < m_pattern.size()) {
            m_current = m_pattern[m_patternIndex];
            return moveTo(m_current);
        }
        return finish();
    }
    return fail(tr("The calibration is not running."));
}

} // namespace reticle
