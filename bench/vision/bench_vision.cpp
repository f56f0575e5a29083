// Nozzle detector benchmark: synthetic frames with known centres, our detector's methods and a
// TAMV-style baseline on the same images. Prints a table; see docs/vision.md.
//
//   bench_vision [--nozzle N] [--empty N] [--verbose] [--only-reticle] [--save DIR] [--save-misses DIR] [--seed S]
//
// N nozzle images and N empty images per frame size (defaults 300 and 60, at 640x480 and 1920x1080).
// --save writes every 25th image; --save-misses writes each image Reticle refused or got wrong
// (PNG, named <width>_<index>.png, as listed by --verbose).

#include "TamvBaseline.h"
#include "vision/NozzleDetector.h"
#include "vision/NozzleImageGenerator.h"

#include <opencv2/core.hpp>
#include <opencv2/core/utility.hpp>
#include <opencv2/imgcodecs.hpp>

#include <QLoggingCategory>

#include <algorithm>
#include <chrono>
#include <ctime>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <functional>
#include <string>
#include <vector>

using namespace reticle;

namespace {

struct Stats
{
    std::vector<double> errors;
    int nozzleImages = 0, correct = 0, wrong = 0, emptyImages = 0, falseDetections = 0;
    std::vector<double> ms;     // thread CPU time per frame
    std::vector<double> wallMs; // wall-clock time per frame
};

struct Method
{
    std::string name;
    std::function<Detection(const cv::Mat &)> run;
    Stats perSize[2];
};

struct Case
{
    double error;
    int size;
    int index;
    SyntheticScene scene;
    Detection d;
};

double percentile(std::vector<double> v, double p)
{
    if (v.empty())
        return std::nan("");
    std::sort(v.begin(), v.end());
    const double pos = p * double(v.size() - 1);
    const size_t lo = size_t(std::floor(pos));
    const size_t hi = std::min(v.size() - 1, lo + 1);
    return v[lo] + (v[hi] - v[lo]) * (pos - double(lo));
}

double mean(const std::vector<double> &v)
{
    double s = 0;
    for (double x : v)
        s += x;
    return v.empty() ? std::nan("") : s / double(v.size());
}

void describe(const Case &c)
{
    const SyntheticScene &s = c.scene;
    std::printf("  err %.3f px  %dx%d #%d", c.error, s.width, s.height, c.index);
    if (!s.nozzles.empty()) {
        const SyntheticNozzle &n = s.nozzles.front();
        std::printf(" at (%.1f, %.1f) r=%.1f e=%.2f blur=%.2f noise=%.1f jpeg=%d grad=%.2f hl=%d darkRim=%d ooze=%d occl=%d(%s) cone=%.1f",
                    n.cx, n.cy, n.radius, n.ellipticity, s.blurSigma, s.noiseSigma, s.jpegQuality, s.gradient, s.highlights,
                    n.darkRim, n.ooze, n.occlusion, n.occlusionBright ? "bright" : "dark", n.coneFactor);
    }
    std::printf(" distr=%zu  -> found=%d conf=%.2f r=%.1f cov=%.2f rms=%.2f status=%d\n", s.distractors.size(),
                c.d.found, c.d.confidence, c.d.radius, c.d.coverage, c.d.edgeRmsPx, int(c.d.status));
}

} // namespace

