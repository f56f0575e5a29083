#include "CommandLine.h"
#include "base/AppInfo.h"
#include "camera/CameraService.h"
#include "printer/SimulatorOptionsParser.h"
#include "printer/VirtualKlipper.h"
#include "printer/VirtualMoonraker.h"

#include <QCoreApplication>
#include <QSocketNotifier>
#include <QTextStream>

#include <csignal>
#include <unistd.h>

using namespace reticle;
using namespace reticle::sim;

namespace {

int g_signalPipe[2] = {-1, -1};

void onSignal(int)
{
    const char byte = 1;
    [[maybe_unused]] const auto written = ::write(g_signalPipe[1], &byte, 1);
}

// SIGINT/SIGTERM end the event loop cleanly (self-pipe: the handler only writes a byte).
void quitOnSignals(QCoreApplication &app)
{
    if (::pipe(g_signalPipe) != 0)
        return;
    auto *notifier = new QSocketNotifier(g_signalPipe[0], QSocketNotifier::Read, &app);
    QObject::connect(notifier, &QSocketNotifier::activated, &app, [] { QCoreApplication::quit(); });
    std::signal(SIGINT, onSignal);
    std::signal(SIGTERM, onSignal);
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    AppInfo::applyToApplication();

    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "reticle-sim", "Simulated Moonraker printer and camera servers for Reticle's demo and tests."));
    const SimulatorOptionsParser simOptions;
    simOptions.addTo(parser);
    CameraOptions::addTo(parser); // virtual camera (sim/camera)
    const ParseOutcome outcome = CommandLine::parse(parser, QCoreApplication::arguments(), QStringLiteral("reticle-sim"));
    if (outcome.shouldExit()) {
        CommandLine::print(outcome);
        return *outcome.exitCode;
    }
    SimulatorOptions options;
    QString error;
    if (!simOptions.read(parser, &options, &error)) {
        CommandLine::print(CommandLine::usageError(QStringLiteral("reticle-sim"), error));
        return CommandLine::kUsageError;
    }
    CameraOptions cameraOptions;
    error = CameraOptions::readFrom(parser, cameraOptions);
    if (!error.isEmpty()) {
        CommandLine::print(CommandLine::usageError(QStringLiteral("reticle-sim"), error));
        return CommandLine::kUsageError;
    }

    VirtualKlipper klipper(options);
    VirtualMoonraker moonraker(&klipper, options);
    if (!moonraker.listen(options.host, options.apiPort)) {
        QTextStream(stderr) << QCoreApplication::translate("reticle-sim", "reticle-sim: cannot listen on %1:%2: %3\n")
                                   .arg(options.host.toString())
                                   .arg(options.apiPort)
                                   .arg(moonraker.errorString());
        return 1;
    }
    // --- Virtual camera (sim/camera): start its server here and print its URLs below. ---
    CameraService camera(CameraService::forSimulator(cameraOptions, options), [&klipper] { return klipper.snapshot(); });
    if (!camera.start(options.host, &error)) {
        QTextStream(stderr) << QStringLiteral("reticle-sim: %1\n").arg(error);
        return 1;
    }
    moonraker.setWebcams(options.webcams + QVector<SimWebcam>{camera.webcamEntry()});
    klipper.start();

    QTextStream out(stdout);
    out << QCoreApplication::translate("reticle-sim", "Moonraker websocket: %1").arg(moonraker.serverUrl().toString())
        << '\n'
        << QCoreApplication::translate("reticle-sim", "Moonraker HTTP: %1").arg(moonraker.httpUrl().toString()) << '\n'
        << QCoreApplication::translate("reticle-sim", "Camera stream: %1").arg(camera.streamUrl()) << '\n'
        << QCoreApplication::translate("reticle-sim", "Camera snapshot: %1").arg(camera.snapshotUrl()) << '\n';
    if (!options.apiKey.isEmpty())
        out << QCoreApplication::translate("reticle-sim", "API key required: %1").arg(options.apiKey) << '\n';
    out.flush();

    quitOnSignals(app);
    return QCoreApplication::exec();
}
