#include "KtccWriter.h"

namespace reticle {

QString KtccWriter::displayName() const
{
    return tr("KTCC (SET_TOOL_OFFSET)");
}

QStringList KtccWriter::apply(const ToolOffsetChange &change) const
{
    const QString tool = change.toolNumber >= 0 ? QString::number(change.toolNumber) : change.toolName;
    QString line = QStringLiteral("SET_TOOL_OFFSET TOOL=%1 X=%2 Y=%3").arg(tool, number(change.x), number(change.y));
    if (change.z)
        line += QStringLiteral(" Z=%1").arg(number(*change.z));
    return {line};
}

QString KtccWriter::note() const
{
    return tr("KTCC keeps offsets in memory only: copy the new values into the offset line of each "
              "[tool] section of the printer configuration.");
}

} // namespace reticle
