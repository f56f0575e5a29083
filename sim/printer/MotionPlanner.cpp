#include "MotionPlanner.h"

#include <algorithm>
#include <cmath>

namespace reticle::sim {

MotionPlanner::MotionPlanner(double backlash, double noiseSigma, quint32 seed)
    : m_backlash(std::max(0.0, backlash))
    , m_noiseSigma(std::max(0.0, noiseSigma))
    , m_rng(seed)
{
}

MotionPlanner::Segment MotionPlanner::makeSegment(const Pos4 &target, double speed, double t0) const
{
    Segment s;
    s.t0 = t0;
    s.start = m_tailCmd;
    s.end = target;
    const double dx = target[0] - s.start[0];
    const double dy = target[1] - s.start[1];
    const double dz = target[2] - s.start[2];
    const double de = target[3] - s.start[3];
    double dist = std::sqrt(dx * dx + dy * dy + dz * dz);
    double velocity = std::min(speed, m_limits.maxVelocity);
    double accel = m_limits.maxAccel;
    if (dist < 1e-9) {
        dist = std::abs(de);
        s.extrudeOnly = true;
    } else if (std::abs(dz) > 1e-12) {
        const double ratio = dist / std::abs(dz);
        velocity = std::min(velocity, m_limits.maxZVelocity * ratio);
        accel = std::min(accel, m_limits.maxZAccel * ratio);
    }
    velocity = std::max(velocity, 1e-6);
    accel = std::max(accel, 1e-6);
    s.dist = dist;
    s.accel = accel;
    const double accelDist = velocity * velocity / accel; // accelerate + decelerate
    if (dist <= accelDist) {
        s.tAcc = std::sqrt(dist / accel);
        s.cruise = accel * s.tAcc;
        s.tCruise = 0.0;
    } else {
        s.tAcc = velocity / accel;
        s.cruise = velocity;
        s.tCruise = (dist - accelDist) / velocity;
    }
    s.tDec = s.tAcc;
    s.t1 = t0 + (s.tAcc + s.tCruise + s.tDec) * 1000.0;
    return s;
}

double MotionPlanner::appendSegment(Segment s, bool newNoise)
{
    s.playStart = m_tailPlay;
    s.noiseStart = m_tailNoise;
    const double half = m_backlash / 2.0;
    for (int i = 0; i < 3; ++i) {
        const double ideal = s.end[i] + m_shift[i];
        s.playEnd[i] = s.homing ? ideal : std::clamp(s.playStart[i], ideal - half, ideal + half);
        s.noiseEnd[i] = newNoise && m_noiseSigma > 0.0 ? m_normal(m_rng) * m_noiseSigma : s.noiseStart[i];
    }
    m_tailCmd = s.end;
    m_tailPlay = s.playEnd;
    m_tailNoise = s.noiseEnd;
    m_endMs = s.t1;
    m_segments.append(s);
    m_hasMoved = true;
    return s.t1;
}

double MotionPlanner::queueMove(const Pos4 &target, double speed, double nowMs)
{
    prune(nowMs);
    const double t0 = std::max(nowMs, m_endMs);
    Segment s = makeSegment(target, speed, t0);
    if (s.dist < 1e-12) {
        m_tailCmd = target;
        return t0;
    }
    return appendSegment(s, !s.extrudeOnly);
}

void MotionPlanner::queueDwell(double seconds, double nowMs)
{
    prune(nowMs);
    if (seconds <= 0.0)
        return;
    Segment s;
    s.t0 = std::max(nowMs, m_endMs);
    s.t1 = s.t0 + seconds * 1000.0;
    s.start = s.end = m_tailCmd;
    s.playStart = s.playEnd = m_tailPlay;
    s.noiseStart = s.noiseEnd = m_tailNoise;
    m_endMs = s.t1;
    m_segments.append(s);
}

double MotionPlanner::queueHoming(int axisMask, const Vec3 &endstop, double speed, double nowMs)
{
    prune(nowMs);
    // Re-reference the homed axes: commanded := where the carriage physically is.
    for (int i = 0; i < 3; ++i) {
        if (!(axisMask & (1 << i)))
            continue;
        const double here = m_tailPlay[i] + m_tailNoise[i];
        m_shift[i] = 0.0;
        m_tailCmd[i] = here;
        m_tailPlay[i] = here;
        m_tailNoise[i] = 0.0;
        if (m_segments.isEmpty()) {
            m_restCmd[i] = here;
            m_restPlay[i] = here;
            m_restNoise[i] = 0.0;
        }
    }
    double end = std::max(nowMs, m_endMs);
    for (int i = 0; i < 3; ++i) {
        if (!(axisMask & (1 << i)))
            continue;
        Pos4 target = m_tailCmd;
        target[i] = endstop[i];
        Segment s = makeSegment(target, speed, std::max(nowMs, m_endMs));
        s.homing = true;
        if (s.dist < 1e-12) {
            m_tailCmd = target;
            continue;
        }
        end = appendSegment(s, false);
    }
    return end;
}

void MotionPlanner::stopNow(double nowMs)
{
    const Pos4 liveNow = live(nowMs);
    const Segment *s = segmentAt(nowMs);
    Vec3 play = m_tailPlay, noise = m_tailNoise;
    if (s) {
        const double f = fraction(*s, nowMs);
        const double half = m_backlash / 2.0;
        for (int i = 0; i < 3; ++i) {
            const double ideal = liveNow[i] + m_shift[i];
            play[i] = s->homing ? ideal : std::clamp(s->playStart[i], ideal - half, ideal + half);
            noise[i] = s->noiseStart[i] + (s->noiseEnd[i] - s->noiseStart[i]) * f;
        }
    } else {
        prune(nowMs);
        play = m_restPlay;
        noise = m_restNoise;
    }
    if (isMoving(nowMs))
        m_lastMotionEndMs = nowMs;
    m_segments.clear();
    m_restCmd = liveNow;
    m_restPlay = play;
    m_restNoise = noise;
    // toolhead.position keeps the last commanded target; the physical state is frozen.
    m_tailPlay = play;
    m_tailNoise = noise;
    m_endMs = std::min(m_endMs, nowMs);
}

void MotionPlanner::loseReference(double nowMs)
{
    stopNow(nowMs);
    for (int i = 0; i < 3; ++i)
        m_shift[i] = m_restPlay[i];
    m_restCmd = Pos4{};
    m_tailCmd = Pos4{};
    m_hasMoved = false;
}

void MotionPlanner::setCommanded(const Pos4 &position)
{
    // Only used while idle: keeps the physical carriage where it is.
    for (int i = 0; i < 3; ++i)
        m_shift[i] += m_tailCmd[i] - position[i];
    m_tailCmd = position;
    if (m_segments.isEmpty())
        m_restCmd = position;
}

void MotionPlanner::prune(double nowMs)
{
    while (!m_segments.isEmpty() && m_segments.constFirst().t1 <= nowMs) {
        const Segment &s = m_segments.constFirst();
        m_restCmd = s.end;
        m_restPlay = s.playEnd;
        m_restNoise = s.noiseEnd;
        m_lastMotionEndMs = s.t1;
        m_segments.removeFirst();
    }
}

const MotionPlanner::Segment *MotionPlanner::segmentAt(double nowMs) const
{
    for (const Segment &s : m_segments) {
        if (nowMs < s.t0)
            return nullptr; // waiting between segments cannot happen (they are contiguous) but be safe
        if (nowMs < s.t1)
            return &s;
    }
    return nullptr;
}

double MotionPlanner::fraction(const Segment &s, double nowMs) const
{
    if (nowMs <= s.t0)
        return 0.0;
    if (nowMs >= s.t1)
        return 1.0;
    if (s.dist <= 0.0)
        return (nowMs - s.t0) / (s.t1 - s.t0);
    const double t = (nowMs - s.t0) / 1000.0;
    double d = 0.0;
    if (t < s.tAcc) {
        d = 0.5 * s.accel * t * t;
    } else if (t < s.tAcc + s.tCruise) {
        d = 0.5 * s.accel * s.tAcc * s.tAcc + s.cruise * (t - s.tAcc);
    } else {
        const double remaining = std::max(0.0, s.tAcc + s.tCruise + s.tDec - t);
        d = s.dist - 0.5 * s.accel * remaining * remaining;
    }
    return std::clamp(d / s.dist, 0.0, 1.0);
}

double MotionPlanner::speedAt(const Segment &s, double nowMs) const
{
    if (nowMs <= s.t0 || nowMs >= s.t1 || s.dist <= 0.0)
        return 0.0;
    const double t = (nowMs - s.t0) / 1000.0;
    if (t < s.tAcc)
        return s.accel * t;
    if (t < s.tAcc + s.tCruise)
        return s.cruise;
    return std::max(0.0, s.accel * (s.tAcc + s.tCruise + s.tDec - t));
}

MotionPlanner::Pos4 MotionPlanner::live(double nowMs) const
{
    Pos4 result = m_restCmd;
    for (const Segment &s : m_segments) {
        if (nowMs >= s.t1) {
            result = s.end;
            continue;
        }
        if (nowMs > s.t0) {
            const double f = fraction(s, nowMs);
            for (int i = 0; i < 4; ++i)
                result[i] = s.start[i] + (s.end[i] - s.start[i]) * f;
        }
        break;
    }
    return result;
}

double MotionPlanner::liveVelocity(double nowMs) const
{
    const Segment *s = segmentAt(nowMs);
    return s && !s->extrudeOnly ? speedAt(*s, nowMs) : 0.0;
}

double MotionPlanner::liveExtruderVelocity(double nowMs) const
{
    const Segment *s = segmentAt(nowMs);
    if (!s || s->dist <= 0.0)
        return 0.0;
    return speedAt(*s, nowMs) * (s->end[3] - s->start[3]) / s->dist;
}

MotionPlanner::Vec3 MotionPlanner::physical(double nowMs) const
{
    Vec3 play = m_restPlay, noise = m_restNoise;
    const double half = m_backlash / 2.0;
    for (const Segment &s : m_segments) {
        if (nowMs >= s.t1) {
            play = s.playEnd;
            noise = s.noiseEnd;
            continue;
        }
        if (nowMs > s.t0) {
            const double f = fraction(s, nowMs);
            for (int i = 0; i < 3; ++i) {
                const double ideal = s.start[i] + (s.end[i] - s.start[i]) * f + m_shift[i];
                play[i] = s.homing ? ideal : std::clamp(s.playStart[i], ideal - half, ideal + half);
                noise[i] = s.noiseStart[i] + (s.noiseEnd[i] - s.noiseStart[i]) * f;
            }
        }
        break;
    }
    return Vec3{play[0] + noise[0], play[1] + noise[1], play[2] + noise[2]};
}

MotionPlanner::Vec3 MotionPlanner::physicalAtEnd() const
{
    return Vec3{m_tailPlay[0] + m_tailNoise[0], m_tailPlay[1] + m_tailNoise[1], m_tailPlay[2] + m_tailNoise[2]};
}

double MotionPlanner::lastMotionEndMs(double nowMs) const
{
    double last = m_lastMotionEndMs;
    for (const Segment &s : m_segments) {
        if (s.t1 <= nowMs)
            last = s.t1;
    }
    return last;
}

} // namespace reticle::sim
