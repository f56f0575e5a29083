#pragma once

#include "ToolInfo.h"
#include "Vec3.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>

namespace reticle {

// A new offset for one tool, in Klipper's convention (physical = gcode + offset).
struct ToolOffsetChange
{
    QString toolName;           // "T1" (the part after "tool "), or KTCC's "1"
    int toolNumber = -1;        // T<n>; -1 when the tool has none
    double x = 0.0;
    double y = 0.0;
    std::optional<double> z;    // cameras do not measure Z: unset leaves Z alone
};

// Turns a measured offset into the exact G-code of one toolchanger flavour (moonraker-api.md §9).
// apply() changes the live offset; persist() stages or stores it; SAVE_CONFIG (which restarts
// Klipper) is never part of either and is sent only after the operator confirms.
class OffsetWriter
{
    Q_DECLARE_TR_FUNCTIONS(OffsetWriter)
public:
    enum class Kind { KlipperToolchanger, ToolchangerHard, Ktcc, Ktc, GcodeOffset, RrfG10 };

    virtual ~OffsetWriter();
    virtual Kind kind() const = 0;
    virtual QString displayName() const = 0;
    virtual QStringList apply(const ToolOffsetChange &change) const = 0;
    virtual QStringList persist(const ToolOffsetChange &change) const { Q_UNUSED(change) return {}; }
    // True when persist() only stages the change and SAVE_CONFIG must follow.
    virtual bool needsSaveConfig() const { return false; }
    // True when the commands are text for another firmware, never sent to this printer.
    virtual bool isExportOnly() const { return false; }
    // What the operator must know (no save command, global offset, ...).
    virtual QString note() const { return {}; }

    static QString saveConfigCommand() { return QStringLiteral("SAVE_CONFIG"); }

    // Picks the writer for a printer from its G-code command names (printer.objects.query
    // {"objects":{"gcode":["commands"]}}); SET_GCODE_OFFSET when no toolchanger is found.
    static std::unique_ptr<OffsetWriter> detect(const QStringList &commands);
    static std::unique_ptr<OffsetWriter> create(Kind kind);

    // Offsets are written to the micrometre; never "-0.000".
    static QString number(double value);
};

} // namespace reticle
