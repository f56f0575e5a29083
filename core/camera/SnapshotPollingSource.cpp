#include "SnapshotPollingSource.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>

#include <cmath>

namespace reticle {

SnapshotPollingSource::SnapshotPollingSource(const CameraProfile &profile, QObject *parent)
    : FrameSource(profile, parent)
    , m_timer(this)
    , m_rate(profile.snapshotFps)
{
    m_timer.setSingleShot(true);
    m_timer.setTimerType(Qt::PreciseTimer);
    connect(&m_timer, &QTimer::timeout, this, &SnapshotPollingSource::sendRequest);
    setRate(profile.snapshotFps);
}

SnapshotPollingSource::~SnapshotPollingSource()
{
    closeConnection();
}

QString SnapshotPollingSource::kindName() const
{
    return tr("Snapshot polling");
}

void SnapshotPollingSource::setRate(double framesPerSecond)
{
    m_rate = std::isfinite(framesPerSecond) && framesPerSecond > 0 ? std::min(framesPerSecond, 100.0) : 1.0;
}

void SnapshotPollingSource::openConnection()
{
    closeConnection();
    if (!m_network)
        m_network = new QNetworkAccessManager(this);
    m_running = true;
    setDetail(QStringLiteral("stream_type"), QStringLiteral("snapshot"));
    sendRequest();
}

void SnapshotPollingSource::closeConnection()
{
    m_running = false;
    m_timer.stop();
    if (!m_reply)
        return;
    QNetworkReply *reply = m_reply;
    m_reply = nullptr;
    reply->disconnect(this);
    reply->abort();
    reply->deleteLater();
    --m_inFlight;
}

void SnapshotPollingSource::sendRequest()
{
    if (!m_running || m_reply)
        return; // one request at a time
    QNetworkRequest request(profile().url);
    request.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::NoLessSafeRedirectPolicy);
    request.setRawHeader("Accept", "image/jpeg, image/*;q=0.9");
    request.setTransferTimeout(m_requestTimeoutMs);
    m_requestStartNs = monotonicNowNs();
    ++m_requestsSent;
    ++m_inFlight;
    m_maxInFlight = std::max(m_maxInFlight, m_inFlight);
    m_reply = m_network->get(request);
    connect(m_reply, &QNetworkReply::finished, this, &SnapshotPollingSource::onFinished);
}

void SnapshotPollingSource::scheduleNext()
{
    if (!m_running)
        return;
    const qint64 periodNs = static_cast<qint64>(1e9 / m_rate);
    const qint64 elapsed = monotonicNowNs() - m_requestStartNs;
    m_timer.start(static_cast<int>(std::max<qint64>(0, (periodNs - elapsed) / 1'000'000)));
}

void SnapshotPollingSource::onFinished()
{
    if (!m_reply)
        return;
    QNetworkReply *reply = m_reply;
    m_reply = nullptr;
    --m_inFlight;
    reply->deleteLater();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (reply->error() != QNetworkReply::NoError || status >= 400) {
        const bool permanent = status == 404 || status == 401 || status == 403;
        reportConnectionLost(status >= 400 ? tr("The camera answered HTTP %1.").arg(status)
                                           : tr("Snapshot request failed: %1").arg(reply->errorString()),
                             permanent);
        return;
    }
    const QByteArray data = reply->readAll();
    countBytes(data.size());
    FrameInfo info;
    info.arrivalNs = monotonicNowNs();
    // The picture is at least as new as the request (streamers serve their latest frame).
    info.captureNs = m_requestStartNs;
    info.encodedBytes = data.size();
    info.knownLatencyMs = double(info.arrivalNs - m_requestStartNs) / 1e6;
    const QByteArray timestamp = reply->rawHeader("X-Timestamp");
    if (!timestamp.isEmpty()) {
        bool ok = false;
        const double ts = timestamp.toDouble(&ok);
        if (ok)
            info.sourceTimestamp = ts;
    }
    for (const QByteArray &name : reply->rawHeaderList())
        info.headers.append({name, reply->rawHeader(name)});
    if (!deliverJpeg(data, std::move(info))) {
        reportConnectionLost(tr("The snapshot URL did not return an image."));
        return;
    }
    scheduleNext();
}

} // namespace reticle
