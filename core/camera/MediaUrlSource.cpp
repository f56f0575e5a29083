#include "MediaUrlSource.h"

#include <QMediaPlayer>
#include <QVideoSink>

namespace reticle {

MediaUrlSource::MediaUrlSource(const CameraProfile &profile, QObject *parent)
    : VideoSinkSource(profile, parent)
{
}

MediaUrlSource::~MediaUrlSource()
{
    closeConnection();
}

QString MediaUrlSource::kindName() const
{
    return tr("Video stream or file");
}

void MediaUrlSource::openConnection()
{
    closeConnection();
    m_player = new QMediaPlayer(this);
    const bool isFile = profile().url.isLocalFile();
    if (isFile)
        m_player->setLoops(QMediaPlayer::Infinite);
    m_player->setVideoOutput(videoSink());
    setDetail(QStringLiteral("stream_type"), isFile ? QStringLiteral("file") : QStringLiteral("media url"));
    connect(m_player, &QMediaPlayer::errorOccurred, this,
            [this](QMediaPlayer::Error error, const QString &text) {
                const bool permanent = error == QMediaPlayer::FormatError || error == QMediaPlayer::AccessDeniedError
                    || (error == QMediaPlayer::ResourceError && profile().url.isLocalFile());
                reportConnectionLost(text.isEmpty() ? tr("The media player failed (error %1).").arg(int(error)) : text,
                                     permanent);
            });
    connect(m_player, &QMediaPlayer::mediaStatusChanged, this, [this](QMediaPlayer::MediaStatus status) {
        if (status == QMediaPlayer::EndOfMedia && !profile().url.isLocalFile())
            reportConnectionLost(tr("The video stream ended."));
        else if (status == QMediaPlayer::InvalidMedia)
            reportConnectionLost(tr("The media cannot be played: %1").arg(m_player ? m_player->errorString() : QString()),
                                 profile().url.isLocalFile());
    });
    m_player->setSource(profile().url);
    m_player->play();
}

void MediaUrlSource::closeConnection()
{
    if (!m_player)
        return;
    QMediaPlayer *player = m_player;
    m_player = nullptr;
    player->disconnect(this);
    player->stop();
    player->setVideoOutput(static_cast<QObject *>(nullptr));
    player->deleteLater();
    resetSink();
}

} // namespace reticle
