#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace reticle {

// One entry of tools_config.json's "tools" array, as read (unknown keys stay in the JSON).
struct ToolEntry
{
    int id = 0;
    QString name;
    QString type;
    QString klipperTool;   // ours: "T1"; empty when the entry has none
    double offsetX = 0.0;  // approximate (hand-jogged) offsets, mm
    double offsetY = 0.0;
    double offsetZ = 0.0;
    std::optional<double> preciseX; // measured by vision, mm
    std::optional<double> preciseY;
    std::optional<double> preciseZ;
};

// Metadata stored with a precise offset (ours, beside the camera-Pi keys).
struct PreciseOffsetInfo
{
    QString method;              // e.g. "nozzle-camera-auto", "click"
    double repeatabilityUm = -1; // 2-sigma scatter of repeated measurements; < 0 = unknown
    int samples = 0;
    QDateTime measuredAt;
};

// One line of a tool's measurement history (tools_config.json "history"), oldest first.
struct ToolHistoryPoint
{
    QDateTime at;               // invalid when the line has no readable "at"
    std::optional<double> x;    // mm; unset when the line has none (e.g. an undo of a first value)
    std::optional<double> y;
    std::optional<double> z;
    QString method;             // "nozzle-camera-auto", "repeatability", "undo", ...
    double repeatabilityUm = -1;
};

// tools_config.json, with the keys the camera-Pi system writes (tools[] with id, name, type,
// offsetX/Y/Z, preciseX/Y/Z) and ours beside them (klipperTool, preciseMethod, repeatabilityUm,
// samples, measuredAt, history[]). Unknown keys, per tool and at the top level, survive a rewrite.
// See docs/file-formats.md.
//
// Matching a printer tool (number n, name "T1" or whatever the printer calls it) to an entry:
// an entry with a klipperTool key belongs to the tool of that name ("T<n>" or the printer's name);
// otherwise an entry whose name equals the printer's tool name; otherwise one whose id equals n.
// A tool without an entry gets one appended, never a duplicate.
class ToolsConfigStore
{
    Q_DECLARE_TR_FUNCTIONS(ToolsConfigStore)
public:
    explicit ToolsConfigStore(const QString &path);

    // False (and error()) when the file exists but is malformed; a missing file is an empty config.
    bool load();
    bool isLoaded() const { return m_loaded; }
    QString error() const { return m_error; }
    QString path() const { return m_path; }

    QList<ToolEntry> tools() const;
    // Index of the entry of printer tool `number` called `printerName` ("T1", "extruder1", ...), or -1.
    int indexOf(int number, const QString &printerName) const;
    // The entry's index, appending a new entry when there is none.
    int ensureTool(int number, const QString &printerName, const QString &type = QStringLiteral("extruder"));

    void setApproximateOffset(int index, double x, double y, double z);
    void setPreciseOffset(int index, double x, double y, double z, const PreciseOffsetInfo &info);

    // The whole entry as stored (unknown keys included); an empty object for a bad index.
    QJsonObject entry(int index) const;
    // Replaces the entry at `index` as it is (used to put back an entry by undo).
    void replaceEntry(int index, const QJsonObject &entry);
    // The entry's history, oldest first; lines that are not objects are skipped.
    QList<ToolHistoryPoint> history(int index) const;
    // Appends one line to the entry's history (trimmed to kHistoryLimit) without touching precise*.
    void appendHistory(int index, const QJsonObject &line);

    // Writes atomically, keeping backups. Refuses when the last load() failed.
    bool save();
    QJsonObject json() const { return m_root; }

    static constexpr int kHistoryLimit = 20;

private:
    QString m_path;
    QJsonObject m_root;
    bool m_loaded = false;
    QString m_error;
};

} // namespace reticle
