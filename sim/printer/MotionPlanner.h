#pragma once

#include <QVector>
#include <QtGlobal>

#include <array>
#include <random>

namespace reticle::sim {

// The toolhead's motion queue in simulated real time. Every move is a trapezoid (accelerate,
// cruise, decelerate to a stop) that starts when the previous one ends, so the requested
// position moves over time the way motion_report.live_position does. Alongside the requested
// (commanded) position it tracks the physical carriage: commanded + reference shift, with
// backlash (a dead band of width `backlash` per axis) and a gaussian error drawn per move.
// Times are milliseconds on a monotonic clock supplied by the caller. Not thread-safe.
class MotionPlanner
{
public:
    using Pos4 = std::array<double, 4>; // x, y, z, e
    using Vec3 = std::array<double, 3>;

    struct Limits
    {
        double maxVelocity, maxAccel, maxZVelocity, maxZAccel;
    };

    MotionPlanner(double backlash, double noiseSigma, quint32 seed);

    void setLimits(const Limits &limits) { m_limits = limits; }
    const Limits &limits() const { return m_limits; }

    // Queues a straight move from the end of the queue to `target` at up to `speed` mm/s.
    // Returns the time at which it will have finished (== start for zero-length moves).
    double queueMove(const Pos4 &target, double speed, double nowMs);
    // Queues a pause of the motion queue (G4).
    void queueDwell(double seconds, double nowMs);
    // Homes the given axes (bit 0 = x ...): the carriage moves from where it physically is to
    // `endstop` at `speed`; afterwards commanded == physical on those axes. Queue must be idle.
    double queueHoming(int axisMask, const Vec3 &endstop, double speed, double nowMs);

    // Stops at once (shutdown): the carriage stays where it is now, the queue is dropped.
    void stopNow(double nowMs);
    // A restarted host knows nothing: commanded becomes 0,0,0,0, the carriage stays put.
    void loseReference(double nowMs);
    // toolhead.set_position: redefines the commanded position without motion.
    void setCommanded(const Pos4 &position);

    Pos4 commanded() const { return m_tailCmd; }   // end of the queue (toolhead.position)
    Pos4 live(double nowMs) const;                 // requested position now (live_position)
    double liveVelocity(double nowMs) const;       // xyz speed now, mm/s
    double liveExtruderVelocity(double nowMs) const;
    Vec3 physical(double nowMs) const;             // physical carriage now
    Vec3 physicalAtEnd() const;                    // physical carriage once the queue has run
    bool isMoving(double nowMs) const { return nowMs < m_endMs; }
    double endMs() const { return m_endMs; }
    double lastMotionEndMs(double nowMs) const;
    bool hasMoved() const { return m_hasMoved; }

    // Drops finished segments.
    void prune(double nowMs);

private:
    struct Segment
    {
        double t0 = 0.0, t1 = 0.0; // ms
        Pos4 start{}, end{};
        double dist = 0.0, accel = 0.0, cruise = 0.0; // mm, mm/s^2, mm/s
        double tAcc = 0.0, tCruise = 0.0, tDec = 0.0; // s
        Vec3 playStart{}, playEnd{}, noiseStart{}, noiseEnd{};
        bool homing = false;
        bool extrudeOnly = false;
    };

    double fraction(const Segment &s, double nowMs) const;
    double speedAt(const Segment &s, double nowMs) const;
    const Segment *segmentAt(double nowMs) const;
    Segment makeSegment(const Pos4 &target, double speed, double t0) const;
    double appendSegment(Segment segment, bool newNoise);

    Limits m_limits{300.0, 3000.0, 15.0, 100.0};
    double m_backlash;
    double m_noiseSigma;
    std::mt19937 m_rng;
    std::normal_distribution<double> m_normal{0.0, 1.0};

    QVector<Segment> m_segments;
    // State before the first queued segment ("rest") and at the end of the queue ("tail").
    Pos4 m_restCmd{};
    Vec3 m_restPlay{}, m_restNoise{};
    Pos4 m_tailCmd{};
    Vec3 m_tailPlay{}, m_tailNoise{};
    Vec3 m_shift{}; // physical ideal = commanded + shift (non-zero only while unreferenced)
    double m_endMs = 0.0;
    double m_lastMotionEndMs = 0.0;
    bool m_hasMoved = false;
};

} // namespace reticle::sim
