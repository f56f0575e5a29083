#pragma once

#include <QPointF>
#include <QVector>

namespace reticle {

// Mean, sample standard deviation and range of repeated XY measurements of one tool.
class RepeatabilityStats
{
public:
    void add(const QPointF &sample) { m_samples.append(sample); }
    void clear() { m_samples.clear(); }

    int count() const { return int(m_samples.size()); }
    QPointF mean() const;
    QPointF standardDeviation() const; // sample (n − 1); 0 with fewer than two samples
    QPointF range() const;             // max − min per axis
    const QVector<QPointF> &samples() const { return m_samples; }

private:
    QVector<QPointF> m_samples;
};

} // namespace reticle
