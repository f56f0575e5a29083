// Our tool-offset loop vs a TAMV-style loop, on the same simulator (same hidden offsets, camera
// rotation/mirroring, 0.02 mm backlash, lag and ringing), the same camera pipeline and the same
// detector. Prints moves per tool, seconds per tool and the final error per axis.
//   bench_calibration [runs]   (default 3; each run has 2 non-reference tools)
#include "TamvStyleLoop.h"
#include "camera/CameraThread.h"
#include "camera/FrameSourceFactory.h"
#include "embedded/EmbeddedSimulator.h"
#include "printer/MoonrakerClient.h"
#include "printer/MotionGuard.h"
#include "workflow/CalibrationRun.h"
#include "workflow/CameraNozzleProbe.h"
#include "workflow/PrinterMachineIo.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QLoggingCategory>
#include <QRandomGenerator>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <numeric>

using namespace reticle;

namespace {

struct Sample
{
    double errorUm = 0.0; // worst axis
    int moves = 0;
    double seconds = 0.0;
};

sim::EmbeddedSimulator *makeSimulator(quint32 seed, QMap<int, QVector3D> *truth)
{
    QRandomGenerator random(seed);
    auto uniform = [&random](double lo, double hi) { return lo + (hi - lo) * random.generateDouble(); };
    sim::SimulatorOptions options = sim::SimulatorOptions::forTests();
    options.tools = 3;
    options.trueOffsets.clear();
    for (int tool = 1; tool < 3; ++tool)
        options.trueOffsets.insert(tool, QVector3D(float(uniform(-5, 5)), float(uniform(-5, 5)), 0.0f));
    options.backlash = 0.02;
    options.seed = seed;
    *truth = options.trueOffsets;
    auto *simulator = new sim::EmbeddedSimulator(options);
    sim::CameraOptions camera;
    camera.rotationDeg = uniform(-30, 30);
    camera.mirrored = random.bounded(2) == 1;
    simulator->setCameraOptions(camera);
    return simulator;
}

bool runOurs(sim::EmbeddedSimulator &simulator, const QMap<int, QVector3D> &truth, int repeats, QVector<Sample> *samples)
{
    CalibrationRunOptions options;
    options.printerUrl = simulator.printerUrl();
    options.camera.url = simulator.cameraStreamUrl();
    options.camera.type = CameraProfile::Type::MjpegStream;
    options.tools = {0, 1, 2};
    options.repeats = repeats;
    CalibrationRun run(options);
    QEventLoop loop;
    QObject::connect(&run, &CalibrationRun::finished, &loop, &QEventLoop::quit);
    QMetaObject::invokeMethod(&run, &CalibrationRun::start, Qt::QueuedConnection);
    loop.exec();
    if (!run.result().ok) {
        std::fprintf(stderr, "ours failed: %s\n", qPrintable(run.result().error));
        return false;
    }
    for (const ToolOffsetResult &r : run.result().tools) {
        if (r.tool == 0)
            continue;
        const QVector3D t = truth.value(r.tool);
        samples->append({std::max(std::abs(r.newOffset.x - double(t.x())), std::abs(r.newOffset.y - double(t.y()))) * 1000.0,
                         r.moves, r.seconds});
    }
    return true;
}

bool runTamv(sim::EmbeddedSimulator &simulator, const QMap<int, QVector3D> &truth, QVector<Sample> *samples)
{
    MoonrakerClient client;
    client.setServer(simulator.printerUrl());
    QEventLoop ready;
    QObject::connect(&client, &PrinterLink::connectionStateChanged, &ready, [&](PrinterLink::ConnectionState s) {
        if (s == PrinterLink::ConnectionState::Ready)
            ready.quit();
    });
    client.open();
    ready.exec();
    MotionGuard guard(client, MotionLimits{});
    PrinterMachineIo machine(client, guard);
    CameraProfile profile;
    profile.url = simulator.cameraStreamUrl();
    CameraThread camera(FrameSourceFactory::create(profile));
    CameraNozzleProbe probe(*camera.source(), NozzleDetector());
    QEventLoop streaming;
    QObject::connect(camera.source(), &FrameSource::stateChanged, &streaming, [&](StreamStateMachine::State s) {
        if (s == StreamStateMachine::State::Streaming)
            streaming.quit();
    }, Qt::QueuedConnection);
    camera.start();
    streaming.exec();
    const QSize size = camera.source()->latestFrame().size();

    QEventLoop homed;
    guard.home()->then(&homed, [&](PrinterReply *) { QTimer::singleShot(600, &homed, &QEventLoop::quit); });
    homed.exec();
    TamvStyleLoop tamv(machine, probe, size);
    QString error;
    QEventLoop moved;
    QObject::connect(&machine, &MachineIo::operationFinished, &moved, &QEventLoop::quit);
    machine.moveTo(150.0, 150.0, 20.0);
    moved.exec();
    if (!tamv.calibrate(&error)) {
        std::fprintf(stderr, "TAMV-style calibration failed: %s\n", qPrintable(error));
        return false;
    }
    QVector<TamvStyleLoop::ToolResult> results;
    if (!tamv.measure({0, 1, 2}, 150.0, 150.0, 20.0, &results, &error)) {
        std::fprintf(stderr, "TAMV-style loop failed: %s\n", qPrintable(error));
        return false;
    }
    for (const auto &r : results) {
        if (r.tool == 0)
            continue;
        const QVector3D t = truth.value(r.tool);
        samples->append({std::max(std::abs(r.x - double(t.x())), std::abs(r.y - double(t.y()))) * 1000.0, r.moves, r.seconds});
    }
    return true;
}

double median(QVector<double> v)
{
    std::sort(v.begin(), v.end());
    return v.isEmpty() ? 0.0 : v[v.size() / 2];
}

void report(const char *name, const QVector<Sample> &samples)
{
    QVector<double> errors, moves, seconds;
    for (const Sample &s : samples) {
        errors << s.errorUm;
        moves << s.moves;
        seconds << s.seconds;
    }
    std::printf("%-12s %3lld tools   moves/tool median %5.1f max %3.0f   s/tool median %5.1f   error median %7.2f µm  max %7.2f µm\n",
                name, static_cast<long long>(samples.size()), median(moves), *std::max_element(moves.cbegin(), moves.cend()),
                median(seconds), median(errors), *std::max_element(errors.cbegin(), errors.cend()));
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QLoggingCategory::setFilterRules(QStringLiteral("reticle.*.debug=false\nreticle.*.info=false\nreticle.*.warning=false"));
    const int runs = argc > 1 ? std::max(1, std::atoi(argv[1])) : 3;
    QVector<Sample> ours, oursSingle, tamv;
    for (int run = 0; run < runs; ++run) {
        const quint32 seed = 1000 + quint32(run);
        for (int which = 0; which < 3; ++which) {
            QMap<int, QVector3D> truth;
            std::unique_ptr<sim::EmbeddedSimulator> simulator(makeSimulator(seed, &truth));
            QString error;
            if (!simulator->start(&error)) {
                std::fprintf(stderr, "simulator: %s\n", qPrintable(error));
                return 1;
            }
            const bool ok = which == 0   ? runOurs(*simulator, truth, 3, &ours)
                            : which == 1 ? runOurs(*simulator, truth, 1, &oursSingle)
                                         : runTamv(*simulator, truth, &tamv);
            if (!ok)
                return 1;
        }
        std::printf("run %d (seed %u) done\n", run + 1, seed);
        std::fflush(stdout);
    }
    std::printf("\nTool offsets after camera calibration (%d runs x 2 tools, offsets up to ±5 mm, camera ±30°, 0.02 mm backlash):\n", runs);
    report("Reticle x3", ours);
    report("Reticle x1", oursSingle);
    report("TAMV-style", tamv);
    QVector<double> oe, te, om, tm;
    for (const Sample &s : oursSingle) {
        oe << s.errorUm;
        om << s.moves;
    }
    for (const Sample &s : tamv) {
        te << s.errorUm;
        tm << s.moves;
    }
    std::printf("\nReticle x3 measures each tool three times (repeatability); x1 once, like TAMV.\n"
                "Ratios (TAMV-style / Reticle x1): moves %.1fx, median error %.1fx\n", median(tm) / std::max(1.0, median(om)),
                median(te) / std::max(1e-3, median(oe)));
    return 0;
}
