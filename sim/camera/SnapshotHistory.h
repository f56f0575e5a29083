#pragma once

#include "camera/CameraScene.h"

#include <deque>

namespace reticle::sim {

// The printer's recent past, so that a frame can show the machine as it was a few milliseconds
// ago (camera lag). Times are the snapshots' own monotonicMs clock.
class SnapshotHistory
{
public:
    explicit SnapshotHistory(qint64 keepMs = 2000) : m_keepMs(keepMs) {}

    // Adds a snapshot (older than the newest one kept: ignored) and forgets what is too old.
    void add(const MachineSnapshot &snapshot);
    bool isEmpty() const { return m_samples.empty(); }
    qint64 newestMs() const { return m_samples.empty() ? 0 : m_samples.back().monotonicMs; }
    std::size_t size() const { return m_samples.size(); }

    // The machine at time `ms`: the carriage interpolated linearly between the samples either
    // side, everything else from the older one. Before the first sample: the first; after the
    // last: the last. Must not be called when empty.
    MachineSnapshot at(qint64 ms) const;

private:
    std::deque<MachineSnapshot> m_samples;
    qint64 m_keepMs;
};

} // namespace reticle::sim
