#include "RepeatabilityStats.h"

#include <algorithm>
#include <cmath>

namespace reticle {

QPointF RepeatabilityStats::mean() const
{
    if (m_samples.isEmpty())
        return {};
    QPointF sum;
    for (const QPointF &s : m_samples)
        sum += s;
    return sum / double(m_samples.size());
}

QPointF RepeatabilityStats::standardDeviation() const
{
    if (m_samples.size() < 2)
        return {};
    const QPointF m = mean();
    double sx = 0.0, sy = 0.0;
    for (const QPointF &s : m_samples) {
        sx += (s.x() - m.x()) * (s.x() - m.x());
        sy += (s.y() - m.y()) * (s.y() - m.y());
    }
    const double n1 = double(m_samples.size() - 1);
    return {std::sqrt(sx / n1), std::sqrt(sy / n1)};
}

QPointF RepeatabilityStats::range() const
{
    if (m_samples.isEmpty())
        return {};
    auto [minX, maxX] = std::minmax_element(m_samples.cbegin(), m_samples.cend(),
                                            [](const QPointF &a, const QPointF &b) { return a.x() < b.x(); });
    auto [minY, maxY] = std::minmax_element(m_samples.cbegin(), m_samples.cend(),
                                            [](const QPointF &a, const QPointF &b) { return a.y() < b.y(); });
    return {maxX->x() - minX->x(), maxY->y() - minY->y()};
}

} // namespace reticle
