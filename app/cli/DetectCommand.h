#pragma once

#include "CliCommand.h"

namespace reticle {

// `reticle-cli detect [--json] [--radius-min PX --radius-max PX] IMAGE...`: runs the nozzle
// detector on image files and prints, per image, the file, whether a nozzle was found, its centre
// (pixels, centre of the top-left pixel = (0, 0)), radius and confidence.
class DetectCommand : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(DetectCommand)
public:
    QString name() const override { return QStringLiteral("detect"); }
    QString summary() const override;
    int run(const QStringList &arguments, CliIo &io) override;
};

} // namespace reticle
