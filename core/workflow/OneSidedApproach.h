#pragma once

#include <QPointF>
#include <QVector>

namespace reticle {

// Backlash cancels only when every measured position is reached from the same side. This plans
// the moves to a target so the last one always travels in +X and +Y by at least `takeUpMm`:
// when the target lies behind (or too close ahead of) the current position on an axis, a
// pre-position move goes `takeUpMm` short of it first. "At least" allows kToleranceMm: a point
// one take-up short as far as the G-code can tell (the guard writes moves to 0.001 mm, so the
// head may stop up to 0.5 µm from a planned pre-position; and 150.1 − 149.9 evaluates to
// 0.19999999999998863) needs no pre-position move — it would go to where the head already is,
// and the guard would send nothing for it.
class OneSidedApproach
{
public:
    explicit OneSidedApproach(double takeUpMm = 0.2);

    QVector<QPointF> movesTo(const QPointF &current, const QPointF &target) const;
    // True when one move from `current` to `target` already is a one-sided approach.
    bool reachesDirectly(const QPointF &current, const QPointF &target) const;
    double takeUpMm() const { return m_takeUpMm; }

    // Half the 0.001 mm the G-code is written to (a shorter move is empty), plus 1e-9 mm of
    // floating-point error.
    static constexpr double kToleranceMm = 0.0005 + 1e-9;

private:
    bool clears(double from, double to) const { return to - from >= m_takeUpMm - kToleranceMm; }

    double m_takeUpMm;
};

} // namespace reticle
