// Camera-tool mode end to end on the simulator: the real client, MotionGuard, camera pipeline,
// mark detector and workflows. Each tool extrudes a mark on the virtual bed (the simulator puts
// it at the physical nozzle: carriage − true offset, with backlash), the camera tool C0 (looking
// down, rotated and mirrored, with noise, lag and ringing) measures it, and every recovered offset
// is compared with the simulator's hidden truth.
#include "CalibrateCommand.h"
#include "camera/CameraThread.h"
#include "camera/FrameSource.h"
#include "camera/FrameSourceFactory.h"
#include "embedded/EmbeddedSimulator.h"
#include "printer/MoonrakerClient.h"
#include "printer/MotionGuard.h"
#include "printer/PrinterReply.h"
#include "workflow/CameraToolOffsetWorkflow.h"
#include "workflow/MarkCameraProbe.h"
#include "store/CalibrationStore.h"
#include "workflow/CalibrationRun.h"
#include "workflow/PrinterMachineIo.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

using namespace reticle;
using namespace reticle::sim;

namespace {

// The bound every tool must meet per axis, µm (docs/guide/camera-tool.md explains it).
constexpr double kBoundUm = 5.0;

struct SimSetup
{
    QMap<int, QVector3D> offsets; // T1, T2, C0 (tool 3)
    double rotationDeg = 0.0;
    bool mirrored = false;
};

std::unique_ptr<EmbeddedSimulator> startSimulator(const SimSetup &setup)
{
    SimulatorOptions options = SimulatorOptions::forTests();
    options.tools = 3;
    options.cameraTool = true;
    options.trueOffsets = setup.offsets;
    options.backlash = 0.02;
    options.positionNoise = 0.0;
    options.seed = 23;
    auto sim = std::make_unique<EmbeddedSimulator>(options);
    CameraOptions camera;
    camera.mode = CameraMode::CameraTool;
    camera.rotationDeg = setup.rotationDeg;
    camera.mirrored = setup.mirrored;
    sim->setCameraOptions(camera);
    QString error;
    if (!sim->start(&error))
        qWarning("simulator: %s", qPrintable(error));
    return sim;
}

CalibrationRunOptions runOptions(const EmbeddedSimulator &sim, const QString &dir)
{
    CalibrationRunOptions options;
    options.mode = CalibrationRunOptions::Mode::CameraTool;
    options.printerUrl = sim.printerUrl();
    options.apiKey = sim.apiKey();
    options.camera.name = QStringLiteral("c0");
    options.camera.url = sim.cameraStreamUrl();
    options.camera.type = CameraProfile::Type::MjpegStream;
    options.tools = {0, 1, 2};
    options.repeats = 2;
    options.depositConfirmed = true;
    options.toolsConfigPath = dir + QStringLiteral("/tools_config.json");
    options.calibrationPath = dir + QStringLiteral("/calibration.json");
    return options;
}

// Tool n's offset relative to C0 (whose reported offset stays 0): t_n − t_C0.
QPointF truthFor(const SimSetup &setup, int tool)
{
    const QVector3D t = setup.offsets.value(tool) - setup.offsets.value(3);
    return {double(t.x()), double(t.y())};
}

} // namespace

class TestCameraToolSim : public QObject
{
    Q_OBJECT

private slots:
    void recoversEveryOffsetFromTheMarks_data()
    {
        QTest::addColumn<double>("rotation");
        QTest::addColumn<bool>("mirrored");
        QTest::addColumn<QVector3D>("t1");
        QTest::addColumn<QVector3D>("t2");
        QTest::addColumn<QVector3D>("c0");
        QTest::newRow("rotated -28°, mirrored") << -28.0 << true << QVector3D(4.234f, -3.567f, 0.05f)
                                                << QVector3D(-4.71f, 3.1f, -0.03f) << QVector3D(0.6f, -0.4f, 0.0f);
        QTest::newRow("rotated +30°") << 30.0 << false << QVector3D(-2.345f, -4.9f, 0.0f)
                                      << QVector3D(3.123f, 1.5f, 0.0f) << QVector3D(-1.1f, -0.7f, 0.0f);
    }

