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

private:
    void track(PrinterReply *reply, bool waitForMoves);
    void refreshPositions();
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
};

} // namespace reticle
