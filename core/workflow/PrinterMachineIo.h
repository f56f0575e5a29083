#pragma once

#include "MachineIo.h"
#include "printer/PrinterLink.h"

#include <QPointer>

namespace reticle {

class MotionGuard;
class PrinterReply;

// MachineIo over a real (or simulated) Moonraker printer: every move goes through the
// MotionGuard and ends with M400; after each operation the toolhead and gcode positions are read
// back with printer.objects.query, so a workflow never measures against a position that the
// 250 ms subscription diffs have not delivered yet. A dropped socket becomes connectionLost()
// (the in-flight operation is abandoned, never re-sent); a Klippy shutdown becomes shutdown().
class PrinterMachineIo : public MachineIo
{
    Q_OBJECT
public:
    PrinterMachineIo(PrinterLink &link, MotionGuard &guard, QObject *parent = nullptr);

    bool isReady() const override;
    int activeTool() const override;
    Offset3 toolheadPosition() const override;
    Offset3 gcodePosition() const override;
    Offset3 toolOffset(int tool) const override;

    void selectTool(int tool) override;
    void moveTo(std::optional<double> x, std::optional<double> y, std::optional<double> z) override;
    // Relative extrusion inside SAVE_GCODE_STATE / RESTORE_GCODE_STATE (the printer's M82/M83 mode
    // is kept), then M400. Only when the MotionGuard finds nothing against moving the printer now,
    // all axes are homed, and the amount and feed are within kMaxExtrudeMm / the feed range.
    void extrude(double mm, double feedMmPerMin) override;
    static QString extrudeScript(double mm, double feedMmPerMin);

    static constexpr double kMaxExtrudeMm = 10.0;
    static constexpr double kMinExtrudeFeed = 10.0;   // mm/min
    static constexpr double kMaxExtrudeFeed = 1200.0; // mm/min

private:
    void track(PrinterReply *reply, bool waitForMoves);
    void refreshPositions();
    // Reports a Klippy shutdown once, with the printer's reason (never the "Printer is ready" the
    // client may still have cached when the state flips).
    void onStateChanged();
    void reportShutdown(const QString &reason);
    void finish(bool ok, const QString &error);
    void onConnectionStateChanged(PrinterLink::ConnectionState state);

    PrinterLink &m_link;
    MotionGuard &m_guard;
    QPointer<PrinterReply> m_inFlight;
    std::optional<Offset3> m_toolhead;   // read back after the last operation
    std::optional<Offset3> m_gcode;
    std::optional<int> m_activeTool;     // toolchanger.tool_number read back with the positions
    bool m_lost = false;
    bool m_shutdownReported = false;
    bool m_shutdownAsked = false;        // printer.info asked for the shutdown's reason
    QString m_readyMessage;              // Klippy's message while it was ready
};

} // namespace reticle
