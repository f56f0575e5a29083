#pragma once

#include "CommandLine.h"

#include <QCoreApplication>
#include <QString>

namespace reticle {

// What the `reticle` command line asks for.
struct GuiOptions
{
    bool demo = false;          // run against the embedded simulated printer and camera
    bool headless = false;      // no display: offscreen platform
    bool resetLayout = false;   // ignore the saved window geometry and dock layout
    QString language;           // empty: setting, then system locale
    QString screenshotPath;     // render the main window to this PNG once shown, then quit
    QString settingsFile;       // an INI file instead of the user's settings
    bool cameraTool = false;    // --mode camera-tool: the headless demo in camera-tool mode
};

class GuiCommandLine
{
    Q_DECLARE_TR_FUNCTIONS(GuiCommandLine)
public:
    // Parses `arguments` (argv including the program name). On success `options` is filled and
    // the outcome says to proceed; --help, --version and errors say to exit (errors with code 2).
    static ParseOutcome parse(const QStringList &arguments, GuiOptions &options);
};

} // namespace reticle
