#include "ReconnectPolicy.h"

#include <algorithm>

namespace reticle {

ReconnectPolicy::ReconnectPolicy(int initialDelayMs, int maximumDelayMs)
    : m_initialDelayMs(std::max(1, initialDelayMs))
    , m_maximumDelayMs(std::max(m_initialDelayMs, maximumDelayMs))
{
}

int ReconnectPolicy::nextDelayMs()
{
    long long delay = m_initialDelayMs;
    for (int i = 0; i < m_attempt && delay < m_maximumDelayMs; ++i)
        delay *= 2;
    ++m_attempt;
    return int(std::min<long long>(delay, m_maximumDelayMs));
}

} // namespace reticle
