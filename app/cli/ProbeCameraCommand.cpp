#include "ProbeCameraCommand.h"

#include "camera/CameraThread.h"
#include "camera/FrameSource.h"
#include "camera/FrameSourceFactory.h"

#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMutex>
#include <QTimer>

#include <algorithm>
#include <cmath>

namespace reticle {

namespace {

struct ProbeStats
{
    QMutex mutex;
    int frames = 0;
    QSize size;
    std::vector<double> decodeMs;
    std::vector<double> latencyMs;
    qint64 firstNs = 0;
    qint64 lastNs = 0;
    bool timestamps = false;
};

double percentile(std::vector<double> values, double p)
{
    if (values.empty())
        return -1.0;
    std::sort(values.begin(), values.end());
    const size_t index = std::min(values.size() - 1, static_cast<size_t>(std::lround(p * double(values.size() - 1))));
    return values[index];
}

double mean(const std::vector<double> &values)
{
    if (values.empty())
        return -1.0;
    double sum = 0;
    for (double v : values)
        sum += v;
    return sum / double(values.size());
}

struct ProbeResult
{
    QJsonObject json;
    int frames = 0;
    QString lastError;
    QString detail; // stream_type
};

ProbeResult probe(const CameraProfile &profile, int seconds)
{
    auto thread = std::make_unique<CameraThread>(FrameSourceFactory::create(profile));
    FrameSource *source = thread->source();
    auto stats = std::make_shared<ProbeStats>();
    // Runs on the camera thread for every frame.
    QObject::connect(source, &FrameSource::frameDecoded, source, [stats](const Frame &frame) {
        QMutexLocker lock(&stats->mutex);
        if (stats->frames == 0)
            stats->firstNs = frame.arrivalNs;
        ++stats->frames;
        stats->lastNs = frame.arrivalNs;
        stats->size = frame.size();
        stats->decodeMs.push_back(frame.decodeMs);
        if (frame.latencyMs >= 0)
            stats->latencyMs.push_back(frame.latencyMs);
        stats->timestamps = stats->timestamps || frame.sourceTimestamp.has_value();
    }, Qt::DirectConnection);

    QEventLoop loop;
    QTimer deadline;
    deadline.setSingleShot(true);
    QObject::connect(&deadline, &QTimer::timeout, &loop, &QEventLoop::quit);
    QObject::connect(source, &FrameSource::stateChanged, &loop, [&loop](StreamState state) {
        if (state == StreamState::Failed)
            loop.quit();
    }, Qt::QueuedConnection);
    QStringList errors;
    QObject::connect(source, &FrameSource::errorOccurred, &loop, [&errors](const QString &message) {
        if (errors.size() < 50)
            errors.append(message);
    }, Qt::QueuedConnection);

    QElapsedTimer elapsed;
    elapsed.start();
    thread->start();
    deadline.start(seconds * 1000);
    loop.exec();
    const double wallSeconds = double(elapsed.elapsed()) / 1000.0;
    const StreamState state = source->state();
    // Stopping publishes the final health figures.
    QMetaObject::invokeMethod(source, &FrameSource::stop, Qt::BlockingQueuedConnection);
    const StreamHealth health = source->health();
    const QVariantMap details = source->details();
    ProbeResult result;
    result.lastError = source->lastError();
    result.detail = details.value(QStringLiteral("stream_type")).toString();
    const QString kind = source->kindName();
    thread.reset();
    QCoreApplication::processEvents(); // deliver queued error reports

    QMutexLocker lock(&stats->mutex);
    result.frames = stats->frames;
    const double span = stats->frames > 1 ? double(stats->lastNs - stats->firstNs) / 1e9 : 0.0;
    QJsonObject json{
        {QStringLiteral("url"), profile.url.toString()},
        {QStringLiteral("source"), kind},
        {QStringLiteral("stream_type"), result.detail},
        {QStringLiteral("content_type"), details.value(QStringLiteral("content_type")).toString()},
        {QStringLiteral("boundary"), details.value(QStringLiteral("boundary")).toString()},
        {QStringLiteral("http_status"), details.value(QStringLiteral("http_status")).toInt()},
        {QStringLiteral("width"), stats->size.width()},
        {QStringLiteral("height"), stats->size.height()},
        {QStringLiteral("frames"), stats->frames},
        {QStringLiteral("seconds"), wallSeconds},
        {QStringLiteral("fps"), span > 0 ? double(stats->frames - 1) / span : 0.0},
        {QStringLiteral("frames_dropped"), double(health.framesDropped)},
        {QStringLiteral("decode_ms_mean"), mean(stats->decodeMs)},
        {QStringLiteral("decode_ms_p95"), percentile(stats->decodeMs, 0.95)},
        {QStringLiteral("latency_ms_median"), percentile(stats->latencyMs, 0.5)},
        {QStringLiteral("latency_ms_p95"), percentile(stats->latencyMs, 0.95)},
        {QStringLiteral("source_timestamps"), stats->timestamps},
        {QStringLiteral("bytes"), double(health.bytesReceived)},
        {QStringLiteral("bitrate_kbps"), wallSeconds > 0 ? double(health.bytesReceived) * 8.0 / 1000.0 / wallSeconds : 0.0},
        {QStringLiteral("reconnects"), double(health.reconnects)},
        {QStringLiteral("state"), StreamStateMachine::stateName(state)},
        {QStringLiteral("errors"), QJsonArray::fromStringList(errors)},
        {QStringLiteral("last_error"), result.lastError},
    };
    result.json = json;
    return result;
}

QString ms(double value)
{
    return value < 0 ? ProbeCameraCommand::tr("unknown") : ProbeCameraCommand::tr("%1 ms").arg(value, 0, 'f', 1);
}

} // namespace

QString ProbeCameraCommand::summary() const
{
    return tr("Connect to a camera for a few seconds and report its stream, frame rate, decode time and latency.");
}

int ProbeCameraCommand::run(const QStringList &arguments, CliIo &io)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("url"),
                                 tr("Camera URL: an MJPEG stream, a snapshot URL, rtsp://…, a video file."));
    const QCommandLineOption seconds(QStringLiteral("seconds"), tr("How long to read the camera (default 5)."),
                                     QStringLiteral("N"), QStringLiteral("5"));
    const QCommandLineOption type(QStringLiteral("type"),
                                  tr("Source type: auto, mjpeg, snapshot, media or local (default auto)."),
                                  QStringLiteral("type"), QStringLiteral("auto"));
    const QCommandLineOption json(QStringLiteral("json"), tr("Print the result as JSON."));
    parser.addOption(seconds);
    parser.addOption(type);
    parser.addOption(json);
    if (const auto exit = parseArguments(parser, arguments, io))
        return *exit;
    const QStringList positional = parser.positionalArguments();
    if (positional.isEmpty())
        return usageError(io, tr("a camera URL is required"));
    if (positional.size() > 1)
        return usageError(io, tr("unexpected argument '%1'").arg(positional.at(1)));
    bool ok = false;
    const int duration = parser.value(seconds).toInt(&ok);
    if (!ok || duration < 1 || duration > 3600)
        return usageError(io, tr("--seconds must be a whole number from 1 to 3600"));

    CameraProfile profile;
    profile.name = QStringLiteral("probe");
    const QString text = positional.first();
    profile.url = QUrl::fromUserInput(text, QDir::currentPath(), QUrl::AssumeLocalFile);
    const QString typeName = parser.value(type);
    const bool autoType = typeName == QLatin1String("auto");
    if (autoType) {
        profile.type = CameraProfile::guessType(profile.url);
    } else {
        bool known = false;
        const QString mapped = typeName == QLatin1String("mjpeg") ? QStringLiteral("mjpeg") : typeName;
        profile.type = CameraProfile::typeFromName(mapped, &known);
        if (!known)
            return usageError(io, tr("unknown --type '%1' (use auto, mjpeg, snapshot, media or local)").arg(typeName));
    }
    if (profile.type != CameraProfile::Type::LocalCamera && (!profile.url.isValid() || profile.url.scheme().isEmpty()))
        return usageError(io, tr("'%1' is not a URL").arg(text));
    profile.snapshotFps = 10;

    ProbeResult result = probe(profile, duration);
    if (autoType && result.detail == QLatin1String("single image")) {
        // The URL is a still image: poll it instead.
        profile.type = CameraProfile::Type::Snapshot;
        result = probe(profile, duration);
    }

    if (parser.isSet(json)) {
        io.out << QJsonDocument(result.json).toJson(QJsonDocument::Indented);
    } else {
        const QJsonObject &r = result.json;
        QString boundary = r.value(QStringLiteral("boundary")).toString();
        io.out << tr("URL:          %1").arg(r.value(QStringLiteral("url")).toString()) << '\n'
               << tr("Source:       %1").arg(r.value(QStringLiteral("source")).toString()) << '\n'
               << tr("Stream type:  %1").arg(r.value(QStringLiteral("stream_type")).toString()) << '\n'
               << tr("Content type: %1").arg(r.value(QStringLiteral("content_type")).toString()) << '\n'
               << tr("Boundary:     %1").arg(boundary.isEmpty() ? tr("none") : boundary) << '\n'
               << tr("Resolution:   %1×%2")
                      .arg(r.value(QStringLiteral("width")).toInt())
                      .arg(r.value(QStringLiteral("height")).toInt())
               << '\n'
               << tr("Frames:       %1 in %2 s (%3 fps), %4 dropped")
                      .arg(r.value(QStringLiteral("frames")).toInt())
                      .arg(r.value(QStringLiteral("seconds")).toDouble(), 0, 'f', 1)
                      .arg(r.value(QStringLiteral("fps")).toDouble(), 0, 'f', 1)
                      .arg(r.value(QStringLiteral("frames_dropped")).toInt())
               << '\n'
               << tr("Decode:       %1 mean, %2 p95")
                      .arg(ms(r.value(QStringLiteral("decode_ms_mean")).toDouble()),
                           ms(r.value(QStringLiteral("decode_ms_p95")).toDouble()))
               << '\n'
               << tr("Latency:      %1 median, %2 p95%3")
                      .arg(ms(r.value(QStringLiteral("latency_ms_median")).toDouble()),
                           ms(r.value(QStringLiteral("latency_ms_p95")).toDouble()),
                           r.value(QStringLiteral("source_timestamps")).toBool() ? tr(" (from source timestamps)")
                                                                                  : QString())
               << '\n'
               << tr("Bytes:        %1 (%2 kbit/s)")
                      .arg(r.value(QStringLiteral("bytes")).toDouble(), 0, 'f', 0)
                      .arg(r.value(QStringLiteral("bitrate_kbps")).toDouble(), 0, 'f', 0)
               << '\n'
               << tr("State:        %1, %2 reconnects")
                      .arg(r.value(QStringLiteral("state")).toString())
                      .arg(r.value(QStringLiteral("reconnects")).toInt())
               << '\n';
        const QJsonArray errors = r.value(QStringLiteral("errors")).toArray();
        io.out << tr("Errors:       %1").arg(errors.size()) << '\n';
        for (const QJsonValue &error : errors)
            io.out << "  " << error.toString() << '\n';
    }
    io.out.flush();
    if (result.frames == 0) {
        io.err << tr("reticle-cli probe-camera: no frame received from %1: %2")
                      .arg(profile.url.toString(), result.lastError.isEmpty() ? tr("no reason given") : result.lastError)
               << '\n';
        return 1;
    }
    return 0;
}

} // namespace reticle