int main(int argc, char **argv)
{
    int nozzlePerSize = 300, emptyPerSize = 60;
    bool verbose = false;
    bool onlyReticle = false; // skip the other methods (for quick iterations)
    std::string saveDir, missDir;
    unsigned seed = 20261121;
    for (int i = 1; i < argc; ++i) {
        const std::string a = argv[i];
        if (a == "--nozzle" && i + 1 < argc)
            nozzlePerSize = std::atoi(argv[++i]);
        else if (a == "--empty" && i + 1 < argc)
            emptyPerSize = std::atoi(argv[++i]);
        else if (a == "--verbose")
            verbose = true;
        else if (a == "--only-reticle")
            onlyReticle = true;
        else if (a == "--save" && i + 1 < argc)
            saveDir = argv[++i];
        else if (a == "--save-misses" && i + 1 < argc)
            missDir = argv[++i];
        else if (a == "--seed" && i + 1 < argc)
            seed = unsigned(std::strtoul(argv[++i], nullptr, 10));
        else {
            std::fprintf(stderr, "usage: bench_vision [--nozzle N] [--empty N] [--verbose] [--only-reticle] [--save DIR] [--save-misses DIR] [--seed S]\n");
            return 2;
        }
    }
    cv::setNumThreads(1); // one core
    QLoggingCategory::setFilterRules(QStringLiteral("reticle.*.debug=false"));

    const double rMinGen = 10, rMaxGen = 80;
    NozzleDetectorParams params;
    params.radiusMinPx = 8;  // the operator's expected range, +-20 % around the generated one
    params.radiusMaxPx = 96;
    std::vector<Method> methods;
    for (const auto &[name, m] :
         {std::pair{"contour seed + radial edges (Reticle)", NozzleDetectorParams::Method::ContourSeedRadialFit},
          std::pair{"Hough seed + radial edges", NozzleDetectorParams::Method::HoughSeedRadialFit},
          std::pair{"contour + fitEllipse", NozzleDetectorParams::Method::ContourEllipse}}) {
        NozzleDetectorParams p = params;
        p.method = m;
        const NozzleDetector detector(p);
        methods.push_back({name, [detector](const cv::Mat &img) { return detector.detect(img); }, {}});
    }
    if (onlyReticle)
        methods.resize(1);
    const TamvBaseline baseline(params.radiusMinPx, params.radiusMaxPx);
    if (!onlyReticle)
        methods.push_back({"TAMV-style SimpleBlobDetector", [baseline](const cv::Mat &img) { return baseline.detect(img); }, {}});

    const cv::Size sizes[2] = {cv::Size(640, 480), cv::Size(1920, 1080)};
    std::mt19937 rng(seed);
    std::vector<Case> worst, misses, falses;
    for (int si = 0; si < 2; ++si) {
        for (int i = 0; i < nozzlePerSize + emptyPerSize; ++i) {
            const bool withNozzle = i < nozzlePerSize;
            const SyntheticScene scene =
                NozzleImageGenerator::randomScene(rng, sizes[si].width, sizes[si].height, withNozzle, rMinGen, rMaxGen);
            const cv::Mat image = NozzleImageGenerator::render(scene);
            if (!saveDir.empty() && (i % 25 == 0 || i == nozzlePerSize))
                cv::imwrite(saveDir + "/" + std::to_string(sizes[si].width) + "_" + std::to_string(i) + ".png", image);
            for (size_t mi = 0; mi < methods.size(); ++mi) {
                Method &m = methods[mi];
                Stats &st = m.perSize[si];
                // CPU time of this thread: what one core spends on the frame, undisturbed by the
                // other processes sharing the machine (wall time is also kept).
                timespec c0{}, c1{};
                clock_gettime(CLOCK_THREAD_CPUTIME_ID, &c0);
                const auto t0 = std::chrono::steady_clock::now();
                const Detection d = m.run(image);
                const auto t1 = std::chrono::steady_clock::now();
                clock_gettime(CLOCK_THREAD_CPUTIME_ID, &c1);
                st.ms.push_back(double(c1.tv_sec - c0.tv_sec) * 1e3 + double(c1.tv_nsec - c0.tv_nsec) / 1e6);
                st.wallMs.push_back(std::chrono::duration<double, std::milli>(t1 - t0).count());
                if (withNozzle) {
                    const SyntheticNozzle &n = scene.nozzles.front();
                    ++st.nozzleImages;
                    const double err = std::hypot(d.x - n.cx, d.y - n.cy);
                    if (d.found && err <= std::max(3.0, 0.3 * n.radius)) {
                        ++st.correct;
                        st.errors.push_back(err);
                        if (mi == 0)
                            worst.push_back({err, si, i, scene, d});
                    } else if (d.found) {
                        ++st.wrong;
                        if (mi == 0)
                            falses.push_back({err, si, i, scene, d});
                    } else if (mi == 0) {
                        misses.push_back({err, si, i, scene, d});
                    }
                    if (mi == 0 && !missDir.empty() && !(d.found && err <= std::max(3.0, 0.3 * n.radius)))
                        cv::imwrite(missDir + "/" + std::to_string(sizes[si].width) + "_" + std::to_string(i) + ".png", image);
                } else {
                    ++st.emptyImages;
                    if (d.found) {
                        ++st.falseDetections;
                        if (mi == 0)
                            falses.push_back({0, si, i, scene, d});
                        if (mi == 0 && !missDir.empty())
                            cv::imwrite(missDir + "/" + std::to_string(sizes[si].width) + "_" + std::to_string(i) + ".png", image);
                    }
                }
            }
        }
    }

    std::printf("Nozzle detection benchmark: %d nozzle + %d empty images per size, seed %u, radius %.0f-%.0f px,\n"
                "blur sigma 0-3 px, noise 1-6, JPEG 60-95, gradients, glare, ooze, occlusion, ellipticity <= 10 %%,\n"
                "distractors; one core (cv::setNumThreads(1)). Errors are centre errors of correct detections.\n"
                "cpu ms = mean thread CPU time per frame; wall ms = mean wall-clock time (inflated when the machine is busy).\n\n",
                nozzlePerSize, emptyPerSize, seed, rMinGen, rMaxGen);
    std::printf("%-40s %-9s %8s %8s %8s %9s %7s %8s %9s %9s\n", "method", "frame", "median", "p95", "max", "detected",
                "wrong", "false+", "cpu ms", "wall ms");
    for (const Method &m : methods) {
        Stats all;
        for (int si = 0; si < 2; ++si) {
            const Stats &st = m.perSize[si];
            std::printf("%-40s %-9s %8.4f %8.4f %8.3f %8.1f%% %7d %7.1f%% %9.2f %9.2f\n", m.name.c_str(),
                        si == 0 ? "640x480" : "1920x1080", percentile(st.errors, 0.5), percentile(st.errors, 0.95),
                        st.errors.empty() ? std::nan("") : *std::max_element(st.errors.begin(), st.errors.end()),
                        100.0 * st.correct / std::max(1, st.nozzleImages), st.wrong,
                        100.0 * st.falseDetections / std::max(1, st.emptyImages), mean(st.ms), mean(st.wallMs));
            all.errors.insert(all.errors.end(), st.errors.begin(), st.errors.end());
            all.correct += st.correct;
            all.nozzleImages += st.nozzleImages;
            all.wrong += st.wrong;
            all.falseDetections += st.falseDetections;
            all.emptyImages += st.emptyImages;
        }
        std::printf("%-40s %-9s %8.4f %8.4f %8.3f %8.1f%% %7d %7.1f%% %9s %9s\n", "", "all", percentile(all.errors, 0.5),
                    percentile(all.errors, 0.95),
                    all.errors.empty() ? std::nan("") : *std::max_element(all.errors.begin(), all.errors.end()),
                    100.0 * all.correct / std::max(1, all.nozzleImages), all.wrong,
                    100.0 * all.falseDetections / std::max(1, all.emptyImages), "", "");
    }
    std::vector<double> ours, base;
    for (int si = 0; si < 2; ++si) {
        ours.insert(ours.end(), methods.front().perSize[si].errors.begin(), methods.front().perSize[si].errors.end());
        base.insert(base.end(), methods.back().perSize[si].errors.begin(), methods.back().perSize[si].errors.end());
    }
    if (!onlyReticle)
        std::printf("\nMedian centre error, baseline / Reticle: %.1fx\n", percentile(base, 0.5) / percentile(ours, 0.5));

    if (verbose) {
        std::sort(worst.begin(), worst.end(), [](const Case &l, const Case &r) { return l.error > r.error; });
        std::printf("\nWorst correct detections (Reticle):\n");
        for (size_t i = 0; i < std::min<size_t>(15, worst.size()); ++i)
            describe(worst[i]);
        std::printf("\nMisses (Reticle): %zu\n", misses.size());
        for (size_t i = 0; i < std::min<size_t>(20, misses.size()); ++i)
            describe(misses[i]);
        std::printf("\nWrong/false detections (Reticle): %zu\n", falses.size());
        for (size_t i = 0; i < std::min<size_t>(20, falses.size()); ++i)
            describe(falses[i]);
    }
    return 0;
}
