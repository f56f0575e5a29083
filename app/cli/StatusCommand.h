#pragma once

#include "CliCommand.h"

namespace reticle {

// `reticle-cli status --printer URL [--api-key K] [--json]`: Klipper state, position, homed
// axes, tools and their offsets.
class StatusCommand : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(StatusCommand)
public:
    QString name() const override { return QStringLiteral("status"); }
    QString summary() const override;
    int run(const QStringList &arguments, CliIo &io) override;
};

} // namespace reticle
