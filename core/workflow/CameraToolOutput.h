#pragma once

#include "ToolOffsetWorkflow.h"

#include <QCoreApplication>

namespace reticle {

// Saving camera-tool results: the precise* entries of tools_config.json, marked as measured from
// deposited marks ("camera-tool-mark-auto", or "-click" when the operator clicked a mark), and
// the camera tool itself recorded as type "camera" (the reference, no offset of its own here).
class CameraToolOutput
{
    Q_DECLARE_TR_FUNCTIONS(CameraToolOutput)
public:
    static bool saveToToolsConfig(const QString &path, const QVector<ToolOffsetResult> &results, int cameraTool,
                                  const QString &cameraToolName, QString *error);
};

} // namespace reticle
