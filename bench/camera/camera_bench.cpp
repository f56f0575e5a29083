// Camera pipeline benchmark: Reticle's MJPEG source against OpenCV's VideoCapture (FFmpeg) on the
// same stream in the same run. Prints figures; it asserts nothing.
//
//   bench_camera [--seconds N] [--slices N] [--soak-seconds N] [--resolutions 640x480,1920x1080]
//                [--pace-fps 30] [--url URL] [--no-pin]
//
// Without --url it starts a raw loopback MJPEG server in a child process (127.0.0.1 only, so
// its CPU time is not counted as the client's) that pushes pre-encoded frames in three ways:
// as fast as the client reads ("unpaced": the next part is written once the previous one has
// left the server's socket, TCP_NOTSENT_LOWAT), as fast as the kernel takes them ("flood":
// megabytes queue in the server's socket) or at a camera rate (--pace-fps, default 30). The
// clients run on CPU 0 and the server on the last CPU (unless --no-pin), so each client has
// the same budget: one core, whatever threads it uses. Each part carries
// X-Timestamp (wall clock) and X-Send-Ns (steady clock at send), so the added latency
// "server send -> frame delivered" is measured exactly on this machine; for OpenCV, which shows
// no headers, the server also records each frame's send time in a shared file (see SendTimes).
// Each row alternates the two clients in --slices slices so both see the same machine load.

#include "camera/CameraThread.h"
#include "camera/MjpegStreamSource.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QLoggingCategory>
#include <QMutex>
#include <QProcess>
#include <QTemporaryFile>
#include <QTimer>

#include <opencv2/core.hpp>
#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>
#include <opencv2/videoio.hpp>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <sys/mman.h>
#include <sys/resource.h>
#include <sys/socket.h>
#include <sys/uio.h>
#include <fcntl.h>
#include <poll.h>
#include <sched.h>
#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cstdio>
#include <cstring>
#include <fstream>
#include <random>
#include <string>
#include <thread>
#include <vector>

using namespace reticle;

namespace {

qint64 steadyNs()
{
    return std::chrono::duration_cast<std::chrono::nanoseconds>(std::chrono::steady_clock::now().time_since_epoch())
        .count();
}

double cpuSeconds()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec)
        + double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
}

double rssMb()
{
    std::ifstream statm("/proc/self/statm");
    long pages = 0, resident = 0;
    statm >> pages >> resident;
    return double(resident) * double(sysconf(_SC_PAGESIZE)) / (1024.0 * 1024.0);
}

double percentile(std::vector<double> v, double p)
{
    if (v.empty())
        return -1;
    std::sort(v.begin(), v.end());
    return v[std::min(v.size() - 1, size_t(p * double(v.size() - 1) + 0.5))];
}

double mean(const std::vector<double> &v)
{
    if (v.empty())
        return -1;
    double s = 0;
    for (double x : v)
        s += x;
    return s / double(v.size());
}

// ---------------------------------------------------------------- send times (shared) ----

// The server records when it began sending each frame of the newest connection in a file both
// processes map: frame n of a connection at times[n % kRing]. OpenCV returns every frame in order
// and exposes no headers, so its k-th frame is the server's k-th (checked with a 4-bit code the
// server paints into each of its 16 pictures).
constexpr size_t kRing = 1 << 16;
struct SendTimes
{
    std::atomic<qint64> connection;
    std::atomic<qint64> count;
    std::atomic<qint64> times[kRing];
};
static_assert(std::atomic<qint64>::is_always_lock_free);

SendTimes *mapSendTimes(const char *path, bool create)
{
    const int fd = open(path, create ? O_RDWR | O_CREAT : O_RDWR, 0600);
    if (fd < 0)
        return nullptr;
    if (create && ftruncate(fd, sizeof(SendTimes)) != 0) {
        close(fd);
        return nullptr;
    }
    void *memory = mmap(nullptr, sizeof(SendTimes), PROT_READ | PROT_WRITE, MAP_SHARED, fd, 0);
    close(fd);
    return memory == MAP_FAILED ? nullptr : static_cast<SendTimes *>(memory);
}

constexpr int kCodeBits = 4; // frames cycle through 16 pictures, each painted with its index
constexpr int kCodeBlock = 24;

