#pragma once

#include "CliCommand.h"

namespace reticle {

struct CalibrationRunOptions;
struct CalibrationRunResult;

// `reticle-cli calibrate`: camera calibration (or a saved one) and every tool's offset, headless.
class CalibrateCommand : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(CalibrateCommand)
public:
    QString name() const override { return QStringLiteral("calibrate"); }
    QString summary() const override;
    int run(const QStringList &arguments, CliIo &io) override;

    // Runs a calibration and prints its result; shared with `reticle --demo --headless`.
    static int execute(const CalibrationRunOptions &options, bool json, const QString &reportPath, CliIo &io);
    static QByteArray resultJson(const CalibrationRunResult &result);
};

} // namespace reticle
