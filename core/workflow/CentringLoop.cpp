#include "CentringLoop.h"

#include <algorithm>
#include <cmath>

namespace reticle {

CentringLoop::CentringLoop(CentringSettings settings)
    : m_settings(settings)
{
    m_settings.gain = std::clamp(m_settings.gain, 0.1, 1.0);
}

void CentringLoop::reset()
{
    m_moves = 0;
    m_missedDetections = 0;
}

CentringAction CentringLoop::next(const CentringMeasurement &measurement)
{
    CentringAction action;
    if (measurement.elapsedSeconds > m_settings.maxSeconds) {
        action.reason = tr("Centring took longer than %1 s.").arg(m_settings.maxSeconds);
        return action;
    }
    if (!measurement.detected) {
        // One retry without moving (a frame may be blurred by a late vibration); then give up so
        // the operator can click the nozzle by hand.
        if (++m_missedDetections > 1) {
            action.reason = tr("No nozzle found in the camera image.");
            return action;
        }
        action.kind = CentringAction::Kind::Remeasure;
        return action;
    }
    m_missedDetections = 0;

    const QPointF error = measurement.errorMm;
    const double distanceUm = std::hypot(error.x(), error.y()) * 1000.0;
    if (distanceUm <= m_settings.toleranceUm) {
        action.kind = CentringAction::Kind::Converged;
        action.centreMm = measurement.toolheadMm - error;
        return action;
    }
    if (m_moves >= m_settings.maxMoves) {
        action.reason = tr("The nozzle is still %1 µm from the centre after %2 moves.")
                            .arg(distanceUm, 0, 'f', 1)
                            .arg(m_moves);
        return action;
    }

    // The nozzle moves with the toolhead: to bring it onto the centre, move by −error.
    QPointF step = -error * m_settings.gain;
    const double length = std::hypot(step.x(), step.y());
    if (length > m_settings.maxStepMm)
        step *= m_settings.maxStepMm / length;
    ++m_moves;
    action.kind = CentringAction::Kind::MoveTo;
    action.targetMm = measurement.toolheadMm + step;
    return action;
}

} // namespace reticle
