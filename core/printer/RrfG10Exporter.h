#pragma once

#include "OffsetWriter.h"

namespace reticle {

// RepRapFirmware text export: G10 P<n> X<-x> Y<-y> Z<-z>. RRF subtracts tool offsets, so the
// signs are flipped; Z is always written because G10 keeps omitted axes.
class RrfG10Exporter : public OffsetWriter
{
    Q_DECLARE_TR_FUNCTIONS(RrfG10Exporter)
public:
    Kind kind() const override { return Kind::RrfG10; }
    QString displayName() const override;
    QStringList apply(const ToolOffsetChange &change) const override;
    bool isExportOnly() const override { return true; }
    QString note() const override;
};

} // namespace reticle
