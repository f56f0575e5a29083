#pragma once

#include "ToolInfo.h"
#include "Vec3.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace reticle {

// What Reticle knows about the printer, built from Moonraker's subscription replies and
// notify_status_update diffs (moonraker-api.md §4). A value type: parsing is pure, so it is
// tested with recorded JSON. Bad values (wrong types, short arrays) are logged and leave the
// previous value in place.
class PrinterState
{
    Q_DECLARE_TR_FUNCTIONS(PrinterState)
public:
    enum class KlippyState { Unknown, Disconnected, Startup, Ready, Shutdown, Error };

    // Merges a status object {"toolhead": {...}, "tool T0": {...}} (full or diff).
    void applyStatus(const QJsonObject &status);
    // Forgets every printer object (Klippy disconnected, socket lost); the Klippy state is kept.
    void clearObjects();
    void setKlippyState(KlippyState state, const QString &message = {});

    KlippyState klippyState() const { return m_klippyState; }
    QString klippyMessage() const { return m_klippyMessage; }
    static KlippyState parseKlippyState(const QString &text);
    static QString klippyStateName(KlippyState state); // untranslated, as Moonraker spells it
    static QString klippyStateText(KlippyState state); // translated, for the operator

    bool hasObjects() const { return !m_objects.isEmpty(); }
    // The raw merged status of one object ({} when never seen).
    QJsonObject object(const QString &name) const { return m_objects.value(name).toObject(); }

    // toolhead.position: the commanded position after every offset and transform (physical).
    std::optional<Vec3> toolheadPosition() const { return m_toolheadPosition; }
    // motion_report.live_position: where the toolhead is now (interpolated).
    std::optional<Vec3> livePosition() const { return m_livePosition; }
    // gcode_move.gcode_position and homing_origin.
    std::optional<Vec3> gcodePosition() const { return m_gcodePosition; }
    std::optional<Vec3> homingOrigin() const { return m_homingOrigin; }
    bool absoluteCoordinates() const { return m_absoluteCoordinates; }
    QString homedAxes() const { return m_homedAxes; }
    bool isHomed(QChar axis) const { return m_homedAxes.contains(axis.toLower()); }
    std::optional<Vec3> axisMinimum() const { return m_axisMinimum; }
    std::optional<Vec3> axisMaximum() const { return m_axisMaximum; }

    QString printState() const { return m_printState; }     // print_stats.state
    QString idleState() const { return m_idleState; }       // idle_timeout.state
    bool isPrinting() const;  // print_stats printing or paused: a job owns the printer
    bool isBusy() const;      // printing, or idle_timeout "Printing" (G-code running / moves queued)

    QList<ToolInfo> tools() const { return m_tools; }
    std::optional<ToolInfo> tool(const QString &name) const;
    // The active tool's short name ("T1"), empty when none or no toolchanger.
    QString activeTool() const;

private:
    void deriveToolhead();
    void deriveGcodeMove();
    void deriveTools();

    QJsonObject m_objects;
    KlippyState m_klippyState = KlippyState::Unknown;
    QString m_klippyMessage;
    std::optional<Vec3> m_toolheadPosition;
    std::optional<Vec3> m_livePosition;
    std::optional<Vec3> m_gcodePosition;
    std::optional<Vec3> m_homingOrigin;
    bool m_absoluteCoordinates = true;
    QString m_homedAxes;
    std::optional<Vec3> m_axisMinimum;
    std::optional<Vec3> m_axisMaximum;
    QString m_printState;
    QString m_idleState;
    QList<ToolInfo> m_tools;
    QString m_activeToolObject;
};

} // namespace reticle
