#include "StatusCommand.h"

#include "PrinterCliSession.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace reticle {

namespace {

QJsonValue vec(const std::optional<Vec3> &v)
{
    if (!v)
        return QJsonValue::Null;
    return QJsonArray{v->x, v->y, v->z};
}

QString text(const std::optional<Vec3> &v)
{
    if (!v)
        return QStringLiteral("-");
    return QStringLiteral("X%1 Y%2 Z%3")
        .arg(v->x, 0, 'f', 3).arg(v->y, 0, 'f', 3).arg(v->z, 0, 'f', 3);
}

} // namespace

QString StatusCommand::summary() const
{
    return tr("Show the printer's state, position, homed axes, tools and offsets.");
}

int StatusCommand::run(const QStringList &arguments, CliIo &io)
{
    QCommandLineParser parser;
    PrinterCliSession session;
    session.addOptions(parser);
    const QCommandLineOption json(QStringLiteral("json"), tr("Print the status as JSON."));
    parser.addOption(json);
    if (const auto exit = parseArguments(parser, arguments, io))
        return *exit;
    if (!parser.positionalArguments().isEmpty())
        return usageError(io, tr("unexpected argument '%1'").arg(parser.positionalArguments().constFirst()));
    if (const QString problem = session.configure(parser); !problem.isEmpty())
        return usageError(io, problem);

    QString error;
    if (!session.connect(PrinterCliSession::Need::KlippyState, &error)) {
        io.err << programName() << ": " << error << '\n';
        return 1;
    }
    const PrinterState &state = session.client().state();
    if (parser.isSet(json)) {
        QJsonArray tools;
        for (const ToolInfo &t : state.tools())
            tools.append(QJsonObject{{QStringLiteral("name"), t.name},
                                     {QStringLiteral("number"), t.number},
                                     {QStringLiteral("active"), t.active},
                                     {QStringLiteral("offset"), QJsonArray{t.offset.x, t.offset.y, t.offset.z}}});
        const QJsonObject out{
            {QStringLiteral("printer"), session.client().server().toString()},
            {QStringLiteral("klippy_state"), PrinterState::klippyStateName(state.klippyState())},
            {QStringLiteral("state_message"), state.klippyMessage()},
            {QStringLiteral("position"), vec(state.toolheadPosition())},
            {QStringLiteral("live_position"), vec(state.livePosition())},
            {QStringLiteral("gcode_position"), vec(state.gcodePosition())},
            {QStringLiteral("homed_axes"), state.homedAxes()},
            {QStringLiteral("axis_minimum"), vec(state.axisMinimum())},
            {QStringLiteral("axis_maximum"), vec(state.axisMaximum())},
            {QStringLiteral("print_state"), state.printState()},
            {QStringLiteral("busy"), state.isBusy()},
            {QStringLiteral("active_tool"), state.activeTool()},
            {QStringLiteral("tools"), tools},
        };
        io.out << QJsonDocument(out).toJson(QJsonDocument::Indented);
        return 0;
    }
    io.out << tr("Printer:     %1").arg(session.client().server().toString()) << '\n'
           << tr("Klipper:     %1").arg(PrinterState::klippyStateName(state.klippyState())) << '\n';
    if (state.klippyState() != PrinterState::KlippyState::Ready && !state.klippyMessage().isEmpty())
        io.out << tr("Message:     %1").arg(state.klippyMessage()) << '\n';
    io.out << tr("Position:    %1").arg(text(state.toolheadPosition())) << '\n'
           << tr("Homed axes:  %1").arg(state.homedAxes().isEmpty() ? tr("none") : state.homedAxes()) << '\n'
           << tr("Axis limits: %1 to %2").arg(text(state.axisMinimum()), text(state.axisMaximum())) << '\n'
           << tr("Busy:        %1").arg(state.isBusy() ? tr("yes") : tr("no")) << '\n';
    if (state.tools().isEmpty()) {
        io.out << tr("Tools:       none reported") << '\n';
    } else {
        io.out << tr("Tools (offsets X Y Z in mm):") << '\n';
        for (const ToolInfo &t : state.tools())
            io.out << QStringLiteral("  %1 %2  %3 %4 %5\n")
                          .arg(t.active ? QStringLiteral("*") : QStringLiteral(" "), t.name.leftJustified(6))
                          .arg(t.offset.x, 9, 'f', 3).arg(t.offset.y, 9, 'f', 3).arg(t.offset.z, 9, 'f', 3);
    }
    return 0;
}

} // namespace reticle
