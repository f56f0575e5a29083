#include "GcodeCommand.h"

#include "PrinterCliSession.h"

#include <QJsonArray>

namespace reticle {

QString GcodeCommand::summary() const
{
    return tr("Run G-code on the printer and print its responses.");
}

QString GcodeCommand::scriptFrom(const QStringList &positional)
{
    QStringList lines;
    for (const QString &argument : positional) {
        QString text = argument;
        text.replace(QLatin1String("\\n"), QLatin1String("\n"));
        for (const QString &line : text.split(QLatin1Char('\n'))) {
            if (!line.trimmed().isEmpty())
                lines << line.trimmed();
        }
    }
    return lines.join(QLatin1Char('\n'));
}

int GcodeCommand::run(const QStringList &arguments, CliIo &io)
{
    QCommandLineParser parser;
    PrinterCliSession session;
    session.addOptions(parser);
    parser.addPositionalArgument(QStringLiteral("script"), tr("G-code lines; \\n separates lines."),
                                 tr("\"G28\\nG0 X10\""));
    if (const auto exit = parseArguments(parser, arguments, io))
        return *exit;
    const QString script = scriptFrom(parser.positionalArguments());
    if (script.isEmpty())
        return usageError(io, tr("no G-code given"));
    if (const QString problem = session.configure(parser); !problem.isEmpty())
        return usageError(io, problem);

    QString error;
    // G-code is sent once Klipper's state is known: in shutdown Moonraker answers with the
    // state message, which is what the operator needs to see.
    if (!session.connect(PrinterCliSession::Need::KlippyState, &error)) {
        io.err << programName() << ": " << error << '\n';
        return 1;
    }
    MoonrakerClient &client = session.client();
    QObject::connect(&client, &PrinterLink::gcodeResponse, &client, [&io](const QString &line) {
        io.out << line << '\n';
        io.out.flush();
    });
    PrinterReply *reply = client.sendGcode(script);
    PrinterCliSession::wait(reply);
    // Output comes through notify_gcode_response and may trail the reply: a query through
    // Klippy is answered after every response Klippy sent before it.
    PrinterCliSession::wait(client.queryObjects(QJsonObject{{QStringLiteral("webhooks"),
                                                             QJsonArray{QStringLiteral("state")}}}));
    if (reply->isError()) {
        io.err << programName() << ": " << reply->error()->message << '\n';
        return 1;
    }
    return 0;
}

} // namespace reticle
