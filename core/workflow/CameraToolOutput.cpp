#include "CameraToolOutput.h"

#include "store/ToolsConfigStore.h"

#include <QDateTime>

#include <algorithm>

namespace reticle {

bool CameraToolOutput::saveToToolsConfig(const QString &path, const QVector<ToolOffsetResult> &results,
                                         int cameraTool, const QString &cameraToolName, QString *error)
{
    ToolsConfigStore store(path);
    if (!store.load()) {
        *error = store.error();
        return false;
    }
    if (cameraTool >= 0)
        store.ensureTool(cameraTool, cameraToolName, QStringLiteral("camera"));
    for (const ToolOffsetResult &r : results) {
        const int index = store.ensureTool(r.tool, QStringLiteral("T%1").arg(r.tool));
        PreciseOffsetInfo info;
        info.method = r.manual ? QStringLiteral("camera-tool-mark-click") : QStringLiteral("camera-tool-mark-auto");
        info.repeatabilityUm = r.samples > 1 ? 2000.0 * std::max(r.stdMm.x(), r.stdMm.y()) : -1.0;
        info.samples = r.samples;
        info.measuredAt = QDateTime::currentDateTimeUtc();
        store.setPreciseOffset(index, r.newOffset.x, r.newOffset.y, r.newOffset.z, info);
    }
    if (!store.save()) {
        *error = store.error();
        return false;
    }
    return true;
}

} // namespace reticle
