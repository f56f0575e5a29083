#include "OffsetWriter.h"

#include "GcodeOffsetWriter.h"
#include "KlipperToolchangerWriter.h"
#include "KtcWriter.h"
#include "KtccWriter.h"
#include "RrfG10Exporter.h"
#include "ToolchangerHardWriter.h"

#include <cmath>

namespace reticle {

OffsetWriter::~OffsetWriter() = default;

QString OffsetWriter::number(double value)
{
    if (std::abs(value) < 0.0005)
        value = 0.0;
    return QString::number(value, 'f', 3);
}

std::unique_ptr<OffsetWriter> OffsetWriter::create(Kind kind)
{
    switch (kind) {
    case Kind::KlipperToolchanger: return std::make_unique<KlipperToolchangerWriter>();
    case Kind::ToolchangerHard: return std::make_unique<ToolchangerHardWriter>();
    case Kind::Ktcc: return std::make_unique<KtccWriter>();
    case Kind::Ktc: return std::make_unique<KtcWriter>();
    case Kind::GcodeOffset: return std::make_unique<GcodeOffsetWriter>();
    case Kind::RrfG10: return std::make_unique<RrfG10Exporter>();
    }
    return std::make_unique<GcodeOffsetWriter>();
}

std::unique_ptr<OffsetWriter> OffsetWriter::detect(const QStringList &commands)
{
    auto has = [&commands](const char *name) {
        return commands.contains(QLatin1String(name), Qt::CaseInsensitive);
    };
    // The hard fork keeps SET_TOOL_PARAMETER but no longer changes offsets with it: check first.
    if (has("SET_TOOL_OFFSET") && has("SAVE_TOOL_OFFSET"))
        return create(Kind::ToolchangerHard);
    if (has("SET_TOOL_PARAMETER") && has("SAVE_TOOL_PARAMETER"))
        return create(Kind::KlipperToolchanger);
    if (has("KTC_TOOL_OFFSET_SAVE"))
        return create(Kind::Ktc);
    if (has("SET_TOOL_OFFSET"))
        return create(Kind::Ktcc);
    return create(Kind::GcodeOffset);
}

} // namespace reticle
