#include "WebcamInfo.h"

#include "PrinterLogging.h"

#include <QHostAddress>
#include <QJsonArray>
#include <QJsonObject>

namespace reticle {

QUrl WebcamInfo::resolveUrl(const QString &value, const QString &printerHost)
{
    const QString text = value.trimmed();
    if (text.isEmpty())
        return {};
    QUrl url(text);
    if (url.isValid() && !url.scheme().isEmpty() && !url.host().isEmpty()) {
        const QHostAddress address(url.host());
        const bool loopback = url.host().compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0
                              || (!address.isNull() && address.isLoopback());
        if (loopback && !printerHost.isEmpty())
            url.setHost(printerHost);
        return url;
    }
    if (printerHost.isEmpty())
        return {};
    QUrl base;
    base.setScheme(QStringLiteral("http"));
    base.setHost(printerHost);
    base.setPath(QStringLiteral("/"));
    QString path = text;
    if (!path.startsWith(QLatin1Char('/')))
        path.prepend(QLatin1Char('/'));
    return base.resolved(QUrl(path));
}

QList<WebcamInfo> WebcamInfo::fromListResult(const QJsonValue &result, const QString &printerHost)
{
    QList<WebcamInfo> cams;
    const QJsonValue list = result.toObject().value(QStringLiteral("webcams"));
    if (!list.isArray()) {
        qCWarning(lcPrinter) << "server.webcams.list: no webcams array";
        return cams;
    }
    for (const QJsonValue &value : list.toArray()) {
        const QJsonObject o = value.toObject();
        WebcamInfo cam;
        cam.name = o.value(QStringLiteral("name")).toString();
        cam.uid = o.value(QStringLiteral("uid")).toString();
        cam.service = o.value(QStringLiteral("service")).toString();
        cam.location = o.value(QStringLiteral("location")).toString();
        cam.enabled = o.value(QStringLiteral("enabled")).toBool(true);
        cam.streamUrl = resolveUrl(o.value(QStringLiteral("stream_url")).toString(), printerHost);
        cam.snapshotUrl = resolveUrl(o.value(QStringLiteral("snapshot_url")).toString(), printerHost);
        cam.flipHorizontal = o.value(QStringLiteral("flip_horizontal")).toBool(false);
        cam.flipVertical = o.value(QStringLiteral("flip_vertical")).toBool(false);
        const int rotation = o.value(QStringLiteral("rotation")).toInt(0);
        cam.rotation = (rotation == 90 || rotation == 180 || rotation == 270) ? rotation : 0;
        cam.aspectRatio = o.value(QStringLiteral("aspect_ratio")).toString();
        cam.targetFps = o.value(QStringLiteral("target_fps")).toInt(15);
        if (cam.name.isEmpty() || !cam.streamUrl.isValid()) {
            qCWarning(lcPrinter) << "skipping a webcam entry without a name or a usable stream URL";
            continue;
        }
        cams.append(cam);
    }
    return cams;
}

} // namespace reticle
