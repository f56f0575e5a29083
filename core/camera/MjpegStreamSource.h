#pragma once

#include "FrameSource.h"
#include "MultipartParser.h"

#include <QPointer>

class QNetworkAccessManager;
class QNetworkReply;

namespace reticle {

// MJPEG over HTTP (multipart/x-mixed-replace): crowsnest, ustreamer, camera-streamer,
// mjpg-streamer, ESP32 CameraWebServer. Reads on the camera thread, parses with
// MultipartParser and decodes only the newest complete frame once the bytes queued so far are
// parsed (latest-frame-wins: frames overtaken before their decode are counted as dropped).
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
    void onMetaData();
    void onReadyRead();
    void onFinished();
    bool checkResponse();
    void decodePending();

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
    // The newest complete part waiting for its decode (latest-frame-wins).
    QByteArray m_pendingBody;
    FrameInfo m_pendingInfo;
    bool m_hasPending = false;
    bool m_decodeQueued = false;
};

} // namespace reticle
