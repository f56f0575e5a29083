#include "MjpegStreamSource.h"

#include "CameraLogging.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>

#include <algorithm>

namespace reticle {

namespace {

// Receive buffers hold about two frames, never less than this (enough for a LAN camera at its
// frame rate before the frame size is known).
constexpr qsizetype kMinBufferBytes = 64 * 1024;
constexpr qsizetype kMaxBufferBytes = 16 * 1024 * 1024;
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
    if (!m_network)
        m_network = new QNetworkAccessManager(this); // on the camera thread, like this source
    QNetworkRequest request(url);
    request.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::NoLessSafeRedirectPolicy);
    request.setMaximumRedirectsAllowed(kMaxRedirects);
    request.setRawHeader("Accept", kAccept);
    request.setTransferTimeout(0); // the frame watchdog decides when a stream is dead
    m_reply = m_network->get(request);
    // Bounded: Qt's HTTP thread stops reading the socket when this much is waiting for us, and
    // TCP then holds the camera back (tuneReceiveBuffer() grows it to about two frames).
    // Unbounded, a camera that pushes faster than we decode keeps that thread busy copying
    // frames that are dropped anyway.
    m_reply->setReadBufferSize(kMinBufferBytes);
    m_replyBufferSize = kMinBufferBytes;
    connect(m_reply, &QNetworkReply::metaDataChanged, this, &MjpegStreamSource::onMetaData);
    connect(m_reply, &QNetworkReply::readyRead, this, &MjpegStreamSource::onReadyRead);
    connect(m_reply, &QNetworkReply::finished, this, &MjpegStreamSource::onFinished);
}

void MjpegStreamSource::closeConnection()
{
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
    if (!m_reply)
        return false;
    const QVariant statusAttr = m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
    if (!statusAttr.isValid())
        return false;
    status = statusAttr.toInt();
    if (status >= 300 && status < 400)
        return false; // a redirect Qt follows (or refuses, then finished() tells)
    contentType = m_reply->header(QNetworkRequest::ContentTypeHeader).toByteArray();
    reason = m_reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toString();
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
    // Qt's network access hands the body over in one queued event per chunk. Reading once those
    // already queued have been appended to the reply's buffer parses them in one pass, so a
    // frame overtaken by a newer one already in the buffer is skipped unread.
    if (!m_readQueued) {
        m_readQueued = true;
        QMetaObject::invokeMethod(this, &MjpegStreamSource::onQueuedRead, Qt::QueuedConnection);
    }
}

void MjpegStreamSource::onQueuedRead()
{
    m_readQueued = false;
    readAvailable();
}

void MjpegStreamSource::readAvailable()
{
    QNetworkReply *device = m_reply.data();
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
    // Part by part: a small read for the boundary and headers, then the body, either read or,
    // when a whole newer frame already waits behind it, skipped in the reply's buffer unread (it
    // would be overtaken before its decode anyway; the reply holds the body de-chunked). Only
    // what had arrived when this pass began is considered, so a camera that sends faster than
    // we decode cannot keep us skipping: each pass ends on the newest frame that was there,
    // which is read and then decoded. A consumer that keeps up never sees a frame dropped.
    constexpr qint64 kHeadRead = 2048;
    qint64 budget = device->bytesAvailable();
    qint64 total = 0;
    while (budget > 0) {
        qint64 step = 0;
        const qsizetype missing = m_parser.missingBodyBytes();
        if (missing == 0)
            m_keepCurrentBody = false; // between parts
        if (missing > 0 && !m_keepCurrentBody && budget >= missing + m_parser.currentBodyLength() + kHeadRead) {
            step = device->skip(missing);
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
    QNetworkReply *device = m_reply.data();
    if (!device)
        return;
    if (device->bytesAvailable() > 0)
        readAvailable();
    if (m_reply != device)
        return; // closed while reading
    // Take the transfer's outcome before letting go of it.
    QNetworkReply *reply = m_reply;
    m_reply = nullptr;
    reply->deleteLater();
    const QNetworkReply::NetworkError networkError = reply->error();
    const bool failed =
        networkError != QNetworkReply::NoError && networkError != QNetworkReply::OperationCanceledError;
    const QString errorText = reply->errorString();
    const bool httpError =
        m_responseChecked && reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() >= 400;
    if (networkError == QNetworkReply::TooManyRedirectsError) {
        reportConnectionLost(tr("The camera redirected more than %1 times.").arg(kMaxRedirects), true);
        return;
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
    // Latest frame wins, so what waits for us beyond a couple of frames is only latency and
    // work: every byte Qt's HTTP thread receives is copied to us, even the frames we skip. Once
    // the frame size is known, the reply's buffer is capped at about two frames (never under
    // 64 KiB, plenty for a camera at its frame rate on a LAN); the HTTP thread stops reading
    // the socket while it is full, and TCP then holds a camera that outpaces the decoder back.
    if (!m_reply || frameBytes <= m_largestFrame)
        return;
    m_largestFrame = frameBytes;
    const qsizetype wanted = std::clamp<qsizetype>(2 * frameBytes + 16 * 1024, kMinBufferBytes, kMaxBufferBytes);
    if (wanted > m_replyBufferSize) {
        m_reply->setReadBufferSize(wanted);
        m_replyBufferSize = wanted;
    }
}

} // namespace reticle
