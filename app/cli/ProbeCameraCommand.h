#pragma once

#include "CliCommand.h"

namespace reticle {

// `reticle-cli probe-camera URL [--seconds N] [--type T] [--json]`: connects to a camera for a
// few seconds and prints what it found: stream type, boundary, resolution, fps, decode time,
// latency, bytes and errors. Exit 0 when frames arrived, 1 when none did.
class ProbeCameraCommand : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(ProbeCameraCommand)
public:
    QString name() const override { return QStringLiteral("probe-camera"); }
    QString summary() const override;
    int run(const QStringList &arguments, CliIo &io) override;
};

} // namespace reticle
