#pragma once

#include "SimulatorOptions.h"

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QString>

namespace reticle::sim {

// The reticle-sim command-line options (--host, --api-port, --tools, --offsets, --api-key,
// --seed, --backlash, --position-noise, --offset-model, --camera-tool, ...) and their checks.
class SimulatorOptionsParser
{
public:
    SimulatorOptionsParser();

    void addTo(QCommandLineParser &parser) const;
    // Reads the parsed options into `options`. Returns false with a one-line reason in `error`
    // for any invalid value.
    bool read(const QCommandLineParser &parser, SimulatorOptions *options, QString *error) const;

    // Parses "T1:dx,dy[,dz];T2:dx,dy[,dz]" (C0 names the camera tool) into tool number -> offset.
    static bool parseOffsets(const QString &text, const SimulatorOptions &options, QMap<int, QVector3D> *offsets,
                             QString *error);
    // Parses "name=bed;stream=/webcam/?action=stream;snapshot=;rotation=90;flip=h;uid=..." into a
    // server.webcams.list entry (stream is required; flip is h, v or hv).
    static bool parseWebcam(const QString &text, SimWebcam *webcam, QString *error);

private:
    QCommandLineOption m_host;
    QCommandLineOption m_apiPort;
    QCommandLineOption m_tools;
    QCommandLineOption m_offsets;
    QCommandLineOption m_apiKey;
    QCommandLineOption m_seed;
    QCommandLineOption m_backlash;
    QCommandLineOption m_positionNoise;
    QCommandLineOption m_offsetModel;
    QCommandLineOption m_cameraTool;
    QCommandLineOption m_setToolOffset;
    QCommandLineOption m_maxVelocity;
    QCommandLineOption m_maxAccel;
    QCommandLineOption m_webcam;
    QCommandLineOption m_statusAfterScript;
};

} // namespace reticle::sim