cv::Point codeCentre(int bit)
{
    return {16 + bit * (kCodeBlock + 8) + kCodeBlock / 2, 16 + kCodeBlock / 2};
}

void paintCode(cv::Mat &bgr, int index)
{
    for (int bit = 0; bit < kCodeBits; ++bit) {
        const cv::Point c = codeCentre(bit);
        const double v = (index >> bit) & 1 ? 255 : 0;
        cv::rectangle(bgr, cv::Rect(c.x - kCodeBlock / 2, c.y - kCodeBlock / 2, kCodeBlock, kCodeBlock),
                      cv::Scalar(v, v, v), cv::FILLED);
    }
}

int readCode(const cv::Mat &bgr)
{
    if (bgr.type() != CV_8UC3 || bgr.cols < 200 || bgr.rows < 60)
        return -1;
    int index = 0;
    for (int bit = 0; bit < kCodeBits; ++bit) {
        const cv::Point c = codeCentre(bit);
        const cv::Vec3b p = bgr.at<cv::Vec3b>(c.y, c.x);
        const int grey = (p[0] + p[1] + p[2]) / 3;
        if (grey > 170)
            index |= 1 << bit;
        else if (grey > 85)
            return -1; // neither black nor white: not our code
    }
    return index;
}

// ---------------------------------------------------------------- server (child process) ----

// How the server hands parts to the socket.
enum class ServerMode { Unpaced, Flood, Paced };

const char *modeName(ServerMode mode)
{
    switch (mode) {
    case ServerMode::Unpaced:
        return "unpaced";
    case ServerMode::Flood:
        return "flood";
    case ServerMode::Paced:
        return "paced";
    }
    return "?";
}

// The unpaced server keeps at most this much unsent in its socket (TCP_NOTSENT_LOWAT): it writes
// the next part once the previous one has gone out, i.e. once the client has made room by
// reading. 16 KiB is the value low-latency streaming servers commonly use.
constexpr int kUnsentLowWater = 16 * 1024;

bool pinToCpu(int cpu)
{
    cpu_set_t set;
    CPU_ZERO(&set);
    CPU_SET(cpu, &set);
    return sched_setaffinity(0, sizeof set, &set) == 0;
}

std::vector<std::vector<uchar>> makeFrames(int width, int height, int count)
{
    // A scene-like picture: gradient, shapes, fine texture and sensor-like noise, so JPEG sizes
    // and decode work resemble a real camera rather than a flat test card.
    std::vector<std::vector<uchar>> frames;
    std::mt19937 rng(42);
    cv::Mat base(height, width, CV_8UC3);
    for (int y = 0; y < height; ++y) {
        auto *row = base.ptr<cv::Vec3b>(y);
        for (int x = 0; x < width; ++x)
            row[x] = cv::Vec3b(uchar(60 + 80 * x / width), uchar(90 + 60 * y / height), uchar(120 + ((x ^ y) & 15)));
    }
    for (int i = 0; i < 40; ++i)
        cv::circle(base, cv::Point(int(rng() % unsigned(width)), int(rng() % unsigned(height))),
                   int(5 + rng() % unsigned(std::max(10, height / 8))),
                   cv::Scalar(double(rng() % 255), double(rng() % 255), double(rng() % 255)), -1, cv::LINE_AA);
    for (int i = 0; i < count; ++i) {
        cv::Mat frame = base.clone();
        cv::Mat noise(height, width, CV_8UC3);
        cv::randn(noise, cv::Scalar::all(0), cv::Scalar::all(4));
        frame += noise;
        cv::circle(frame, cv::Point(width / 2 + int(double(width) / 4 * std::cos(i * 0.3)), height / 2), height / 10,
                   cv::Scalar(30, 30, 30), -1, cv::LINE_AA);
        paintCode(frame, i);
        std::vector<uchar> jpeg;
        cv::imencode(".jpg", frame, jpeg, {cv::IMWRITE_JPEG_QUALITY, 80});
        frames.push_back(std::move(jpeg));
    }
    return frames;
}

