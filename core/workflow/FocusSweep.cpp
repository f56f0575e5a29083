#include "FocusSweep.h"

#include <algorithm>
#include <cmath>

namespace reticle {

namespace {
constexpr double kEps = 1e-9;
}

FocusSweep::FocusSweep(FocusSweepSettings settings)
    : m_settings(settings)
{
    m_settings.coarseStep = std::max(m_settings.coarseStep, 1e-4);
    m_settings.fineStep = std::max(m_settings.fineStep, 1e-4);
    m_settings.coarseHalfRange = std::max(m_settings.coarseHalfRange, m_settings.coarseStep);
    m_settings.fineHalfRange = std::max(m_settings.fineHalfRange, m_settings.fineStep);
    m_settings.takeUp = std::max(m_settings.takeUp, 0.0);
}

QVector<double> FocusSweep::passPositions(double centre, double halfRange, double step)
{
    QVector<double> positions;
    if (!(step > 0.0) || !(halfRange >= 0.0))
        return positions;
    const int steps = int(std::floor(2.0 * halfRange / step + 1e-6));
    const double first = centre - steps * step / 2.0;
    // To the micrometre, as the move is written (the log then records where the axis really went).
    for (int i = 0; i <= steps; ++i)
        positions.append(std::round((first + i * step) * 1000.0) / 1000.0);
    return positions;
}

FocusAction FocusSweep::start(double centre, double current)
{
    m_pass = FocusPass::Coarse;
    m_coarse.clear();
    m_fine.clear();
    m_coarsePeak.reset();
    m_finePeak.reset();
    m_approachTarget.reset();
    m_finalMove = false;
    m_finished = false;
    m_position = current;
    m_movingUp = false; // unknown: the first measured position gets a take-up move
    m_targets = passPositions(centre, m_settings.coarseHalfRange, m_settings.coarseStep);
    return nextTarget();
}

FocusAction FocusSweep::approach(double target, bool measure)
{
    FocusAction action;
    action.kind = FocusAction::Kind::Move;
    action.pass = m_pass;
    const bool straightUp
        = target > m_position + kEps && (m_movingUp || target - m_position >= m_settings.takeUp - kEps);
    if (straightUp || m_settings.takeUp <= 0.0) {
        m_movingUp = target > m_position + kEps || (m_movingUp && std::abs(target - m_position) <= kEps);
        m_position = target;
        action.position = target;
        action.measure = measure;
    } else {
        const double below = target - m_settings.takeUp;
        m_movingUp = below > m_position + kEps;
        m_position = below;
        m_approachTarget = target;
        m_approachMeasure = measure;
        action.position = below;
        action.measure = false;
    }
    m_pending = action;
    return action;
}

FocusAction FocusSweep::nextTarget()
{
    if (m_targets.isEmpty())
        return m_pass == FocusPass::Coarse ? finishCoarse() : finishFine();
    return approach(m_targets.takeFirst(), true);
}

FocusAction FocusSweep::next(std::optional<double> sharpness)
{
    if (m_finished)
        return m_pending;
    if (m_pending.kind != FocusAction::Kind::Move)
        return m_pending;
    if (m_pending.measure) {
        if (sharpness) {
            QVector<FocusSample> &samples = m_pass == FocusPass::Coarse ? m_coarse : m_fine;
            samples.append({ m_pending.position, *sharpness });
        }
        return nextTarget();
    }
    if (m_approachTarget) {
        const double target = *m_approachTarget;
        m_approachTarget.reset();
        return approach(target, m_approachMeasure);
    }
    if (m_finalMove) {
        m_finished = true;
        FocusAction done;
        done.kind = FocusAction::Kind::Done;
        done.position = m_position;
        done.pass = FocusPass::Fine;
        done.peak = m_finePeak.value_or(FocusPeak {});
        m_pending = done;
        return done;
    }
    return nextTarget();
}

FocusAction FocusSweep::resume(double current)
{
    if (m_finished || m_pending.kind != FocusAction::Kind::Move)
        return m_pending;
    double target = m_pending.position;
    bool measure = m_pending.measure;
    if (m_approachTarget) {
        target = *m_approachTarget;
        measure = m_approachMeasure;
        m_approachTarget.reset();
    }
    m_position = current;
    m_movingUp = false; // the axis may have stopped anywhere: take up the backlash again
    return approach(target, measure);
}

FocusAction FocusSweep::finishCoarse()
{
    FocusPeak peak = FocusPeakFit::fit(m_coarse, m_settings.windowFraction);
    if (!peak.ok) {
        // A coarse curve may be too sparse to fit; its sharpest sample still places the fine pass,
        // unless it lies at an end (the peak may be outside the sweep).
        if (m_coarse.size() < 3)
            return fail(peak.reason);
        const auto best = std::max_element(m_coarse.cbegin(), m_coarse.cend(),
            [](const FocusSample &a, const FocusSample &b) { return a.sharpness < b.sharpness; });
        const auto [lowest, highest] = std::minmax_element(m_coarse.cbegin(), m_coarse.cend(),
            [](const FocusSample &a, const FocusSample &b) { return a.position < b.position; });
        if (best->position <= lowest->position + kEps || best->position >= highest->position - kEps)
            return fail(
                tr("The sharpest image is at the end of the coarse sweep (%1); bring the nozzle closer to "
                   "focus or widen the coarse range.")
                    .arg(best->position, 0, 'f', 3));
        peak.position = best->position;
        peak.peakSharpness = best->sharpness;
    }
    m_coarsePeak = peak;
    m_pass = FocusPass::Fine;
    m_targets = passPositions(peak.position, m_settings.fineHalfRange, m_settings.fineStep);
    return nextTarget();
}

FocusAction FocusSweep::finishFine()
{
    const FocusPeak peak = FocusPeakFit::fit(m_fine, m_settings.windowFraction);
    if (!peak.ok)
        return fail(tr("Fine pass: %1").arg(peak.reason));
    m_finePeak = peak;
    if (m_settings.finishAtBest) {
        m_finalMove = true;
        return approach(peak.position, false);
    }
    m_finished = true;
    FocusAction done;
    done.kind = FocusAction::Kind::Done;
    done.position = m_position;
    done.pass = FocusPass::Fine;
    done.peak = peak;
    m_pending = done;
    return done;
}

FocusAction FocusSweep::fail(const QString &reason)
{
    m_finished = true;
    FocusAction failed;
    failed.kind = FocusAction::Kind::Failed;
    failed.reason = reason;
    failed.pass = m_pass;
    failed.position = m_position;
    m_pending = failed;
    return failed;
}

} // namespace reticle
