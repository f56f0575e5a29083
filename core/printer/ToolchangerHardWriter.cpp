#include "ToolchangerHardWriter.h"

namespace reticle {

namespace {

QString toolSelector(const ToolOffsetChange &change)
{
    if (change.toolNumber >= 0)
        return QStringLiteral("T=%1").arg(change.toolNumber);
    return QStringLiteral("TOOL=\"tool %1\"").arg(change.toolName);
}

} // namespace

QString ToolchangerHardWriter::displayName() const
{
    return tr("klipper-toolchanger-hard (SET_TOOL_OFFSET)");
}

QStringList ToolchangerHardWriter::apply(const ToolOffsetChange &change) const
{
    QString line = QStringLiteral("SET_TOOL_OFFSET %1 X=%2 Y=%3")
                       .arg(toolSelector(change), number(change.x), number(change.y));
    if (change.z)
        line += QStringLiteral(" Z=%1").arg(number(*change.z));
    return {line};
}

QStringList ToolchangerHardWriter::persist(const ToolOffsetChange &change) const
{
    return {QStringLiteral("SAVE_TOOL_OFFSET %1").arg(toolSelector(change))};
}

} // namespace reticle