bool sendAll(int fd, const std::vector<iovec> &parts)
{
    std::vector<iovec> iov = parts;
    size_t index = 0;
    while (index < iov.size()) {
        msghdr msg{};
        msg.msg_iov = iov.data() + index;
        msg.msg_iovlen = iov.size() - index;
        const ssize_t sent = sendmsg(fd, &msg, MSG_NOSIGNAL);
        if (sent <= 0)
            return false;
        size_t left = size_t(sent);
        while (index < iov.size() && left >= iov[index].iov_len) {
            left -= iov[index].iov_len;
            ++index;
        }
        if (index < iov.size()) {
            iov[index].iov_base = static_cast<char *>(iov[index].iov_base) + left;
            iov[index].iov_len -= left;
        }
    }
    return true;
}

void serveClient(int fd, const std::vector<std::vector<uchar>> *frames, ServerMode mode, double paceFps,
                 SendTimes *times)
{
    if (mode == ServerMode::Unpaced)
        setsockopt(fd, IPPROTO_TCP, TCP_NOTSENT_LOWAT, &kUnsentLowWater, sizeof kUnsentLowWater);
    char buffer[4096];
    std::string request;
    while (request.find("\r\n\r\n") == std::string::npos) {
        const ssize_t n = recv(fd, buffer, sizeof buffer, 0);
        if (n <= 0) {
            close(fd);
            return;
        }
        request.append(buffer, size_t(n));
    }
    const std::string header = "HTTP/1.0 200 OK\r\nContent-Type: multipart/x-mixed-replace;boundary=boundarydonotcross\r\n"
                               "Cache-Control: no-store\r\nConnection: close\r\n\r\n";
    if (!sendAll(fd, {{const_cast<char *>(header.data()), header.size()}})) {
        close(fd);
        return;
    }
    const qint64 periodNs = mode == ServerMode::Paced && paceFps > 0 ? qint64(1e9 / paceFps) : 0;
    qint64 next = steadyNs();
    qint64 connection = 0;
    if (times) {
        connection = times->connection.fetch_add(1) + 1;
        times->count.store(0);
    }
    static const char crlf[] = "\r\n";
    for (size_t i = 0;; ++i) {
        if (periodNs > 0) {
            const qint64 wait = next - steadyNs();
            if (wait > 0)
                std::this_thread::sleep_for(std::chrono::nanoseconds(wait));
            next += periodNs;
        }
        const std::vector<uchar> &jpeg = (*frames)[i % frames->size()];
        if (mode == ServerMode::Unpaced) {
            // Writable again once less than the low-water mark is unsent: the send time below
            // is when the part can actually go out, not when it joined a queue.
            pollfd writable{fd, POLLOUT, 0};
            if (poll(&writable, 1, -1) < 0 || (writable.revents & (POLLERR | POLLHUP)))
                break;
        }
        const auto wall = std::chrono::duration<double>(std::chrono::system_clock::now().time_since_epoch()).count();
        const qint64 sendNs = steadyNs();
        if (times && times->connection.load() == connection) {
            times->times[i % kRing].store(sendNs);
            times->count.store(qint64(i) + 1);
        }
        char part[256];
        const int len = std::snprintf(part, sizeof part,
                                      "--boundarydonotcross\r\nContent-Type: image/jpeg\r\nContent-Length: %zu\r\n"
                                      "X-Timestamp: %.6f\r\nX-Send-Ns: %lld\r\n\r\n",
                                      jpeg.size(), wall, static_cast<long long>(sendNs));
        if (!sendAll(fd, {{part, size_t(len)},
                          {const_cast<uchar *>(jpeg.data()), jpeg.size()},
                          {const_cast<char *>(crlf), 2}}))
            break;
    }
    close(fd);
}

