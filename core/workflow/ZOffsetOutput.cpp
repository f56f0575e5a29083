#include "ZOffsetOutput.h"

#include "printer/OffsetWriter.h"

namespace reticle {

QVector<FocusToolResult> ZOffsetOutput::changes(const QVector<FocusToolResult> &results)
{
    QVector<FocusToolResult> out;
    for (const FocusToolResult &r : results)
        if (!r.reference && r.tool >= 0)
            out.append(r);
    return out;
}

QStringList ZOffsetOutput::commands(const OffsetWriter &writer, const QVector<FocusToolResult> &results)
{
    QStringList lines;
    for (const FocusToolResult &r : changes(results)) {
        ToolOffsetChange change;
        change.toolNumber = r.tool;
        change.toolName = QStringLiteral("T%1").arg(r.tool);
        change.x = r.currentOffset.x;
        change.y = r.currentOffset.y;
        change.z = r.newZ;
        lines += writer.apply(change);
        lines += writer.persist(change);
    }
    return lines;
}

} // namespace reticle
