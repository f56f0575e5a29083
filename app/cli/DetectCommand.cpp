#include "DetectCommand.h"

#include "vision/NozzleDetector.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

#include <opencv2/imgcodecs.hpp>

namespace reticle {

QString DetectCommand::summary() const
{
    return tr("Find the nozzle in image files and print its centre, radius and confidence.");
}

int DetectCommand::run(const QStringList &arguments, CliIo &io)
{
    QCommandLineParser parser;
    const QCommandLineOption json(QStringLiteral("json"), tr("Print one JSON object per image."));
    const QCommandLineOption radiusMin(QStringLiteral("radius-min"), tr("Smallest nozzle bore radius to accept, pixels."),
                                       tr("px"));
    const QCommandLineOption radiusMax(QStringLiteral("radius-max"), tr("Largest nozzle bore radius to accept, pixels."),
                                       tr("px"));
    parser.addOption(json);
    parser.addOption(radiusMin);
    parser.addOption(radiusMax);
    parser.addPositionalArgument(QStringLiteral("images"), tr("Image files (PNG, JPEG, BMP, ...)."),
                                 QStringLiteral("IMAGE..."));
    if (const auto exit = parseArguments(parser, arguments, io))
        return *exit;

    NozzleDetectorParams params;
    for (const auto &[option, target] : {std::pair{&radiusMin, &params.radiusMinPx}, std::pair{&radiusMax, &params.radiusMaxPx}}) {
        if (!parser.isSet(*option))
            continue;
        bool ok = false;
        const double value = parser.value(*option).toDouble(&ok);
        if (!ok || !(value > 0) || value > 1e5)
            return usageError(io, tr("--%1 needs a positive number of pixels, not '%2'")
                                      .arg(option->names().constFirst(), parser.value(*option)));
        *target = value;
    }
    if (params.radiusMinPx > 0 && params.radiusMaxPx > 0 && params.radiusMinPx >= params.radiusMaxPx)
        return usageError(io, tr("--radius-min must be smaller than --radius-max"));
    const QStringList files = parser.positionalArguments();
    if (files.isEmpty())
        return usageError(io, tr("no image given"));

    const NozzleDetector detector(params);
    int exitCode = 0;
    for (const QString &file : files) {
        cv::Mat image;
        if (QFile::exists(file))
            image = cv::imread(QFile::encodeName(file).toStdString(), cv::IMREAD_COLOR);
        if (image.empty()) {
            io.err << tr("%1: cannot read the image (missing file or unsupported format)").arg(file) << '\n';
            exitCode = 1;
            continue;
        }
        const Detection d = detector.detect(image);
        if (parser.isSet(json)) {
            QJsonObject o{{QStringLiteral("file"), file},
                          {QStringLiteral("found"), d.found},
                          {QStringLiteral("x"), d.found ? QJsonValue(d.x) : QJsonValue()},
                          {QStringLiteral("y"), d.found ? QJsonValue(d.y) : QJsonValue()},
                          {QStringLiteral("radius"), d.found ? QJsonValue(d.radius) : QJsonValue()},
                          {QStringLiteral("confidence"), d.confidence}};
            io.out << QJsonDocument(o).toJson(QJsonDocument::Compact) << '\n';
        } else if (d.found) {
            io.out << tr("%1: nozzle at x %2, y %3 px, radius %4 px, confidence %5")
                          .arg(file)
                          .arg(d.x, 0, 'f', 3)
                          .arg(d.y, 0, 'f', 3)
                          .arg(d.radius, 0, 'f', 2)
                          .arg(d.confidence, 0, 'f', 2)
                   << '\n';
        } else {
            io.out << tr("%1: no nozzle found (%2)").arg(file, d.statusText()) << '\n';
        }
    }
    return exitCode;
}

} // namespace reticle
