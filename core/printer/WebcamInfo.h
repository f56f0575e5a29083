#pragma once

#include <QJsonValue>
#include <QList>
#include <QString>
#include <QUrl>

namespace reticle {

// One camera from Moonraker's server.webcams.list (moonraker-api.md §6), its URLs made absolute.
struct WebcamInfo
{
    QString name;
    QString uid;
    QString service;        // mjpegstreamer, webrtc-camerastreamer, ...
    QString location;
    bool enabled = true;
    QUrl streamUrl;
    QUrl snapshotUrl;       // empty when the service has none
    bool flipHorizontal = false;
    bool flipVertical = false;
    int rotation = 0;       // 0, 90, 180, 270 clockwise
    QString aspectRatio;
    int targetFps = 15;

    // Parses the result of server.webcams.list; entries without a name or stream URL are
    // skipped with a warning.
    static QList<WebcamInfo> fromListResult(const QJsonValue &result, const QString &printerHost);

    // A path ("/webcam/?action=stream", "webcam/...") is on the printer host, port 80 (nginx),
    // with the query string kept. An absolute URL on a loopback host (127.0.0.1, localhost) is
    // moved to the printer host, because loopback means the printer itself. Empty stays empty.
    static QUrl resolveUrl(const QString &value, const QString &printerHost);
};

} // namespace reticle
