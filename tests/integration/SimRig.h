#pragma once

// The real printer client, motion guard, camera pipeline and nozzle probe against the embedded
// simulator, with the camera calibrated (and the printer homed, T0 over the camera) by a first
// CalibrationRun — the same objects the window uses, without the window.

#include "camera/CameraThread.h"
#include "camera/FrameSourceFactory.h"
#include "embedded/EmbeddedSimulator.h"
#include "printer/MoonrakerClient.h"
#include "printer/MotionGuard.h"
#include "printer/PrinterReply.h"
#include "store/CalibrationStore.h"
#include "workflow/CalibrationRun.h"
#include "workflow/CameraNozzleProbe.h"
#include "workflow/PrinterMachineIo.h"

#include <QJsonObject>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace reticle::test {

class SimRig
{
public:
    explicit SimRig(const sim::SimulatorOptions &options, const sim::CameraOptions &camera = {})
        : m_sim(options)
    {
        m_sim.setCameraOptions(camera);
    }
    ~SimRig()
    {
        m_probe.reset();
        m_camera.reset();
        m_machine.reset();
        m_guard.reset();
        m_client.reset();
    }

    QString path(const QString &name) const { return m_dir.filePath(name); }
    sim::EmbeddedSimulator &simulator() { return m_sim; }
    MoonrakerClient &client() { return *m_client; }
    PrinterMachineIo &machine() { return *m_machine; }
    CameraNozzleProbe &probe() { return *m_probe; }
    const CalibrationRunResult &firstRun() const { return m_first; }

    // Starts the simulator, runs one CalibrationRun (home, camera calibration by moves, one
    // measurement per tool, tools_config.json and calibration.json written), then connects the
    // rig's own client and camera with the saved camera map. False with a reason.
    bool start(const QVector<int> &tools, QString *error)
    {
        if (!m_sim.start(error))
            return false;
        CalibrationRunOptions options;
        options.printerUrl = m_sim.printerUrl();
        options.apiKey = m_sim.apiKey();
        options.camera.name = QStringLiteral("sim");
        options.camera.url = m_sim.cameraStreamUrl();
        options.camera.type = CameraProfile::Type::MjpegStream;
        options.tools = tools;
        options.repeats = 1;
        options.toolsConfigPath = path(QStringLiteral("tools_config.json"));
        options.calibrationPath = path(QStringLiteral("calibration.json"));
        {
            CalibrationRun run(options);
            QSignalSpy finished(&run, &CalibrationRun::finished);
            run.start();
            if (!finished.wait(240000) || !run.result().ok) {
                *error = QStringLiteral("first calibration run: %1").arg(run.result().error);
                return false;
            }
            m_first = run.result();
        }

        m_client = std::make_unique<MoonrakerClient>();
        m_client->setServer(m_sim.printerUrl());
        m_client->setApiKey(m_sim.apiKey());
        m_client->open();
        if (!QTest::qWaitFor([this] { return m_client->isReady(); }, 20000)) {
            *error = QStringLiteral("the rig's client did not become ready");
            return false;
        }
        m_guard = std::make_unique<MotionGuard>(*m_client, MotionLimits{});
        m_machine = std::make_unique<PrinterMachineIo>(*m_client, *m_guard);
        m_camera = std::make_unique<CameraThread>(FrameSourceFactory::create(options.camera));
        FrameSource *frames = m_camera->source();
        m_probe = std::make_unique<CameraNozzleProbe>(*frames, NozzleDetector());
        m_camera->start();
        if (!QTest::qWaitFor([frames] { return frames->state() == StreamStateMachine::State::Streaming; }, 20000)) {
            *error = QStringLiteral("the rig's camera did not stream");
            return false;
        }
        const QSize imageSize = frames->latestFrame().size();
        CalibrationStore store(options.calibrationPath);
        if (!store.load()) {
            *error = store.error();
            return false;
        }
        const std::optional<PixelMap> map = store.record().fittedMapFor(imageSize);
        if (!map) {
            *error = QStringLiteral("no saved camera map for %1×%2").arg(imageSize.width()).arg(imageSize.height());
            return false;
        }
        m_probe->setCameraMap(*map, imageSize);
        // The state the subscription delivers: homed, and where the first run left the head.
        return QTest::qWaitFor([this] { return m_machine->isReady(); }, 5000);
    }

    // Sends a script and waits for Klipper's answer; the error text, empty on success.
    QString send(const QString &script)
    {
        PrinterReply *reply = m_client->sendGcode(script);
        QSignalSpy done(reply, &PrinterReply::finished);
        if (!reply->isFinished() && !done.wait(30000))
            return QStringLiteral("no answer to %1").arg(script);
        const QString error = reply->isError() ? reply->error()->toString() : QString();
        reply->deleteLater();
        return error;
    }

    // The offsets the virtual printer applies to tool `name` now, read with a fresh query (not
    // the subscription), exactly as Klipper reports them.
    std::optional<Offset3> printerOffset(const QString &name)
    {
        const QString object = QStringLiteral("tool ") + name;
        PrinterReply *reply = m_client->queryObjects(QJsonObject{{object, QJsonValue::Null}});
        QSignalSpy done(reply, &PrinterReply::finished);
        if (!reply->isFinished() && !done.wait(10000))
            return std::nullopt;
        const QJsonObject status = reply->result().toObject().value(QStringLiteral("status")).toObject().value(object).toObject();
        reply->deleteLater();
        if (!status.contains(QStringLiteral("gcode_x_offset")))
            return std::nullopt;
        return Offset3{status.value(QStringLiteral("gcode_x_offset")).toDouble(),
                       status.value(QStringLiteral("gcode_y_offset")).toDouble(),
                       status.value(QStringLiteral("gcode_z_offset")).toDouble()};
    }

private:
    QTemporaryDir m_dir;
    sim::EmbeddedSimulator m_sim;
    CalibrationRunResult m_first;
    std::unique_ptr<MoonrakerClient> m_client;
    std::unique_ptr<MotionGuard> m_guard;
    std::unique_ptr<PrinterMachineIo> m_machine;
    std::unique_ptr<CameraThread> m_camera;
    std::unique_ptr<CameraNozzleProbe> m_probe;
};

} // namespace reticle::test
