#include "MotionGuard.h"

#include "PrinterLink.h"
#include "PrinterLogging.h"

#include <QJsonArray>
#include <QJsonObject>

#include <cmath>

namespace reticle {

namespace {

QString mm(double value)
{
    if (std::abs(value) < 0.0005)
        value = 0.0; // never "-0.000"
    return QString::number(value, 'f', 3);
}

const char *const kAxisNames[3] = {"X", "Y", "Z"};

} // namespace

MoveRequest MoveRequest::jog(double dx, double dy, double dz)
{
    MoveRequest r;
    r.kind = Kind::Jog;
    if (dx != 0.0)
        r.x = dx;
    if (dy != 0.0)
        r.y = dy;
    if (dz != 0.0)
        r.z = dz;
    return r;
}

MoveRequest MoveRequest::centring(double dx, double dy)
{
    MoveRequest r;
    r.kind = Kind::Centring;
    r.x = dx;
    r.y = dy;
    r.waitForEnd = true;
    return r;
}

MoveRequest MoveRequest::absolute(std::optional<double> x, std::optional<double> y, std::optional<double> z)
{
    MoveRequest r;
    r.kind = Kind::Absolute;
    r.x = x;
    r.y = y;
    r.z = z;
    r.waitForEnd = true;
    return r;
}

MotionGuard::MotionGuard(PrinterLink &link, MotionLimits limits, QObject *parent)
    : QObject(parent)
    , m_link(link)
    , m_limits(limits)
{
    connect(&m_link, &PrinterLink::stateChanged, this, [this] {
        // Once the reply came, the next status update carries the new toolhead.position.
        if (!m_pendingReply || m_pendingReply->isFinished())
            m_pendingTarget.reset();
        if (m_positionStale && (!m_toolChange || m_toolChange->isFinished()))
            m_positionStale = false;
    });
}

MoveDecision MotionGuard::decide(const PrinterState &state, const MotionLimits &limits, const Vec3 &base,
                                 const MoveRequest &request, bool linkReady)
{
    MoveDecision d;
    auto refuse = [&d](const QString &reason) {
        d.allowed = false;
        d.reason = reason;
        return d;
    };
    if (!linkReady || state.klippyState() != PrinterState::KlippyState::Ready)
        return refuse(tr("The printer is not ready (%1).").arg(PrinterState::klippyStateText(state.klippyState())));
    if (state.isPrinting())
        return refuse(tr("A print is running; Reticle does not move the printer during a print."));
    if (!state.toolheadPosition())
        return refuse(tr("The toolhead position is not known yet."));

    const std::optional<double> wanted[3] = {request.x, request.y, request.z};
    Vec3 delta;
    bool moves[3] = {false, false, false};
    for (int axis = 0; axis < 3; ++axis) {
        if (!wanted[axis])
            continue;
        const double value = *wanted[axis];
        if (!std::isfinite(value))
            return refuse(tr("The %1 value is not a number.").arg(QLatin1String(kAxisNames[axis])));
        delta[axis] = request.kind == MoveRequest::Kind::Absolute ? value - base[axis] : value;
        moves[axis] = std::abs(delta[axis]) >= 0.0005;
    }
    if (!moves[0] && !moves[1] && !moves[2]) {
        d.empty = true;
        return refuse(tr("The move is empty."));
    }

    for (int axis = 0; axis < 3; ++axis) {
        if (moves[axis] && !state.isHomed(QLatin1Char(kAxisNames[axis][0])))
            return refuse(tr("Axis %1 is not homed. Home the printer first.").arg(QLatin1String(kAxisNames[axis])));
    }

    const double step = delta.length();
    if (request.kind == MoveRequest::Kind::Jog && step > limits.maxJogStepMm + 1e-9)
        return refuse(tr("A %1 mm step is longer than the %2 mm allowed for jogging.")
                          .arg(mm(step), mm(limits.maxJogStepMm)));
    if (request.kind == MoveRequest::Kind::Centring && step > limits.maxCentringStepMm + 1e-9)
        return refuse(tr("A %1 mm step is longer than the %2 mm allowed while centring.")
                          .arg(mm(step), mm(limits.maxCentringStepMm)));

    const auto minimum = state.axisMinimum();
    const auto maximum = state.axisMaximum();
    if (!minimum || !maximum)
        return refuse(tr("The axis limits are not known yet."));
    // The target is where the G-code sends the head: the base plus each delta as written (to
    // 0.001 mm), so that the next move, planned from this target, starts where the head really is.
    Vec3 sent;
    for (int axis = 0; axis < 3; ++axis)
        if (moves[axis])
            sent[axis] = mm(delta[axis]).toDouble();
    d.target = base + sent;
    for (int axis = 0; axis < 3; ++axis) {
        if (!moves[axis])
            continue;
        const double low = (*minimum)[axis] + limits.axisLimitMarginMm;
        const double high = (*maximum)[axis] - limits.axisLimitMarginMm;
        if (d.target[axis] < low - 1e-9 || d.target[axis] > high + 1e-9)
            return refuse(tr("%1 %2 mm is outside the allowed range %3 to %4 mm (axis limits less a %5 mm margin).")
                              .arg(QLatin1String(kAxisNames[axis]), mm(d.target[axis]), mm(low), mm(high),
                                   mm(limits.axisLimitMarginMm)));
    }

    QString g1 = QStringLiteral("G1");
    for (int axis = 0; axis < 3; ++axis)
        if (moves[axis])
            g1 += QStringLiteral(" %1%2").arg(QLatin1String(kAxisNames[axis]), mm(delta[axis]));
    const double feed = request.feedMmPerMin > 0.0 ? request.feedMmPerMin : limits.feedMmPerMin;
    g1 += QStringLiteral(" F%1").arg(qRound(feed));
    QStringList lines;
    if (state.absoluteCoordinates())
        lines << QStringLiteral("G91") << g1 << QStringLiteral("G90");
    else
        lines << g1;
    if (request.waitForEnd)
        lines << QStringLiteral("M400");
    d.allowed = true;
    d.script = lines.join(QLatin1Char('\n'));
    return d;
}

Vec3 MotionGuard::base() const
{
    if (m_pendingTarget)
        return *m_pendingTarget;
    return m_link.state().toolheadPosition().value_or(Vec3{});
}

MoveDecision MotionGuard::check(const MoveRequest &request) const
{
    MoveDecision d = decide(m_link.state(), m_limits, base(), request, m_link.isReady());
    if (m_positionStale && (d.allowed || d.empty)) {
        // After a tool change the subscribed position may still show where the head was before.
        d = MoveDecision();
        d.reason = tr("The toolhead position is not known yet.");
    }
    return d;
}

PrinterReply *MotionGuard::refuse(const QString &method, const QString &reason)
{
    qCInfo(lcPrinter) << "motion guard refused:" << reason;
    auto *reply = new PrinterReply(method, &m_link);
    reply->finishLaterWithError(PrinterError::refused(reason));
    emit refused(reason);
    return reply;
}

PrinterReply *MotionGuard::move(const MoveRequest &request)
{
    const MoveDecision decision = check(request);
    if (!decision.allowed)
        return refuse(QStringLiteral("printer.gcode.script"), decision.reason);
    PrinterReply *reply = m_link.sendGcode(decision.script, request.waitForEnd ? PrinterLink::kNoTimeout
                                                                               : PrinterLink::kDefaultTimeout);
    m_pendingTarget = decision.target;
    m_pendingReply = reply;
    connect(reply, &PrinterReply::finished, this, [this, reply] {
        if (reply->isError() && m_pendingReply == reply)
            m_pendingTarget.reset();
    });
    emit moveSent(decision.script);
    return reply;
}

QString MotionGuard::readinessProblem(bool needHomed) const
{
    const PrinterState &state = m_link.state();
    if (!m_link.isReady() || state.klippyState() != PrinterState::KlippyState::Ready)
        return tr("The printer is not ready (%1).").arg(PrinterState::klippyStateText(state.klippyState()));
    if (state.isPrinting())
        return tr("A print is running; Reticle does not move the printer during a print.");
    if (needHomed) {
        for (const char *axis : kAxisNames)
            if (!state.isHomed(QLatin1Char(axis[0])))
                return tr("Axis %1 is not homed. Home the printer first.").arg(QLatin1String(axis));
    }
    return {};
}

PrinterReply *MotionGuard::home(const QString &axes)
{
    if (const QString problem = readinessProblem(false); !problem.isEmpty())
        return refuse(QStringLiteral("printer.gcode.script"), problem);
    QString script = QStringLiteral("G28");
    for (const QChar c : axes.toUpper())
        if (c == QLatin1Char('X') || c == QLatin1Char('Y') || c == QLatin1Char('Z'))
            script += QLatin1Char(' ') + c;
    m_pendingTarget.reset();
    emit moveSent(script);
    return m_link.sendGcode(script, PrinterLink::kNoTimeout);
}

PrinterReply *MotionGuard::selectTool(int toolNumber)
{
    if (const QString problem = readinessProblem(true); !problem.isEmpty())
        return refuse(QStringLiteral("printer.gcode.script"), problem);
    if (toolNumber < 0)
        return refuse(QStringLiteral("printer.gcode.script"), tr("The tool has no tool number."));
    const QString script = QStringLiteral("T%1").arg(toolNumber);
    // The change moves the head (dock, pick-up, back with the new tool's offset applied) and the
    // subscribed toolhead.position lags by up to 250 ms: no relative move is planned until the
    // position is read back after the change, or a status update after its reply shows it.
    m_pendingTarget.reset();
    m_pendingReply.clear();
    m_positionStale = true;
    emit moveSent(script);
    PrinterReply *change = m_link.sendGcode(script, PrinterLink::kNoTimeout);
    m_toolChange = change;
    auto *result = new PrinterReply(QStringLiteral("printer.gcode.script"), &m_link);
    connect(result, &PrinterReply::cancelRequested, change, &PrinterReply::cancel);
    const QPointer<PrinterReply> answer(result);
    change->then(this, [this, answer](PrinterReply *r) {
        if (!answer || answer->isFinished())
            return;
        if (r->isError()) {
            answer->finishWithError(*r->error());
            return;
        }
        const QJsonValue changed = r->result();
        m_link.queryObjects({{QStringLiteral("toolhead"), QJsonArray{QStringLiteral("position")}}})
            ->then(this, [this, answer, changed](PrinterReply *q) {
                const QJsonArray p = q->isError() ? QJsonArray()
                                                  : q->result()
                                                        .toObject()
                                                        .value(QStringLiteral("status"))
                                                        .toObject()
                                                        .value(QStringLiteral("toolhead"))
                                                        .toObject()
                                                        .value(QStringLiteral("position"))
                                                        .toArray();
                if (m_positionStale && p.size() >= 3 && p[0].isDouble() && p[1].isDouble() && p[2].isDouble()) {
                    // Read back after the change: the base until the next status update.
                    m_pendingTarget = Vec3{p[0].toDouble(), p[1].toDouble(), p[2].toDouble()};
                    m_pendingReply.clear();
                    m_positionStale = false;
                } else if (m_positionStale) {
                    qCWarning(lcPrinter) << "no toolhead position read back after the tool change; waiting for a status update";
                }
                if (answer && !answer->isFinished())
                    answer->finishWithResult(changed);
            });
    });
    return result;
}

} // namespace reticle
