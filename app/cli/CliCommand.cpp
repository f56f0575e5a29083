#include "CliCommand.h"

namespace reticle {

CliCommand::~CliCommand() = default;

QString CliCommand::programName() const
{
    return QStringLiteral("reticle-cli %1").arg(name());
}

static void write(const ParseOutcome &outcome, CliIo &io)
{
    if (!outcome.out.isEmpty())
        io.out << outcome.out;
    if (!outcome.err.isEmpty())
        io.err << outcome.err;
}

std::optional<int> CliCommand::parseArguments(QCommandLineParser &parser, const QStringList &arguments,
                                              CliIo &io) const
{
    parser.setApplicationDescription(summary());
    const ParseOutcome outcome = CommandLine::parse(parser, arguments, programName());
    write(outcome, io);
    return outcome.exitCode;
}

int CliCommand::usageError(CliIo &io, const QString &message) const
{
    const ParseOutcome outcome = CommandLine::usageError(programName(), message);
    write(outcome, io);
    return *outcome.exitCode;
}

} // namespace reticle
