#include "MediaUrlSource.h"

#include "CameraLogging.h"

#include <QMediaPlayer>
#include <QVideoSink>

#include <gst/gst.h>

#include <cstring>
#include <mutex>

namespace reticle {

namespace {

// Qt 6.4's GStreamer backend plays a URL through uridecodebin and leaves GStreamer's rtspsrc at
// its default 2000 ms jitter buffer, so every RTSP frame would reach us about two seconds after
// the camera took it (measured with tests/camera/tst_rtspsource). Qt gives no handle on the
// pipeline, so a process-wide emission hook on uridecodebin's "source-setup" signal sets a short
// latency on every rtspsrc it creates (newer Qt versions do the same in their own handler, which
// runs after this hook and wins).
constexpr guint kRtspLatencyMs = 50;

gboolean onSourceSetup(GSignalInvocationHint *, guint count, const GValue *values, gpointer)
{
    if (count < 2 || !G_VALUE_HOLDS_OBJECT(&values[1]))
        return TRUE;
    GObject *source = static_cast<GObject *>(g_value_get_object(&values[1]));
    if (source && std::strcmp(G_OBJECT_TYPE_NAME(source), "GstRTSPSrc") == 0)
        g_object_set(source, "latency", kRtspLatencyMs, nullptr);
    return TRUE; // keep the hook for the next source
}

void installRtspLatencyHook()
{
    static std::once_flag once;
    std::call_once(once, [] {
        if (!gst_is_initialized()) {
            qCDebug(lcCamera) << "Qt Multimedia does not use GStreamer here; RTSP latency left to the backend";
            return;
        }
        for (const char *name : {"uridecodebin", "uridecodebin3"}) {
            GstElementFactory *factory = gst_element_factory_find(name);
            if (!factory)
                continue;
            GstPluginFeature *loaded = gst_plugin_feature_load(GST_PLUGIN_FEATURE(factory));
            gst_object_unref(factory);
            if (!loaded)
                continue;
            const GType type = gst_element_factory_get_element_type(GST_ELEMENT_FACTORY(loaded));
            gst_object_unref(loaded);
            if (!type)
                continue;
            g_type_class_ref(type); // signals exist once the class is initialised; kept for the hook
            const guint signal = g_signal_lookup("source-setup", type);
            if (signal) {
                g_signal_add_emission_hook(signal, 0, onSourceSetup, nullptr, nullptr);
                qCDebug(lcCamera) << "RTSP latency" << kRtspLatencyMs << "ms for sources of" << name;
            }
        }
    });
}

} // namespace

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

QString MediaUrlSource::displayUrl() const
{
    // Never show a password from an rtsp://user:password@host/ URL.
    const QUrl &url = profile().url;
    return url.isLocalFile() ? url.toLocalFile() : url.toDisplayString(QUrl::RemoveUserInfo);
}

void MediaUrlSource::openConnection()
{
    closeConnection();
    m_player = new QMediaPlayer(this);
    installRtspLatencyHook(); // after the first QMediaPlayer: the backend has initialised GStreamer
    const bool isFile = profile().url.isLocalFile();
    if (isFile)
        m_player->setLoops(QMediaPlayer::Infinite);
    m_player->setVideoOutput(videoSink());
    setDetail(QStringLiteral("stream_type"), isFile ? QStringLiteral("file") : QStringLiteral("media url"));
    connect(m_player, &QMediaPlayer::errorOccurred, this,
            [this](QMediaPlayer::Error error, const QString &text) {
                const bool permanent = error == QMediaPlayer::FormatError || error == QMediaPlayer::AccessDeniedError
                    || (error == QMediaPlayer::ResourceError && profile().url.isLocalFile());
                const QString reason = text.isEmpty() ? tr("error %1").arg(int(error)) : text;
                reportConnectionLost(tr("Cannot play %1: %2").arg(displayUrl(), reason), permanent);
            });
    connect(m_player, &QMediaPlayer::mediaStatusChanged, this, [this](QMediaPlayer::MediaStatus status) {
        // A live stream never ends by itself: EndOfMedia means the server closed the connection
        // or the network dropped it (GStreamer's rtspsrc reports a dead RTSP server this way).
        if (status == QMediaPlayer::EndOfMedia && !profile().url.isLocalFile())
            reportConnectionLost(tr("The stream from %1 ended: the server closed the connection or stopped sending.")
                                     .arg(displayUrl()));
        else if (status == QMediaPlayer::InvalidMedia)
            reportConnectionLost(tr("Cannot play %1: %2").arg(displayUrl(), m_player ? m_player->errorString() : QString()),
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
