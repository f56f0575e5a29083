// Per-frame cost of the virtual camera at 640x480 .. 3840x2160 in both modes: a render of a
// moving scene (no cache), the imperfection pass (illumination + noise) and JPEG encoding.
// Prints medians over a few frames; the render uses every core (cv::parallel_for_).
#include "camera/FrameRenderer.h"

#include <QElapsedTimer>

#include <algorithm>
#include <cstdio>
#include <vector>

using namespace reticle::sim;

namespace {

double median(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    return v[v.size() / 2];
}

} // namespace

int main(int argc, char **argv)
{
    const int frames = argc > 1 ? std::max(1, std::atoi(argv[1])) : 7;
    std::printf("%-12s %-10s %12s %14s %10s %10s\n", "mode", "size", "render ms", "imperfect. ms", "jpeg ms",
                "jpeg KiB");
    for (const CameraMode mode : {CameraMode::Nozzle, CameraMode::CameraTool}) {
        for (const QSize size : {QSize(640, 480), QSize(1280, 960), QSize(1920, 1080), QSize(3840, 2160)}) {
            CameraOptions options;
            options.mode = mode;
            options.resolution = size;
            options.imperfections.lagMs = 0;
            FrameRenderer renderer(options);
            std::vector<double> render, finish, jpeg;
            double kib = 0;
            for (int i = 0; i <= frames; ++i) {
                MachineSnapshot s{};
                s.monotonicMs = 1000 + i;
                s.carriage[0] = 150.0 + 0.013 * i; // a new position each frame: no cached render
                s.carriage[1] = 150.0;
                s.carriage[2] = 20.0;
                s.activeTool = 0;
                s.trueOffsets = {QVector3D(), QVector3D()};
                s.marks = {DepositedMark{150.6, 150.4, 1.0, 0}, DepositedMark{152.0, 149.0, 0.8, 1}};
                SnapshotHistory history;
                history.add(s);
                QElapsedTimer timer;
                timer.start();
                renderer.renderClean(renderer.sceneAt(history, s.monotonicMs));
                const double r = double(timer.nsecsElapsed()) / 1e6;
                timer.restart();
                const cv::Mat frame = renderer.renderFrame(history, s.monotonicMs, quint64(i)); // cached clean
                const double f = double(timer.nsecsElapsed()) / 1e6;
                timer.restart();
                const QByteArray encoded = renderer.encodeJpeg(frame);
                const double j = double(timer.nsecsElapsed()) / 1e6;
                if (i == 0)
                    continue; // the first frame builds textures and caches
                render.push_back(r);
                finish.push_back(f);
                jpeg.push_back(j);
                kib = double(encoded.size()) / 1024.0;
            }
            std::printf("%-12s %4dx%-5d %12.1f %14.1f %10.1f %10.0f\n",
                        mode == CameraMode::Nozzle ? "nozzle" : "camera-tool", size.width(), size.height(),
                        median(render), median(finish), median(jpeg), kib);
        }
    }
    return 0;
}