    void recoversEveryOffsetFromTheMarks()
    {
        QFETCH(double, rotation);
        QFETCH(bool, mirrored);
        QFETCH(QVector3D, t1);
        QFETCH(QVector3D, t2);
        QFETCH(QVector3D, c0);
        const SimSetup setup{{{1, t1}, {2, t2}, {3, c0}}, rotation, mirrored};
        const auto sim = startSimulator(setup);
        QVERIFY(sim->isRunning());

        QTemporaryDir dir;
        CalibrationRun run(runOptions(*sim, dir.path()));
        QStringList scripts;
        connect(&run, &CalibrationRun::gcodeSent, this, [&scripts](const QString &s) { scripts << s; });
        connect(&run, &CalibrationRun::log, this, [](const QString &line) { qInfo("%s", qPrintable(line)); });
        QSignalSpy finished(&run, &CalibrationRun::finished);
        QElapsedTimer clock;
        clock.start();
        run.start();
        QVERIFY(finished.wait(300000));
        const CalibrationRunResult &result = run.result();
        if (!result.ok) {
            const MachineSnapshot shot = sim->snapshot();
            for (const DepositedMark &m : shot.marks)
                qInfo("mark of T%d at %.3f %.3f", m.tool, m.x, m.y);
            qInfo("carriage %.3f %.3f %.3f tool %d", shot.carriage[0], shot.carriage[1], shot.carriage[2], shot.activeTool);
        }
        QVERIFY2(result.ok, qPrintable(result.error));
        QCOMPARE(result.mode, QStringLiteral("camera-tool"));
        QCOMPARE(result.referenceName, QStringLiteral("C0"));
        QVERIFY(!result.calibrationReused);
        QVERIFY2(result.rmsUm < 5.0, qPrintable(QString::number(result.rmsUm)));
        qInfo("camera map %s, RMS %.2f µm, %d calibration moves, whole run %.1f s", qPrintable(result.model),
              result.rmsUm, result.calibrationMoves, clock.elapsed() / 1000.0);

        // Exactly one extrusion per tool, in exactly this form.
        const QString deposit = PrinterMachineIo::extrudeScript(1.0, 120.0);
        QCOMPARE(deposit, QStringLiteral("SAVE_GCODE_STATE NAME=RETICLE_DEPOSIT\nM83\nG1 E1.000 F120\n"
                                         "RESTORE_GCODE_STATE NAME=RETICLE_DEPOSIT\nM400"));
        QCOMPARE(scripts.count(deposit), 3);
        QCOMPARE(scripts.filter(QStringLiteral("M83")).size(), 3);
        QCOMPARE(scripts.filter(QStringLiteral("G1 E")).size(), 3);

        // The simulator saw three marks, one per tool, at the physical nozzle of each.
        const MachineSnapshot snapshot = sim->snapshot();
        QCOMPARE(snapshot.marks.size(), 3);

        QCOMPARE(result.tools.size(), 3);
        for (const ToolOffsetResult &r : result.tools) {
            const QPointF truth = truthFor(setup, r.tool);
            const double ex = (r.newOffset.x - truth.x()) * 1000.0;
            const double ey = (r.newOffset.y - truth.y()) * 1000.0;
            qInfo("T%d: error %.2f / %.2f µm, camera std %.2f / %.2f µm, %d moves, %.1f s", r.tool, ex, ey,
                  r.stdMm.x() * 1000, r.stdMm.y() * 1000, r.moves, r.seconds);
            QVERIFY2(std::abs(ex) <= kBoundUm && std::abs(ey) <= kBoundUm,
                     qPrintable(QStringLiteral("T%1 off by %2 / %3 µm").arg(r.tool).arg(ex).arg(ey)));
            QVERIFY(!r.manual);
        }

        // tools_config.json got precise offsets marked as measured from marks; the camera tool is
        // recorded as the camera.
        QFile raw(dir.filePath(QStringLiteral("tools_config.json")));
        QVERIFY(raw.open(QIODevice::ReadOnly));
        const QJsonArray entries = QJsonDocument::fromJson(raw.readAll()).object().value(QStringLiteral("tools")).toArray();
        QCOMPARE(entries.size(), 4);
        bool sawCamera = false;
        for (const QJsonValue &entry : entries) {
            const QJsonObject o = entry.toObject();
            if (o.value(QStringLiteral("type")).toString() == QLatin1String("camera"))
                sawCamera = true;
            else
                QCOMPARE(o.value(QStringLiteral("preciseMethod")).toString(), QStringLiteral("camera-tool-mark-auto"));
        }
        QVERIFY(sawCamera);
        CalibrationStore calibration(dir.filePath(QStringLiteral("calibration.json")));
        QVERIFY2(calibration.load(), qPrintable(calibration.error()));
        QCOMPARE(calibration.record().method, QStringLiteral("camera-tool-moves"));
    }

