#pragma once

#include "base/ReconnectPolicy.h"

#include <QObject>
#include <QString>
#include <QTimer>

namespace reticle {

// The life of a camera stream as explicit states. The source reports what happens (opened,
// frame, failure); the machine decides what comes next and asks the source to open or close the
// connection. A frame watchdog turns silence into Stalled, and a longer silence into a
// reconnect; failures reconnect with the ReconnectPolicy's backoff.
//
//   Idle -start-> Connecting -frame-> Streaming -no frame for stallMs-> Stalled -frame-> Streaming
//   Connecting/Streaming/Stalled -failure or silence-> Reconnecting -backoff-> Connecting
//   any -permanent failure or policy exhausted-> Failed;   any -stop-> Idle
class StreamStateMachine : public QObject
{
    Q_OBJECT
public:
    enum class State { Idle, Connecting, Streaming, Stalled, Reconnecting, Failed };
    Q_ENUM(State)

    struct Timing
    {
        int connectTimeoutMs = 8000;   // Connecting without a frame
        int stallMs = 2000;            // Streaming without a frame -> Stalled
        int reconnectAfterStallMs = 6000; // Stalled this long -> reconnect
    };

    explicit StreamStateMachine(QObject *parent = nullptr);

    State state() const { return m_state; }
    QString lastError() const { return m_lastError; }
    static QString stateName(State state); // translated, for the UI

    void setTiming(const Timing &timing);
    Timing timing() const { return m_timing; }
    void setPolicy(const ReconnectPolicy &policy) { m_policy = policy; }
    const ReconnectPolicy &policy() const { return m_policy; }
    int pendingRetryMs() const; // remaining backoff while Reconnecting, else -1

public slots:
    void start();
    void stop();
    void frameReceived();
    void connectionFailed(const QString &reason, bool permanent = false);

signals:
    void stateChanged(reticle::StreamStateMachine::State state, reticle::StreamStateMachine::State previous);
    void openRequested();   // the source should (re)open its connection now
    void closeRequested();  // the source should drop its connection now
    void reconnectScheduled(int delayMs, int attempt);

private:
    void setState(State state);
    void onWatchdog();
    void onRetry();
    void scheduleReconnect(const QString &reason, bool permanent);

    State m_state = State::Idle;
    Timing m_timing;
    ReconnectPolicy m_policy;
    QTimer m_watchdog;
    QTimer m_retry;
    QString m_lastError;
};

using StreamState = StreamStateMachine::State;

} // namespace reticle
