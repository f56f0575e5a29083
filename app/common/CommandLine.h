#pragma once

#include <QCommandLineParser>
#include <QString>
#include <QStringList>

#include <optional>

namespace reticle {

// Outcome of parsing a command line: either go on running, or stop with an exit code and a text
// for stdout (help, version) or stderr (errors). Kept free of printing so tests can check it.
struct ParseOutcome
{
    std::optional<int> exitCode; // set when the program should stop now
    QString out;                 // for stdout
    QString err;                 // for stderr

    bool shouldExit() const { return exitCode.has_value(); }
    static ParseOutcome proceed() { return {}; }
    static ParseOutcome exitWith(int code, QString out, QString err = {})
    {
        return {code, std::move(out), std::move(err)};
    }
};

namespace CommandLine {

inline constexpr int kUsageError = 2;

// Adds --help and --version, parses `arguments` (argv including the program name) and turns
// --help, --version and unknown options into a ParseOutcome. `program` names the executable in
// messages. Errors exit with code 2.
ParseOutcome parse(QCommandLineParser &parser, const QStringList &arguments, const QString &program);

// A usage error in the same shape as the parser's own: "<program>: <message>" plus a hint.
ParseOutcome usageError(const QString &program, const QString &message);

// The --lang option every executable accepts, and its validation.
QCommandLineOption languageOption();
// Returns the language to use: the --lang value if set and shipped, otherwise the stored or
// system choice; an unknown code is a usage error.
ParseOutcome checkLanguage(const QCommandLineParser &parser, const QString &program);

// Writes a ParseOutcome's texts to stdout/stderr.
void print(const ParseOutcome &outcome);

} // namespace CommandLine
} // namespace reticle
