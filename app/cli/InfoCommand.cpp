#include "InfoCommand.h"

#include "base/AppInfo.h"
#include "base/Languages.h"
#include "store/Settings.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSysInfo>

#include <mosquitto.h>

namespace reticle {

QString InfoCommand::summary() const
{
    return tr("Show versions, the settings file and the available languages.");
}

int InfoCommand::run(const QStringList &arguments, CliIo &io)
{
    QCommandLineParser parser;
    const QCommandLineOption json(QStringLiteral("json"), tr("Print the information as JSON."));
    parser.addOption(json);
    if (const auto exit = parseArguments(parser, arguments, io))
        return *exit;
    if (!parser.positionalArguments().isEmpty())
        return usageError(io, tr("unexpected argument '%1'").arg(parser.positionalArguments().constFirst()));

    int major = 0, minor = 0, revision = 0;
    mosquitto_lib_version(&major, &minor, &revision);
    Settings settings;

    QJsonObject info{
        {QStringLiteral("version"), AppInfo::version()},
        {QStringLiteral("qt"), AppInfo::qtVersion()},
        {QStringLiteral("opencv"), AppInfo::openCvVersion()},
        {QStringLiteral("mosquitto"), QStringLiteral("%1.%2.%3").arg(major).arg(minor).arg(revision)},
        {QStringLiteral("os"), QSysInfo::prettyProductName()},
        {QStringLiteral("settings_file"), settings.backend().fileName()},
        {QStringLiteral("languages"), QJsonValue::fromVariant(Languages::available())},
    };
    if (parser.isSet(json)) {
        io.out << QJsonDocument(info).toJson(QJsonDocument::Indented);
        return 0;
    }
    io.out << tr("Reticle %1").arg(info.value(QStringLiteral("version")).toString()) << '\n'
           << tr("Qt:            %1").arg(info.value(QStringLiteral("qt")).toString()) << '\n'
           << tr("OpenCV:        %1").arg(info.value(QStringLiteral("opencv")).toString()) << '\n'
           << tr("libmosquitto:  %1").arg(info.value(QStringLiteral("mosquitto")).toString()) << '\n'
           << tr("System:        %1").arg(info.value(QStringLiteral("os")).toString()) << '\n'
           << tr("Settings file: %1").arg(info.value(QStringLiteral("settings_file")).toString()) << '\n'
           << tr("Languages:     %1").arg(Languages::available().join(QStringLiteral(", "))) << '\n';
    return 0;
}

} // namespace reticle
