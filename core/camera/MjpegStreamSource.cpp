#include "MjpegStreamSource.h"

#include "CameraLogging.h"
#include "HttpStreamReader.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>

#include <algorithm>

namespace reticle {

namespace {

constexpr qint64 kReadBufferBytes = 1024 * 1024;
constexpr int kMaxRedirects = 5;
const QByteArray kAccept = "multipart/x-mixed-replace, image/jpeg;q=0.9, */*;q=0.1";

std::optional<double> parseTimestamp(const QByteArray &value)
{
    if (value.isEmpty())
        return std::nullopt;
    bool ok = false;
    const double seconds = value.trimmed().toDouble(&ok);
    if (!ok || !std::isfinite(seconds))
        return std::nullopt;
    return seconds;
}

} // namespace

MjpegStreamSource::MjpegStreamSource(const CameraProfile &profile, QObject *parent)
    : FrameSource(profile, parent)
{
}

MjpegStreamSource::~MjpegStreamSource()
{
    closeConnection();
}

QString MjpegStreamSource::kindName() const
{
    return tr("MJPEG over HTTP");
}

void MjpegStreamSource::openConnection()
{
    closeConnection();
    m_redirects = 0;
    m_largestFrame = 0;
    openUrl(profile().url);
}

void MjpegStreamSource::openUrl(const QUrl &url)
{
    m_parser = MultipartParser({}, m_maxFrameBytes);
    m_parser.setLatestOnly(true); // frames overtaken inside one read are never copied
    m_keepCurrentBody = false;
    m_skippedSeen = 0;
    m_skippedBytesSeen = 0;
    m_responseChecked = false;
    m_singleImage = false;
    m_singleImageData.clear();
    if (m_transport == Transport::Automatic && HttpStreamReader::supports(url)) {
        m_http = new HttpStreamReader(this);
        connect(m_http, &HttpStreamReader::headersReady, this, &MjpegStreamSource::onHttpHeaders);
        connect(m_http, &QIODevice::readyRead, this, &MjpegStreamSource::onReadyRead);
        connect(m_http, &HttpStreamReader::transferFinished, this, &MjpegStreamSource::onFinished);
        setDetail(QStringLiteral("transport"), QStringLiteral("direct HTTP"));
        m_http->get(url, {{"Accept", kAccept}, {"User-Agent", "Reticle"}});
        return;
    }
    if (!m_network)
        m_network = new QNetworkAccessManager(this);
    QNetworkRequest request(url);
    request.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::NoLessSafeRedirectPolicy);
    request.setRawHeader("Accept", kAccept);
    request.setTransferTimeout(0); // the frame watchdog decides when a stream is dead
    setDetail(QStringLiteral("transport"), QStringLiteral("Qt network access"));
    m_reply = m_network->get(request);
    // Bounded: the HTTP thread pauses reading when this much is waiting for us. Unbounded, a
    // camera that pushes faster than we read keeps that thread busy and our queue growing.
    m_reply->setReadBufferSize(kReadBufferBytes);
    connect(m_reply, &QNetworkReply::metaDataChanged, this, &MjpegStreamSource::onMetaData);
    connect(m_reply, &QNetworkReply::readyRead, this, &MjpegStreamSource::onReadyRead);
    connect(m_reply, &QNetworkReply::finished, this, &MjpegStreamSource::onFinished);
}

QIODevice *MjpegStreamSource::body() const
{
    if (m_http)
        return m_http;
    return m_reply.data();
}

void MjpegStreamSource::closeConnection()
{
    if (m_http) {
        HttpStreamReader *http = m_http;
        m_http = nullptr;
        http->disconnect(this);
        http->abort();
        http->deleteLater();
    }
    if (m_reply) {
        QNetworkReply *reply = m_reply;
        m_reply = nullptr;
        reply->disconnect(this);
        reply->abort();
        reply->deleteLater();
    }
    m_hasPending = false;
    m_pendingBody = QByteArray();
}

void MjpegStreamSource::onHttpHeaders()
{
    if (!m_http)
        return;
    const QUrl target = m_http->redirectUrl();
    if (target.isValid()) {
        if (m_redirects >= kMaxRedirects) {
            reportConnectionLost(tr("The camera redirected more than %1 times.").arg(kMaxRedirects), true);
            return;
        }
        // Only http:// is read here, so no target is less safe; an https:// one goes through
        // QNetworkAccessManager, whose policy refuses a step back to http.
        ++m_redirects;
        closeConnection();
        openUrl(target);
        return;
    }
    checkResponse();
}

void MjpegStreamSource::onMetaData()
{
    checkResponse();
}

