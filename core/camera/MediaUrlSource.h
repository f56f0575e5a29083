#pragma once

#include "VideoSinkSource.h"

class QMediaPlayer;

namespace reticle {

// A video URL or file played through Qt Multimedia (QMediaPlayer + QVideoSink): RTSP streams
// such as camera-streamer's `rtsp://host:8554/stream.h264`, H.264/MJPEG files, HTTP video.
// Files loop; a live stream that ends is reconnected by the state machine. RTSP sources get a
// 50 ms jitter buffer instead of GStreamer's 2 s (see MediaUrlSource.cpp); tested against a real
// RTSP server in tests/camera/tst_rtspsource.
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
    QString displayUrl() const; // for messages: no user info (passwords)

    QMediaPlayer *m_player = nullptr;
};

} // namespace reticle
