#pragma once

#include <QMetaType>
#include <QString>

namespace reticle {

// Limits that turn health figures into a level. A figure that is unknown (negative) never
// degrades the level.
struct HealthThresholds
{
    double degradedFps = 5.0;
    double criticalFps = 1.0;
    double degradedDropRatio = 0.2;   // dropped / (delivered + dropped)
    double criticalDropRatio = 0.6;
    double degradedLatencyMs = 250.0;
    double criticalLatencyMs = 1000.0;
    double degradedDecodeMs = 50.0;
    double criticalDecodeMs = 200.0;
};

// The health of a stream as plain data: measured over the last couple of seconds, except the
// totals.
struct StreamHealth
{
    enum class Level { Unknown, Good, Degraded, Critical };

    double fps = 0.0;              // frames delivered per second
    double receivedFps = 0.0;      // frames received (delivered + dropped) per second
    double decodeMs = -1.0;        // mean decode + orientation time
    double latencyMs = -1.0;       // mean capture -> delivered estimate; negative when unknown
    double bitrateKbps = 0.0;      // encoded bytes received, kbit/s
    double dropRatio = 0.0;        // of the frames received in the window, the share not delivered
    quint64 framesDelivered = 0;   // totals since the source started
    quint64 framesDropped = 0;
    quint64 bytesReceived = 0;
    quint64 reconnects = 0;
    quint64 errors = 0;
    int width = 0;
    int height = 0;

    Level level(const HealthThresholds &thresholds = {}) const;
    // One line for a status bar: "30.0 fps · 12 ms · 2.1 Mbit/s".
    QString summary() const;
    static QString levelName(Level level);
};

} // namespace reticle

Q_DECLARE_METATYPE(reticle::StreamHealth)
