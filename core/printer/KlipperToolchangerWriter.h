#pragma once

#include "OffsetWriter.h"

namespace reticle {

// klipper-toolchanger (viesturz): SET_TOOL_PARAMETER T=<n> PARAMETER=gcode_x_offset VALUE=<v>
// per axis (no move; applies from the next move), then SAVE_TOOL_PARAMETER per axis, which only
// stages the value: SAVE_CONFIG writes it (and restarts Klipper) once the operator confirms.
class KlipperToolchangerWriter : public OffsetWriter
{
    Q_DECLARE_TR_FUNCTIONS(KlipperToolchangerWriter)
public:
    Kind kind() const override { return Kind::KlipperToolchanger; }
    QString displayName() const override;
    QStringList apply(const ToolOffsetChange &change) const override;
    QStringList persist(const ToolOffsetChange &change) const override;
    bool needsSaveConfig() const override { return true; }
};

} // namespace reticle
