#pragma once

#include <QString>

namespace reticle {

// Names and versions shown in --version, the About dialog and reports.
class AppInfo
{
public:
    static QString organizationName();
    static QString applicationName();
    static QString applicationId();   // reverse-DNS id used by the .desktop file and AppStream
    static QString version();         // git describe when built from a checkout
    static QString homepageUrl();
    static QString qtVersion();       // the Qt the binary runs against
    static QString openCvVersion();

    // Sets organisation/application name and version on the running QCoreApplication so that
    // QSettings, QCommandLineParser --version and the window titles agree.
    static void applyToApplication();
};

} // namespace reticle
