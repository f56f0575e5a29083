#pragma once

#include "camera/BedRenderer.h"
#include "camera/CameraModel.h"
#include "camera/CameraScene.h"
#include "camera/Imperfections.h"
#include "camera/NozzleRenderer.h"

#include <QCommandLineParser>
#include <QSize>
#include <QString>

namespace reticle::sim {

// Everything that configures the virtual camera, and its command-line options.
struct CameraOptions
{
    CameraMode mode = CameraMode::Nozzle;
    QSize resolution{1280, 960};
    double fps = 15.0;
    double umPerPx = 15.0;
    double rotationDeg = 0.0;
    bool mirrored = false;
    quint16 port = 8080;
    // The port was asked for (--camera-port): if it is taken, that is an error. The default
    // port falls back to a free one instead, so a second simulator still starts.
    bool portRequired = false;
    CameraRig rig;
    ImperfectionSettings imperfections;
    NozzleAppearance nozzle;
    Fiducial fiducial;

    static constexpr double kMinFps = 0.5;
    static constexpr double kMaxFps = 60.0;

    // The camera model for these options (centred on the nozzle camera; the camera tool moves it).
    CameraModel model() const;

    // Adds --camera-port, --camera-mode, --resolution, --fps, --um-per-px, --camera-rotation,
    // --camera-mirror, --noise, --jpeg-quality, --lag-ms, --focus, --vibration-um, --ooze,
    // --flat-light, --scene-noise, --occlude-tools, --fiducial to `parser`.
    static void addTo(QCommandLineParser &parser);
    // Reads them into `options` (the seed is the printer's --seed and is set by the caller).
    // Returns an error message for a bad value, empty when all is well.
    static QString readFrom(const QCommandLineParser &parser, CameraOptions &options);

    QString modeName() const;
};

} // namespace reticle::sim
