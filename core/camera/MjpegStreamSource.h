#pragma once

#include "FrameSource.h"
#include "MultipartParser.h"

#include <QPointer>

class QIODevice;
class QNetworkAccessManager;
class QNetworkReply;

namespace reticle {

class HttpStreamReader;

// MJPEG over HTTP (multipart/x-mixed-replace): crowsnest, ustreamer, camera-streamer,
// mjpg-streamer, ESP32 CameraWebServer. Reads on the camera thread, parses with
// MultipartParser and decodes only the newest complete frame once the bytes queued so far are
// parsed (latest-frame-wins: frames overtaken before their decode are counted as dropped).
//
// Plain http:// streams are read with HttpStreamReader on the camera thread itself: the socket
// is read only between decodes, straight into the parser, and frames overtaken by a newer one
// that has already arrived are dropped in the kernel without being copied (readStream());
// https://, URLs with credentials and redirects to https:// go through QNetworkAccessManager.
class MjpegStreamSource : public FrameSource
{
    Q_OBJECT
public:
    enum class Transport {
        Automatic,            // HttpStreamReader where it supports the URL, else Qt's network access
        NetworkAccessManager, // always QNetworkAccessManager
    };

    explicit MjpegStreamSource(const CameraProfile &profile, QObject *parent = nullptr);
    ~MjpegStreamSource() override;

    QString kindName() const override;
    void setMaxFrameBytes(qsizetype bytes) { m_maxFrameBytes = bytes; }
    // Takes effect at the next connection.
    void setTransport(Transport transport) { m_transport = transport; }

protected:
    void openConnection() override;
    void closeConnection() override;

private:
    void openUrl(const QUrl &url);
    void onHttpHeaders();
    void onMetaData();
    void onReadyRead();
    void onFinished();
    bool checkResponse();
    void decodePending();
    qint64 readStream(QIODevice *device);
    void tuneReceiveBuffer(qsizetype frameBytes);
    QIODevice *body() const;

    Transport m_transport = Transport::Automatic;
    QNetworkAccessManager *m_network = nullptr;
    QPointer<QNetworkReply> m_reply;
    HttpStreamReader *m_http = nullptr; // non-null while a direct HTTP connection is open
    int m_redirects = 0;
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
    // The newest complete part waiting for its decode (latest-frame-wins).
    QByteArray m_pendingBody;
    FrameInfo m_pendingInfo;
    bool m_hasPending = false;
    bool m_decodeQueued = false;
};

} // namespace reticle
