#include "SimulatorOptionsParser.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace reticle::sim {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("SimulatorOptionsParser", text);
}

bool readDouble(const QCommandLineParser &parser, const QCommandLineOption &option, double min, double max,
                double *value, QString *error)
{
    if (!parser.isSet(option))
        return true;
    bool ok = false;
    const QString text = parser.value(option);
    const double parsed = text.toDouble(&ok);
    if (!ok || parsed < min || parsed > max) {
        *error = tr("--%1 must be a number from %2 to %3, not '%4'")
                     .arg(option.names().constFirst())
                     .arg(min)
                     .arg(max)
                     .arg(text);
        return false;
    }
    *value = parsed;
    return true;
}

} // namespace

SimulatorOptionsParser::SimulatorOptionsParser()
    : m_host(QStringLiteral("host"), tr("Address to listen on (default 127.0.0.1)."), QStringLiteral("address"),
             QStringLiteral("127.0.0.1"))
    , m_apiPort(QStringLiteral("api-port"), tr("Port of the Moonraker API (default 7125, 0 = any free port)."),
                QStringLiteral("port"), QStringLiteral("7125"))
    , m_tools(QStringLiteral("tools"), tr("Number of extruder tools T0..Tn-1 (default 3)."), QStringLiteral("n"),
              QStringLiteral("3"))
    , m_offsets(QStringLiteral("offsets"),
                tr("Hidden true tool offsets in mm, e.g. \"T1:0.3,-0.2;T2:0.1,0.4,0.05\"."), QStringLiteral("list"))
    , m_apiKey(QStringLiteral("api-key"), tr("Require this API key (default: no authentication)."),
               QStringLiteral("key"))
    , m_seed(QStringLiteral("seed"), tr("Seed of the simulated position noise (default 1)."), QStringLiteral("n"),
             QStringLiteral("1"))
    , m_backlash(QStringLiteral("backlash"), tr("Backlash per axis in mm (default 0)."), QStringLiteral("mm"))
    , m_positionNoise(QStringLiteral("position-noise"),
                      tr("Standard deviation of the per-move position error in mm (default 0)."), QStringLiteral("mm"))
    , m_offsetModel(QStringLiteral("offset-model"),
                    tr("How tool offsets are applied: transform (klipper-toolchanger since 2025-12) or "
                       "homing-origin (older, via SET_GCODE_OFFSET)."),
                    QStringLiteral("model"), QStringLiteral("transform"))
    , m_cameraTool(QStringLiteral("camera-tool"), tr("Add the camera tool C0."))
    , m_setToolOffset(QStringLiteral("set-tool-offset"), tr("Also offer the KTCC-style SET_TOOL_OFFSET command."))
    , m_maxVelocity(QStringLiteral("max-velocity"), tr("Maximum velocity in mm/s (default 300)."),
                    QStringLiteral("mm/s"))
    , m_maxAccel(QStringLiteral("max-accel"), tr("Maximum acceleration in mm/s² (default 3000)."),
                 QStringLiteral("mm/s²"))
    , m_webcam(QStringLiteral("webcam"),
               tr("Add a server.webcams.list entry, e.g. \"name=bed;stream=/webcam/?action=stream;snapshot=;"
                  "rotation=90;flip=h\" (repeatable)."),
               QStringLiteral("entry"))
    , m_statusAfterScript(QStringLiteral("status-after-script"),
                          tr("Push the status update right after each G-code script's reply (besides every "
                             "250 ms), so clients see the same order of events every run."))
{
}

void SimulatorOptionsParser::addTo(QCommandLineParser &parser) const
{
    parser.addOptions({m_host, m_apiPort, m_tools, m_offsets, m_apiKey, m_seed, m_backlash, m_positionNoise,
                       m_offsetModel, m_cameraTool, m_setToolOffset, m_maxVelocity, m_maxAccel, m_webcam,
                       m_statusAfterScript});
}

bool SimulatorOptionsParser::read(const QCommandLineParser &parser, SimulatorOptions *options, QString *error) const
{
    const QHostAddress host(parser.value(m_host));
    if (host.isNull()) {
        *error = tr("'%1' is not an IP address").arg(parser.value(m_host));
        return false;
    }
    options->host = host;

    bool ok = false;
    const uint port = parser.value(m_apiPort).toUInt(&ok);
    if (!ok || port > 65535) {
        *error = tr("--api-port must be a port number from 0 to 65535, not '%1'").arg(parser.value(m_apiPort));
        return false;
    }
    options->apiPort = quint16(port);

    const int tools = parser.value(m_tools).toInt(&ok);
    if (!ok || tools < 1 || tools > 16) {
        *error = tr("--tools must be a whole number from 1 to 16, not '%1'").arg(parser.value(m_tools));
        return false;
    }
    options->tools = tools;
    options->cameraTool = parser.isSet(m_cameraTool);
    options->setToolOffsetCommand = parser.isSet(m_setToolOffset);
    options->statusAfterScript = parser.isSet(m_statusAfterScript);

    const QString model = parser.value(m_offsetModel);
    if (model == QLatin1String("transform")) {
        options->offsetModel = SimulatorOptions::OffsetModel::Transform;
    } else if (model == QLatin1String("homing-origin")) {
        options->offsetModel = SimulatorOptions::OffsetModel::HomingOrigin;
    } else {
        *error = tr("--offset-model must be 'transform' or 'homing-origin', not '%1'").arg(model);
        return false;
    }

    if (parser.isSet(m_apiKey)) {
        options->apiKey = parser.value(m_apiKey);
        if (options->apiKey.isEmpty()) {
            *error = tr("--api-key must not be empty");
            return false;
        }
    }

    const qulonglong seed = parser.value(m_seed).toULongLong(&ok);
    if (!ok || seed > 0xffffffffULL) {
        *error = tr("--seed must be a whole number from 0 to 4294967295, not '%1'").arg(parser.value(m_seed));
        return false;
    }
    options->seed = quint32(seed);

    if (!readDouble(parser, m_backlash, 0.0, 5.0, &options->backlash, error)
        || !readDouble(parser, m_positionNoise, 0.0, 5.0, &options->positionNoise, error)
        || !readDouble(parser, m_maxVelocity, 1.0, 100000.0, &options->maxVelocity, error)
        || !readDouble(parser, m_maxAccel, 1.0, 10000000.0, &options->maxAccel, error))
        return false;

    if (parser.isSet(m_offsets)) {
        QMap<int, QVector3D> offsets;
        if (!parseOffsets(parser.value(m_offsets), *options, &offsets, error))
            return false;
        options->trueOffsets = offsets;
    }
    for (const QString &text : parser.values(m_webcam)) {
        SimWebcam webcam;
        if (!parseWebcam(text, &webcam, error))
            return false;
        options->webcams.append(webcam);
    }
    return true;
}