bool MjpegStreamSource::checkResponse()
{
    if (m_responseChecked)
        return true;
    int status = 0;
    QByteArray contentType;
    QString reason;
    if (m_http) {
        if (!m_http->headersReceived())
            return false;
        status = m_http->statusCode();
        contentType = m_http->header("Content-Type");
        reason = QString::fromLatin1(m_http->reasonPhrase());
    } else if (m_reply) {
        const QVariant statusAttr = m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
        if (!statusAttr.isValid())
            return false;
        status = statusAttr.toInt();
        contentType = m_reply->header(QNetworkRequest::ContentTypeHeader).toByteArray();
        reason = m_reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toString();
    } else {
        return false;
    }
    m_responseChecked = true;
    setDetail(QStringLiteral("http_status"), status);
    setDetail(QStringLiteral("content_type"), QString::fromLatin1(contentType));
    if (status >= 400) {
        const bool permanent = status == 404 || status == 401 || status == 403 || status == 405;
        reportConnectionLost(tr("The camera answered HTTP %1 %2.").arg(status).arg(reason), permanent);
        return false;
    }
    const QByteArray lower = contentType.toLower();
    if (lower.startsWith("image/")) {
        m_singleImage = true;
        setDetail(QStringLiteral("stream_type"), QStringLiteral("single image"));
        return true;
    }
    const QByteArray boundary = MultipartParser::boundaryFromContentType(contentType);
    if (!lower.startsWith("multipart/"))
        qCWarning(lcCamera).noquote() << "unexpected content type" << contentType << "for an MJPEG stream; trying anyway";
    m_parser.setBoundary(boundary);
    m_reportedBoundary = m_parser.boundary();
    setDetail(QStringLiteral("stream_type"), QStringLiteral("multipart"));
    setDetail(QStringLiteral("boundary"), QString::fromLatin1(boundary));
    setDetail(QStringLiteral("boundary_source"),
              boundary.isEmpty() ? QStringLiteral("detected") : QStringLiteral("content-type"));
    return true;
}

void MjpegStreamSource::onReadyRead()
{
    QIODevice *device = body();
    if (!device || !checkResponse())
        return;
    if (m_singleImage) {
        const QByteArray data = device->readAll();
        countBytes(data.size());
        m_singleImageData += data;
        if (m_singleImageData.size() > m_maxFrameBytes) {
            reportConnectionLost(tr("The image is larger than the %1 MiB limit.").arg(m_maxFrameBytes / (1024 * 1024)),
                                 true);
        }
        return;
    }
    const qint64 arrival = monotonicNowNs();
    countBytes(readStream(device));
    for (const QString &error : m_parser.takeErrors())
        reportError(error);
    if (m_parser.boundary() != m_reportedBoundary) { // detected from the stream
        m_reportedBoundary = m_parser.boundary();
        setDetail(QStringLiteral("boundary"), QString::fromLatin1(m_reportedBoundary));
    }
    std::vector<MultipartParser::Part> parts = m_parser.takeParts();
    // Latest frame wins: the parser keeps only the newest complete part of each read, and
    // decoding waits until the bytes already queued to this thread have been parsed, so a slow
    // decode never falls behind the network: whatever arrived meanwhile replaces the pending
    // part. Everything overtaken is counted as dropped.
    int dropped = static_cast<int>(m_parser.partsSkipped() - m_skippedSeen);
    qsizetype droppedBytes = static_cast<qsizetype>(m_parser.bytesSkipped() - m_skippedBytesSeen);
    m_skippedSeen = m_parser.partsSkipped();
    m_skippedBytesSeen = m_parser.bytesSkipped();
    for (size_t i = 0; i + 1 < parts.size(); ++i) {
        ++dropped;
        droppedBytes += parts[i].body.size();
    }
    if (!parts.empty() && m_hasPending) {
        ++dropped;
        droppedBytes += m_pendingBody.size();
    }
    if (dropped > 0)
        countDropped(dropped, droppedBytes);
    if (parts.empty())
        return;
    MultipartParser::Part &part = parts.back();
    tuneReceiveBuffer(part.body.size());
    FrameInfo info;
    info.arrivalNs = arrival;
    info.encodedBytes = part.body.size();
    info.sourceTimestamp = parseTimestamp(part.header("X-Timestamp"));
    // ustreamer tells how long the frame spent in the server (grab -> send), in its own clock.
    const auto grab = parseTimestamp(part.header("X-UStreamer-Grab-Time"));
    const auto send = parseTimestamp(part.header("X-UStreamer-Send-Time"));
    if (grab && send && *send >= *grab)
        info.knownLatencyMs = (*send - *grab) * 1000.0;
    info.headers = std::move(part.headers);
    m_pendingBody = std::move(part.body);
    m_pendingInfo = std::move(info);
    m_hasPending = true;
    if (!m_decodeQueued) {
        m_decodeQueued = true;
        QMetaObject::invokeMethod(this, &MjpegStreamSource::decodePending, Qt::QueuedConnection);
    }
}

