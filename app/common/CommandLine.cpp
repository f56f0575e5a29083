#include "CommandLine.h"

#include "base/AppInfo.h"
#include "base/Languages.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QTextStream>

#include <cstdio>

namespace reticle::CommandLine {

ParseOutcome usageError(const QString &program, const QString &message)
{
    return ParseOutcome::exitWith(
        kUsageError, {},
        QStringLiteral("%1: %2\n").arg(program, message)
            + QCoreApplication::translate("CommandLine", "Try '%1 --help' for more information.\n").arg(program));
}

ParseOutcome parse(QCommandLineParser &parser, const QStringList &arguments, const QString &program)
{
    const QCommandLineOption help = parser.addHelpOption();
    const QCommandLineOption version = parser.addVersionOption();
    if (!parser.parse(arguments))
        return usageError(program, parser.errorText());
    if (parser.isSet(help)) {
        // Qt names the program after argv[0] (a path); say what the user typed instead.
        QString text = parser.helpText();
        static const QRegularExpression usage(QStringLiteral("^Usage: \\S+"));
        text.replace(usage, QStringLiteral("Usage: ") + program);
        return ParseOutcome::exitWith(0, text);
    }
    if (parser.isSet(version))
        return ParseOutcome::exitWith(0, QStringLiteral("%1 %2\n").arg(program, AppInfo::version()));
    return ParseOutcome::proceed();
}

QCommandLineOption languageOption()
{
    return QCommandLineOption(
        QStringLiteral("lang"),
        QCoreApplication::translate("CommandLine", "User interface language: %1 (default: the system's).")
            .arg(Languages::available().join(QStringLiteral(", "))),
        QStringLiteral("code"));
}

ParseOutcome checkLanguage(const QCommandLineParser &parser, const QString &program)
{
    if (!parser.isSet(QStringLiteral("lang")))
        return ParseOutcome::proceed();
    const QString code = parser.value(QStringLiteral("lang"));
    if (Languages::isAvailable(code))
        return ParseOutcome::proceed();
    return usageError(program, QCoreApplication::translate("CommandLine", "unknown language '%1' (available: %2)")
                                   .arg(code, Languages::available().join(QStringLiteral(", "))));
}

void print(const ParseOutcome &outcome)
{
    if (!outcome.out.isEmpty()) {
        QTextStream(stdout) << outcome.out;
    }
    if (!outcome.err.isEmpty()) {
        QTextStream(stderr) << outcome.err;
    }
}

} // namespace reticle::CommandLine