int serve(int width, int height, ServerMode mode, double paceFps, const char *timesPath, int cpu)
{
    if (cpu >= 0)
        pinToCpu(cpu);
    SendTimes *times = timesPath ? mapSendTimes(timesPath, false) : nullptr;
    const auto frames = makeFrames(width, height, 1 << kCodeBits);
    const int server = socket(AF_INET, SOCK_STREAM, 0);
    int one = 1;
    setsockopt(server, SOL_SOCKET, SO_REUSEADDR, &one, sizeof one);
    sockaddr_in address{};
    address.sin_family = AF_INET;
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK); // 127.0.0.1 only
    address.sin_port = 0;
    if (bind(server, reinterpret_cast<sockaddr *>(&address), sizeof address) != 0 || listen(server, 8) != 0) {
        std::perror("bench server");
        return 1;
    }
    socklen_t length = sizeof address;
    getsockname(server, reinterpret_cast<sockaddr *>(&address), &length);
    size_t total = 0;
    for (const auto &f : frames)
        total += f.size();
    std::printf("%d %zu\n", ntohs(address.sin_port), total / frames.size());
    std::fflush(stdout);
    for (;;) {
        const int client = accept(server, nullptr, nullptr);
        if (client < 0)
            continue;
        std::thread(serveClient, client, &frames, mode, paceFps, times).detach();
    }
}

// ---------------------------------------------------------------------------- clients ----

// One client's figures, summed over the slices of a row.
struct Result
{
    int frames = 0;
    double seconds = 0;
    double cpu = 0; // process CPU seconds while measuring
    std::vector<double> decode;
    std::vector<double> latency;
    bool latencyKnown = true;
    bool decodeIsCpuPerFrame = false; // OpenCV: its decode cannot be timed apart from grab()
    int windows = 1;                  // measuring windows (slices) summed up

    double fps() const { return seconds > 0 ? frames / seconds : 0; }
    double cpuPct() const { return seconds > 0 ? cpu / seconds * 100.0 : 0; }
    double decodeMs() const
    {
        if (decodeIsCpuPerFrame)
            return frames > 0 ? cpu * 1000.0 / frames : -1;
        return mean(decode);
    }
    double latencyMedian() const { return latencyKnown ? percentile(latency, 0.5) : -1; }
    double latencyP95() const { return latencyKnown ? percentile(latency, 0.95) : -1; }
    void add(const Result &other)
    {
        windows = frames == 0 && seconds == 0 ? other.windows : windows + other.windows;
        frames += other.frames;
        seconds += other.seconds;
        cpu += other.cpu;
        decode.insert(decode.end(), other.decode.begin(), other.decode.end());
        latency.insert(latency.end(), other.latency.begin(), other.latency.end());
        latencyKnown = latencyKnown && other.latencyKnown;
        decodeIsCpuPerFrame = other.decodeIsCpuPerFrame;
    }
};

void wait(int ms)
{
    QEventLoop loop;
    QTimer::singleShot(ms, &loop, &QEventLoop::quit);
    loop.exec();
}

Result runReticle(const QString &url, double seconds, double warmup)
{
    CameraProfile profile;
    profile.name = QStringLiteral("bench");
    profile.url = QUrl(url);
    auto thread = std::make_unique<CameraThread>(std::make_unique<MjpegStreamSource>(profile));
    struct Stats
    {
        QMutex mutex;
        bool measuring = false;
        std::vector<double> decode, latency;
    } stats;
    QObject::connect(thread->source(), &FrameSource::frameDecoded, thread->source(), [&stats](const Frame &frame) {
        const qint64 now = steadyNs();
        QMutexLocker lock(&stats.mutex);
        if (!stats.measuring)
            return;
        stats.decode.push_back(frame.decodeMs);
        bool ok = false;
        const qint64 sent = frame.header("X-Send-Ns").toLongLong(&ok);
        if (ok)
            stats.latency.push_back(double(now - sent) / 1e6);
        else if (frame.latencyMs >= 0)
            stats.latency.push_back(frame.latencyMs);
    }, Qt::DirectConnection);
    thread->start();
    wait(int(warmup * 1000));
    {
        QMutexLocker lock(&stats.mutex);
        stats.measuring = true;
    }
    const double cpu0 = cpuSeconds();
    QElapsedTimer timer;
    timer.start();
    wait(int(seconds * 1000));
    Result r;
    {
        QMutexLocker lock(&stats.mutex);
        stats.measuring = false;
        r.seconds = double(timer.nsecsElapsed()) / 1e9;
        r.cpu = cpuSeconds() - cpu0;
        r.frames = int(stats.decode.size());
        r.decode = std::move(stats.decode);
        r.latency = std::move(stats.latency);
    }
    thread.reset();
    return r;
}

