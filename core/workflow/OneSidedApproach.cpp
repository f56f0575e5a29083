#include "OneSidedApproach.h"

#include <algorithm>

namespace reticle {

OneSidedApproach::OneSidedApproach(double takeUpMm)
    : m_takeUpMm(std::max(0.0, takeUpMm))
{
}

QVector<QPointF> OneSidedApproach::movesTo(const QPointF &current, const QPointF &target) const
{
    const bool xReady = target.x() - current.x() >= m_takeUpMm;
    const bool yReady = target.y() - current.y() >= m_takeUpMm;
    if (xReady && yReady)
        return {target};
    const QPointF before(xReady ? current.x() : target.x() - m_takeUpMm,
                         yReady ? current.y() : target.y() - m_takeUpMm);
    return {before, target};
}

} // namespace reticle