bool SimulatorOptionsParser::parseWebcam(const QString &text, SimWebcam *webcam, QString *error)
{
    bool hasStream = false;
    for (const QString &part : text.split(QLatin1Char(';'), Qt::SkipEmptyParts)) {
        const qsizetype eq = part.indexOf(QLatin1Char('='));
        const QString key = part.left(eq).trimmed();
        const QString value = eq < 0 ? QString() : part.mid(eq + 1).trimmed();
        if (eq < 0) {
            *error = tr("--webcam part '%1' is not of the form key=value").arg(part.trimmed());
            return false;
        }
        if (key == QLatin1String("name")) {
            webcam->name = value;
        } else if (key == QLatin1String("stream")) {
            webcam->streamUrl = value;
            hasStream = !value.isEmpty();
        } else if (key == QLatin1String("snapshot")) {
            webcam->snapshotUrl = value;
        } else if (key == QLatin1String("uid")) {
            webcam->uid = value;
        } else if (key == QLatin1String("service")) {
            webcam->service = value;
        } else if (key == QLatin1String("rotation")) {
            bool ok = false;
            const int rotation = value.toInt(&ok);
            if (!ok || (rotation != 0 && rotation != 90 && rotation != 180 && rotation != 270)) {
                *error = tr("--webcam rotation must be 0, 90, 180 or 270, not '%1'").arg(value);
                return false;
            }
            webcam->rotation = rotation;
        } else if (key == QLatin1String("flip")) {
            if (value != QLatin1String("h") && value != QLatin1String("v") && value != QLatin1String("hv")
                && !value.isEmpty()) {
                *error = tr("--webcam flip must be h, v or hv, not '%1'").arg(value);
                return false;
            }
            webcam->flipHorizontal = value.contains(QLatin1Char('h'));
            webcam->flipVertical = value.contains(QLatin1Char('v'));
        } else {
            *error = tr("--webcam has no setting '%1' (name, stream, snapshot, uid, service, rotation, flip)").arg(key);
            return false;
        }
    }
    if (webcam->name.isEmpty() || !hasStream) {
        *error = tr("--webcam needs at least name=... and stream=...");
        return false;
    }
    return true;
}

bool SimulatorOptionsParser::parseOffsets(const QString &text, const SimulatorOptions &options,
                                          QMap<int, QVector3D> *offsets, QString *error)
{
    static const QRegularExpression entryPattern(QStringLiteral("^\\s*([TtCc])(\\d+)\\s*:\\s*([^:]+)$"));
    const QStringList entries = text.split(QLatin1Char(';'), Qt::SkipEmptyParts);
    if (entries.isEmpty()) {
        *error = tr("--offsets is empty; expected e.g. \"T1:0.3,-0.2;T2:0.1,0.4,0.05\"");
        return false;
    }
    for (const QString &entry : entries) {
        const QRegularExpressionMatch match = entryPattern.match(entry);
        if (!match.hasMatch()) {
            *error = tr("--offsets entry '%1' is not of the form T<n>:dx,dy[,dz]").arg(entry.trimmed());
            return false;
        }
        int number = match.captured(2).toInt();
        if (match.captured(1).toUpper() == QLatin1String("C")) {
            if (!options.cameraTool || number != 0) {
                *error = tr("--offsets names '%1' but there is no such camera tool (use --camera-tool for C0)")
                             .arg(entry.trimmed());
                return false;
            }
            number = options.tools;
        } else if (number >= options.tools) {
            *error = tr("--offsets names tool T%1 but only T0 to T%2 exist").arg(number).arg(options.tools - 1);
            return false;
        }
        const QStringList parts = match.captured(3).split(QLatin1Char(','));
        if (parts.size() < 2 || parts.size() > 3) {
            *error = tr("--offsets entry '%1' needs two or three numbers").arg(entry.trimmed());
            return false;
        }
        double values[3] = {0.0, 0.0, 0.0};
        for (int i = 0; i < parts.size(); ++i) {
            bool ok = false;
            values[i] = parts.at(i).trimmed().toDouble(&ok);
            if (!ok || std::abs(values[i]) > 50.0) {
                *error = tr("--offsets entry '%1': '%2' is not an offset in mm (at most 50)")
                             .arg(entry.trimmed(), parts.at(i).trimmed());
                return false;
            }
        }
        offsets->insert(number, QVector3D(float(values[0]), float(values[1]), float(values[2])));
    }
    return true;
}

} // namespace reticle::sim