Result runOpenCv(const QString &url, double seconds, double warmup, const SendTimes *times)
{
    Result r;
    cv::VideoCapture capture(url.toStdString(), cv::CAP_FFMPEG);
    if (!capture.isOpened()) {
        std::fprintf(stderr, "OpenCV VideoCapture (FFmpeg) could not open %s\n", qPrintable(url));
        return r;
    }
    cv::Mat frame;
    qint64 returned = 0; // frames returned since opening = the server's frame number (+ offset)
    int offset = -1;     // found from the first frame's painted index
    bool inOrder = true;
    std::vector<double> &latency = r.latency;
    r.decodeIsCpuPerFrame = true;
    const auto measureLatency = [&](qint64 now) {
        const int code = readCode(frame);
        if (!times || code < 0) {
            inOrder = false;
            return;
        }
        if (offset < 0)
            offset = int(((code - returned) % 16 + 16) % 16);
        const qint64 n = returned + offset;
        if (n % 16 != code) {
            inOrder = false; // not the frame we counted on: no latency figure at all
            return;
        }
        const qint64 count = times->count.load();
        if (n < count && count - n < qint64(kRing))
            latency.push_back(double(now - times->times[size_t(n) % kRing].load()) / 1e6);
    };
    const qint64 warmEnd = steadyNs() + qint64(warmup * 1e9);
    while (steadyNs() < warmEnd && capture.read(frame)) {
        measureLatency(steadyNs());
        ++returned;
    }
    latency.clear();
    const double cpu0 = cpuSeconds();
    const qint64 start = steadyNs();
    const qint64 end = start + qint64(seconds * 1e9);
    while (steadyNs() < end) {
        if (!capture.grab() || !capture.retrieve(frame))
            break;
        measureLatency(steadyNs());
        ++returned;
        ++r.frames;
    }
    r.seconds = double(steadyNs() - start) / 1e9;
    // Its decode happens inside grab() together with reading and demuxing, so the comparable
    // figure is the CPU time per frame (Result::decodeMs).
    r.cpu = cpuSeconds() - cpu0;
    r.latencyKnown = inOrder;
    return r;
}

struct Server
{
    QProcess process;
    quint16 port = 0;
    qint64 frameBytes = 0;

    bool start(const QString &program, int width, int height, ServerMode mode, double paceFps,
               const QString &timesPath, int cpu)
    {
        process.start(program, {QStringLiteral("--serve"), QStringLiteral("%1x%2").arg(width).arg(height),
                                QStringLiteral("--mode"), QString::fromLatin1(modeName(mode)),
                                QStringLiteral("--pace-fps"), QString::number(paceFps), QStringLiteral("--times"),
                                timesPath, QStringLiteral("--cpu"), QString::number(cpu)});
        if (!process.waitForStarted(10000) || !process.waitForReadyRead(120000))
            return false;
        const QList<QByteArray> fields = process.readLine().trimmed().split(' ');
        port = quint16(fields.value(0).toUInt());
        frameBytes = fields.value(1).toLongLong();
        return port != 0;
    }
    ~Server()
    {
        process.kill();
        process.waitForFinished(5000);
    }
    QString url() const { return QStringLiteral("http://127.0.0.1:%1/stream").arg(port); }
};

QString fmt(double v, int decimals = 1)
{
    return v < 0 ? QStringLiteral("n/a") : QString::number(v, 'f', decimals);
}

QString pair(double reticle, double opencv, int decimals)
{
    return fmt(reticle, decimals) + QStringLiteral(" / ") + fmt(opencv, decimals);
}

constexpr double kLatencyTargetMs = 15.0;

// Met when Reticle delivers at least OpenCV's frame rate (within one frame per measuring window:
// a window of fixed length counts a steady stream's frames to within one, so over N slices the
// count is exact to within N frames) at no more CPU (as printed, whole percent), and, at 1080p,
// with an added latency median of at most 15 ms. Behind the flood server a frame's latency is
// mostly the time it waits in the server's own socket queue, so there it is shown, not judged.
// When the clients are pinned and both use the whole core they are given (unpaced rows: each
// takes all it can get), their CPU is the same budget and a point up or down is only how often
// each waited for the socket; the frame rate then tells which needs less CPU per frame.
enum class LatencyTarget { None, Judged, NotJudged };

