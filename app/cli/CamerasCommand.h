#pragma once

#include "CliCommand.h"

namespace reticle {

// `reticle-cli cameras --printer URL [--json]`: the webcams Moonraker knows, with their URLs
// made absolute (paths are on the printer host, port 80).
class CamerasCommand : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(CamerasCommand)
public:
    QString name() const override { return QStringLiteral("cameras"); }
    QString summary() const override;
    int run(const QStringList &arguments, CliIo &io) override;
};

} // namespace reticle
