#pragma once

#include "CliCommand.h"

namespace reticle {

// `reticle-cli info [--json]`: versions of Reticle and its libraries, settings file, languages.
// The first thing to paste into a bug report.
class InfoCommand : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(InfoCommand)
public:
    QString name() const override { return QStringLiteral("info"); }
    QString summary() const override;
    int run(const QStringList &arguments, CliIo &io) override;
};

} // namespace reticle
