#include "HealthMeter.h"

#include <algorithm>

namespace reticle {

HealthMeter::HealthMeter(qint64 windowNs)
    : m_windowNs(std::max<qint64>(windowNs, 1))
{
}

void HealthMeter::reset()
{
    *this = HealthMeter(m_windowNs);
}

void HealthMeter::prune(qint64 nowNs)
{
    while (!m_events.empty() && m_events.front().timeNs < nowNs - m_windowNs)
        m_events.pop_front();
    // Bound memory even if the clock misbehaves.
    while (m_events.size() > 100000)
        m_events.pop_front();
}

void HealthMeter::frameDelivered(qint64 nowNs, qsizetype bytes, double decodeMs, double latencyMs, int width,
                                 int height)
{
    if (m_firstEventNs < 0)
        m_firstEventNs = nowNs;
    ++m_delivered;
    m_width = width;
    m_height = height;
    m_events.push_back({nowNs, bytes, decodeMs, latencyMs, 0});
    prune(nowNs);
}

void HealthMeter::framesDropped(qint64 nowNs, qsizetype bytes, int count)
{
    if (count <= 0)
        return;
    if (m_firstEventNs < 0)
        m_firstEventNs = nowNs;
    m_dropped += static_cast<quint64>(count);
    m_events.push_back({nowNs, bytes, -1.0, -1.0, count});
    prune(nowNs);
}

StreamHealth HealthMeter::health(qint64 nowNs) const
{
    StreamHealth h;
    h.framesDelivered = m_delivered;
    h.framesDropped = m_dropped;
    h.bytesReceived = m_totalBytes;
    h.reconnects = m_reconnects;
    h.errors = m_errors;
    h.width = m_width;
    h.height = m_height;
    if (m_firstEventNs < 0)
        return h;
    // The window is shorter while the stream is young, but never under 250 ms: two frames that
    // arrive a millisecond apart at connect time are not a 2000 fps stream (at most 8 fps here).
    const qint64 minimumNs = std::min<qint64>(m_windowNs, 250'000'000);
    const qint64 span = std::min(m_windowNs, std::max<qint64>(nowNs - m_firstEventNs, minimumNs));
    const double seconds = double(span) / 1e9;
    int delivered = 0;
    int dropped = 0;
    qint64 bytes = 0;
    double decodeSum = 0;
    int decodeCount = 0;
    double latencySum = 0;
    int latencyCount = 0;
    for (const Event &e : m_events) {
        if (e.timeNs < nowNs - span)
            continue;
        bytes += e.bytes;
        if (e.dropped > 0) {
            dropped += e.dropped;
            continue;
        }
        ++delivered;
        if (e.decodeMs >= 0) {
            decodeSum += e.decodeMs;
            ++decodeCount;
        }
        if (e.latencyMs >= 0) {
            latencySum += e.latencyMs;
            ++latencyCount;
        }
    }
    h.fps = delivered / seconds;
    h.receivedFps = (delivered + dropped) / seconds;
    h.bitrateKbps = double(bytes) * 8.0 / 1000.0 / seconds;
    h.dropRatio = delivered + dropped > 0 ? double(dropped) / double(delivered + dropped) : 0.0;
    h.decodeMs = decodeCount > 0 ? decodeSum / decodeCount : -1.0;
    h.latencyMs = latencyCount > 0 ? latencySum / latencyCount : -1.0;
    return h;
}

} // namespace reticle
