#include "CameraOptions.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace reticle::sim {

namespace {

bool readDouble(const QCommandLineParser &parser, const QString &name, double min, double max, double &out,
                QString &error)
{
    if (!parser.isSet(name))
        return true;
    bool ok = false;
    const double v = parser.value(name).toDouble(&ok);
    if (!ok || v < min || v > max) {
        error = QCoreApplication::translate("CameraOptions", "--%1 must be a number from %2 to %3, not '%4'")
                    .arg(name, QString::number(min), QString::number(max), parser.value(name));
        return false;
    }
    out = v;
    return true;
}

bool readInt(const QCommandLineParser &parser, const QString &name, int min, int max, int &out, QString &error)
{
    if (!parser.isSet(name))
        return true;
    bool ok = false;
    const int v = parser.value(name).toInt(&ok);
    if (!ok || v < min || v > max) {
        error = QCoreApplication::translate("CameraOptions", "--%1 must be a whole number from %2 to %3, not '%4'")
                    .arg(name, QString::number(min), QString::number(max), parser.value(name));
        return false;
    }
    out = v;
    return true;
}

} // namespace

CameraModel CameraOptions::model() const
{
    CameraModel m;
    m.setResolution(resolution);
    m.setMicronsPerPixel(umPerPx);
    m.setRotationDegrees(rotationDeg);
    m.setMirrored(mirrored);
    m.setCentre(QPointF(rig.nozzleCameraX, rig.nozzleCameraY));
    return m;
}

QString CameraOptions::modeName() const
{
    return mode == CameraMode::Nozzle ? QStringLiteral("nozzle") : QStringLiteral("camera-tool");
}

void CameraOptions::addTo(QCommandLineParser &parser)
{
    parser.addOptions({
        {QStringLiteral("camera-port"), QCoreApplication::translate("CameraOptions", "Port of the virtual camera's MJPEG server (0 = any free port)."),
         QStringLiteral("port"), QStringLiteral("8080")},
        {QStringLiteral("camera-mode"),
         QCoreApplication::translate("CameraOptions", "What the virtual camera shows: 'nozzle' (fixed camera looking up at the nozzle) or "
            "'camera-tool' (camera tool looking down at the bed)."),
         QStringLiteral("mode"), QStringLiteral("nozzle")},
        {QStringLiteral("resolution"), QCoreApplication::translate("CameraOptions", "Camera resolution, 640x480 up to 3840x2160."), QStringLiteral("WxH"),
         QStringLiteral("1280x960")},
        {QStringLiteral("fps"), QCoreApplication::translate("CameraOptions", "Camera frame rate."), QStringLiteral("fps"), QStringLiteral("15")},
        {QStringLiteral("um-per-px"), QCoreApplication::translate("CameraOptions", "Camera scale in micrometres per pixel."), QStringLiteral("um"),
         QStringLiteral("15")},
        {QStringLiteral("camera-rotation"), QCoreApplication::translate("CameraOptions", "Camera rotation in degrees (positive turns the image clockwise)."),
         QStringLiteral("degrees"), QStringLiteral("0")},
        {QStringLiteral("camera-mirror"), QCoreApplication::translate("CameraOptions", "Mirror the camera image horizontally.")},
        {QStringLiteral("noise"), QCoreApplication::translate("CameraOptions", "Sensor noise in grey levels (0 = none)."), QStringLiteral("sigma"),
         QStringLiteral("2")},
        {QStringLiteral("jpeg-quality"), QCoreApplication::translate("CameraOptions", "JPEG quality of the camera frames (1-100)."), QStringLiteral("quality"),
         QStringLiteral("85")},
        {QStringLiteral("lag-ms"), QCoreApplication::translate("CameraOptions", "A frame shows the printer as it was this many milliseconds earlier."),
         QStringLiteral("ms"), QStringLiteral("60")},
        {QStringLiteral("focus"), QCoreApplication::translate("CameraOptions", "Camera focus setting, 0-30 like the camera bus (15 = sharp at the default "
                                     "distance)."),
         QStringLiteral("focus"), QStringLiteral("15")},
        {QStringLiteral("vibration-um"), QCoreApplication::translate("CameraOptions", "Toolhead vibration amplitude in micrometres while moving (0 = none)."),
         QStringLiteral("um"), QStringLiteral("15")},
        {QStringLiteral("ooze"), QCoreApplication::translate("CameraOptions", "Show a drop of filament hanging off the nozzle.")},
        {QStringLiteral("flat-light"), QCoreApplication::translate("CameraOptions", "Even illumination: no brightness gradient or vignetting.")},
        {QStringLiteral("scene-noise"),
         QCoreApplication::translate("CameraOptions", "Pick each frame's sensor noise by what it shows instead of by the frame counter: the "
                                     "same scene always gives the same frame (reproducible runs).")},
        {QStringLiteral("occlude-tools"),
         QCoreApplication::translate("CameraOptions", "Hide the nozzle tips of these tools (comma-separated tool numbers) under a lump of "
                                     "filament, so that detection fails and the nozzle must be clicked."),
         QStringLiteral("list")},
        {QStringLiteral("fiducial"), QCoreApplication::translate("CameraOptions", "Bed position of the printed fiducial target in mm."), QStringLiteral("x,y"),
         QStringLiteral("150,150")},
    });
}

