#include "base/ReconnectPolicy.h"

#include <algorithm>

namespace reticle {

ReconnectPolicy::ReconnectPolicy(int initialDelayMs, int maximumDelayMs, int maxAttempts)
    : m_initialDelayMs(std::max(initialDelayMs, 1))
    , m_maximumDelayMs(std::max(maximumDelayMs, std::max(initialDelayMs, 1)))
    , m_maxAttempts(std::max(maxAttempts, 0))
{
}

int ReconnectPolicy::nextDelayMs()
{
    const int shift = std::min(m_attempts, 20);
    ++m_attempts;
    const long long delay = static_cast<long long>(m_initialDelayMs) << shift;
    return static_cast<int>(std::min<long long>(delay, m_maximumDelayMs));
}

} // namespace reticle
