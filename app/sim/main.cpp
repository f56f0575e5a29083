#include "CommandLine.h"
#include "base/AppInfo.h"

#include <QCoreApplication>
#include <QHostAddress>

using namespace reticle;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    AppInfo::applyToApplication();

    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "reticle-sim", "Simulated Moonraker printer and camera servers for Reticle's demo and tests."));
    const QCommandLineOption host(QStringLiteral("host"),
                                  QCoreApplication::translate("reticle-sim", "Address to listen on."),
                                  QStringLiteral("address"), QStringLiteral("127.0.0.1"));
    parser.addOption(host);
    const ParseOutcome outcome = CommandLine::parse(parser, QCoreApplication::arguments(), QStringLiteral("reticle-sim"));
    if (outcome.shouldExit()) {
        CommandLine::print(outcome);
        return *outcome.exitCode;
    }
    if (QHostAddress(parser.value(host)).isNull()) {
        CommandLine::print(CommandLine::usageError(
            QStringLiteral("reticle-sim"),
            QCoreApplication::translate("reticle-sim", "'%1' is not an IP address").arg(parser.value(host))));
        return CommandLine::kUsageError;
    }
    return QCoreApplication::exec();
}
