#include "CameraProfile.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

#include <cmath>

namespace reticle {

bool CameraProfile::isValid() const
{
    if (type == Type::LocalCamera)
        return true;
    return url.isValid() && !url.scheme().isEmpty();
}

int CameraProfile::normalizedRotation(int degrees)
{
    int d = degrees % 360;
    if (d < 0)
        d += 360;
    return (static_cast<int>(std::lround(d / 90.0)) % 4) * 90;
}

QString CameraProfile::typeName(Type type)
{
    switch (type) {
    case Type::MjpegStream:
        return QStringLiteral("mjpeg");
    case Type::Snapshot:
        return QStringLiteral("snapshot");
    case Type::MediaUrl:
        return QStringLiteral("media");
    case Type::LocalCamera:
        return QStringLiteral("local");
    }
    return QStringLiteral("mjpeg");
}

CameraProfile::Type CameraProfile::typeFromName(const QString &name, bool *ok)
{
    if (ok)
        *ok = true;
    for (Type t : {Type::MjpegStream, Type::Snapshot, Type::MediaUrl, Type::LocalCamera}) {
        if (typeName(t) == name)
            return t;
    }
    if (ok)
        *ok = false;
    return Type::MjpegStream;
}

QString CameraProfile::typeDisplayName(Type type)
{
    switch (type) {
    case Type::MjpegStream:
        return QCoreApplication::translate("CameraProfile", "MJPEG stream");
    case Type::Snapshot:
        return QCoreApplication::translate("CameraProfile", "Snapshot polling");
    case Type::MediaUrl:
        return QCoreApplication::translate("CameraProfile", "Video stream or file (RTSP, H.264)");
    case Type::LocalCamera:
        return QCoreApplication::translate("CameraProfile", "Camera on this computer");
    }
    return {};
}

QJsonObject CameraProfile::toJson() const
{
    return QJsonObject{
        {QStringLiteral("name"), name},
        {QStringLiteral("type"), typeName(type)},
        {QStringLiteral("url"), url.toString()},
        {QStringLiteral("flip_horizontal"), flipHorizontal},
        {QStringLiteral("flip_vertical"), flipVertical},
        {QStringLiteral("rotation"), rotation},
        {QStringLiteral("snapshot_fps"), snapshotFps},
        {QStringLiteral("reticle"), reticle},
        {QStringLiteral("microns_per_pixel"), micronsPerPixel},
    };
}

CameraProfile CameraProfile::fromJson(const QJsonObject &object)
{
    CameraProfile profile;
    profile.name = object.value(QStringLiteral("name")).toString();
    profile.type = typeFromName(object.value(QStringLiteral("type")).toString());
    profile.url = QUrl(object.value(QStringLiteral("url")).toString());
    profile.flipHorizontal = object.value(QStringLiteral("flip_horizontal")).toBool();
    profile.flipVertical = object.value(QStringLiteral("flip_vertical")).toBool();
    profile.rotation = normalizedRotation(object.value(QStringLiteral("rotation")).toInt());
    const double fps = object.value(QStringLiteral("snapshot_fps")).toDouble(2.0);
    profile.snapshotFps = std::isfinite(fps) && fps > 0 ? std::min(fps, 60.0) : 2.0;
    const QString reticle = object.value(QStringLiteral("reticle")).toString();
    if (!reticle.isEmpty())
        profile.reticle = reticle;
    const double scale = object.value(QStringLiteral("microns_per_pixel")).toDouble(0.0);
    profile.micronsPerPixel = std::isfinite(scale) && scale > 0 ? scale : 0.0;
    return profile;
}

CameraProfile::Type CameraProfile::guessType(const QUrl &url)
{
    const QString scheme = url.scheme().toLower();
    const QString path = url.path().toLower();
    const QString query = url.query().toLower();
    if (scheme == QLatin1String("rtsp") || scheme == QLatin1String("rtsps") || scheme == QLatin1String("file")
        || scheme.isEmpty())
        return Type::MediaUrl;
    for (const char *ext : {".mp4", ".mkv", ".avi", ".mov", ".h264", ".264", ".webm"}) {
        if (path.endsWith(QLatin1String(ext)))
            return Type::MediaUrl;
    }
    if (query.contains(QLatin1String("action=snapshot")) || path.endsWith(QLatin1String("/snapshot"))
        || path.endsWith(QLatin1String("/capture")) || path.endsWith(QLatin1String(".jpg"))
        || path.endsWith(QLatin1String(".jpeg")))
        return Type::Snapshot;
    return Type::MjpegStream;
}

QUrl CameraProfile::resolveWebcamUrl(const QString &url, const QString &printerHost)
{
    const QUrl given(url.trimmed());
    if (!given.scheme().isEmpty())
        return given;
    QUrl base;
    base.setScheme(QStringLiteral("http"));
    base.setHost(printerHost);
    base.setPath(QStringLiteral("/"));
    return base.resolved(given);
}

CameraProfile CameraProfile::fromMoonrakerWebcam(const MoonrakerWebcam &webcam, const QString &printerHost)
{
    CameraProfile profile;
    profile.name = webcam.name;
    profile.flipHorizontal = webcam.flipHorizontal;
    profile.flipVertical = webcam.flipVertical;
    profile.rotation = normalizedRotation(webcam.rotation);
    const bool streamIsMjpeg = !webcam.service.startsWith(QLatin1String("webrtc"))
        && !webcam.service.startsWith(QLatin1String("hls")) && !webcam.service.startsWith(QLatin1String("iframe"));
    if (!webcam.streamUrl.isEmpty() && streamIsMjpeg) {
        profile.url = resolveWebcamUrl(webcam.streamUrl, printerHost);
        profile.type = guessType(profile.url);
        if (profile.type == Type::Snapshot)
            profile.type = Type::MjpegStream; // a stream URL that happens to look like a still
    } else if (!webcam.snapshotUrl.isEmpty()) {
        profile.url = resolveWebcamUrl(webcam.snapshotUrl, printerHost);
        profile.type = Type::Snapshot;
        if (webcam.targetFps > 0)
            profile.snapshotFps = std::min(webcam.targetFps, 10.0);
    } else {
        profile.url = resolveWebcamUrl(webcam.streamUrl, printerHost);
        profile.type = guessType(profile.url);
    }
    return profile;
}

QByteArray CameraProfile::listToJson(const QList<CameraProfile> &profiles)
{
    QJsonArray array;
    for (const CameraProfile &profile : profiles)
        array.append(profile.toJson());
    return QJsonDocument(array).toJson(QJsonDocument::Compact);
}

QList<CameraProfile> CameraProfile::listFromJson(const QByteArray &json)
{
    QList<CameraProfile> profiles;
    const QJsonDocument document = QJsonDocument::fromJson(json);
    if (!document.isArray())
        return profiles;
    for (const QJsonValue &value : document.array()) {
        if (!value.isObject())
            continue;
        const CameraProfile profile = fromJson(value.toObject());
        if (!profile.name.isEmpty())
            profiles.append(profile);
    }
    return profiles;
}

} // namespace reticle
