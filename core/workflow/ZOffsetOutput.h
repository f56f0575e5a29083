#pragma once

#include "FocusWorkflow.h"

#include <QCoreApplication>
#include <QStringList>

namespace reticle {

class OffsetWriter;

// What happens to Z offsets measured by focus once the operator accepts them: the G-code of the
// printer's offset writer that changes only Z. The writers always name X and Y too, so those carry
// the tool's current offsets unchanged. The reference tool is left alone (its offset defines the
// others); SAVE_CONFIG is never part of it.
class ZOffsetOutput
{
    Q_DECLARE_TR_FUNCTIONS(ZOffsetOutput)
public:
    static QStringList commands(const OffsetWriter &writer, const QVector<FocusToolResult> &results);
    // Results that would change, i.e. every measured tool but the reference.
    static QVector<FocusToolResult> changes(const QVector<FocusToolResult> &results);
};

} // namespace reticle
