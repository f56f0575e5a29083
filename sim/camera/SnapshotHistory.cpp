#include "SnapshotHistory.h"

#include <algorithm>

namespace reticle::sim {

void SnapshotHistory::add(const MachineSnapshot &snapshot)
{
    if (!m_samples.empty() && snapshot.monotonicMs < m_samples.back().monotonicMs)
        return;
    if (!m_samples.empty() && snapshot.monotonicMs == m_samples.back().monotonicMs)
        m_samples.back() = snapshot;
    else
        m_samples.push_back(snapshot);
    // Keep one sample older than the window so that "now - lag" can still be interpolated.
    while (m_samples.size() > 2 && m_samples[1].monotonicMs < snapshot.monotonicMs - m_keepMs)
        m_samples.pop_front();
}

MachineSnapshot SnapshotHistory::at(qint64 ms) const
{
    Q_ASSERT(!m_samples.empty());
    if (ms <= m_samples.front().monotonicMs)
        return m_samples.front();
    if (ms >= m_samples.back().monotonicMs)
        return m_samples.back();
    const auto after = std::upper_bound(m_samples.begin(), m_samples.end(), ms,
                                        [](qint64 t, const MachineSnapshot &s) { return t < s.monotonicMs; });
    const MachineSnapshot &b = *after;
    const MachineSnapshot &a = *(after - 1);
    MachineSnapshot result = a;
    const double span = double(b.monotonicMs - a.monotonicMs);
    const double f = span > 0 ? double(ms - a.monotonicMs) / span : 0.0;
    // Carriage moves continuously; a tool change in between shows the old tool until it is done.
    if (a.activeTool == b.activeTool) {
        for (int i = 0; i < 3; ++i)
            result.carriage[i] = a.carriage[i] + f * (b.carriage[i] - a.carriage[i]);
    }
    result.monotonicMs = ms;
    return result;
}

} // namespace reticle::sim
