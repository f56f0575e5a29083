#pragma once

#include "OffsetWriter.h"

namespace reticle {

// KTC (TypQxQ/KTC): KTC_TOOL_OFFSET_SAVE T=<n> X= Y= [Z=] sets the offset and stores it in
// KTC's state file in one go.
class KtcWriter : public OffsetWriter
{
    Q_DECLARE_TR_FUNCTIONS(KtcWriter)
public:
    Kind kind() const override { return Kind::Ktc; }
    QString displayName() const override;
    QStringList apply(const ToolOffsetChange &change) const override;
};

} // namespace reticle
