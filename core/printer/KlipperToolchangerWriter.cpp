#include "KlipperToolchangerWriter.h"

namespace reticle {

namespace {

QString toolSelector(const ToolOffsetChange &change)
{
    if (change.toolNumber >= 0)
        return QStringLiteral("T=%1").arg(change.toolNumber);
    return QStringLiteral("TOOL=\"tool %1\"").arg(change.toolName);
}

QList<QPair<QString, double>> axes(const ToolOffsetChange &change)
{
    QList<QPair<QString, double>> list{{QStringLiteral("gcode_x_offset"), change.x},
                                       {QStringLiteral("gcode_y_offset"), change.y}};
    if (change.z)
        list.append({QStringLiteral("gcode_z_offset"), *change.z});
    return list;
}

} // namespace

QString KlipperToolchangerWriter::displayName() const
{
    return tr("klipper-toolchanger (SET_TOOL_PARAMETER)");
}

QStringList KlipperToolchangerWriter::apply(const ToolOffsetChange &change) const
{
    QStringList lines;
    for (const auto &[parameter, value] : axes(change))
        lines << QStringLiteral("SET_TOOL_PARAMETER %1 PARAMETER=%2 VALUE=%3")
                     .arg(toolSelector(change), parameter, number(value));
    return lines;
}

QStringList KlipperToolchangerWriter::persist(const ToolOffsetChange &change) const
{
    QStringList lines;
    for (const auto &[parameter, value] : axes(change))
        lines << QStringLiteral("SAVE_TOOL_PARAMETER %1 PARAMETER=%2").arg(toolSelector(change), parameter);
    return lines;
}

} // namespace reticle
