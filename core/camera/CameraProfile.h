#pragma once

#include <QJsonObject>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QUrl>

namespace reticle {

// A webcam as Moonraker's `server.webcams.list` describes it: plain data, filled by the printer
// client (or by tests), so the camera module does not depend on it.
struct MoonrakerWebcam
{
    QString name;
    QString service;      // "mjpegstreamer", "mjpegstreamer-adaptive", "webrtc-camerastreamer", ...
    QString streamUrl;    // often host-relative ("/webcam/?action=stream")
    QString snapshotUrl;  // often host-relative ("/webcam/?action=snapshot")
    bool flipHorizontal = false;
    bool flipVertical = false;
    int rotation = 0;     // 0, 90, 180, 270
    double targetFps = 0; // 0 when not given
};

// How to reach one camera and how to orient its picture, plus what the operator chose for it
// (the reticle). Stored in the settings as JSON.
struct CameraProfile
{
    enum class Type { MjpegStream, Snapshot, MediaUrl, LocalCamera };

    QString name;
    Type type = Type::MjpegStream;
    QUrl url;               // stream/snapshot/media URL; for LocalCamera the device id (empty = default)
    bool flipHorizontal = false;
    bool flipVertical = false;
    int rotation = 0;       // clockwise degrees: 0, 90, 180 or 270
    double snapshotFps = 2.0; // Snapshot: requests per second
    QString reticle = QStringLiteral("crosshair"); // crosshair, circle, grid, ruler, none
    double micronsPerPixel = 0; // 0 = not calibrated

    bool isValid() const;
    // Rotation normalised to 0/90/180/270 (anything else becomes the nearest quarter turn).
    static int normalizedRotation(int degrees);
    static QString typeName(Type type);           // stable id for files: "mjpeg", "snapshot", ...
    static Type typeFromName(const QString &name, bool *ok = nullptr);
    static QString typeDisplayName(Type type);    // translated

    QJsonObject toJson() const;
    static CameraProfile fromJson(const QJsonObject &object);

    // Guesses the type from a URL: rtsp:// and video files are MediaUrl, "snapshot"/"capture"
    // URLs and still images are Snapshot, other http(s) URLs MjpegStream.
    static Type guessType(const QUrl &url);

    // A profile for one of Moonraker's webcams. Host-relative URLs are resolved against
    // `http://<printerHost>/` (port 80), as Moonraker's own front ends do.
    static CameraProfile fromMoonrakerWebcam(const MoonrakerWebcam &webcam, const QString &printerHost);
    static QUrl resolveWebcamUrl(const QString &url, const QString &printerHost);

    // A list of profiles as stored in the settings (a JSON array), and back. Bad entries are
    // skipped.
    static QByteArray listToJson(const QList<CameraProfile> &profiles);
    static QList<CameraProfile> listFromJson(const QByteArray &json);

    bool operator==(const CameraProfile &other) const = default;
};

} // namespace reticle

Q_DECLARE_METATYPE(reticle::CameraProfile)
