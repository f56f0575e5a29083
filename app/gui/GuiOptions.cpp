#include "GuiOptions.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>


namespace reticle {

ParseOutcome GuiCommandLine::parse(const QStringList &arguments, GuiOptions &options)
{
    const QString program = QStringLiteral("reticle");
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Reticle: camera calibration workstation for multi-tool 3D printers."));
    const QCommandLineOption demo(QStringLiteral("demo"),
                                  tr("Run against the built-in simulated printer and camera."));
    const QCommandLineOption headless(QStringLiteral("headless"),
                                      tr("Run without a display (offscreen rendering)."));
    const QCommandLineOption resetLayout(QStringLiteral("reset-layout"),
                                         tr("Start with the default window layout."));
    const QCommandLineOption screenshot(QStringLiteral("screenshot"),
                                        tr("Save a PNG of the main window once it is shown, then quit."),
                                        tr("file"));
    const QCommandLineOption settings(QStringLiteral("settings"),
                                      tr("Read and write settings in this INI file instead of the user's."),
                                      tr("file"));
    const QCommandLineOption mode(QStringLiteral("mode"),
                                  tr("Calibration mode of the headless demo: nozzle-camera (default) or "
                                     "camera-tool."),
                                  tr("mode"), QStringLiteral("nozzle-camera"));
    parser.addOptions({demo, headless, resetLayout, screenshot, settings, mode, CommandLine::languageOption()});

    ParseOutcome outcome = CommandLine::parse(parser, arguments, program);
    if (outcome.shouldExit())
        return outcome;
    if (!parser.positionalArguments().isEmpty())
        return CommandLine::usageError(
            program, tr("unexpected argument '%1'").arg(parser.positionalArguments().constFirst()));
    outcome = CommandLine::checkLanguage(parser, program);
    if (outcome.shouldExit())
        return outcome;

    if (parser.isSet(screenshot)) {
        const QFileInfo target(parser.value(screenshot));
        if (!target.absoluteDir().exists())
            return CommandLine::usageError(
                program, tr("cannot write the screenshot: folder '%1' does not exist")
                             .arg(target.absolutePath()));
    }

    const QString modeName = parser.value(mode);
    if (modeName != QLatin1String("nozzle-camera") && modeName != QLatin1String("camera-tool"))
        return CommandLine::usageError(
            program, tr("unknown mode '%1' (available: nozzle-camera, camera-tool)").arg(modeName));
    if (parser.isSet(mode) && !(parser.isSet(demo) && parser.isSet(headless)))
        return CommandLine::usageError(program, tr("--mode applies to the headless demo only (--demo --headless)"));

    options.demo = parser.isSet(demo);
    options.cameraTool = modeName == QLatin1String("camera-tool");
    options.headless = parser.isSet(headless);
    options.resetLayout = parser.isSet(resetLayout);
    options.language = parser.value(QStringLiteral("lang"));
    options.screenshotPath = parser.value(screenshot);
    options.settingsFile = parser.value(settings);
    return ParseOutcome::proceed();
}

} // namespace reticle
