#pragma once

#include "CameraProfile.h"
#include "Frame.h"
#include "FrameDecoder.h"
#include "HealthMeter.h"
#include "StreamHealth.h"
#include "StreamStateMachine.h"

#include <QMutex>
#include <QObject>
#include <QTimer>
#include <QVariantMap>

#include <atomic>

namespace reticle {

// The seam every camera hides behind: frames plus health. Concrete sources open a connection
// and hand encoded or raw frames to deliverJpeg()/deliverImage(); this class decodes them,
// orients them, stamps them, counts them and runs the stream state machine.
//
// Threads: a source lives on a camera thread (see CameraThread); start()/stop() are slots, so
// call them queued. latestFrame(), health(), state() and lastError() are safe from any thread.
// frameDecoded is emitted on the camera thread for every frame; consumers that must not queue
// up frames connect a FrameMailbox (latest-frame-wins) rather than a queued slot.
class FrameSource : public QObject
{
    Q_OBJECT
public:
    explicit FrameSource(const CameraProfile &profile, QObject *parent = nullptr);
    ~FrameSource() override;

    const CameraProfile &profile() const { return m_profile; }
    StreamState state() const { return m_state.load(); }
    QString lastError() const;
    Frame latestFrame() const;
    StreamHealth health() const;
    // What the source learned about the stream (content type, boundary, ...), for probe-camera.
    QVariantMap details() const;
    StreamStateMachine *stateMachine() { return &m_machine; }
    // A short name for the kind of source ("MJPEG over HTTP", ...).
    virtual QString kindName() const = 0;
    // False when frames carry no capture time and arrive several frames after it (Qt Multimedia:
    // RTSP, a camera on this computer), so "the first frame after T" may predate T.
    virtual bool capturesTimed() const { return true; }

public slots:
    void start();
    void stop();

signals:
    void frameDecoded(const reticle::Frame &frame);
    void stateChanged(reticle::StreamStateMachine::State state);
    void healthUpdated(const reticle::StreamHealth &health);
    void errorOccurred(const QString &message);

protected:
    struct FrameInfo
    {
        qint64 arrivalNs = 0;
        std::optional<double> sourceTimestamp;
        qint64 captureNs = -1;   // when the source knows better than the arrival time
        double knownLatencyMs = -1; // server-side latency the source can tell (ustreamer headers)
        qsizetype encodedBytes = 0;
        QList<QPair<QByteArray, QByteArray>> headers;
    };

    virtual void openConnection() = 0;
    virtual void closeConnection() = 0;

    // Decode + orient + publish. Returns false when the data could not be decoded (reported).
    bool deliverJpeg(const QByteArray &jpeg, FrameInfo info);
    bool deliverImage(const QImage &image, FrameInfo info);
    // Frames received but skipped in favour of a newer one.
    void countDropped(int count, qsizetype bytes);
    void countBytes(qsizetype bytes);
    // A problem that does not end the connection (a corrupt frame, an oversized part). At most
    // ten a second are logged and emitted; all are counted in the health figures.
    void reportError(const QString &message);
    // The connection is gone or unusable; the state machine decides whether to retry.
    void reportConnectionLost(const QString &reason, bool permanent = false);
    void setDetail(const QString &key, const QVariant &value);
    bool isActive() const;

private:
    void publish(Frame frame, double knownLatencyMs);
    void onStateChanged(StreamState state, StreamState previous);
    void emitHealth();

    CameraProfile m_profile;
    FrameDecoder m_decoder;
    StreamStateMachine m_machine;
    QTimer m_healthTimer;
    HealthMeter m_meter;
    quint64 m_sequence = 0;
    std::optional<qint64> m_clockOffsetNs; // min(arrival - source timestamp) since connecting
    static constexpr int kMaxErrorsPerSecond = 10;
    qint64 m_errorWindowStartNs = 0;
    int m_errorsInWindow = 0;
    int m_errorsSuppressed = 0;
    std::atomic<StreamState> m_state{StreamState::Idle};
    mutable QMutex m_mutex; // guards the members below
    Frame m_latest;
    StreamHealth m_health;
    QString m_lastError;
    QVariantMap m_details;
};

} // namespace reticle