bool bothAtBudget(const Result &reticle, const Result &opencv, bool pinned)
{
    return pinned && reticle.cpuPct() >= 97.0 && opencv.cpuPct() >= 97.0;
}

QString verdict(const Result &reticle, const Result &opencv, LatencyTarget latencyTarget, bool pinned)
{
    if (reticle.frames == 0 || opencv.frames == 0)
        return QStringLiteral("no frames from %1").arg(reticle.frames == 0 ? QStringLiteral("Reticle") : QStringLiteral("OpenCV"));
    QStringList missed;
    const double tolerance = reticle.seconds > 0 ? double(reticle.windows) / reticle.seconds : 0;
    if (reticle.fps() + tolerance < opencv.fps())
        missed << QStringLiteral("fps");
    if (std::lround(reticle.cpuPct()) > std::lround(opencv.cpuPct()) && !bothAtBudget(reticle, opencv, pinned))
        missed << QStringLiteral("CPU");
    if (latencyTarget == LatencyTarget::Judged
        && (reticle.latencyMedian() < 0 || reticle.latencyMedian() > kLatencyTargetMs))
        missed << QStringLiteral("latency");
    const QString result = missed.isEmpty() ? QStringLiteral("met")
                                            : QStringLiteral("NOT met: ") + missed.join(QStringLiteral(", "));
    return latencyTarget == LatencyTarget::NotJudged ? result + QStringLiteral(" (latency not judged)") : result;
}

void printHeader()
{
    std::printf("| resolution (JPEG)  | server    | fps Reticle / OpenCV | CPU %% R / O | fr/CPU-s R / O | "
                "decode ms R / O | lat. med ms R / O | lat. p95 ms R / O | verdict |\n");
    std::printf("|--------------------|-----------|---------------------:|------------:|---------------:|"
                "----------------:|------------------:|------------------:|---------|\n");
    std::fflush(stdout);
}

void printRow(const QString &resolution, const QString &mode, const Result &reticle, const Result &opencv,
              LatencyTarget latencyTarget, bool pinned)
{
    // Frames per CPU-second: how much work each frame costs, whatever share of the machine
    // each client got (other processes run during the slices too).
    const auto perCpuSecond = [](const Result &r) { return r.cpu > 0 ? r.frames / r.cpu : -1.0; };
    std::printf("| %-18s | %-9s | %20s | %11s | %14s | %15s | %17s | %17s | %s |\n", qPrintable(resolution),
                qPrintable(mode), qPrintable(pair(reticle.fps(), opencv.fps(), 1)),
                qPrintable(pair(reticle.cpuPct(), opencv.cpuPct(), 0)),
                qPrintable(pair(perCpuSecond(reticle), perCpuSecond(opencv), 0)),
                qPrintable(pair(reticle.decodeMs(), opencv.decodeMs(), 2)),
                qPrintable(pair(reticle.latencyMedian(), opencv.latencyMedian(), 1)),
                qPrintable(pair(reticle.latencyP95(), opencv.latencyP95(), 1)),
                qPrintable(verdict(reticle, opencv, latencyTarget, pinned)));
    std::fflush(stdout);
}

double loadAverage()
{
    double load[3] = {-1, -1, -1};
    return getloadavg(load, 3) > 0 ? load[0] : -1;
}

