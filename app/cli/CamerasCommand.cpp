#include "CamerasCommand.h"

#include "PrinterCliSession.h"
#include "printer/WebcamInfo.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace reticle {

QString CamerasCommand::summary() const
{
    return tr("List the printer's webcams with their stream and snapshot URLs.");
}

int CamerasCommand::run(const QStringList &arguments, CliIo &io)
{
    QCommandLineParser parser;
    PrinterCliSession session;
    session.addOptions(parser);
    const QCommandLineOption json(QStringLiteral("json"), tr("Print the cameras as JSON."));
    parser.addOption(json);
    if (const auto exit = parseArguments(parser, arguments, io))
        return *exit;
    if (!parser.positionalArguments().isEmpty())
        return usageError(io, tr("unexpected argument '%1'").arg(parser.positionalArguments().constFirst()));
    if (const QString problem = session.configure(parser); !problem.isEmpty())
        return usageError(io, problem);

    QString error;
    if (!session.connect(PrinterCliSession::Need::Socket, &error)) {
        io.err << programName() << ": " << error << '\n';
        return 1;
    }
    PrinterReply *reply = session.client().listWebcams();
    PrinterCliSession::wait(reply);
    if (reply->isError()) {
        io.err << programName() << ": " << reply->error()->toString() << '\n';
        return 1;
    }
    const QList<WebcamInfo> cams = WebcamInfo::fromListResult(reply->result(), session.client().host());
    if (parser.isSet(json)) {
        QJsonArray array;
        for (const WebcamInfo &c : cams)
            array.append(QJsonObject{{QStringLiteral("name"), c.name},
                                     {QStringLiteral("uid"), c.uid},
                                     {QStringLiteral("service"), c.service},
                                     {QStringLiteral("enabled"), c.enabled},
                                     {QStringLiteral("stream_url"), c.streamUrl.toString()},
                                     {QStringLiteral("snapshot_url"), c.snapshotUrl.toString()},
                                     {QStringLiteral("flip_horizontal"), c.flipHorizontal},
                                     {QStringLiteral("flip_vertical"), c.flipVertical},
                                     {QStringLiteral("rotation"), c.rotation}});
        io.out << QJsonDocument(QJsonObject{{QStringLiteral("webcams"), array}}).toJson(QJsonDocument::Indented);
        return 0;
    }
    if (cams.isEmpty()) {
        io.out << tr("No webcams configured.") << '\n';
        return 0;
    }
    for (const WebcamInfo &c : cams) {
        io.out << c.name << (c.enabled ? QString() : tr(" (disabled)")) << '\n'
               << tr("  stream:   %1").arg(c.streamUrl.toString()) << '\n'
               << tr("  snapshot: %1").arg(c.snapshotUrl.isEmpty() ? tr("none") : c.snapshotUrl.toString()) << '\n';
        QStringList transform;
        if (c.flipHorizontal)
            transform << tr("flipped horizontally");
        if (c.flipVertical)
            transform << tr("flipped vertically");
        if (c.rotation != 0)
            transform << tr("rotated %1°").arg(c.rotation);
        if (!transform.isEmpty())
            io.out << QStringLiteral("  %1\n").arg(transform.join(QStringLiteral(", ")));
    }
    return 0;
}

} // namespace reticle
