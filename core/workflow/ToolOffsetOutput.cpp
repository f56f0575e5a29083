#include "ToolOffsetOutput.h"

#include "printer/OffsetWriter.h"
#include "store/ToolsConfigStore.h"

namespace reticle {

QStringList ToolOffsetOutput::commands(const OffsetWriter &writer, const QVector<ToolOffsetResult> &results)
{
    QStringList lines;
    for (const ToolOffsetResult &r : results) {
        ToolOffsetChange change;
        change.toolNumber = r.tool;
        change.toolName = QStringLiteral("T%1").arg(r.tool);
        change.x = r.newOffset.x;
        change.y = r.newOffset.y;
        lines += writer.apply(change);
        lines += writer.persist(change);
    }
    return lines;
}

bool ToolOffsetOutput::saveToToolsConfig(const QString &path, const QVector<ToolOffsetResult> &results, QString *error)
{
    ToolsConfigStore store(path);
    if (!store.load()) {
        *error = store.error();
        return false;
    }
    for (const ToolOffsetResult &r : results) {
        const int index = store.ensureTool(r.tool, QStringLiteral("T%1").arg(r.tool));
        PreciseOffsetInfo info;
        info.method = r.manual ? QStringLiteral("nozzle-camera-click") : QStringLiteral("nozzle-camera-auto");
        info.repeatabilityUm = 2000.0 * std::max(r.stdMm.x(), r.stdMm.y()); // 2-sigma, µm
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
