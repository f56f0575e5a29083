#pragma once

#include "ToolOffsetMath.h"

#include <QObject>
#include <QString>

#include <optional>

namespace reticle {

// What a calibration workflow needs from the printer, and nothing more ("machine I/O" seam).
// The Moonraker adapter sends every move through the MotionGuard and ends moves with M400; a
// scripted fake records each call so tests assert the exact sequence.
//
// Every command starts one operation; exactly one operationFinished() follows it (ok or with the
// printer's error). Commands are never queued: a workflow issues the next one after the previous
// finished.
class MachineIo : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;

    virtual bool isReady() const = 0;            // connected, klippy ready, homed
    virtual int activeTool() const = 0;          // -1 when none
    virtual Offset3 toolheadPosition() const = 0; // physical frame (toolhead.position)
    virtual Offset3 gcodePosition() const = 0;    // what G0 takes
    virtual Offset3 toolOffset(int tool) const = 0; // current applied offset of a tool

    virtual void selectTool(int tool) = 0;
    // Absolute move in gcode coordinates; axes left empty keep their position. Completes after the
    // motion ended (M400).
    virtual void moveTo(std::optional<double> x, std::optional<double> y, std::optional<double> z) = 0;
    // Pushes `mm` of filament through the active tool's nozzle at `feedMmPerMin` without moving
    // X, Y or Z (camera-tool mode deposits a mark this way). Completes after the extrusion ended
    // (M400). A link that cannot extrude finishes with an error and sends nothing.
    virtual void extrude(double mm, double feedMmPerMin)
    {
        Q_UNUSED(mm)
        Q_UNUSED(feedMmPerMin)
        QMetaObject::invokeMethod(
            this, [this] { emit operationFinished(false, tr("This printer connection cannot extrude.")); },
            Qt::QueuedConnection);
    }

signals:
    void operationFinished(bool ok, const QString &error);
    void connectionLost(const QString &reason);  // socket dropped; in-flight operation is lost
    void connectionRestored();
    void shutdown(const QString &message);        // klippy shutdown / error: abort
};

} // namespace reticle
