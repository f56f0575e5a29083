#pragma once

#include "VideoSinkSource.h"

class QMediaPlayer;

namespace reticle {

// A video URL or file played through Qt Multimedia (QMediaPlayer + QVideoSink): RTSP streams
// such as camera-streamer's `rtsp://host:8554/stream.h264`, H.264/MJPEG files, HTTP video.
// Files loop; a live stream that ends is reconnected by the state machine.
class MediaUrlSource : public VideoSinkSource
{
    Q_OBJECT
public:
    explicit MediaUrlSource(const CameraProfile &profile, QObject *parent = nullptr);
    ~MediaUrlSource() override;

    QString kindName() const override;

protected:
    void openConnection() override;
    void closeConnection() override;

private:
    QMediaPlayer *m_player = nullptr;
};

} // namespace reticle