QString CameraOptions::readFrom(const QCommandLineParser &parser, CameraOptions &options)
{
    QString error;
    int port = options.port;
    if (!readInt(parser, QStringLiteral("camera-port"), 0, 65535, port, error))
        return error;
    options.port = quint16(port);
    options.portRequired = parser.isSet(QStringLiteral("camera-port"));

    if (parser.isSet(QStringLiteral("camera-mode"))) {
        const QString mode = parser.value(QStringLiteral("camera-mode"));
        if (mode == QLatin1String("nozzle"))
            options.mode = CameraMode::Nozzle;
        else if (mode == QLatin1String("camera-tool"))
            options.mode = CameraMode::CameraTool;
        else
            return QCoreApplication::translate("CameraOptions", "--camera-mode must be 'nozzle' or 'camera-tool', not '%1'").arg(mode);
    }

    if (parser.isSet(QStringLiteral("resolution"))) {
        static const QRegularExpression re(QStringLiteral("^(\\d{1,5})[xX](\\d{1,5})$"));
        const QString value = parser.value(QStringLiteral("resolution"));
        const QRegularExpressionMatch m = re.match(value);
        const int w = m.hasMatch() ? m.captured(1).toInt() : 0;
        const int h = m.hasMatch() ? m.captured(2).toInt() : 0;
        if (w < 640 || h < 480 || w > CameraModel::kMaxWidth || h > CameraModel::kMaxHeight)
            return QCoreApplication::translate("CameraOptions", "--resolution must be WIDTHxHEIGHT from 640x480 to 3840x2160, not '%1'").arg(value);
        options.resolution = QSize(w, h);
    }

    if (!readDouble(parser, QStringLiteral("fps"), kMinFps, kMaxFps, options.fps, error)
        || !readDouble(parser, QStringLiteral("um-per-px"), 0.5, 500.0, options.umPerPx, error)
        || !readDouble(parser, QStringLiteral("camera-rotation"), -360.0, 360.0, options.rotationDeg, error)
        || !readDouble(parser, QStringLiteral("noise"), 0.0, 50.0, options.imperfections.noiseSigma, error)
        || !readInt(parser, QStringLiteral("jpeg-quality"), 1, 100, options.imperfections.jpegQuality, error)
        || !readInt(parser, QStringLiteral("lag-ms"), 0, 2000, options.imperfections.lagMs, error)
        || !readInt(parser, QStringLiteral("focus"), 0, 30, options.rig.focus, error))
        return error;
    double vibrationUm = options.imperfections.vibrationMm * 1000.0;
    if (!readDouble(parser, QStringLiteral("vibration-um"), 0.0, 1000.0, vibrationUm, error))
        return error;
    options.imperfections.vibrationMm = vibrationUm / 1000.0;
    options.imperfections.noise = options.imperfections.noiseSigma > 0.0;
    options.imperfections.vibration = options.imperfections.vibrationMm > 0.0;
    options.mirrored = parser.isSet(QStringLiteral("camera-mirror"));
    options.nozzle.ooze = parser.isSet(QStringLiteral("ooze"));
    options.imperfections.illumination = !parser.isSet(QStringLiteral("flat-light"));
    options.imperfections.noisePerScene = parser.isSet(QStringLiteral("scene-noise"));

    if (parser.isSet(QStringLiteral("occlude-tools"))) {
        const QString value = parser.value(QStringLiteral("occlude-tools"));
        QList<int> tools;
        for (const QString &part : value.split(QLatin1Char(','))) {
            bool ok = false;
            const int tool = part.trimmed().toInt(&ok);
            if (!ok || tool < 0 || tool > 99)
                return QCoreApplication::translate("CameraOptions",
                                                   "--occlude-tools must be tool numbers from 0 to 99 separated by commas, not '%1'")
                    .arg(value);
            tools.append(tool);
        }
        options.nozzle.occludedTools = tools;
    }

    if (parser.isSet(QStringLiteral("fiducial"))) {
        const QString value = parser.value(QStringLiteral("fiducial"));
        const QStringList parts = value.split(QLatin1Char(','));
        bool okX = false, okY = false;
        const double x = parts.size() == 2 ? parts[0].trimmed().toDouble(&okX) : 0.0;
        const double y = parts.size() == 2 ? parts[1].trimmed().toDouble(&okY) : 0.0;
        if (!okX || !okY)
            return QCoreApplication::translate("CameraOptions", "--fiducial must be X,Y in mm, not '%1'").arg(value);
        options.fiducial.centreMm = QPointF(x, y);
    }
    return {};
}

} // namespace reticle::sim
