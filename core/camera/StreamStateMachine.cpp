#include "StreamStateMachine.h"

#include "CameraLogging.h"

#include <QCoreApplication>

namespace reticle {

StreamStateMachine::StreamStateMachine(QObject *parent)
    : QObject(parent)
    , m_watchdog(this)
    , m_retry(this)
{
    m_watchdog.setSingleShot(true);
    m_retry.setSingleShot(true);
    connect(&m_watchdog, &QTimer::timeout, this, &StreamStateMachine::onWatchdog);
    connect(&m_retry, &QTimer::timeout, this, &StreamStateMachine::onRetry);
}

QString StreamStateMachine::stateName(State state)
{
    switch (state) {
    case State::Idle:
        return QCoreApplication::translate("StreamStateMachine", "idle");
    case State::Connecting:
        return QCoreApplication::translate("StreamStateMachine", "connecting");
    case State::Streaming:
        return QCoreApplication::translate("StreamStateMachine", "streaming");
    case State::Stalled:
        return QCoreApplication::translate("StreamStateMachine", "stalled");
    case State::Reconnecting:
        return QCoreApplication::translate("StreamStateMachine", "reconnecting");
    case State::Failed:
        return QCoreApplication::translate("StreamStateMachine", "failed");
    }
    return {};
}

void StreamStateMachine::setTiming(const Timing &timing)
{
    m_timing = timing;
}

int StreamStateMachine::pendingRetryMs() const
{
    return m_state == State::Reconnecting && m_retry.isActive() ? m_retry.remainingTime() : -1;
}

void StreamStateMachine::setState(State state)
{
    if (state == m_state)
        return;
    const State previous = m_state;
    m_state = state;
    qCDebug(lcCamera) << "stream state" << previous << "->" << state;
    emit stateChanged(state, previous);
}

void StreamStateMachine::start()
{
    if (m_state != State::Idle && m_state != State::Failed)
        return;
    m_policy.reset();
    m_lastError.clear();
    m_retry.stop();
    setState(State::Connecting);
    m_watchdog.start(m_timing.connectTimeoutMs);
    emit openRequested();
}

void StreamStateMachine::stop()
{
    m_watchdog.stop();
    m_retry.stop();
    if (m_state == State::Idle)
        return;
    emit closeRequested();
    setState(State::Idle);
}

void StreamStateMachine::frameReceived()
{
    switch (m_state) {
    case State::Connecting:
    case State::Stalled:
        m_policy.reset();
        setState(State::Streaming);
        [[fallthrough]];
    case State::Streaming:
        m_watchdog.start(m_timing.stallMs);
        break;
    case State::Idle:
    case State::Reconnecting:
    case State::Failed:
        break; // a late frame from a connection being torn down
    }
}

void StreamStateMachine::connectionFailed(const QString &reason, bool permanent)
{
    if (m_state == State::Idle || m_state == State::Failed || m_state == State::Reconnecting)
        return;
    scheduleReconnect(reason, permanent);
}

void StreamStateMachine::scheduleReconnect(const QString &reason, bool permanent)
{
    m_lastError = reason;
    m_watchdog.stop();
    emit closeRequested();
    if (permanent || m_policy.exhausted()) {
        qCWarning(lcCamera).noquote() << "camera stream failed:" << reason;
        setState(State::Failed);
        return;
    }
    const int delay = m_policy.nextDelayMs();
    qCInfo(lcCamera).noquote() << "camera stream lost (" << reason << "); retrying in" << delay << "ms";
    setState(State::Reconnecting);
    m_retry.start(delay);
    emit reconnectScheduled(delay, m_policy.attempts());
}

void StreamStateMachine::onWatchdog()
{
    switch (m_state) {
    case State::Connecting:
        scheduleReconnect(QCoreApplication::translate("StreamStateMachine", "No frame within %1 s of connecting.")
                              .arg(m_timing.connectTimeoutMs / 1000.0, 0, 'f', 1),
                          false);
        break;
    case State::Streaming:
        setState(State::Stalled);
        m_watchdog.start(std::max(m_timing.reconnectAfterStallMs - m_timing.stallMs, 1));
        break;
    case State::Stalled:
        scheduleReconnect(QCoreApplication::translate("StreamStateMachine", "No frame for %1 s.")
                              .arg(m_timing.reconnectAfterStallMs / 1000.0, 0, 'f', 1),
                          false);
        break;
    case State::Idle:
    case State::Reconnecting:
    case State::Failed:
        break;
    }
}

void StreamStateMachine::onRetry()
{
    if (m_state != State::Reconnecting)
        return;
    setState(State::Connecting);
    m_watchdog.start(m_timing.connectTimeoutMs);
    emit openRequested();
}

} // namespace reticle
