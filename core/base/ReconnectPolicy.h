#pragma once

namespace reticle {

// When to try again after a connection (printer or camera) failed: exponential backoff from 1 s doubling to
// 8 s (QGroundControl's restart policy), reset once frames flow. Optionally gives up after a
// number of attempts (0 = never).
class ReconnectPolicy
{
public:
    ReconnectPolicy(int initialDelayMs = 1000, int maximumDelayMs = 8000, int maxAttempts = 0);

    // The delay before the next attempt, and counts it.
    int nextDelayMs();
    bool exhausted() const { return m_maxAttempts > 0 && m_attempts >= m_maxAttempts; }
    int attempts() const { return m_attempts; }
    void reset() { m_attempts = 0; }

    int initialDelayMs() const { return m_initialDelayMs; }
    int maximumDelayMs() const { return m_maximumDelayMs; }

private:
    int m_initialDelayMs;
    int m_maximumDelayMs;
    int m_maxAttempts;
    int m_attempts = 0;
};

} // namespace reticle
