#include "HeadlessDemo.h"

#include "embedded/EmbeddedSimulator.h"
#include "workflow/CalibrationRun.h"

#include <QEventLoop>
#include <QRandomGenerator>
#include <QTemporaryDir>

#include <cmath>

namespace reticle {

int HeadlessDemo::run(QTextStream &out, QTextStream &err, quint32 seed, bool cameraTool)
{
    QRandomGenerator random(seed);
    auto uniform = [&random](double lo, double hi) { return lo + (hi - lo) * random.generateDouble(); };

    sim::SimulatorOptions printer = sim::SimulatorOptions::demo();
    printer.tools = 3;
    printer.cameraTool = cameraTool;
    printer.trueOffsets.clear();
    // Camera-tool mode: each mark must land in the camera's 19 × 14 mm view, so ±4 mm per axis
    // (and C0 itself ±0.5 mm off).
    const double reach = cameraTool ? 4.0 : 5.0;
    for (int tool = 1; tool < printer.tools; ++tool)
        printer.trueOffsets.insert(tool, QVector3D(float(uniform(-reach, reach)), float(uniform(-reach, reach)), 0.0f));
    const int c0 = printer.tools;
    if (cameraTool)
        printer.trueOffsets.insert(c0, QVector3D(float(uniform(-0.5, 0.5)), float(uniform(-0.5, 0.5)), 0.0f));
    printer.backlash = 0.02;
    printer.positionNoise = 0.0;
    printer.seed = seed;
    sim::CameraOptions camera;
    camera.rotationDeg = uniform(-30, 30);
    camera.mirrored = random.bounded(2) == 1;
    if (cameraTool)
        camera.mode = sim::CameraMode::CameraTool;

    out << tr("Reticle demo (seed %1): simulated printer with %2 tools, camera rotated %3°%4, 0.02 mm backlash")
               .arg(seed)
               .arg(printer.tools)
               .arg(camera.rotationDeg, 0, 'f', 1)
               .arg(camera.mirrored ? tr(" and mirrored") : QString())
        << '\n';
    if (cameraTool)
        out << tr("Camera-tool mode: every tool deposits a mark and the camera tool C0 measures it (offsets relative to "
                  "C0)")
            << '\n';
    out.flush();

    sim::EmbeddedSimulator simulator(printer);
    simulator.setCameraOptions(camera);
    QString error;
    if (!simulator.start(&error)) {
        err << tr("The simulator did not start: %1").arg(error) << '\n';
        return 1;
    }

    QTemporaryDir files;
    CalibrationRunOptions options;
    options.printerUrl = simulator.printerUrl();
    options.apiKey = simulator.apiKey();
    options.camera.name = cameraTool ? tr("Simulated camera tool") : tr("Simulated nozzle camera");
    if (cameraTool) {
        // The simulated tools may extrude: the operator's agreement is running the demo.
        options.mode = CalibrationRunOptions::Mode::CameraTool;
        options.depositConfirmed = true;
        options.repeats = 2;
    }
    options.camera.url = simulator.cameraStreamUrl();
    options.camera.type = CameraProfile::Type::MjpegStream;
    for (int tool = 0; tool < printer.tools; ++tool)
        options.tools.append(tool);
    options.toolsConfigPath = files.filePath(QStringLiteral("tools_config.json"));
    options.calibrationPath = files.filePath(QStringLiteral("calibration.json"));

    CalibrationRun run(options);
    QEventLoop loop;
    QObject::connect(&run, &CalibrationRun::log, &loop, [&out](const QString &line) {
        out << "  " << line << '\n';
        out.flush();
    });
    QObject::connect(&run, &CalibrationRun::finished, &loop, &QEventLoop::quit);
    QMetaObject::invokeMethod(&run, &CalibrationRun::start, Qt::QueuedConnection);
    loop.exec();

    const CalibrationRunResult &result = run.result();
    if (!result.ok) {
        err << tr("The calibration failed: %1").arg(result.error) << '\n';
        return 1;
    }
    out << '\n'
        << tr("Camera map: %1, RMS %2 µm over the calibration points").arg(result.model).arg(result.rmsUm, 0, 'f', 2)
        << '\n'
        << tr("tool    true X    true Y   found X   found Y   error X/Y (µm)   std X/Y (µm)  moves") << '\n';
    double worst = 0.0;
    for (const ToolOffsetResult &r : result.tools) {
        // Camera-tool mode: relative to C0, whose reported offset stays 0.
        const QVector3D truth = printer.trueOffsets.value(r.tool) - (cameraTool ? printer.trueOffsets.value(c0) : QVector3D());
        const double ex = (r.newOffset.x - double(truth.x())) * 1000.0;
        const double ey = (r.newOffset.y - double(truth.y())) * 1000.0;
        worst = std::max({worst, std::abs(ex), std::abs(ey)});
        out << QStringLiteral("T%1  %2 %3 %4 %5   %6 / %7   %8 / %9  %10\n")
                   .arg(r.tool)
                   .arg(double(truth.x()), 9, 'f', 4)
                   .arg(double(truth.y()), 9, 'f', 4)
                   .arg(r.newOffset.x, 9, 'f', 4)
                   .arg(r.newOffset.y, 9, 'f', 4)
                   .arg(ex, 6, 'f', 2)
                   .arg(ey, 6, 'f', 2)
                   .arg(r.stdMm.x() * 1000.0, 5, 'f', 2)
                   .arg(r.stdMm.y() * 1000.0, 5, 'f', 2)
                   .arg(r.moves, 5);
    }
    out << tr("Largest error: %1 µm (target 5 µm)").arg(worst, 0, 'f', 2) << '\n';
    return worst <= 5.0 ? 0 : 1;
}

} // namespace reticle
