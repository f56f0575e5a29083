#pragma once

#include "CameraToolOffsetWorkflow.h"
#include "ToolOffsetWorkflow.h"
#include "camera/CameraProfile.h"
#include "geometry/MapFitter.h"
#include "printer/OffsetWriter.h"

#include <QObject>
#include <QSize>
#include <QUrl>

#include <memory>
#include <optional>

namespace reticle {

class CameraCalibrationWorkflow;
class CameraNozzleProbe;
class MarkCameraProbe;
class CameraThread;
class MoonrakerClient;
class MotionGuard;
class PrinterMachineIo;

struct CalibrationRunOptions
{
    enum class Mode { NozzleCamera, CameraTool };
    Mode mode = Mode::NozzleCamera;
    QUrl printerUrl;                 // ws://host:7125/websocket
    QString apiKey;
    CameraProfile camera;
    QVector<int> tools;              // tool numbers; the reference is measured first
    int referenceTool = 0;
    Offset3 cameraPosition{150.0, 150.0, 20.0}; // gcode position that puts a nozzle over the camera
    int repeats = 3;
    bool reuseCalibration = true;    // use calibration.json when it holds a fitted map for this image size
    QString toolsConfigPath;         // empty: not written
    QString calibrationPath;         // empty: not read or written
    enum class Apply { None, Auto, Writer };
    Apply apply = Apply::None;
    OffsetWriter::Kind writer = OffsetWriter::Kind::GcodeOffset;
    int connectTimeoutMs = 30000;

    // Camera-tool mode (the camera is a tool looking down; the tools deposit marks). The camera
    // looks from cameraPosition.z; the reference is the camera tool unless referenceTool names an
    // extruder (referenceIsCameraTool false).
    QString cameraToolName = QStringLiteral("C0");
    bool referenceIsCameraTool = true;
    QPointF firstMarkMm{50.0, 250.0};
    double markSpacingMm = 25.0;
    double depositZ = 0.6;
    double extrudeMm = 1.0;
    double extrudeFeedMmPerMin = 120.0;
    double travelZ = 5.0;
    bool depositConfirmed = false;   // the operator agreed to the extrusion (--yes)
};

struct CalibrationRunResult
{
    bool ok = false;
    QString error;
    QString mode = QStringLiteral("nozzle-camera"); // or "camera-tool"
    int referenceTool = 0;
    QString referenceName;          // "T0", "C0", ...
    QVector<ToolOffsetResult> tools;
    QString model;                  // "affine", ...
    double rmsUm = -1.0;
    double maxUm = -1.0;
    bool calibrationReused = false;
    int calibrationMoves = 0;
    QStringList appliedGcode;       // what was sent to the printer
    QString applyNote;              // e.g. "SAVE_CONFIG not sent"
};

// The whole headless job of `reticle-cli calibrate` and `reticle --demo --headless`: connect to
// the printer and the camera, home when needed, calibrate the camera by moves (or reuse a saved
// calibration), measure every tool's offset, optionally apply the offsets through the detected
// writer, and save tools_config.json / calibration.json. Each step is one of the workflows; this
// class only sequences them and reports progress as log lines.
class CalibrationRun : public QObject
{
    Q_OBJECT
public:
    enum class Step { Idle, Connecting, StartingCamera, Homing, Positioning, CalibratingCamera, MeasuringTools,
                      Applying, Saving, Done, Failed };
    Q_ENUM(Step)

    explicit CalibrationRun(CalibrationRunOptions options, QObject *parent = nullptr);
    ~CalibrationRun() override;

    Step step() const { return m_step; }
    const CalibrationRunResult &result() const { return m_result; }

public slots:
    void start();

signals:
    void log(const QString &line);
    void gcodeSent(const QString &script); // every G-code script sent to the printer, in order
    void finished(const reticle::CalibrationRunResult &result);

private:
    void setStep(Step step);
    void fail(const QString &reason);
    void onPrinterReady();
    void startCamera();
    void home();
    void position();
    void calibrateCamera();
    void measureTools(const PixelMap &map);
    void measureWithCameraTool();
    static QString cameraToolMethod() { return QStringLiteral("camera-tool-moves"); }
    void apply();
    void save();
    bool loadSavedMap(PixelMap *map);

    CalibrationRunOptions m_options;
    Step m_step = Step::Idle;
    CalibrationRunResult m_result;
    std::unique_ptr<MoonrakerClient> m_client;
    std::unique_ptr<MotionGuard> m_guard;
    std::unique_ptr<PrinterMachineIo> m_machine;
    std::unique_ptr<CameraThread> m_camera;
    std::unique_ptr<CameraNozzleProbe> m_probe;
    std::unique_ptr<CameraCalibrationWorkflow> m_cameraWorkflow;
    std::unique_ptr<ToolOffsetWorkflow> m_toolWorkflow;
    std::unique_ptr<MarkCameraProbe> m_markProbe;
    std::unique_ptr<CameraToolOffsetWorkflow> m_cameraToolWorkflow;
    int m_cameraTool = -1;
    QSize m_imageSize;
    std::optional<MapFit> m_fit;
    std::vector<PointPair> m_fitPoints;
};

} // namespace reticle

Q_DECLARE_METATYPE(reticle::CalibrationRunResult)
