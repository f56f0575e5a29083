#pragma once

#include "Vec3.h"

#include <QString>

namespace reticle {

// One tool the printer reports: a klipper-toolchanger `tool <name>` object (offsets from
// gcode_*_offset) or a KTCC `tool <n>` object (offsets from `offset`).
struct ToolInfo
{
    QString objectName;   // "tool T1"
    QString name;         // "T1"
    int number = -1;      // tool_number, -1 when unknown
    Vec3 offset;          // Klipper convention: physical = gcode + offset
    bool active = false;

    friend bool operator==(const ToolInfo &, const ToolInfo &) = default;
};

} // namespace reticle
