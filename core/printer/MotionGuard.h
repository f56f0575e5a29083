#pragma once

#include "MotionLimits.h"
#include "Vec3.h"

#include <QObject>
#include <QPointer>
#include <QString>

#include <optional>

namespace reticle {

class PrinterLink;
class PrinterReply;
class PrinterState;

// What a caller wants: a relative step (jog, centring correction) or an absolute target, both in
// the physical frame of toolhead.position.
struct MoveRequest
{
    enum class Kind { Jog, Centring, Absolute };
    Kind kind = Kind::Jog;
    std::optional<double> x, y, z;   // deltas for Jog/Centring, targets for Absolute
    bool waitForEnd = false;         // append M400: the reply comes when the move has ended
    double feedMmPerMin = 0.0;       // 0: the configured jog feed

    static MoveRequest jog(double dx, double dy, double dz);
    static MoveRequest centring(double dx, double dy);
    static MoveRequest absolute(std::optional<double> x, std::optional<double> y, std::optional<double> z);
};

// The guard's verdict: allowed with the exact script to send, or refused with a reason.
struct MoveDecision
{
    bool allowed = false;
    QString reason;   // translated, for the operator
    QString script;   // G-code to send when allowed
    Vec3 target;      // physical target
    bool empty = false; // refused only because the toolhead is already there (within 0.5 µm)
};

// The one place every move Reticle asks for goes through. Refuses (and sends nothing) when the
// printer is not ready, a print is running, an axis that moves is not homed, the target leaves
// axis_minimum/axis_maximum shrunk by the margin, or a single step is longer than the limit for
// its kind. Moves are sent as relative G1 moves (G91 ... G90, restoring absolute mode), with M400
// when the caller must wait for the end.
class MotionGuard : public QObject
{
    Q_OBJECT
public:
    MotionGuard(PrinterLink &link, MotionLimits limits, QObject *parent = nullptr);

    void setLimits(const MotionLimits &limits) { m_limits = limits; }
    MotionLimits limits() const { return m_limits; }

    // Pure: the decision for `request` given `state` and `base` (the physical position the move
    // starts from).
    static MoveDecision decide(const PrinterState &state, const MotionLimits &limits, const Vec3 &base,
                               const MoveRequest &request, bool linkReady);
    MoveDecision check(const MoveRequest &request) const;

    // Sends the move if allowed. A refused move returns a reply that finishes with
    // PrinterError::kRefused and emits refused(); nothing reaches the printer.
    PrinterReply *move(const MoveRequest &request);
    // G28 [axes] (all when empty); refused while a print is running or the printer is not ready.
    PrinterReply *home(const QString &axes = {});
    // T<n> (a tool change moves the toolhead): needs all axes homed and no print running. The
    // reply finishes once the change is done and toolhead.position has been read back; until
    // then (or, if that read fails, until a status update after the change) moves are refused
    // because the position is not known.
    PrinterReply *selectTool(int toolNumber);

signals:
    void refused(const QString &reason);
    void moveSent(const QString &script);

private:
    PrinterReply *refuse(const QString &method, const QString &reason);
    QString readinessProblem(bool needHomed) const;
    Vec3 base() const;

    PrinterLink &m_link;
    MotionLimits m_limits;
    // Where the last sent move ends, until a state update after its reply shows it.
    std::optional<Vec3> m_pendingTarget;
    QPointer<PrinterReply> m_pendingReply;
    // Set by a tool change until its position is read back or a status update after it arrives.
    bool m_positionStale = false;
    QPointer<PrinterReply> m_toolChange;
};

} // namespace reticle
