#pragma once

#include "FrameSource.h"
#include "MultipartParser.h"

#include <QPointer>

class QIODevice;
class QNetworkAccessManager;
class QNetworkReply;

namespace reticle {

// MJPEG over HTTP (multipart/x-mixed-replace): crowsnest, ustreamer, camera-streamer,
// mjpg-streamer, ESP32 CameraWebServer, through QNetworkAccessManager (which lives on the
// camera thread with this source). The reply's buffer is capped at about two frames, so Qt's
// HTTP thread stops reading while the camera thread decodes and TCP holds a fast camera back;
// it is read between decodes, in one pass over what has arrived, straight into the parser, and
// frames overtaken by a newer one already in the buffer are skipped unread (readStream()). Only
// the newest complete frame is decoded (latest-frame-wins: frames overtaken before their
// decode are counted as dropped).
class MjpegStreamSource : public FrameSource
{
    Q_OBJECT
public:
    explicit MjpegStreamSource(const CameraProfile &profile, QObject *parent = nullptr);
    ~MjpegStreamSource() override;

    QString kindName() const override;
    void setMaxFrameBytes(qsizetype bytes) { m_maxFrameBytes = bytes; }

protected:
    void openConnection() override;
    void closeConnection() override;

private:
    void openUrl(const QUrl &url);
    void onMetaData();
    void onReadyRead();
    void onQueuedRead();
    void readAvailable();
    void onFinished();
    bool checkResponse();
    void decodePending();
    qint64 readStream(QIODevice *device);
    void tuneReceiveBuffer(qsizetype frameBytes);

    QNetworkAccessManager *m_network = nullptr;
    QPointer<QNetworkReply> m_reply;
    MultipartParser m_parser;
    qsizetype m_maxFrameBytes = MultipartParser::kDefaultMaxPartBytes;
    bool m_responseChecked = false;
    bool m_singleImage = false;
    QByteArray m_reportedBoundary;
    qint64 m_skippedSeen = 0;
    qint64 m_skippedBytesSeen = 0;
    QByteArray m_singleImageData;
    bool m_keepCurrentBody = false; // the part being read is the one to decode: never dropped
    qsizetype m_largestFrame = 0;
    qsizetype m_replyBufferSize = 0; // the cap on Qt's reply buffer (setReadBufferSize)
    bool m_readQueued = false;       // Qt transport: a read of the reply's buffer is queued
    // The newest complete part waiting for its decode (latest-frame-wins).
    QByteArray m_pendingBody;
    FrameInfo m_pendingInfo;
    bool m_hasPending = false;
    bool m_decodeQueued = false;
};

} // namespace reticle