qint64 MjpegStreamSource::readStream(QIODevice *device)
{
    if (!m_http || !m_http->canDiscard())
        return m_parser.feedFrom(device);
    // Part by part: a small read for the boundary and headers, then the body, either read or,
    // when a whole newer frame already waits behind it, dropped in the kernel unread (it would
    // be overtaken before its decode anyway). Only what had arrived when this pass began is
    // considered, so a camera that sends faster than we decode cannot keep us skipping: each
    // pass ends on the newest frame that was there, which is read and then decoded. A consumer
    // that keeps up never sees a frame dropped.
    constexpr qint64 kHeadRead = 2048;
    qint64 budget = m_http->bytesAvailable();
    qint64 total = 0;
    while (budget > 0 && m_http && m_http->canDiscard()) {
        qint64 step = 0;
        const qsizetype missing = m_parser.missingBodyBytes();
        if (missing == 0)
            m_keepCurrentBody = false; // between parts
        if (missing > 0 && !m_keepCurrentBody && budget >= missing + m_parser.currentBodyLength() + kHeadRead) {
            step = m_http->discard(missing);
            m_parser.bodyBytesDiscarded(qsizetype(step));
            qCDebug(lcCamera) << "dropped" << step << "bytes of an overtaken frame unread";
        } else {
            if (missing > 0)
                m_keepCurrentBody = true; // decided: this one is read to its end
            step = m_parser.feedFrom(device, std::min<qint64>(budget, missing > 0 ? missing : kHeadRead));
        }
        if (step <= 0)
            break;
        budget -= step;
        total += step;
    }
    return total;
}

void MjpegStreamSource::decodePending()
{
    m_decodeQueued = false;
    if (!m_hasPending)
        return;
    m_hasPending = false;
    const QByteArray body = std::move(m_pendingBody);
    m_pendingBody = QByteArray();
    deliverJpeg(body, std::move(m_pendingInfo));
    m_pendingInfo = FrameInfo();
}

void MjpegStreamSource::onFinished()
{
    QIODevice *device = body();
    if (!device)
        return;
    if (device->bytesAvailable() > 0)
        onReadyRead();
    if (body() != device)
        return; // closed while reading
    // Take the transfer's outcome before letting go of it.
    bool failed = false;
    QString errorText;
    bool httpError = false;
    if (m_http) {
        failed = m_http->hasError();
        errorText = m_http->errorString();
        httpError = m_http->headersReceived() && m_http->statusCode() >= 400;
        m_http->disconnect(this);
        m_http->deleteLater();
        m_http = nullptr;
    } else {
        QNetworkReply *reply = m_reply;
        m_reply = nullptr;
        reply->deleteLater();
        failed = reply->error() != QNetworkReply::NoError && reply->error() != QNetworkReply::OperationCanceledError;
        errorText = reply->errorString();
        httpError = m_responseChecked && reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() >= 400;
    }
    if (m_singleImage && !failed) {
        FrameInfo info;
        info.arrivalNs = monotonicNowNs();
        info.encodedBytes = m_singleImageData.size();
        deliverJpeg(m_singleImageData, info);
        reportConnectionLost(tr("The URL serves a single image, not a stream; use a snapshot camera for it."), true);
        return;
    }
    decodePending(); // the last complete frame still counts
    m_parser.finish();
    for (const QString &error : m_parser.takeErrors())
        reportError(error);
    if (failed) {
        if (!httpError) {
            // Even "host not found" is retried: the mDNS name of a Pi that is booting comes back.
            reportConnectionLost(tr("Connection lost: %1").arg(errorText));
        }
        return;
    }
    reportConnectionLost(tr("The camera closed the stream."));
}

void MjpegStreamSource::tuneReceiveBuffer(qsizetype frameBytes)
{
    // Latest frame wins, so what waits in our socket beyond a couple of frames is only latency
    // and work: every byte a camera pushes must be received, even the frames we skip. Once the
    // frame size is known, the receive buffer is capped at about two frames (never under
    // 64 KiB, plenty for a camera at its frame rate on a LAN); the system's auto-tuning would
    // let a camera that outpaces the decoder queue megabytes. TCP then holds such a camera back.
    if (!m_http || frameBytes <= m_largestFrame)
        return;
    m_largestFrame = frameBytes;
    constexpr qsizetype kFloor = 64 * 1024;
    constexpr qsizetype kCeiling = 16 * 1024 * 1024;
    const qsizetype wanted = std::clamp<qsizetype>(2 * frameBytes + 16 * 1024, kFloor, kCeiling);
    if (wanted > m_http->receiveBufferSize())
        m_http->setReceiveBufferSize(int(wanted));
}

} // namespace reticle
