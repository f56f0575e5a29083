#include "MjpegStreamSource.h"

#include "CameraLogging.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>

namespace reticle {

namespace {

constexpr qint64 kReadBufferBytes = 1024 * 1024;

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
    if (!m_network)
        m_network = new QNetworkAccessManager(this);
    QNetworkRequest request(profile().url);
    request.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::NoLessSafeRedirectPolicy);
    request.setRawHeader("Accept", "multipart/x-mixed-replace, image/jpeg;q=0.9, */*;q=0.1");
    request.setTransferTimeout(0); // the frame watchdog decides when a stream is dead
    m_parser = MultipartParser({}, m_maxFrameBytes);
    m_parser.setLatestOnly(true); // frames overtaken inside one read are never copied
    m_skippedSeen = 0;
    m_skippedBytesSeen = 0;
    m_responseChecked = false;
    m_singleImage = false;
    m_singleImageData.clear();
    m_reply = m_network->get(request);
    // Bounded: the HTTP thread pauses reading when this much is waiting for us. Unbounded, a
    // camera that pushes faster than we read keeps that thread busy and our queue growing.
    m_reply->setReadBufferSize(kReadBufferBytes);
    connect(m_reply, &QNetworkReply::metaDataChanged, this, &MjpegStreamSource::onMetaData);
    connect(m_reply, &QNetworkReply::readyRead, this, &MjpegStreamSource::onReadyRead);
    connect(m_reply, &QNetworkReply::finished, this, &MjpegStreamSource::onFinished);
}

void MjpegStreamSource::closeConnection()
{
    if (!m_reply)
        return;
    QNetworkReply *reply = m_reply;
    m_reply = nullptr;
    reply->disconnect(this);
    reply->abort();
    reply->deleteLater();
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
    if (!m_reply)
        return false;
    const QVariant statusAttr = m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
    if (!statusAttr.isValid())
        return false;
    m_responseChecked = true;
    const int status = statusAttr.toInt();
    const QByteArray contentType = m_reply->header(QNetworkRequest::ContentTypeHeader).toByteArray();
    setDetail(QStringLiteral("http_status"), status);
    setDetail(QStringLiteral("content_type"), QString::fromLatin1(contentType));
    if (status >= 400) {
        const bool permanent = status == 404 || status == 401 || status == 403 || status == 405;
        reportConnectionLost(tr("The camera answered HTTP %1 %2.")
                                 .arg(status)
                                 .arg(m_reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toString()),
                             permanent);
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
    if (!m_reply || !checkResponse())
        return;
    if (m_singleImage) {
        const QByteArray data = m_reply->readAll();
        countBytes(data.size());
        m_singleImageData += data;
        if (m_singleImageData.size() > m_maxFrameBytes) {
            reportConnectionLost(tr("The image is larger than the %1 MiB limit.").arg(m_maxFrameBytes / (1024 * 1024)),
                                 true);
        }
        return;
    }
    const qint64 arrival = monotonicNowNs();
    countBytes(m_parser.feedFrom(m_reply));
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
    if (!m_reply)
        return;
    QNetworkReply *reply = m_reply;
    if (reply->bytesAvailable() > 0)
        onReadyRead();
    if (m_reply != reply)
        return; // closed while reading
    m_reply = nullptr;
    reply->deleteLater();
    if (m_singleImage && reply->error() == QNetworkReply::NoError) {
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
    if (reply->error() != QNetworkReply::NoError && reply->error() != QNetworkReply::OperationCanceledError) {
        if (!m_responseChecked || reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() < 400) {
            // Even "host not found" is retried: the mDNS name of a Pi that is booting comes back.
            reportConnectionLost(tr("Connection lost: %1").arg(reply->errorString()));
        }
        return;
    }
    reportConnectionLost(tr("The camera closed the stream."));
}

} // namespace reticle
