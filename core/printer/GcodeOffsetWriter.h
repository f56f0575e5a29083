#pragma once

#include "OffsetWriter.h"

namespace reticle {

// Plain Klipper: SET_GCODE_OFFSET X= Y= [Z=] sets the one global offset (homing_origin), so it
// is right only for the active tool and is lost on restart.
class GcodeOffsetWriter : public OffsetWriter
{
    Q_DECLARE_TR_FUNCTIONS(GcodeOffsetWriter)
public:
    Kind kind() const override { return Kind::GcodeOffset; }
    QString displayName() const override;
    QStringList apply(const ToolOffsetChange &change) const override;
    QString note() const override;
};

} // namespace reticle
