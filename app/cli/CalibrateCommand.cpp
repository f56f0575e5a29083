#include "CalibrateCommand.h"

#include "printer/MoonrakerClient.h"
#include "workflow/CalibrationRun.h"

#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

namespace reticle {

namespace {

std::optional<int> toolNumber(const QString &name)
{
    QString text = name.trimmed();
    if (text.startsWith(QLatin1Char('T'), Qt::CaseInsensitive))
        text = text.mid(1);
    bool ok = false;
    const int n = text.toInt(&ok);
    if (!ok || n < 0)
        return std::nullopt;
    return n;
}

double round6(double v)
{
    return std::round(v * 1e6) / 1e6;
}

} // namespace

QString CalibrateCommand::summary() const
{
    return tr("Calibrate the camera and measure every tool's offset (headless).");
}

QByteArray CalibrateCommand::resultJson(const CalibrationRunResult &result)
{
    QJsonArray tools;
    const bool cameraTool = result.mode == QLatin1String("camera-tool");
    for (const ToolOffsetResult &r : result.tools) {
        tools.append(QJsonObject{
            {QStringLiteral("tool"), QStringLiteral("T%1").arg(r.tool)},
            {QStringLiteral("x"), round6(r.newOffset.x)},
            {QStringLiteral("y"), round6(r.newOffset.y)},
            {QStringLiteral("std_x"), round6(r.stdMm.x())},
            {QStringLiteral("std_y"), round6(r.stdMm.y())},
            {QStringLiteral("range_x"), round6(r.rangeMm.x())},
            {QStringLiteral("range_y"), round6(r.rangeMm.y())},
            {QStringLiteral("previous_x"), round6(r.currentOffset.x)},
            {QStringLiteral("previous_y"), round6(r.currentOffset.y)},
            {QStringLiteral("samples"), r.samples},
            {QStringLiteral("moves"), r.moves},
            {QStringLiteral("manual"), r.manual},
        });
        if (cameraTool) {
            // Where the tool stood (toolhead.position) when it deposited its mark.
            QJsonObject entry = tools.last().toObject();
            entry.insert(QStringLiteral("deposit_x"), round6(r.centre.x));
            entry.insert(QStringLiteral("deposit_y"), round6(r.centre.y));
            tools.replace(tools.size() - 1, entry);
        }
    }
    QJsonObject root{
        {QStringLiteral("ok"), result.ok},
        {QStringLiteral("mode"), result.mode},
        {QStringLiteral("reference"),
         result.referenceName.isEmpty() ? QStringLiteral("T%1").arg(result.referenceTool) : result.referenceName},
        {QStringLiteral("tools"), tools},
        {QStringLiteral("calibration"),
         QJsonObject{{QStringLiteral("model"), result.model},
                     {QStringLiteral("rms_um"), round6(result.rmsUm)},
                     {QStringLiteral("max_um"), round6(result.maxUm)},
                     {QStringLiteral("reused"), result.calibrationReused},
                     {QStringLiteral("moves"), result.calibrationMoves}}},
    };
    if (!result.ok)
        root.insert(QStringLiteral("error"), result.error);
    if (!result.appliedGcode.isEmpty())
        root.insert(QStringLiteral("applied_gcode"), QJsonArray::fromStringList(result.appliedGcode));
    if (!result.applyNote.isEmpty())
        root.insert(QStringLiteral("apply_note"), result.applyNote);
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

int CalibrateCommand::execute(const CalibrationRunOptions &options, bool json, const QString &reportPath, CliIo &io)
{
    CalibrationRun run(options);
    QEventLoop loop;
    QObject::connect(&run, &CalibrationRun::log, &loop, [&io, json](const QString &line) {
        // Progress goes to stderr with --json, so stdout stays one JSON document.
        (json ? io.err : io.out) << line << '\n';
        (json ? io.err : io.out).flush();
    });
    QObject::connect(&run, &CalibrationRun::finished, &loop, &QEventLoop::quit);
    QMetaObject::invokeMethod(&run, &CalibrationRun::start, Qt::QueuedConnection);
    loop.exec();

    const CalibrationRunResult &result = run.result();
    const QByteArray document = resultJson(result);
    if (!reportPath.isEmpty()) {
        QSaveFile file(reportPath);
        if (!file.open(QIODevice::WriteOnly) || file.write(document) != document.size() || !file.commit())
            io.err << tr("Cannot write the report %1: %2").arg(reportPath, file.errorString()) << '\n';
    }
    if (json) {
        io.out << document;
    } else if (result.ok) {
        io.out << tr("Camera map: %1, RMS %2 µm, max %3 µm%4")
                      .arg(result.model)
                      .arg(result.rmsUm, 0, 'f', 2)
                      .arg(result.maxUm, 0, 'f', 2)
                      .arg(result.calibrationReused ? tr(" (saved)") : QString())
               << '\n';
        io.out << tr("Offsets relative to %1 (Klipper convention, mm):")
                      .arg(result.referenceName.isEmpty() ? QStringLiteral("T%1").arg(result.referenceTool)
                                                          : result.referenceName)
               << '\n';
        for (const ToolOffsetResult &r : result.tools)
            io.out << QStringLiteral("  T%1  X %2  Y %3   std %4 / %5 µm   %6 moves\n")
                          .arg(r.tool)
                          .arg(r.newOffset.x, 9, 'f', 4)
                          .arg(r.newOffset.y, 9, 'f', 4)
                          .arg(r.stdMm.x() * 1000.0, 0, 'f', 1)
                          .arg(r.stdMm.y() * 1000.0, 0, 'f', 1)
                          .arg(r.moves);
        if (!result.applyNote.isEmpty())
            io.out << result.applyNote << '\n';
    }
    if (!result.ok) {
        io.err << tr("reticle-cli calibrate: %1").arg(result.error) << '\n';
        return 1;
    }
    return 0;
}

int CalibrateCommand::run(const QStringList &arguments, CliIo &io)
{
    QCommandLineParser parser;
    const QCommandLineOption printer(QStringLiteral("printer"), tr("Moonraker address, e.g. voron.local, http://10.0.0.5:7125 or ws://printer:7125/websocket."), tr("url"));
    const QCommandLineOption apiKey(QStringLiteral("api-key"), tr("Moonraker API key."), tr("key"));
    const QCommandLineOption camera(QStringLiteral("camera"), tr("Camera stream or snapshot URL."), tr("url"));
    const QCommandLineOption tools(QStringLiteral("tools"), tr("Tools to measure, e.g. T0,T1,T2."), tr("list"));
    const QCommandLineOption reference(QStringLiteral("reference"), tr("Reference tool (default: the first)."), tr("tool"));
    const QCommandLineOption mode(QStringLiteral("mode"), tr("nozzle-camera (default) or camera-tool."), tr("mode"),
                                  QStringLiteral("nozzle-camera"));
    const QCommandLineOption repeat(QStringLiteral("repeat"), tr("Measurements per tool (default 3)."), tr("n"),
                                    QStringLiteral("3"));
    const QCommandLineOption cameraPosition(QStringLiteral("camera-position"),
                                            tr("X,Y,Z where a nozzle is over the camera (default 150,150,20)."),
                                            tr("x,y,z"), QStringLiteral("150,150,20"));
    const QCommandLineOption applyOption(
        QStringLiteral("apply"),
        tr("Write offsets to the printer: none (default), auto, klipper-toolchanger, toolchanger-fork, ktcc, ktc, gcode-offset."),
        tr("writer"), QStringLiteral("none"));
    const QCommandLineOption toolsConfig(QStringLiteral("tools-config"), tr("tools_config.json to update."), tr("path"));
    const QCommandLineOption calibration(QStringLiteral("calibration"),
                                         tr("calibration.json to reuse and update."), tr("path"));
    const QCommandLineOption recalibrate(QStringLiteral("recalibrate"), tr("Calibrate the camera even when a saved calibration fits."));
    const QCommandLineOption report(QStringLiteral("report"), tr("Write the result as JSON to this file."), tr("path"));
    const QCommandLineOption json(QStringLiteral("json"), tr("Print the result as JSON."));
    const QCommandLineOption cameraTool(QStringLiteral("camera-tool"),
                                        tr("camera-tool mode: the printer's name of the camera tool (default C0)."),
                                        tr("name"), QStringLiteral("C0"));
    const QCommandLineOption markPosition(QStringLiteral("mark-position"),
                                          tr("camera-tool mode: X,Y of the first tool's mark on a clear part of the "
                                             "bed (default 50,250)."),
                                          tr("x,y"), QStringLiteral("50,250"));
    const QCommandLineOption markSpacing(QStringLiteral("mark-spacing"),
                                         tr("camera-tool mode: distance in X between the tools' marks, more than the "
                                            "camera's field of view (default 25)."),
                                         tr("mm"), QStringLiteral("25"));
    const QCommandLineOption depositZ(QStringLiteral("deposit-z"),
                                      tr("camera-tool mode: nozzle height while it extrudes (default 0.6)."), tr("mm"),
                                      QStringLiteral("0.6"));
    const QCommandLineOption extrude(QStringLiteral("extrude"),
                                     tr("camera-tool mode: filament per mark (default 1.0)."), tr("mm"),
                                     QStringLiteral("1.0"));
    const QCommandLineOption extrudeFeed(QStringLiteral("extrude-feed"),
                                         tr("camera-tool mode: extrusion feed (default 120)."), tr("mm/min"),
                                         QStringLiteral("120"));
    const QCommandLineOption travelZ(QStringLiteral("travel-z"),
                                     tr("camera-tool mode: height for travel and tool changes (default 5)."), tr("mm"),
                                     QStringLiteral("5"));
    const QCommandLineOption yes(QStringLiteral("yes"),
                                 tr("camera-tool mode: agree to the tools extruding their marks (required)."));
    parser.addOptions({printer, apiKey, camera, tools, reference, mode, repeat, cameraPosition, applyOption, toolsConfig,
                       calibration, recalibrate, report, json, cameraTool, markPosition, markSpacing, depositZ, extrude,
                       extrudeFeed, travelZ, yes});
    if (const auto exit = parseArguments(parser, arguments, io))
        return *exit;

    CalibrationRunOptions options;
    if (parser.isSet(printer))
        options.printerUrl = MoonrakerClient::websocketUrl(parser.value(printer));
    if (!options.printerUrl.isValid() || options.printerUrl.host().isEmpty())
        return usageError(io, tr("--printer needs the printer's address, e.g. voron.local or ws://voron.local:7125/websocket"));
    options.apiKey = parser.value(apiKey);
    if (!parser.isSet(camera))
        return usageError(io, tr("--camera needs the camera's URL"));
    const QUrl cameraUrl(parser.value(camera));
    options.camera.name = cameraUrl.host();
    options.camera.url = cameraUrl;
    options.camera.type = CameraProfile::guessType(cameraUrl);
    if (!parser.isSet(tools))
        return usageError(io, tr("--tools needs the tools to measure, e.g. T0,T1"));
    for (const QString &name : parser.value(tools).split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const auto n = toolNumber(name);
        if (!n)
            return usageError(io, tr("'%1' is not a tool (use T0, T1, ...)").arg(name));
        options.tools.append(*n);
    }
    if (parser.value(mode) == QLatin1String("camera-tool"))
        options.mode = CalibrationRunOptions::Mode::CameraTool;
    else if (parser.value(mode) != QLatin1String("nozzle-camera"))
        return usageError(io, tr("--mode must be nozzle-camera or camera-tool, not '%1'").arg(parser.value(mode)));
    const bool cameraToolMode = options.mode == CalibrationRunOptions::Mode::CameraTool;
    options.referenceTool = options.tools.constFirst();
    options.cameraToolName = parser.value(cameraTool).trimmed();
    // In camera-tool mode the camera tool is the reference unless another tool is named.
    options.referenceIsCameraTool = cameraToolMode
        && (!parser.isSet(reference) || parser.value(reference).trimmed().compare(options.cameraToolName, Qt::CaseInsensitive) == 0);
    if (parser.isSet(reference) && !options.referenceIsCameraTool) {
        const auto n = toolNumber(parser.value(reference));
        if (!n)
            return usageError(io, tr("'%1' is not a tool (use T0, T1, ...)").arg(parser.value(reference)));
        options.referenceTool = *n;
        if (cameraToolMode && !options.tools.contains(*n))
            return usageError(io, tr("--reference %1 must be the camera tool or one of --tools").arg(parser.value(reference)));
    }
    if (cameraToolMode) {
        if (!parser.isSet(yes))
            return usageError(io, tr("camera-tool mode makes every tool extrude a mark on the bed; heat the tools, "
                                     "clear the bed at the mark positions and add --yes"));
        options.depositConfirmed = true;
        auto number = [&parser](const QCommandLineOption &option, double low, double high) -> std::optional<double> {
            bool ok = false;
            const double v = parser.value(option).toDouble(&ok);
            if (!ok || !std::isfinite(v) || v < low || v > high)
                return std::nullopt;
            return v;
        };
        const QStringList xy = parser.value(markPosition).split(QLatin1Char(','));
        bool okX = false, okY = false;
        if (xy.size() == 2)
            options.firstMarkMm = QPointF(xy[0].toDouble(&okX), xy[1].toDouble(&okY));
        if (!okX || !okY)
            return usageError(io, tr("--mark-position must be X,Y in mm, not '%1'").arg(parser.value(markPosition)));
        const auto spacing = number(markSpacing, 1.0, 200.0);
        const auto deposit = number(depositZ, 0.0, 5.0);
        const auto amount = number(extrude, 0.01, 10.0);
        const auto feed = number(extrudeFeed, 10.0, 1200.0);
        const auto travel = number(travelZ, 0.5, 100.0);
        if (!spacing)
            return usageError(io, tr("--mark-spacing must be 1 to 200 mm, not '%1'").arg(parser.value(markSpacing)));
        if (!deposit)
            return usageError(io, tr("--deposit-z must be 0 to 5 mm, not '%1'").arg(parser.value(depositZ)));
        if (!amount)
            return usageError(io, tr("--extrude must be 0.01 to 10 mm, not '%1'").arg(parser.value(extrude)));
        if (!feed)
            return usageError(io, tr("--extrude-feed must be 10 to 1200 mm/min, not '%1'").arg(parser.value(extrudeFeed)));
        if (!travel || *travel <= *deposit)
            return usageError(io, tr("--travel-z must be 0.5 to 100 mm and above --deposit-z, not '%1'")
                                      .arg(parser.value(travelZ)));
        options.markSpacingMm = *spacing;
        options.depositZ = *deposit;
        options.extrudeMm = *amount;
        options.extrudeFeedMmPerMin = *feed;
        options.travelZ = *travel;
    }
    bool ok = false;
    options.repeats = parser.value(repeat).toInt(&ok);
    if (!ok || options.repeats < 1 || options.repeats > 50)
        return usageError(io, tr("--repeat must be a whole number from 1 to 50, not '%1'").arg(parser.value(repeat)));
    const QStringList xyz = parser.value(cameraPosition).split(QLatin1Char(','));
    bool okX = false, okY = false, okZ = false;
    if (xyz.size() == 3)
        options.cameraPosition = {xyz[0].toDouble(&okX), xyz[1].toDouble(&okY), xyz[2].toDouble(&okZ)};
    if (!okX || !okY || !okZ)
        return usageError(io, tr("--camera-position must be X,Y,Z in mm, not '%1'").arg(parser.value(cameraPosition)));

    static const QMap<QString, OffsetWriter::Kind> writers{
        {QStringLiteral("klipper-toolchanger"), OffsetWriter::Kind::KlipperToolchanger},
        {QStringLiteral("toolchanger-fork"), OffsetWriter::Kind::ToolchangerHard},
        {QStringLiteral("ktcc"), OffsetWriter::Kind::Ktcc},
        {QStringLiteral("ktc"), OffsetWriter::Kind::Ktc},
        {QStringLiteral("gcode-offset"), OffsetWriter::Kind::GcodeOffset},
    };
    const QString applyValue = parser.value(applyOption);
    if (applyValue == QLatin1String("none")) {
        options.apply = CalibrationRunOptions::Apply::None;
    } else if (applyValue == QLatin1String("auto")) {
        options.apply = CalibrationRunOptions::Apply::Auto;
    } else if (writers.contains(applyValue)) {
        options.apply = CalibrationRunOptions::Apply::Writer;
        options.writer = writers.value(applyValue);
    } else {
        return usageError(io, tr("--apply must be none, auto, klipper-toolchanger, toolchanger-fork, ktcc, ktc or gcode-offset, not '%1'")
                                  .arg(applyValue));
    }
    options.toolsConfigPath = parser.value(toolsConfig);
    options.calibrationPath = parser.value(calibration);
    options.reuseCalibration = !parser.isSet(recalibrate);
    return execute(options, parser.isSet(json), parser.value(report), io);
}

} // namespace reticle
