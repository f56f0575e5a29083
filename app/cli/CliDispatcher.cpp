#include "CliDispatcher.h"

#include "base/AppInfo.h"
#include "base/Languages.h"

namespace reticle {

CliDispatcher::CliDispatcher(std::vector<std::unique_ptr<CliCommand>> commands)
    : m_commands(std::move(commands))
{
}

QString CliDispatcher::helpText() const
{
    QString text = tr("Usage: reticle-cli <command> [options]\n"
                      "Headless jobs of Reticle, the calibration workstation for multi-tool printers.\n\n"
                      "Commands:\n");
    int width = 0;
    for (const auto &command : m_commands)
        width = std::max(width, int(command->name().size()));
    for (const auto &command : m_commands)
        text += QStringLiteral("  %1  %2\n").arg(command->name().leftJustified(width), command->summary());
    text += tr("\nOptions:\n"
               "  --lang <code>  Language of the messages (before the command): en, de, cs.\n"
               "  -h, --help     Show this help; 'reticle-cli <command> --help' for a command.\n"
               "  -v, --version  Show the version.\n");
    return text;
}

int CliDispatcher::run(const QStringList &givenArguments, CliIo &io)
{
    QStringList arguments = givenArguments;
    // Global options before the command name.
    while (arguments.value(1) == QLatin1String("--lang") || arguments.value(1).startsWith(QLatin1String("--lang="))) {
        QString code;
        if (arguments.value(1) == QLatin1String("--lang")) {
            code = arguments.value(2);
            arguments.remove(1, std::min<qsizetype>(2, arguments.size() - 1));
        } else {
            code = arguments.value(1).mid(int(sizeof("--lang=") - 1));
            arguments.remove(1);
        }
        if (!Languages::isAvailable(code)) {
            const ParseOutcome error = CommandLine::usageError(
                QStringLiteral("reticle-cli"), tr("unknown language '%1' (available: %2)")
                                                   .arg(code, Languages::available().join(QStringLiteral(", "))));
            io.err << error.err;
            return *error.exitCode;
        }
        if (m_setLanguage)
            m_setLanguage(code);
    }
    const QString first = arguments.value(1);
    if (first.isEmpty()) {
        io.err << helpText();
        return CommandLine::kUsageError;
    }
    if (first == QLatin1String("-h") || first == QLatin1String("--help") || first == QLatin1String("help")) {
        io.out << helpText();
        return 0;
    }
    if (first == QLatin1String("-v") || first == QLatin1String("--version")) {
        io.out << QStringLiteral("reticle-cli %1\n").arg(AppInfo::version());
        return 0;
    }
    for (const auto &command : m_commands) {
        if (command->name() == first)
            return command->run(arguments.mid(1), io);
    }
    const ParseOutcome error = CommandLine::usageError(
        QStringLiteral("reticle-cli"),
        first.startsWith(QLatin1Char('-')) ? tr("unknown option '%1'").arg(first)
                                           : tr("unknown command '%1'").arg(first));
    io.err << error.err;
    return *error.exitCode;
}

} // namespace reticle
