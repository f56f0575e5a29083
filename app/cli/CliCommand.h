#pragma once

#include "CommandLine.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <QTextStream>

namespace reticle {

// Where a command writes: stdout and stderr in the executable, buffers in tests.
struct CliIo
{
    QTextStream &out;
    QTextStream &err;
};

// One `reticle-cli <name>` subcommand. run() is called inside a running QCoreApplication and may
// spin local event loops (network jobs); it returns the process exit code: 0 success, 1 the job
// failed (reason on stderr), 2 bad usage.
class CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(CliCommand)
public:
    virtual ~CliCommand();
    virtual QString name() const = 0;
    virtual QString summary() const = 0;
    // `arguments` starts with the command name, as argv would.
    virtual int run(const QStringList &arguments, CliIo &io) = 0;

protected:
    // "reticle-cli <name>", for messages and --help.
    QString programName() const;
    // Parses with --help/--version; writes help or errors to `io`. Returns an exit code when the
    // command should stop now.
    std::optional<int> parseArguments(QCommandLineParser &parser, const QStringList &arguments, CliIo &io) const;
    // Writes a usage error (exit code 2).
    int usageError(CliIo &io, const QString &message) const;
};

} // namespace reticle
