#include "CalibrationRun.h"

#include "CameraCalibrationWorkflow.h"
#include "CameraNozzleProbe.h"
#include "PrinterMachineIo.h"
#include "ToolOffsetOutput.h"
#include "camera/CameraThread.h"
#include "camera/FrameSourceFactory.h"
#include "printer/MoonrakerClient.h"
#include "printer/MotionGuard.h"
#include "printer/PrinterReply.h"
#include "store/CalibrationStore.h"

#include <QJsonArray>
#include <QTimer>

namespace reticle {

CalibrationRun::CalibrationRun(CalibrationRunOptions options, QObject *parent)
    : QObject(parent)
    , m_options(std::move(options))
{
    m_result.referenceTool = m_options.referenceTool;
}

CalibrationRun::~CalibrationRun()
{
    // Workflows reference the adapters, the adapters the client: tear down in that order.
    m_toolWorkflow.reset();
    m_cameraWorkflow.reset();
    m_probe.reset();
    m_camera.reset();
    m_machine.reset();
    m_guard.reset();
    m_client.reset();
}

void CalibrationRun::setStep(Step step)
{
    m_step = step;
}

void CalibrationRun::fail(const QString &reason)
{
    if (m_step == Step::Failed || m_step == Step::Done)
        return;
    setStep(Step::Failed);
    m_result.ok = false;
    m_result.error = reason;
    emit log(tr("Failed: %1").arg(reason));
    emit finished(m_result);
}

void CalibrationRun::start()
{
    if (m_options.tools.isEmpty()) {
        fail(tr("No tools to measure."));
        return;
    }
    setStep(Step::Connecting);
    emit log(tr("Connecting to %1").arg(m_options.printerUrl.toDisplayString()));
    m_client = std::make_unique<MoonrakerClient>();
    m_client->setServer(m_options.printerUrl);
    if (!m_options.apiKey.isEmpty())
        m_client->setApiKey(m_options.apiKey);
    connect(m_client.get(), &PrinterLink::gcodeSent, this, &CalibrationRun::gcodeSent);
    connect(m_client.get(), &PrinterLink::connectionStateChanged, this, [this](PrinterLink::ConnectionState state) {
        if (state == PrinterLink::ConnectionState::Ready && m_step == Step::Connecting)
            onPrinterReady();
    });
    connect(m_client.get(), &PrinterLink::connectionError, this, [this](const PrinterError &error) {
        if (m_step == Step::Connecting && error.isUnauthorized())
            fail(error.toString());
    });
    QTimer::singleShot(m_options.connectTimeoutMs, this, [this] {
        if (m_step == Step::Connecting)
            fail(tr("The printer at %1 did not become ready within %2 s.")
                     .arg(m_options.printerUrl.toDisplayString())
                     .arg(m_options.connectTimeoutMs / 1000));
    });
    m_client->open();
}

void CalibrationRun::onPrinterReady()
{
    emit log(tr("Printer ready"));
    m_guard = std::make_unique<MotionGuard>(*m_client, MotionLimits{});
    m_machine = std::make_unique<PrinterMachineIo>(*m_client, *m_guard);
    startCamera();
}

void CalibrationRun::startCamera()
{
    setStep(Step::StartingCamera);
    emit log(tr("Opening the camera %1").arg(m_options.camera.url.toDisplayString()));
    std::unique_ptr<FrameSource> source = FrameSourceFactory::create(m_options.camera);
    if (!source) {
        fail(tr("Cannot open the camera %1.").arg(m_options.camera.url.toDisplayString()));
        return;
    }
    m_camera = std::make_unique<CameraThread>(std::move(source));
    FrameSource *frames = m_camera->source();
    m_probe = std::make_unique<CameraNozzleProbe>(*frames, NozzleDetector());
    connect(frames, &FrameSource::stateChanged, this, [this, frames](StreamStateMachine::State state) {
        if (m_step != Step::StartingCamera)
            return;
        if (state == StreamStateMachine::State::Streaming) {
            m_imageSize = frames->latestFrame().size();
            emit log(tr("Camera streaming, %1×%2").arg(m_imageSize.width()).arg(m_imageSize.height()));
            home();
        } else if (state == StreamStateMachine::State::Failed) {
            fail(tr("The camera failed: %1").arg(frames->lastError()));
        }
    }, Qt::QueuedConnection);
    QTimer::singleShot(15000, this, [this] {
        if (m_step == Step::StartingCamera)
            fail(tr("No frames from the camera within 15 s."));
    });
    m_camera->start();
}

void CalibrationRun::home()
{
    setStep(Step::Homing);
    const PrinterState &state = m_client->state();
    if (state.isHomed(QLatin1Char('x')) && state.isHomed(QLatin1Char('y')) && state.isHomed(QLatin1Char('z'))) {
        position();
        return;
    }
    emit log(tr("Homing (G28)"));
    m_guard->home()->then(this, [this](PrinterReply *reply) {
        if (reply->isError()) {
            fail(reply->error()->toString());
            return;
        }
        // Homed axes reach us through the subscription (diffs every 250 ms): wait for them.
        auto waiting = std::make_shared<QMetaObject::Connection>();
        auto check = [this, waiting] {
            const PrinterState &s = m_client->state();
            if (m_step == Step::Homing && s.isHomed(QLatin1Char('x')) && s.isHomed(QLatin1Char('y'))
                && s.isHomed(QLatin1Char('z'))) {
                disconnect(*waiting);
                position();
            }
        };
        *waiting = connect(m_client.get(), &PrinterLink::stateChanged, this, check);
        QTimer::singleShot(5000, this, [this, waiting] {
            if (m_step == Step::Homing) {
                disconnect(*waiting);
                fail(tr("The printer did not report all axes homed after G28."));
            }
        });
        check();
    });
}

void CalibrationRun::position()
{
    setStep(Step::Positioning);
    emit log(tr("Moving T%1 over the camera").arg(m_options.referenceTool));
    auto moved = std::make_shared<QMetaObject::Connection>();
    auto stage = std::make_shared<int>(0);
    *moved = connect(m_machine.get(), &MachineIo::operationFinished, this,
                     [this, moved, stage](bool ok, const QString &error) {
                         if (!ok) {
                             disconnect(*moved);
                             fail(error);
                             return;
                         }
                         if (++*stage == 1) {
                             const Offset3 &c = m_options.cameraPosition;
                             m_machine->moveTo(c.x, c.y, c.z);
                             return;
                         }
                         disconnect(*moved);
                         PixelMap saved;
                         if (m_options.reuseCalibration && loadSavedMap(&saved)) {
                             m_result.calibrationReused = true;
                             emit log(tr("Reusing the saved camera calibration (%1, RMS %2 µm)")
                                          .arg(m_result.model)
                                          .arg(m_result.rmsUm, 0, 'f', 2));
                             measureTools(saved);
                         } else {
                             calibrateCamera();
                         }
                     });
    if (m_machine->activeTool() != m_options.referenceTool) {
        m_machine->selectTool(m_options.referenceTool);
    } else {
        *stage = 1;
        const Offset3 &c = m_options.cameraPosition;
        m_machine->moveTo(c.x, c.y, c.z);
    }
}

bool CalibrationRun::loadSavedMap(PixelMap *map)
{
    if (m_options.calibrationPath.isEmpty())
        return false;
    CalibrationStore store(m_options.calibrationPath);
    if (!store.load()) {
        emit log(tr("Not using the saved calibration: %1").arg(store.error()));
        return false;
    }
    const CalibrationRecord &record = store.record();
    const std::optional<PixelMap> fitted = record.fittedMapFor(m_imageSize);
    if (!fitted) {
        if (record.enabled && record.transform && record.imageSize != m_imageSize)
            emit log(tr("Not using the saved calibration: it was made at %1×%2, the camera now sends %3×%4.")
                         .arg(record.imageSize.width())
                         .arg(record.imageSize.height())
                         .arg(m_imageSize.width())
                         .arg(m_imageSize.height()));
        return false;
    }
    *map = *fitted;
    m_result.model = PixelMap::modelName(map->model());
    m_result.rmsUm = record.rmsUm;
    m_result.maxUm = record.maxUm;
    return true;
}

void CalibrationRun::calibrateCamera()
{
    setStep(Step::CalibratingCamera);
    emit log(tr("Calibrating the camera by moves"));
    MoveCalibrationPlanner::Config config;
    config.imageSize = QSizeF(m_imageSize);
    m_cameraWorkflow = std::make_unique<CameraCalibrationWorkflow>(*m_machine, *m_probe, config);
    connect(m_cameraWorkflow.get(), &CameraCalibrationWorkflow::failed, this, &CalibrationRun::fail);
    connect(m_cameraWorkflow.get(), &CameraCalibrationWorkflow::stateChanged, this,
            [this](CameraCalibrationWorkflow::State state) {
                if (state == CameraCalibrationWorkflow::State::Paused)
                    fail(tr("The printer or the camera went away during the camera calibration."));
            });
    connect(m_cameraWorkflow.get(), &CameraCalibrationWorkflow::finished, this, [this](const MapFit &fit) {
        m_fit = fit;
        m_fitPoints = m_cameraWorkflow->planner().pairs();
        m_result.model = PixelMap::modelName(fit.map.model());
        m_result.rmsUm = fit.rmsUm;
        m_result.maxUm = fit.maxUm;
        m_result.calibrationMoves = m_cameraWorkflow->movesIssued();
        emit log(fit.explanation());
        measureTools(fit.map);
    });
    m_cameraWorkflow->start();
}

void CalibrationRun::measureTools(const PixelMap &map)
{
    setStep(Step::MeasuringTools);
    m_probe->setCameraMap(map, m_imageSize);

    ToolOffsetSettings settings;
    settings.tools = m_options.tools;
    settings.referenceTool = m_options.referenceTool;
    settings.cameraPosition = m_options.cameraPosition;
    settings.repeats = m_options.repeats;
    // A tool's first position may be millimetres off (hand-jogged offsets): one correction may
    // cover a third of the field of view; the camera map is good over the whole field.
    settings.centring.maxStepMm = m_probe->maxCorrectionMm();
    settings.centring.toleranceUm = 20.0;
    m_toolWorkflow = std::make_unique<ToolOffsetWorkflow>(*m_machine, *m_probe, settings);
    connect(m_toolWorkflow.get(), &ToolOffsetWorkflow::failed, this, &CalibrationRun::fail);
    connect(m_toolWorkflow.get(), &ToolOffsetWorkflow::stateChanged, this, [this](ToolOffsetWorkflow::State state) {
        if (state == ToolOffsetWorkflow::State::Paused)
            fail(tr("Paused: %1").arg(m_toolWorkflow->pauseReason()));
        else if (state == ToolOffsetWorkflow::State::AwaitingClick)
            fail(tr("T%1: the nozzle was not detected; run the wizard in the window to click it by hand.")
                     .arg(m_toolWorkflow->currentTool()));
    });
    connect(m_toolWorkflow.get(), &ToolOffsetWorkflow::toolMeasured, this, [this](const ToolOffsetResult &r) {
        emit log(tr("T%1: offset X %2 Y %3 mm (std %4 / %5 µm, %6 moves)")
                     .arg(r.tool)
                     .arg(r.newOffset.x, 0, 'f', 4)
                     .arg(r.newOffset.y, 0, 'f', 4)
                     .arg(r.stdMm.x() * 1000.0, 0, 'f', 1)
                     .arg(r.stdMm.y() * 1000.0, 0, 'f', 1)
                     .arg(r.moves));
    });
    connect(m_toolWorkflow.get(), &ToolOffsetWorkflow::finished, this, [this] {
        m_result.tools = m_toolWorkflow->results();
        apply();
    });
    m_toolWorkflow->start();
}

void CalibrationRun::apply()
{
    if (m_options.apply == CalibrationRunOptions::Apply::None) {
        save();
        return;
    }
    setStep(Step::Applying);
    auto send = [this](std::unique_ptr<OffsetWriter> writer) {
        if (writer->isExportOnly()) {
            fail(tr("%1 only exports text; it cannot apply offsets to this printer.").arg(writer->displayName()));
            return;
        }
        const QStringList lines = ToolOffsetOutput::commands(*writer, m_result.tools);
        m_result.appliedGcode = lines;
        if (writer->needsSaveConfig())
            m_result.applyNote = tr("SAVE_CONFIG was not sent (it restarts Klipper); send it to make the offsets permanent.");
        else if (!writer->note().isEmpty())
            m_result.applyNote = writer->note();
        emit log(tr("Applying with %1").arg(writer->displayName()));
        m_client->sendGcode(lines.join(QLatin1Char('\n')))->then(this, [this](PrinterReply *reply) {
            if (reply->isError()) {
                fail(reply->error()->toString());
                return;
            }
            save();
        });
    };
    if (m_options.apply == CalibrationRunOptions::Apply::Writer) {
        send(OffsetWriter::create(m_options.writer));
        return;
    }
    m_client->queryGcodeCommands()->then(this, [this, send](PrinterReply *reply) {
        if (reply->isError()) {
            fail(reply->error()->toString());
            return;
        }
        send(OffsetWriter::detect(PrinterLink::gcodeCommandsFrom(reply->result())));
    });
}

void CalibrationRun::save()
{
    setStep(Step::Saving);
    if (!m_options.calibrationPath.isEmpty() && m_fit) {
        CalibrationStore store(m_options.calibrationPath);
        if (!store.load()) {
            fail(store.error());
            return;
        }
        store.setCalibration(*m_fit, m_fitPoints, m_options.cameraPosition.z, m_options.camera.name, m_imageSize,
                             QStringLiteral("moves"));
        store.setEnabled(true);
        if (!store.save()) {
            fail(store.error());
            return;
        }
        emit log(tr("Saved the camera calibration to %1").arg(m_options.calibrationPath));
    }
    if (!m_options.toolsConfigPath.isEmpty()) {
        QString error;
        if (!ToolOffsetOutput::saveToToolsConfig(m_options.toolsConfigPath, m_result.tools, &error)) {
            fail(error);
            return;
        }
        emit log(tr("Saved the offsets to %1").arg(m_options.toolsConfigPath));
    }
    setStep(Step::Done);
    m_result.ok = true;
    emit finished(m_result);
}

} // namespace reticle