void soak(const QString &url, double seconds)
{
    CameraProfile profile;
    profile.name = QStringLiteral("soak");
    profile.url = QUrl(url);
    auto thread = std::make_unique<CameraThread>(std::make_unique<MjpegStreamSource>(profile));
    std::atomic<int> frames{0};
    QObject::connect(thread->source(), &FrameSource::frameDecoded, thread->source(),
                     [&frames](const Frame &) { ++frames; }, Qt::DirectConnection);
    thread->start();
    wait(3000); // warm-up: buffers, decoder and allocator reach their working size
    const double start = rssMb();
    double peak = start;
    std::vector<double> samples;
    QElapsedTimer timer;
    timer.start();
    const int startFrames = frames.load();
    while (timer.elapsed() < qint64(seconds * 1000)) {
        wait(1000);
        const double now = rssMb();
        peak = std::max(peak, now);
        samples.push_back(now);
    }
    const double minutes = double(timer.elapsed()) / 60000.0;
    // Least-squares slope of RSS over time, in MB per minute.
    double slope = 0;
    if (samples.size() > 2) {
        const double n = double(samples.size());
        double sx = 0, sy = 0, sxx = 0, sxy = 0;
        for (size_t i = 0; i < samples.size(); ++i) {
            const double x = double(i + 1) / 60.0;
            sx += x;
            sy += samples[i];
            sxx += x * x;
            sxy += x * samples[i];
        }
        slope = (n * sxy - sx * sy) / (n * sxx - sx * sx);
    }
    std::printf("\nSoak: %.1f min at 1920x1080, %d frames (%.1f fps)\n", minutes, frames.load() - startFrames,
                double(frames.load() - startFrames) / (minutes * 60.0));
    std::printf("RSS after warm-up %.1f MB, at end %.1f MB, peak %.1f MB; growth %.2f MB/min (end - start), "
                "slope %.2f MB/min (least squares)\n",
                start, samples.empty() ? start : samples.back(), peak,
                samples.empty() ? 0.0 : (samples.back() - start) / minutes, slope);
    thread.reset();
}

} // namespace

