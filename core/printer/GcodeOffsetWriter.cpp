#include "GcodeOffsetWriter.h"

namespace reticle {

QString GcodeOffsetWriter::displayName() const
{
    return tr("Klipper (SET_GCODE_OFFSET)");
}

QStringList GcodeOffsetWriter::apply(const ToolOffsetChange &change) const
{
    QString line = QStringLiteral("SET_GCODE_OFFSET X=%1 Y=%2").arg(number(change.x), number(change.y));
    if (change.z)
        line += QStringLiteral(" Z=%1").arg(number(*change.z));
    return {line};
}

QString GcodeOffsetWriter::note() const
{
    return tr("No toolchanger extension was found: SET_GCODE_OFFSET sets one global offset, right only "
              "for the active tool, and it is not saved. Put the values into your tool-change macros.");
}

} // namespace reticle
