#include "PrinterMachineIo.h"

#include "WorkflowLogging.h"
#include "printer/MotionGuard.h"
#include "printer/PrinterReply.h"

#include <QJsonArray>

#include <cmath>

namespace reticle {

namespace {
Offset3 toOffset(const Vec3 &v)
{
    return {v.x, v.y, v.z};
}

std::optional<Offset3> positionFrom(const QJsonValue &value)
{
    const QJsonArray a = value.toArray();
    if (a.size() < 3 || !a[0].isDouble() || !a[1].isDouble() || !a[2].isDouble())
        return std::nullopt;
    return Offset3{a[0].toDouble(), a[1].toDouble(), a[2].toDouble()};
}
} // namespace

PrinterMachineIo::PrinterMachineIo(PrinterLink &link, MotionGuard &guard, QObject *parent)
    : MachineIo(parent)
    , m_link(link)
    , m_guard(guard)
{
    connect(&m_link, &PrinterLink::connectionStateChanged, this, &PrinterMachineIo::onConnectionStateChanged);
    connect(&m_link, &PrinterLink::stateChanged, this, &PrinterMachineIo::onStateChanged);
}

bool PrinterMachineIo::isReady() const
{
    const PrinterState &s = m_link.state();
    return m_link.isReady() && s.isHomed(QLatin1Char('x')) && s.isHomed(QLatin1Char('y'))
        && s.isHomed(QLatin1Char('z')) && !s.isPrinting();
}

int PrinterMachineIo::activeTool() const
{
    // The subscription reports a tool change up to 250 ms late; the read-back does not.
    if (m_activeTool)
        return *m_activeTool;
    for (const ToolInfo &tool : m_link.state().tools())
        if (tool.active)
            return tool.number;
    return -1;
}

Offset3 PrinterMachineIo::toolheadPosition() const
{
    if (m_toolhead)
        return *m_toolhead;
    return toOffset(m_link.state().toolheadPosition().value_or(Vec3{}));
}

Offset3 PrinterMachineIo::gcodePosition() const
{
    if (m_gcode)
        return *m_gcode;
    return toOffset(m_link.state().gcodePosition().value_or(Vec3{}));
}

Offset3 PrinterMachineIo::toolOffset(int tool) const
{
    for (const ToolInfo &info : m_link.state().tools())
        if (info.number == tool)
            return toOffset(info.offset);
    return {};
}

void PrinterMachineIo::selectTool(int tool)
{
    m_toolhead.reset();
    m_gcode.reset();
    m_activeTool.reset();
    // The guard reads the position back after the change itself: the next move starts from there.
    track(m_guard.selectTool(tool), true);
}

void PrinterMachineIo::moveTo(std::optional<double> x, std::optional<double> y, std::optional<double> z)
{
    // The guard takes physical targets (toolhead.position); the workflow thinks in gcode
    // coordinates. They differ by the applied offsets, constant during the move.
    const Offset3 gcode = gcodePosition();
    const Offset3 toolhead = toolheadPosition();
    auto physical = [](std::optional<double> target, double g, double t) -> std::optional<double> {
        if (!target)
            return std::nullopt;
        return *target - g + t;
    };
    MoveRequest request = MoveRequest::absolute(physical(x, gcode.x, toolhead.x), physical(y, gcode.y, toolhead.y),
                                                physical(z, gcode.z, toolhead.z));
    if (m_guard.check(request).empty) {
        // Already there (to the micrometre the guard writes): nothing to send, still one answer.
        QMetaObject::invokeMethod(this, [this] { emit operationFinished(true, {}); }, Qt::QueuedConnection);
        return;
    }
    request.waitForEnd = true;
    track(m_guard.move(request), false);
}

QString PrinterMachineIo::extrudeScript(double mm, double feedMmPerMin)
{
    return QStringLiteral("SAVE_GCODE_STATE NAME=RETICLE_DEPOSIT\nM83\nG1 E%1 F%2\n"
                          "RESTORE_GCODE_STATE NAME=RETICLE_DEPOSIT\nM400")
        .arg(mm, 0, 'f', 3)
        .arg(qRound(feedMmPerMin));
}

void PrinterMachineIo::extrude(double mm, double feedMmPerMin)
{
    auto refuse = [this](const QString &reason) {
        qCWarning(lcWorkflow) << "extrusion refused:" << reason;
        QMetaObject::invokeMethod(this, [this, reason] { emit operationFinished(false, reason); }, Qt::QueuedConnection);
    };
    if (!std::isfinite(mm) || mm <= 0.0 || mm > kMaxExtrudeMm) {
        refuse(tr("An extrusion of %1 mm is outside the allowed 0 to %2 mm.").arg(mm).arg(kMaxExtrudeMm));
        return;
    }
    if (!std::isfinite(feedMmPerMin) || feedMmPerMin < kMinExtrudeFeed || feedMmPerMin > kMaxExtrudeFeed) {
        refuse(tr("An extrusion feed of %1 mm/min is outside the allowed %2 to %3 mm/min.")
                   .arg(feedMmPerMin)
                   .arg(kMinExtrudeFeed)
                   .arg(kMaxExtrudeFeed));
        return;
    }
    // The guard's verdict on a move that goes nowhere: "empty" means nothing else stands against
    // moving the printer now (link and Klippy ready, no print running, position known).
    const MoveDecision verdict = m_guard.check(MoveRequest::jog(0.0, 0.0, 0.0));
    if (!verdict.empty) {
        refuse(verdict.reason);
        return;
    }
    if (!isReady()) {
        refuse(tr("The printer must be homed before a tool extrudes."));
        return;
    }
    m_toolhead.reset();
    m_gcode.reset();
    track(m_link.sendGcode(extrudeScript(mm, feedMmPerMin), PrinterLink::kNoTimeout), false);
}

void PrinterMachineIo::track(PrinterReply *reply, bool waitForMoves)
{
    m_inFlight = reply;
    reply->then(this, [this, waitForMoves](PrinterReply *r) {
        if (r != m_inFlight)
            return;
        if (r->isError()) {
            const PrinterError error = *r->error();
            if (error.code == PrinterError::kConnectionLost || error.code == PrinterError::kNotConnected) {
                m_inFlight.clear();
                if (!m_lost) {
                    m_lost = true;
                    emit connectionLost(error.message);
                }
                return;
            }
            finish(false, error.message);
            return;
        }
        if (waitForMoves) {
            PrinterReply *wait = m_link.sendGcode(QStringLiteral("M400"));
            m_inFlight = wait;
            wait->then(this, [this](PrinterReply *w) {
                if (w != m_inFlight)
                    return;
                if (w->isError())
                    finish(false, w->error()->message);
                else
                    refreshPositions();
            });
            return;
        }
        refreshPositions();
    });
}

void PrinterMachineIo::refreshPositions()
{
    PrinterReply *query = m_link.queryObjects(
        {{QStringLiteral("toolhead"), QJsonArray{QStringLiteral("position")}},
         {QStringLiteral("gcode_move"), QJsonArray{QStringLiteral("gcode_position")}},
         {QStringLiteral("toolchanger"), QJsonArray{QStringLiteral("tool_number")}}});
    m_inFlight = query;
    query->then(this, [this](PrinterReply *q) {
        if (q != m_inFlight)
            return;
        if (q->isError()) {
            finish(false, q->error()->message);
            return;
        }
        const QJsonObject status = q->result().toObject().value(QStringLiteral("status")).toObject();
        m_toolhead = positionFrom(status.value(QStringLiteral("toolhead")).toObject().value(QStringLiteral("position")));
        m_gcode = positionFrom(
            status.value(QStringLiteral("gcode_move")).toObject().value(QStringLiteral("gcode_position")));
        const QJsonValue toolNumber = status.value(QStringLiteral("toolchanger")).toObject().value(QStringLiteral("tool_number"));
        m_activeTool.reset();
        if (toolNumber.isDouble())
            m_activeTool = toolNumber.toInt();
        if (!m_toolhead || !m_gcode) {
            finish(false, tr("The printer did not report its position after the move."));
            return;
        }
        finish(true, {});
    });
}

void PrinterMachineIo::onStateChanged()
{
    const auto klippy = m_link.state().klippyState();
    const QString message = m_link.state().klippyMessage().trimmed();
    if (klippy == PrinterState::KlippyState::Ready) {
        m_shutdownReported = false;
        m_shutdownAsked = false;
        m_readyMessage = message;
        return;
    }
    const bool down = klippy == PrinterState::KlippyState::Shutdown || klippy == PrinterState::KlippyState::Error;
    if (!down || m_shutdownReported)
        return;
    // The state flips first (webhooks diff, notify_klippy_shutdown); the cached message may still
    // be the one from while the printer was ready ("Printer is ready"). Report the printer's
    // reason: a message that changed since, or printer.info's state_message.
    if (!message.isEmpty() && message != m_readyMessage) {
        reportShutdown(message);
        return;
    }
    if (std::exchange(m_shutdownAsked, true))
        return;
    m_link.call(QStringLiteral("printer.info"))->then(this, [this](PrinterReply *r) {
        if (m_shutdownReported)
            return;
        const QJsonObject info = r->isError() ? QJsonObject() : r->result().toObject();
        const QString reason = info.value(QStringLiteral("state_message")).toString().trimmed();
        const auto state = PrinterState::parseKlippyState(info.value(QStringLiteral("state")).toString());
        if (!r->isError() && state == PrinterState::KlippyState::Ready)
            return; // back already
        reportShutdown(reason.isEmpty() || reason == m_readyMessage ? tr("Klipper gave no reason") : reason);
    });
}

void PrinterMachineIo::reportShutdown(const QString &reason)
{
    m_shutdownReported = true;
    qCWarning(lcWorkflow) << "Klippy shut down:" << reason;
    emit shutdown(reason);
}

void PrinterMachineIo::finish(bool ok, const QString &error)
{
    m_inFlight.clear();
    if (!ok)
        qCWarning(lcWorkflow) << "printer operation failed:" << error;
    emit operationFinished(ok, error);
}

void PrinterMachineIo::onConnectionStateChanged(PrinterLink::ConnectionState state)
{
    if (state == PrinterLink::ConnectionState::Ready) {
        m_toolhead.reset();
        m_gcode.reset();
        m_activeTool.reset();
        if (m_lost) {
            m_lost = false;
            emit connectionRestored();
        }
        return;
    }
    // Anything short of Ready (socket gone, Klippy restarting) stops the workflow's moves.
    if (!m_lost) {
        m_lost = true;
        m_inFlight.clear();
        emit connectionLost(tr("the connection to Moonraker dropped"));
    }
}

} // namespace reticle
