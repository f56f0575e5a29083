#pragma once

#include "ToolOffsetWorkflow.h"

#include <QCoreApplication>
#include <QStringList>

namespace reticle {

class OffsetWriter;

// What happens to measured offsets once the operator (or --apply) accepts them: the G-code of a
// toolchanger's writer, and the precise* entries of tools_config.json. Shared by the wizard in
// the window and the headless CalibrationRun.
class ToolOffsetOutput
{
    Q_DECLARE_TR_FUNCTIONS(ToolOffsetOutput)
public:
    // apply() and persist() lines for every tool, in order; never SAVE_CONFIG.
    static QStringList commands(const OffsetWriter &writer, const QVector<ToolOffsetResult> &results);
    // Records the results as precise offsets with their method and repeatability. False with the
    // store's error (file, line/column or key) when the file cannot be read or written.
    static bool saveToToolsConfig(const QString &path, const QVector<ToolOffsetResult> &results, QString *error);
};

} // namespace reticle
