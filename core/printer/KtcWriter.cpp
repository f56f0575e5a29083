#include "KtcWriter.h"

namespace reticle {

QString KtcWriter::displayName() const
{
    return tr("KTC (KTC_TOOL_OFFSET_SAVE)");
}

QStringList KtcWriter::apply(const ToolOffsetChange &change) const
{
    const QString selector = change.toolNumber >= 0 ? QStringLiteral("T=%1").arg(change.toolNumber)
                                                    : QStringLiteral("TOOL=%1").arg(change.toolName);
    QString line = QStringLiteral("KTC_TOOL_OFFSET_SAVE %1 X=%2 Y=%3").arg(selector, number(change.x), number(change.y));
    if (change.z)
        line += QStringLiteral(" Z=%1").arg(number(*change.z));
    return {line};
}

} // namespace reticle
