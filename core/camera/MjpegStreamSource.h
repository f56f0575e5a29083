#pragma once

#include "FrameSource.h"
#include "MultipartParser.h"

#include <QPointer>

class QNetworkAccessManager;
class QNetworkReply;

namespace reticle {

// MJPEG over HTTP (multipart/x-mixed-replace): crowsnest, ustreamer, camera-streamer,
// mjpg-streamer, ESP32 CameraWebServer. Reads on the camera thread, parses with
// MultipartParser and decodes only the newest complete frame of each batch of bytes
// (latest-frame-wins: older complete frames in the same batch are counted as dropped).
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

    QNetworkAccessManager *m_network = nullptr;
    QPointer<QNetworkReply> m_reply;
    MultipartParser m_parser;
    qsizetype m_maxFrameBytes = MultipartParser::kDefaultMaxPartBytes;
    bool m_responseChecked = false;
    bool m_singleImage = false;
    QByteArray m_singleImageData;
};

} // namespace reticle
