#pragma once

#include <QString>

namespace reticle {

// Where the window keeps the files it owns: Reticle's data folder (AppDataLocation), created on
// first use. One place, so every wizard reads and writes the same tools_config.json.
class DataFiles
{
public:
    static QString folder();
    static QString path(const QString &fileName);

    static QString toolsConfig() { return path(QStringLiteral("tools_config.json")); }
    static QString calibration() { return path(QStringLiteral("calibration.json")); }
    static QString cameraToolCalibration() { return path(QStringLiteral("calibration-camera-tool.json")); }
    static QString focusLogs() { return path(QStringLiteral("focus")); }
};

} // namespace reticle
