#pragma once

#include "OffsetWriter.h"

namespace reticle {

// Contomo/klipper-toolchanger-hard: SET_TOOL_OFFSET T=<n> X= Y= [Z=] (absolute, applied at
// once), then SAVE_TOOL_OFFSET T=<n>, staged until SAVE_CONFIG.
class ToolchangerHardWriter : public OffsetWriter
{
    Q_DECLARE_TR_FUNCTIONS(ToolchangerHardWriter)
public:
    Kind kind() const override { return Kind::ToolchangerHard; }
    QString displayName() const override;
    QStringList apply(const ToolOffsetChange &change) const override;
    QStringList persist(const ToolOffsetChange &change) const override;
    bool needsSaveConfig() const override { return true; }
};

} // namespace reticle
