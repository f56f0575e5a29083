#include "SettledDetection.h"

#include <algorithm>
#include <cmath>

namespace reticle {

SettledDetection::SettledDetection(int maxMisses, bool missesInARow, double tolerancePx)
    : m_tolerancePx(std::max(0.0, tolerancePx))
    , m_maxMisses(std::max(1, maxMisses))
    , m_missesInARow(missesInARow)
{
}

void SettledDetection::setSettling(int frames, double tolerancePx, int maxFrames)
{
    m_settleFrames = std::max(1, frames);
    m_tolerancePx = std::max(0.0, tolerancePx);
    m_maxFrames = std::max(m_settleFrames, maxFrames);
}

void SettledDetection::reset()
{
    m_window.clear();
    m_framesSeen = 0;
    m_misses = 0;
}

std::optional<ProbeResult> SettledDetection::add(const Detection &detection)
{
    ++m_framesSeen;
    if (!detection.found) {
        // A frame blurred by ringing (or still showing the travel) may hide what is looked for:
        // allow a few, then report it.
        if (++m_misses >= m_maxMisses || m_framesSeen >= m_maxFrames) {
            ProbeResult result;
            result.pixel = QPointF(detection.x, detection.y);
            result.reason = detection.statusText();
            return result;
        }
        m_window.clear();
        return std::nullopt;
    }
    if (m_missesInARow)
        m_misses = 0;
    m_lastConfidence = detection.confidence;
    m_window.append(QPointF(detection.x, detection.y));
    if (m_window.size() > m_settleFrames)
        m_window.removeFirst();
    if (m_window.size() == m_settleFrames) {
        double spread = 0.0;
        for (const QPointF &a : std::as_const(m_window))
            for (const QPointF &b : std::as_const(m_window))
                spread = std::max(spread, std::hypot(a.x() - b.x(), a.y() - b.y()));
        if (spread <= m_tolerancePx) {
            QPointF mean;
            for (const QPointF &p : std::as_const(m_window))
                mean += p;
            mean /= double(m_window.size());
            ProbeResult result;
            result.found = true;
            result.pixel = mean;
            result.confidence = m_lastConfidence;
            return result;
        }
    }
    if (m_framesSeen >= m_maxFrames) {
        ProbeResult result;
        result.pixel = m_window.constLast();
        result.reason = tr("The image did not settle within %1 frames.").arg(m_maxFrames);
        return result;
    }
    return std::nullopt;
}

} // namespace reticle
