#pragma once

#include "ToolOffsetWorkflow.h"
#include "printer/OffsetWriter.h"
#include "printer/ToolInfo.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QStringList>

#include <optional>

namespace reticle {

// What one "Apply offsets" changed, kept so that the operator can take it back: per tool the
// offset the printer applied before, the offset that was sent, and the tools_config.json entry as
// it was before the save. Undo sends the previous offsets through the same writer and puts the
// entries back (atomically, with backups, as every store write), recording the undo in each
// tool's history so that the measurement that was undone is not lost.
//
// An undo is only right while nobody else changed the offsets since: printerChanges() and
// fileChanges() say what differs, so the window can ask before undoing over someone's change.
class ApplyUndo
{
    Q_DECLARE_TR_FUNCTIONS(ApplyUndo)
public:
    struct ToolChange
    {
        int tool = -1;
        std::optional<Offset3> printerBefore;   // unset: the printer does not report this tool's offset
        Offset3 applied;                        // what was sent (X/Y; Z is never written)
        std::optional<QJsonObject> entryBefore; // unset: the apply created the entry
    };

    ApplyUndo() = default;

    // Taken just before the commands are sent: what the printer applies now (its tool objects)
    // and what tools_config.json holds now for every tool of `results`. False with the store's
    // error when the file cannot be read (then nothing is applied either).
    static std::optional<ApplyUndo> capture(OffsetWriter::Kind writer, const QVector<ToolOffsetResult> &results,
                                            const QList<ToolInfo> &printerTools, const QString &toolsConfigPath,
                                            QString *error);

    bool isEmpty() const { return m_changes.isEmpty(); }
    const QList<ToolChange> &changes() const { return m_changes; }
    OffsetWriter::Kind writerKind() const { return m_writer; }
    QString toolsConfigPath() const { return m_path; }

    // Whether the previous printer offsets are known for every tool (not with SET_GCODE_OFFSET on a
    // printer without a toolchanger, which reports no per-tool offsets).
    bool canRestorePrinter() const;
    // The writer's apply and persist commands that put back the previous offsets (never SAVE_CONFIG).
    QStringList commands() const;
    // One line per tool whose offset on the printer is no longer what was applied ("T1: X 0.400 now,
    // 0.412 applied"); empty when every applied offset is still in place.
    QStringList printerChanges(const QList<ToolInfo> &printerTools) const;
    // One line per tool whose precise* in tools_config.json is no longer what the apply saved.
    QStringList fileChanges(QString *error) const;
    // Puts back every entry as it was before the apply (an entry the apply created loses its
    // precise* keys again) and appends an "undo" line to its history. False with the reason.
    bool restoreToolsConfig(QString *error) const;

    // Offsets are compared as the writers write them: to the micrometre.
    static constexpr double kToleranceMm = 0.0006;

private:
    OffsetWriter::Kind m_writer = OffsetWriter::Kind::GcodeOffset;
    QString m_path;
    QList<ToolChange> m_changes;
};

} // namespace reticle
