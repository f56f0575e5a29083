#pragma once

#include "CliCommand.h"

namespace reticle {

// `reticle-cli gcode --printer URL "G28\nG0 X10"`: runs a G-code script (a literal "\n"
// separates lines; several arguments are several lines), prints every notify_gcode_response
// line, and exits 1 with Moonraker's message when the script fails.
class GcodeCommand : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(GcodeCommand)
public:
    QString name() const override { return QStringLiteral("gcode"); }
    QString summary() const override;
    int run(const QStringList &arguments, CliIo &io) override;

    // "G28\\nG0 X10" and ["G28", "G0 X10"] -> "G28\nG0 X10"
    static QString scriptFrom(const QStringList &positional);
};

} // namespace reticle
