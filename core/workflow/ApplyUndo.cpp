#include "ApplyUndo.h"

#include "ToolOffsetOutput.h"
#include "store/ToolsConfigStore.h"

#include <QJsonArray>

#include <cmath>

namespace reticle {

namespace {

QString toolName(int tool)
{
    return QStringLiteral("T%1").arg(tool);
}

std::optional<Offset3> printerOffset(const QList<ToolInfo> &tools, int number)
{
    for (const ToolInfo &info : tools)
        if (info.number == number)
            return Offset3{info.offset.x, info.offset.y, info.offset.z};
    return std::nullopt;
}

bool same(double a, double b)
{
    return std::abs(a - b) <= ApplyUndo::kToleranceMm;
}

const QStringList kPreciseKeys{QStringLiteral("preciseX"),       QStringLiteral("preciseY"),
                               QStringLiteral("preciseZ"),       QStringLiteral("preciseMethod"),
                               QStringLiteral("repeatabilityUm"), QStringLiteral("samples"),
                               QStringLiteral("measuredAt")};

} // namespace

std::optional<ApplyUndo> ApplyUndo::capture(OffsetWriter::Kind writer, const QVector<ToolOffsetResult> &results,
                                            const QList<ToolInfo> &printerTools, const QString &toolsConfigPath,
                                            QString *error)
{
    ToolsConfigStore store(toolsConfigPath);
    if (!store.load()) {
        *error = store.error();
        return std::nullopt;
    }
    ApplyUndo undo;
    undo.m_writer = writer;
    undo.m_path = toolsConfigPath;
    for (const ToolOffsetResult &r : results) {
        ToolChange change;
        change.tool = r.tool;
        change.printerBefore = printerOffset(printerTools, r.tool);
        change.applied = r.newOffset;
        const int index = store.indexOf(r.tool, toolName(r.tool));
        if (index >= 0)
            change.entryBefore = store.entry(index);
        undo.m_changes.append(change);
    }
    return undo;
}

bool ApplyUndo::canRestorePrinter() const
{
    for (const ToolChange &c : m_changes)
        if (!c.printerBefore)
            return false;
    return !m_changes.isEmpty();
}

QStringList ApplyUndo::commands() const
{
    if (!canRestorePrinter())
        return {};
    QVector<ToolOffsetResult> previous;
    for (const ToolChange &c : m_changes) {
        ToolOffsetResult r;
        r.tool = c.tool;
        r.newOffset = *c.printerBefore;
        previous.append(r);
    }
    return ToolOffsetOutput::commands(*OffsetWriter::create(m_writer), previous);
}

QStringList ApplyUndo::printerChanges(const QList<ToolInfo> &printerTools) const
{
    QStringList lines;
    for (const ToolChange &c : m_changes) {
        const std::optional<Offset3> now = printerOffset(printerTools, c.tool);
        if (!now) {
            lines << tr("%1: the printer does not report this tool's offset.").arg(toolName(c.tool));
            continue;
        }
        if (!same(now->x, c.applied.x) || !same(now->y, c.applied.y))
            lines << tr("%1: X %2, Y %3 now; X %4, Y %5 applied.")
                         .arg(toolName(c.tool), OffsetWriter::number(now->x), OffsetWriter::number(now->y),
                              OffsetWriter::number(c.applied.x), OffsetWriter::number(c.applied.y));
    }
    return lines;
}

QStringList ApplyUndo::fileChanges(QString *error) const
{
    ToolsConfigStore store(m_path);
    if (!store.load()) {
        *error = store.error();
        return {};
    }
    QStringList lines;
    for (const ToolChange &c : m_changes) {
        const int index = store.indexOf(c.tool, toolName(c.tool));
        if (index < 0) {
            lines << tr("%1: the entry is no longer in the file.").arg(toolName(c.tool));
            continue;
        }
        const QJsonObject entry = store.entry(index);
        const QJsonValue x = entry.value(QStringLiteral("preciseX"));
        const QJsonValue y = entry.value(QStringLiteral("preciseY"));
        if (!x.isDouble() || !y.isDouble() || !same(x.toDouble(), c.applied.x) || !same(y.toDouble(), c.applied.y))
            lines << tr("%1: the measured offset in the file changed since it was saved.").arg(toolName(c.tool));
    }
    return lines;
}

bool ApplyUndo::restoreToolsConfig(QString *error) const
{
    ToolsConfigStore store(m_path);
    if (!store.load()) {
        *error = store.error();
        return false;
    }
    const QString now = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
    for (const ToolChange &c : m_changes) {
        const int index = store.indexOf(c.tool, toolName(c.tool));
        if (index < 0)
            continue; // removed by someone since: nothing of ours to put back
        const QJsonObject current = store.entry(index);
        QJsonObject restored;
        if (c.entryBefore) {
            restored = *c.entryBefore;
        } else {
            restored = current;
            for (const QString &key : kPreciseKeys)
                restored.remove(key);
        }
        // The history keeps everything: what was there before, the measurement that was applied,
        // and this undo.
        restored.insert(QStringLiteral("history"), current.value(QStringLiteral("history")).toArray());
        store.replaceEntry(index, restored);
        QJsonObject line{{QStringLiteral("at"), now}, {QStringLiteral("method"), QStringLiteral("undo")}};
        if (const QJsonValue undone = current.value(QStringLiteral("measuredAt")); undone.isString())
            line.insert(QStringLiteral("undoes"), undone);
        for (const char *axis : {"X", "Y", "Z"}) {
            const QJsonValue v = restored.value(QStringLiteral("precise") + QLatin1String(axis));
            if (v.isDouble())
                line.insert(QLatin1String(axis).toString().toLower(), v);
        }
        store.appendHistory(index, line);
    }
    if (!store.save()) {
        *error = store.error();
        return false;
    }
    return true;
}

} // namespace reticle
