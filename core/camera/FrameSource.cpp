#include "FrameSource.h"

#include "CameraLogging.h"

#include <QDateTime>
#include <QMutexLocker>

#include <cmath>

namespace reticle {

FrameSource::FrameSource(const CameraProfile &profile, QObject *parent)
    : QObject(parent)
    , m_profile(profile)
    , m_machine(this)
    , m_healthTimer(this)
{
    qRegisterMetaType<reticle::Frame>();
    qRegisterMetaType<reticle::StreamHealth>();
    qRegisterMetaType<reticle::StreamStateMachine::State>();
    m_decoder.setOrientation(profile.flipHorizontal, profile.flipVertical, profile.rotation);
    connect(&m_machine, &StreamStateMachine::openRequested, this, [this] {
        m_clockOffsetNs.reset();
        openConnection();
    });
    connect(&m_machine, &StreamStateMachine::closeRequested, this, [this] { closeConnection(); });
    connect(&m_machine, &StreamStateMachine::stateChanged, this, &FrameSource::onStateChanged);
    m_healthTimer.setInterval(1000);
    connect(&m_healthTimer, &QTimer::timeout, this, &FrameSource::emitHealth);
}

FrameSource::~FrameSource() = default;

void FrameSource::start()
{
    m_healthTimer.start();
    m_machine.start();
}

void FrameSource::stop()
{
    m_healthTimer.stop();
    m_machine.stop();
    emitHealth();
}

bool FrameSource::isActive() const
{
    const StreamState s = m_state.load();
    return s == StreamState::Connecting || s == StreamState::Streaming || s == StreamState::Stalled;
}

QString FrameSource::lastError() const
{
    QMutexLocker lock(&m_mutex);
    return m_lastError;
}

Frame FrameSource::latestFrame() const
{
    QMutexLocker lock(&m_mutex);
    return m_latest;
}

StreamHealth FrameSource::health() const
{
    QMutexLocker lock(&m_mutex);
    return m_health;
}

QVariantMap FrameSource::details() const
{
    QMutexLocker lock(&m_mutex);
    return m_details;
}

void FrameSource::setDetail(const QString &key, const QVariant &value)
{
    QMutexLocker lock(&m_mutex);
    m_details.insert(key, value);
}

void FrameSource::onStateChanged(StreamState state, StreamState previous)
{
    m_state.store(state);
    if (state == StreamState::Reconnecting || state == StreamState::Failed) {
        const QString reason = m_machine.lastError();
        {
            QMutexLocker lock(&m_mutex);
            m_lastError = reason;
        }
        if (state == StreamState::Reconnecting)
            m_meter.reconnected();
    }
    Q_UNUSED(previous)
    emit stateChanged(state);
    emitHealth();
}

void FrameSource::emitHealth()
{
    const StreamHealth h = m_meter.health(monotonicNowNs());
    {
        QMutexLocker lock(&m_mutex);
        m_health = h;
    }
    emit healthUpdated(h);
}

void FrameSource::countDropped(int count, qsizetype bytes)
{
    m_meter.framesDropped(monotonicNowNs(), bytes, count);
}

void FrameSource::countBytes(qsizetype bytes)
{
    m_meter.bytesReceived(bytes);
}

void FrameSource::reportError(const QString &message)
{
    m_meter.errorSeen();
    {
        QMutexLocker lock(&m_mutex);
        m_lastError = message;
    }
    // A garbage stream can produce an error per part; pass on at most kMaxErrorsPerSecond and
    // sum up the rest, so neither the log nor the GUI's event queue floods.
    const qint64 now = monotonicNowNs();
    if (now - m_errorWindowStartNs > 1'000'000'000) {
        if (m_errorsSuppressed > 0)
            qCWarning(lcCamera).noquote() << m_profile.name << m_errorsSuppressed << "more errors in the last second";
        m_errorWindowStartNs = now;
        m_errorsInWindow = 0;
        m_errorsSuppressed = 0;
    }
    if (++m_errorsInWindow > kMaxErrorsPerSecond) {
        ++m_errorsSuppressed;
        return;
    }
    qCWarning(lcCamera).noquote() << m_profile.name << message;
    emit errorOccurred(message);
}

void FrameSource::reportConnectionLost(const QString &reason, bool permanent)
{
    m_meter.errorSeen();
    {
        QMutexLocker lock(&m_mutex);
        m_lastError = reason;
    }
    emit errorOccurred(reason);
    m_machine.connectionFailed(reason, permanent);
}

bool FrameSource::deliverJpeg(const QByteArray &jpeg, FrameInfo info)
{
    const qint64 begin = monotonicNowNs();
    QString error;
    Frame frame;
    frame.image = m_decoder.decodeJpeg(jpeg, &error);
    if (frame.image.isNull()) {
        reportError(error);
        return false;
    }
    frame.decodeMs = double(monotonicNowNs() - begin) / 1e6;
    frame.arrivalNs = info.arrivalNs;
    frame.sourceTimestamp = info.sourceTimestamp;
    frame.encodedBytes = info.encodedBytes;
    frame.headers = std::move(info.headers);
    frame.captureNs = info.captureNs;
    publish(std::move(frame), info.knownLatencyMs);
    return true;
}

bool FrameSource::deliverImage(const QImage &image, FrameInfo info)
{
    const qint64 begin = monotonicNowNs();
    Frame frame;
    frame.image = m_decoder.orient(image);
    if (frame.image.isNull()) {
        reportError(tr("An empty video frame."));
        return false;
    }
    frame.decodeMs = double(monotonicNowNs() - begin) / 1e6;
    frame.arrivalNs = info.arrivalNs;
    frame.sourceTimestamp = info.sourceTimestamp;
    frame.encodedBytes = info.encodedBytes;
    frame.headers = std::move(info.headers);
    frame.captureNs = info.captureNs;
    publish(std::move(frame), info.knownLatencyMs);
    return true;
}

void FrameSource::publish(Frame frame, double knownLatencyMs)
{
    if (!isActive())
        return; // a late frame after stop() or during a reconnect
    const qint64 now = monotonicNowNs();
    frame.sequence = ++m_sequence;
    if (frame.arrivalNs <= 0)
        frame.arrivalNs = now;

    // Capture time. A source timestamp in wall-clock seconds (ustreamer on a synchronised Pi,
    // Reticle's simulator) gives the latency directly; any other source clock is mapped onto
    // ours with the smallest arrival - timestamp seen since connecting (the transport floor).
    frame.latencyMs = -1.0;
    if (frame.sourceTimestamp && std::isfinite(*frame.sourceTimestamp)) {
        const double wallNow = double(QDateTime::currentMSecsSinceEpoch()) / 1000.0;
        const double age = wallNow - *frame.sourceTimestamp;
        if (age > -0.05 && age < 30.0) {
            const qint64 ageNs = static_cast<qint64>(std::max(age, 0.0) * 1e9);
            frame.captureNs = now - ageNs;
            frame.captureEstimated = false;
            frame.latencyMs = double(ageNs) / 1e6;
        } else {
            const qint64 tsNs = static_cast<qint64>(*frame.sourceTimestamp * 1e9);
            const qint64 offset = frame.arrivalNs - tsNs;
            if (!m_clockOffsetNs || offset < *m_clockOffsetNs)
                m_clockOffsetNs = offset;
            frame.captureNs = tsNs + *m_clockOffsetNs;
            frame.captureEstimated = false;
        }
    }
    if (frame.captureNs <= 0) {
        frame.captureNs = frame.arrivalNs;
        frame.captureEstimated = true;
    }
    if (frame.latencyMs < 0 && knownLatencyMs >= 0)
        frame.latencyMs = knownLatencyMs + double(now - frame.arrivalNs) / 1e6;

    m_meter.frameDelivered(now, frame.encodedBytes, frame.decodeMs, frame.latencyMs, frame.image.width(),
                           frame.image.height());
    {
        QMutexLocker lock(&m_mutex);
        m_latest = frame;
        m_health.width = frame.image.width();
        m_health.height = frame.image.height();
    }
    m_machine.frameReceived();
    emit frameDecoded(frame);
}

} // namespace reticle
