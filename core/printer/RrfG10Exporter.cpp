#include "RrfG10Exporter.h"

namespace reticle {

QString RrfG10Exporter::displayName() const
{
    return tr("RepRapFirmware G10 (export)");
}

QStringList RrfG10Exporter::apply(const ToolOffsetChange &change) const
{
    // RRF: head = requested - offset; Klipper: physical = gcode + offset.
    return {QStringLiteral("G10 P%1 X%2 Y%3 Z%4")
                .arg(change.toolNumber)
                .arg(number(-change.x), number(-change.y), number(-change.z.value_or(0.0)))};
}

QString RrfG10Exporter::note() const
{
    return tr("For a RepRapFirmware machine: the signs are flipped because RRF subtracts tool offsets, "
              "and Z is always written because G10 keeps the old value of an omitted axis.");
}

} // namespace reticle
