#include "StreamHealth.h"

#include <QCoreApplication>

namespace reticle {

StreamHealth::Level StreamHealth::level(const HealthThresholds &t) const
{
    if (framesDelivered == 0)
        return Level::Unknown;
    auto worse = [](Level a, Level b) { return static_cast<int>(a) > static_cast<int>(b) ? a : b; };
    Level result = Level::Good;
    if (fps < t.criticalFps)
        result = worse(result, Level::Critical);
    else if (fps < t.degradedFps)
        result = worse(result, Level::Degraded);
    if (dropRatio >= t.criticalDropRatio)
        result = worse(result, Level::Critical);
    else if (dropRatio >= t.degradedDropRatio)
        result = worse(result, Level::Degraded);
    if (latencyMs >= 0) {
        if (latencyMs >= t.criticalLatencyMs)
            result = worse(result, Level::Critical);
        else if (latencyMs >= t.degradedLatencyMs)
            result = worse(result, Level::Degraded);
    }
    if (decodeMs >= 0) {
        if (decodeMs >= t.criticalDecodeMs)
            result = worse(result, Level::Critical);
        else if (decodeMs >= t.degradedDecodeMs)
            result = worse(result, Level::Degraded);
    }
    return result;
}

QString StreamHealth::summary() const
{
    QString text = QCoreApplication::translate("StreamHealth", "%1 fps").arg(fps, 0, 'f', 1);
    if (latencyMs >= 0)
        text += QCoreApplication::translate("StreamHealth", " · %1 ms latency").arg(latencyMs, 0, 'f', 0);
    if (bitrateKbps > 0)
        text += QCoreApplication::translate("StreamHealth", " · %1 Mbit/s").arg(bitrateKbps / 1000.0, 0, 'f', 1);
    return text;
}

QString StreamHealth::levelName(Level level)
{
    switch (level) {
    case Level::Unknown:
        return QCoreApplication::translate("StreamHealth", "unknown");
    case Level::Good:
        return QCoreApplication::translate("StreamHealth", "good");
    case Level::Degraded:
        return QCoreApplication::translate("StreamHealth", "degraded");
    case Level::Critical:
        return QCoreApplication::translate("StreamHealth", "critical");
    }
    return {};
}

} // namespace reticle