    void cancelAfterTheFirstDepositPutsEverythingBack()
    {
        // The real client, guard and camera pipeline: T0 deposits, then the operator cancels.
        const SimSetup setup{{{1, QVector3D(1.0f, -1.0f, 0.0f)}, {3, QVector3D(0.2f, 0.1f, 0.0f)}}, 0.0, false};
        const auto sim = startSimulator(setup);
        QVERIFY(sim->isRunning());
        MoonrakerClient client;
        client.setServer(sim->printerUrl());
        client.open();
        QTRY_VERIFY_WITH_TIMEOUT(client.isReady(), 20000);
        MotionGuard guard(client, MotionLimits{});
        bool homed = false;
        guard.home()->then(this, [&](PrinterReply *r) { homed = !r->isError(); });
        QTRY_VERIFY_WITH_TIMEOUT(homed && client.state().isHomed(QLatin1Char('z')), 20000);
        PrinterMachineIo machine(client, guard);
        bool there = false;
        connect(&machine, &MachineIo::operationFinished, this, [&](bool ok) { there = ok; });
        machine.moveTo(30.0, 220.0, 15.0);
        QTRY_VERIFY_WITH_TIMEOUT(there, 20000);
        disconnect(&machine, &MachineIo::operationFinished, this, nullptr);
        CameraProfile profile;
        profile.url = sim->cameraStreamUrl();
        profile.type = CameraProfile::Type::MjpegStream;
        CameraThread camera(FrameSourceFactory::create(profile));
        MarkCameraProbe probe(*camera.source());
        camera.start();
        QTRY_VERIFY_WITH_TIMEOUT(probe.isAvailable(), 30000);

        CameraToolSettings settings;
        settings.tools = {0, 1};
        settings.cameraTool = 3;
        settings.depositConfirmed = true;
        CameraToolOffsetWorkflow workflow(machine, probe, settings);
        connect(&workflow, &CameraToolOffsetWorkflow::markDeposited, &workflow, &CameraToolOffsetWorkflow::cancel);
        const int toolBefore = machine.activeTool();
        workflow.start();
        QTRY_COMPARE_WITH_TIMEOUT(workflow.state(), CameraToolOffsetWorkflow::State::Cancelled, 60000);
        QCOMPARE(sim->snapshot().marks.size(), 1); // T0's only
        QCOMPARE(machine.activeTool(), toolBefore);
        const Offset3 back = machine.gcodePosition();
        QVERIFY2(std::abs(back.x - 30.0) < 1e-6 && std::abs(back.y - 220.0) < 1e-6 && std::abs(back.z - 15.0) < 1e-6,
                 qPrintable(QStringLiteral("%1 %2 %3").arg(back.x).arg(back.y).arg(back.z)));
        QVERIFY(workflow.results().isEmpty());
    }

