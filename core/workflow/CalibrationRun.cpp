#include "CalibrationRun.h"

#include "CameraCalibrationWorkflow.h"
#include "CameraNozzleProbe.h"
#include "CameraToolOutput.h"
#include "MarkCameraProbe.h"
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
    const bool cameraTool = m_options.mode == CalibrationRunOptions::Mode::CameraTool;
    m_result.mode = cameraTool ? QStringLiteral("camera-tool") : QStringLiteral("nozzle-camera");
    m_result.referenceName = cameraTool && m_options.referenceIsCameraTool
        ? m_options.cameraToolName
        : QStringLiteral("T%1").arg(m_options.referenceTool);
}

CalibrationRun::~CalibrationRun()
{
    // Workflows reference the adapters, the adapters the client: tear down in that order.
    m_cameraToolWorkflow.reset();
    m_toolWorkflow.reset();
    m_cameraWorkflow.reset();
    m_markProbe.reset();
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
    if (m_options.mode == CalibrationRunOptions::Mode::CameraTool)
        m_markProbe = std::make_unique<MarkCameraProbe>(*frames);
    else
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
    if (m_options.mode == CalibrationRunOptions::Mode::CameraTool) {
        // Start (and end) over the first mark position at the camera's height, up first.
        emit log(tr("Moving over the mark positions"));
        auto moved = std::make_shared<QMetaObject::Connection>();
        *moved = connect(m_machine.get(), &MachineIo::operationFinished, this,
                         [this, moved](bool ok, const QString &error) {
                             if (!ok) {
                                 disconnect(*moved);
                                 fail(error);
                                 return;
                             }
                             const Offset3 here = m_machine->gcodePosition();
                             const QPointF start = m_options.firstMarkMm;
                             if (std::abs(here.x - start.x()) > 1e-6 || std::abs(here.y - start.y()) > 1e-6) {
                                 m_machine->moveTo(start.x(), start.y(), std::nullopt);
                                 return;
                             }
                             disconnect(*moved);
                             measureWithCameraTool();
                         });
        m_machine->moveTo(std::nullopt, std::nullopt,
                          std::max(m_machine->gcodePosition().z, m_options.cameraPosition.z));
        return;
    }
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
    // A map fitted for the camera tool (looking down) is not one for the nozzle camera, and back.
    const bool wantCameraTool = m_options.mode == CalibrationRunOptions::Mode::CameraTool;
    if (record.enabled && record.transform && (record.method == cameraToolMethod()) != wantCameraTool) {
        emit log(wantCameraTool ? tr("Not using the saved calibration: it is not the camera tool's.")
                                : tr("Not using the saved calibration: it is the camera tool's."));
        return false;
    }
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

void CalibrationRun::measureWithCameraTool()
{
    setStep(Step::MeasuringTools);
    for (const ToolInfo &tool : m_client->state().tools())
        if (tool.name.compare(m_options.cameraToolName, Qt::CaseInsensitive) == 0)
            m_cameraTool = tool.number;
    if (m_cameraTool < 0) {
        fail(tr("The printer has no tool called %1 (the camera tool).").arg(m_options.cameraToolName));
        return;
    }
    PixelMap saved;
    if (m_options.reuseCalibration && loadSavedMap(&saved)) {
        m_result.calibrationReused = true;
        m_markProbe->setCameraMap(saved, m_imageSize);
        emit log(tr("Reusing the saved camera calibration (%1, RMS %2 µm)").arg(m_result.model).arg(m_result.rmsUm, 0, 'f', 2));
    }

    CameraToolSettings settings;
    settings.tools = m_options.tools;
    settings.cameraTool = m_cameraTool;
    settings.cameraToolName = m_options.cameraToolName;
    settings.referenceTool = m_options.referenceIsCameraTool ? m_cameraTool : m_options.referenceTool;
    settings.firstMarkMm = m_options.firstMarkMm;
    settings.markSpacingMm = m_options.markSpacingMm;
    settings.depositZ = m_options.depositZ;
    settings.extrudeMm = m_options.extrudeMm;
    settings.extrudeFeedMmPerMin = m_options.extrudeFeedMmPerMin;
    settings.travelZ = m_options.travelZ;
    settings.cameraZ = m_options.cameraPosition.z;
    settings.depositConfirmed = m_options.depositConfirmed;
    settings.repeats = m_options.repeats;
    settings.calibration.imageSize = QSizeF(m_imageSize);
    m_cameraToolWorkflow = std::make_unique<CameraToolOffsetWorkflow>(*m_machine, *m_markProbe, settings);
    CameraToolOffsetWorkflow *workflow = m_cameraToolWorkflow.get();
    auto stopReason = std::make_shared<QString>();
    connect(workflow, &CameraToolOffsetWorkflow::failed, this, &CalibrationRun::fail);
    connect(workflow, &CameraToolOffsetWorkflow::stateChanged, this,
            [this, workflow, stopReason](CameraToolOffsetWorkflow::State state) {
                // Headless, nobody can click, confirm or resume: put things back and stop.
                using State = CameraToolOffsetWorkflow::State;
                if (state == State::AwaitingConfirmation)
                    *stopReason = tr("camera-tool mode extrudes filament; confirm it with --yes.");
                else if (state == State::AwaitingClick)
                    *stopReason = tr("the mark of T%1 was not detected (%2); run the wizard in the window to "
                                     "click it by hand.")
                                      .arg(workflow->currentTool())
                                      .arg(workflow->lastProbe().reason);
                else if (state == State::Paused)
                    *stopReason = tr("Paused: %1").arg(workflow->pauseReason());
                else if (state == State::Cancelled && !stopReason->isEmpty())
                    fail(*stopReason);
                if (state == State::AwaitingConfirmation || state == State::AwaitingClick || state == State::Paused)
                    QMetaObject::invokeMethod(workflow, &CameraToolOffsetWorkflow::cancel, Qt::QueuedConnection);
            });
    connect(workflow, &CameraToolOffsetWorkflow::cameraCalibrated, this, [this, workflow](const MapFit &fit) {
        m_fit = fit;
        m_fitPoints = workflow->cameraFitPoints();
        m_result.model = PixelMap::modelName(fit.map.model());
        m_result.rmsUm = fit.rmsUm;
        m_result.maxUm = fit.maxUm;
        m_result.calibrationMoves = workflow->calibrationMoves();
        emit log(fit.explanation());
    });
    connect(workflow, &CameraToolOffsetWorkflow::progress, this,
            [this](int, int, const QString &text) { emit log(text); });
    connect(workflow, &CameraToolOffsetWorkflow::toolMeasured, this, [this](const ToolOffsetResult &r) {
        emit log(tr("T%1: offset X %2 Y %3 mm (%4 moves)")
                     .arg(r.tool)
                     .arg(r.newOffset.x, 0, 'f', 4)
                     .arg(r.newOffset.y, 0, 'f', 4)
                     .arg(r.moves));
    });
    connect(workflow, &CameraToolOffsetWorkflow::finished, this, [this, workflow] {
        m_result.tools = workflow->results();
        apply();
    });
    workflow->start();
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
        const bool cameraTool = m_options.mode == CalibrationRunOptions::Mode::CameraTool;
        store.setCalibration(*m_fit, m_fitPoints, m_options.cameraPosition.z, m_options.camera.name, m_imageSize,
                             cameraTool ? cameraToolMethod() : QStringLiteral("moves"));
        store.setEnabled(true);
        if (!store.save()) {
            fail(store.error());
            return;
        }
        emit log(tr("Saved the camera calibration to %1").arg(m_options.calibrationPath));
    }
    if (!m_options.toolsConfigPath.isEmpty()) {
        QString error;
        const bool saved = m_options.mode == CalibrationRunOptions::Mode::CameraTool
            ? CameraToolOutput::saveToToolsConfig(m_options.toolsConfigPath, m_result.tools, m_cameraTool,
                                                  m_options.cameraToolName, &error)
            : ToolOffsetOutput::saveToToolsConfig(m_options.toolsConfigPath, m_result.tools, &error);
        if (!saved) {
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
