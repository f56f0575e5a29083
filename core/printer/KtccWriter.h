#pragma once

#include "OffsetWriter.h"

namespace reticle {

// KTCC (TypQxQ/Klipper_ToolChanger): SET_TOOL_OFFSET TOOL=<n> X= Y= [Z=], in memory only;
// KTCC has no save command, so the operator copies the values into the [tool <n>] offset line.
class KtccWriter : public OffsetWriter
{
    Q_DECLARE_TR_FUNCTIONS(KtccWriter)
public:
    Kind kind() const override { return Kind::Ktcc; }
    QString displayName() const override;
    QStringList apply(const ToolOffsetChange &change) const override;
    QString note() const override;
};

} // namespace reticle