    void cliPrintsTheResultAsJson()
    {
        const SimSetup setup{{{1, QVector3D(1.25f, -2.5f, 0.0f)}, {2, QVector3D(-3.0f, 2.0f, 0.0f)},
                              {3, QVector3D(0.3f, 0.2f, 0.0f)}},
                             12.0,
                             false};
        const auto sim = startSimulator(setup);
        QVERIFY(sim->isRunning());
        QTemporaryDir dir;
        const QString calibrationPath = dir.filePath(QStringLiteral("calibration.json"));

        // Without --yes nothing runs: the tools would extrude.
        {
            QString out, err;
            QTextStream o(&out), e(&err);
            CliIo io{o, e};
            CalibrateCommand command;
            const int code = command.run({QStringLiteral("calibrate"), QStringLiteral("--printer"),
                                          sim->printerUrl().toString(), QStringLiteral("--camera"),
                                          sim->cameraStreamUrl().toString(), QStringLiteral("--tools"),
                                          QStringLiteral("T0,T1,T2"), QStringLiteral("--mode"),
                                          QStringLiteral("camera-tool")},
                                         io);
            e.flush();
            QCOMPARE(code, 2);
            QVERIFY2(err.contains(QStringLiteral("--yes")), qPrintable(err));
            QVERIFY(sim->snapshot().marks.isEmpty());
        }

        auto runCli = [&](const QPointF &markPosition, QJsonObject *root) {
            QString out, err;
            QTextStream o(&out), e(&err);
            CliIo io{o, e};
            CalibrateCommand command;
            const int code = command.run(
                {QStringLiteral("calibrate"), QStringLiteral("--printer"), sim->printerUrl().toString(),
                 QStringLiteral("--camera"), sim->cameraStreamUrl().toString(), QStringLiteral("--tools"),
                 QStringLiteral("T0,T1,T2"), QStringLiteral("--mode"), QStringLiteral("camera-tool"),
                 QStringLiteral("--yes"), QStringLiteral("--repeat"), QStringLiteral("1"),
                 QStringLiteral("--mark-position"),
                 QStringLiteral("%1,%2").arg(markPosition.x()).arg(markPosition.y()), QStringLiteral("--calibration"),
                 calibrationPath, QStringLiteral("--json")},
                io);
            o.flush();
            e.flush();
            QJsonParseError error;
            *root = QJsonDocument::fromJson(out.toUtf8(), &error).object();
            return std::make_pair(code, err + error.errorString());
        };

        QJsonObject root;
        auto [code, err] = runCli(QPointF(40.0, 260.0), &root);
        QVERIFY2(code == 0, qPrintable(err));
        qInfo("%s", QJsonDocument(root).toJson(QJsonDocument::Compact).constData());
        QCOMPARE(root.value(QStringLiteral("mode")).toString(), QStringLiteral("camera-tool"));
        QCOMPARE(root.value(QStringLiteral("reference")).toString(), QStringLiteral("C0"));
        const QJsonArray tools = root.value(QStringLiteral("tools")).toArray();
        QCOMPARE(tools.size(), 3);
        for (const QJsonValue &value : tools) {
            const QJsonObject t = value.toObject();
            const int tool = t.value(QStringLiteral("tool")).toString().mid(1).toInt();
            const QPointF truth = truthFor(setup, tool);
            QVERIFY2(std::abs(t.value(QStringLiteral("x")).toDouble() - truth.x()) <= kBoundUm / 1000.0
                         && std::abs(t.value(QStringLiteral("y")).toDouble() - truth.y()) <= kBoundUm / 1000.0,
                     qPrintable(QJsonDocument(t).toJson(QJsonDocument::Compact)));
            QVERIFY(t.contains(QStringLiteral("deposit_x")));
        }
        QCOMPARE(root.value(QStringLiteral("calibration")).toObject().value(QStringLiteral("reused")).toBool(), false);

        // A second run on a fresh row of the bed reuses the camera tool's saved calibration.
        auto [again, err2] = runCli(QPointF(40.0, 230.0), &root);
        QVERIFY2(again == 0, qPrintable(err2));
        QCOMPARE(root.value(QStringLiteral("calibration")).toObject().value(QStringLiteral("reused")).toBool(), true);
        QCOMPARE(sim->snapshot().marks.size(), 6);
    }
};

QTEST_GUILESS_MAIN(TestCameraToolSim)
#include "tst_cameratool_sim.moc"
