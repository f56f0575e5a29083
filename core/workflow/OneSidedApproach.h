#pragma once

#include <QPointF>
#include <QVector>

namespace reticle {

// Backlash cancels only when every measured position is reached from the same side. This plans
// the moves to a target so the last one always travels in +X and +Y by at least `takeUpMm`:
// when the target lies behind (or too close ahead of) the current position on an axis, a
// pre-position move goes `takeUpMm` short of it first.
class OneSidedApproach
{
public:
    explicit OneSidedApproach(double takeUpMm = 0.2);

    QVector<QPointF> movesTo(const QPointF &current, const QPointF &target) const;
    double takeUpMm() const { return m_takeUpMm; }

private:
    double m_takeUpMm;
};

} // namespace reticle
