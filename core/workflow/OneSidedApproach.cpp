#include "OneSidedApproach.h"

#include <algorithm>

namespace reticle {

OneSidedApproach::OneSidedApproach(double takeUpMm)
    : m_takeUpMm(std::max(0.0, takeUpMm))
{
}

QVector<QPointF> OneSidedApproach::movesTo(const QPointF &current, const QPointF &target) const
{
    const bool xReady = clears(current.x(), target.x());
    const bool yReady = clears(current.y(), target.y());
    if (xReady && yReady)
        return {target};
    const QPointF before(xReady ? current.x() : target.x() - m_takeUpMm,
                         yReady ? current.y() : target.y() - m_takeUpMm);
    return {before, target};
}

bool OneSidedApproach::reachesDirectly(const QPointF &current, const QPointF &target) const
{
    return clears(current.x(), target.x()) && clears(current.y(), target.y());
}

} // namespace reticle
