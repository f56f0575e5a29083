#pragma once

namespace reticle {

// When to try again after a connection drops: 1 s, 2 s, 4 s, then every 8 s until a connection
// succeeds (reset()). Kept apart from the client so that the schedule is tested on its own.
class ReconnectPolicy
{
public:
    explicit ReconnectPolicy(int initialDelayMs = 1000, int maximumDelayMs = 8000);

    int nextDelayMs();
    void reset() { m_attempt = 0; }
    int attempts() const { return m_attempt; }
    int initialDelayMs() const { return m_initialDelayMs; }
    int maximumDelayMs() const { return m_maximumDelayMs; }

private:
    int m_initialDelayMs;
    int m_maximumDelayMs;
    int m_attempt = 0;
};

} // namespace reticle
