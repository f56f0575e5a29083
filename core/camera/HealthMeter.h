#pragma once

#include "StreamHealth.h"

#include <deque>

namespace reticle {

// Collects per-frame figures and turns them into StreamHealth over a sliding window. Pure: the
// caller passes the times (monotonic nanoseconds), so tests can feed recorded timings.
class HealthMeter
{
public:
    explicit HealthMeter(qint64 windowNs = 2'000'000'000);

    void frameDelivered(qint64 nowNs, qsizetype bytes, double decodeMs, double latencyMs, int width, int height);
    void framesDropped(qint64 nowNs, qsizetype bytes, int count = 1);
    void bytesReceived(qsizetype bytes) { m_totalBytes += static_cast<quint64>(bytes); }
    void reconnected() { ++m_reconnects; }
    void errorSeen() { ++m_errors; }
    void reset();

    StreamHealth health(qint64 nowNs) const;

private:
    struct Event
    {
        qint64 timeNs;
        qsizetype bytes;
        double decodeMs;
        double latencyMs;
        int dropped; // 0 for a delivered frame
    };
    void prune(qint64 nowNs);

    qint64 m_windowNs;
    std::deque<Event> m_events;
    quint64 m_delivered = 0;
    quint64 m_dropped = 0;
    quint64 m_totalBytes = 0;
    quint64 m_reconnects = 0;
    quint64 m_errors = 0;
    qint64 m_firstEventNs = -1;
    int m_width = 0;
    int m_height = 0;
};

} // namespace reticle