int main(int argc, char **argv)
{
    // The server mode runs before Qt starts: plain sockets, no event loop.
    for (int i = 1; i + 1 < argc; ++i) {
        if (std::strcmp(argv[i], "--serve") == 0) {
            int w = 0, h = 0;
            if (std::sscanf(argv[i + 1], "%dx%d", &w, &h) != 2)
                return 2;
            double pace = 0;
            const char *timesPath = nullptr;
            ServerMode mode = ServerMode::Unpaced;
            int cpu = -1;
            for (int j = 1; j + 1 < argc; ++j) {
                if (std::strcmp(argv[j], "--pace-fps") == 0)
                    pace = std::atof(argv[j + 1]);
                if (std::strcmp(argv[j], "--times") == 0)
                    timesPath = argv[j + 1];
                if (std::strcmp(argv[j], "--cpu") == 0)
                    cpu = std::atoi(argv[j + 1]);
                if (std::strcmp(argv[j], "--mode") == 0) {
                    for (ServerMode m : {ServerMode::Unpaced, ServerMode::Flood, ServerMode::Paced})
                        if (std::strcmp(argv[j + 1], modeName(m)) == 0)
                            mode = m;
                }
            }
            return serve(w, h, mode, pace, timesPath, cpu);
        }
    }

    QCoreApplication app(argc, argv);
    QLoggingCategory::setFilterRules(QStringLiteral("reticle.camera.debug=false"));
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Reticle camera pipeline benchmark (prints figures)."));
    parser.addHelpOption();
    const QCommandLineOption seconds(QStringLiteral("seconds"), QStringLiteral("Measuring time per row (default 5)."),
                                     QStringLiteral("s"), QStringLiteral("5"));
    const QCommandLineOption soakSeconds(QStringLiteral("soak-seconds"),
                                         QStringLiteral("Length of the 1080p memory soak (default 20; 600 = 10 min; 0 = skip)."),
                                         QStringLiteral("s"), QStringLiteral("20"));
    const QCommandLineOption resolutions(QStringLiteral("resolutions"), QStringLiteral("Comma-separated WxH list."),
                                         QStringLiteral("list"),
                                         QStringLiteral("640x480,1280x720,1920x1080,3840x2160"));
    const QCommandLineOption pace(QStringLiteral("pace-fps"),
                                  QStringLiteral("Frame rate of the paced rows, like a real camera (default 30)."),
                                  QStringLiteral("fps"), QStringLiteral("30"));
    const QCommandLineOption slices(
        QStringLiteral("slices"),
        QStringLiteral("Measure each row in N alternating slices per client, so both see the same machine load "
                       "(default 3)."),
        QStringLiteral("n"), QStringLiteral("3"));
    const QCommandLineOption url(QStringLiteral("url"),
                                 QStringLiteral("Measure this stream instead of the built-in server (e.g. reticle-sim's)."),
                                 QStringLiteral("url"));
    const QCommandLineOption noPin(QStringLiteral("no-pin"),
                                   QStringLiteral("Do not pin the clients to CPU 0 and the server to the last CPU."));
    parser.addOptions({seconds, soakSeconds, resolutions, pace, slices, url, noPin});
    parser.process(app);
    // Both clients get the same budget, one core, whatever threads each uses; the server (and
    // the rest of the machine) gets the others. Threads started later inherit the affinity.
    const int cpus = int(std::thread::hardware_concurrency());
    const bool pinned = !parser.isSet(noPin) && cpus >= 2 && pinToCpu(0);
    const int serverCpu = pinned ? cpus - 1 : -1;
    const double measure = std::max(1.0, parser.value(seconds).toDouble());
    const int sliceCount = std::clamp(parser.value(slices).toInt(), 1, 20);
    const double warmup = 1.0;
    // Reticle, OpenCV, Reticle, OpenCV, ...: each slice connects anew and warms up first.
    const auto measureRow = [&](const QString &target, const SendTimes *times, Result &reticle, Result &opencv) {
        const double slice = measure / sliceCount;
        for (int i = 0; i < sliceCount; ++i) {
            reticle.add(runReticle(target, slice, warmup));
            opencv.add(runOpenCv(target, slice, warmup, times));
        }
    };

    std::printf("Load average (1 min) at start: %.2f; %s\n", loadAverage(),
                pinned ? qPrintable(QStringLiteral("clients on CPU 0, server on CPU %1").arg(serverCpu))
                       : "not pinned");
    printHeader();
    if (parser.isSet(url)) {
        const QString target = parser.value(url);
        Result reticle, opencv;
        measureRow(target, nullptr, reticle, opencv);
        printRow(QStringLiteral("(stream)"), QStringLiteral("given URL"), reticle, opencv, LatencyTarget::None, pinned);
        std::printf("Load average (1 min) at end: %.2f\n", loadAverage());
        if (parser.value(soakSeconds).toDouble() > 0)
            soak(target, parser.value(soakSeconds).toDouble());
        return 0;
    }
    QTemporaryFile timesFile;
    if (!timesFile.open()) {
        std::fprintf(stderr, "could not create the send-time file\n");
        return 1;
    }
    const QByteArray timesPath = timesFile.fileName().toLocal8Bit();
    SendTimes *times = mapSendTimes(timesPath.constData(), true);
    if (!times) {
        std::fprintf(stderr, "could not map the send-time file\n");
        return 1;
    }
    const QString self = QCoreApplication::applicationFilePath();
    const double paceFps = parser.value(pace).toDouble();
    for (const QString &res : parser.value(resolutions).split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const QStringList wh = res.split(QLatin1Char('x'));
        const int w = wh.value(0).toInt(), h = wh.value(1).toInt();
        if (w <= 0 || h <= 0)
            continue;
        for (ServerMode mode : {ServerMode::Unpaced, ServerMode::Flood, ServerMode::Paced}) {
            Server server;
            if (!server.start(self, w, h, mode, paceFps, timesFile.fileName(), serverCpu)) {
                std::fprintf(stderr, "could not start the loopback server for %s\n", qPrintable(res));
                return 1;
            }
            const QString name = mode == ServerMode::Paced ? QStringLiteral("%1 fps").arg(paceFps)
                                                           : QString::fromLatin1(modeName(mode));
            const QString label = QStringLiteral("%1 (%2 kB)").arg(res).arg(server.frameBytes / 1024);
            Result reticle, opencv;
            measureRow(server.url(), times, reticle, opencv);
            const LatencyTarget latency = !(w == 1920 && h == 1080) ? LatencyTarget::None
                                          : mode == ServerMode::Flood ? LatencyTarget::NotJudged
                                                                      : LatencyTarget::Judged;
            printRow(label, name, reticle, opencv, latency, pinned);
        }
    }
    std::printf("Load average (1 min) at end: %.2f\n", loadAverage());
    std::fflush(stdout);
    const double soakLength = parser.value(soakSeconds).toDouble();
    if (soakLength > 0) {
        Server server;
        if (server.start(self, 1920, 1080, ServerMode::Paced, paceFps, timesFile.fileName(), serverCpu))
            soak(server.url(), soakLength);
    }
    return 0;
}
