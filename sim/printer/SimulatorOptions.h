#pragma once

#include <QHostAddress>
#include <QMap>
#include <QString>
#include <QVector>
#include <QVector3D>

namespace reticle::sim {

// One entry of server.webcams.list (moonraker-api.md section 6). URLs may be absolute or paths.
struct SimWebcam
{
    QString name;
    QString uid;
    QString service = QStringLiteral("mjpegstreamer-adaptive");
    QString location = QStringLiteral("printer");
    QString icon = QStringLiteral("mdiWebcam");
    QString streamUrl;
    QString snapshotUrl; // may be empty: a service without snapshots
    QString aspectRatio = QStringLiteral("4:3");
    int targetFps = 15;
    int targetFpsIdle = 5;
    int rotation = 0; // 0, 90, 180, 270 clockwise
    bool flipHorizontal = false;
    bool flipVertical = false;
    bool enabled = true;
};

// Everything that shapes the virtual printer: network, tools, imperfections, timing.
// Filled from the command line by SimulatorOptionsParser or directly by tests.
struct SimulatorOptions
{
    enum class OffsetModel {
        Transform,    // klipper-toolchanger since 2025-12: tool offset applied by a move transform
        HomingOrigin, // older klipper-toolchanger: a tool change runs SET_GCODE_OFFSET
    };

    // Network
    QHostAddress host = QHostAddress(QHostAddress::LocalHost);
    quint16 apiPort = 7125;
    QString apiKey; // empty: every connection is trusted (like a trusted_clients entry)

    // Machine
    int tools = 3;           // extruder tools T0..T(n-1)
    bool cameraTool = false; // adds camera tool C0 with tool number `tools`
    QMap<int, QVector3D> trueOffsets; // hidden physical offsets by tool number (missing = 0)
    OffsetModel offsetModel = OffsetModel::Transform;
    bool setToolOffsetCommand = false; // also register the KTCC-style SET_TOOL_OFFSET
    double axisMin[3] = {0.0, 0.0, 0.0};
    double axisMax[3] = {300.0, 300.0, 250.0};
    double homePosition[3] = {0.0, 0.0, 0.0}; // position_endstop per axis

    // Motion (mm/s, mm/s^2)
    double maxVelocity = 300.0;
    double maxAccel = 3000.0;
    double maxZVelocity = 15.0;
    double maxZAccel = 100.0;
    double homingSpeed = 50.0;

    // Imperfections (mm)
    double backlash = 0.0;      // hysteresis per axis on a direction reversal
    double positionNoise = 0.0; // gaussian sigma per move and axis
    quint32 seed = 1;

    // Lifecycle timing (ms): Moonraker connects to Klippy after connectDelayMs, Klippy is in
    // "startup" for startupMs, a restart keeps Klippy away for restartDownMs.
    int connectDelayMs = 300;
    int startupMs = 300;
    int restartDownMs = 1000;
    int idleTimeoutS = 600;

    QVector<SimWebcam> webcams;

    // Moonraker also pushes each connection's status diff right after answering a G-code
    // script, besides the 250 ms cadence. Real Moonraker does not promise when an update
    // follows a reply; tests that need the same event order every run turn this on.
    bool statusAfterScript = false;

    // Total number of tools including the camera tool.
    int toolCount() const { return tools + (cameraTool ? 1 : 0); }
    // "T1", or "C0" for the camera tool.
    QString toolName(int number) const;
    QVector3D trueOffset(int number) const { return trueOffsets.value(number); }

    // Options for fast tests: quick lifecycle and fast motion.
    static SimulatorOptions forTests();
    // Options for `reticle --demo`: three tools with visible offsets, a camera tool.
    static SimulatorOptions demo();
};

} // namespace reticle::sim
