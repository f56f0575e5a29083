#pragma once

#include <QCoreApplication>
#include <QTextStream>

namespace reticle {

// `reticle --demo --headless`: the full calibration against the embedded simulator with random
// hidden tool offsets and camera orientation, then recovered vs true offsets and the error.
class HeadlessDemo
{
    Q_DECLARE_TR_FUNCTIONS(HeadlessDemo)
public:
    // Returns the process exit code (0 when every tool is within the 5 µm target). cameraTool:
    // camera-tool mode (the simulated tools deposit marks and the camera tool C0 measures them;
    // offsets relative to C0).
    static int run(QTextStream &out, QTextStream &err, quint32 seed, bool cameraTool = false);
};

} // namespace reticle
