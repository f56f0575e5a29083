#pragma once

// The steps every GUI test against the simulator starts with: the real main window connected to
// the simulator's printer and camera, then the operator homing and jogging the head.
#include "CameraUi.h"
#include "MainWindow.h"
#include "PrinterUi.h"
#include "camera/FrameSource.h"
#include "embedded/EmbeddedSimulator.h"
#include "printer/MoonrakerClient.h"
#include "printer/MotionGuard.h"
#include "printer/PrinterReply.h"

#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

namespace reticle::test {

// GUI tests write the operator's files (tools_config.json, calibration.json, run logs) where the
// app would, in QStandardPaths' test locations under $HOME/.qttest. A home of the test's own
// keeps two runs of the same test (two checkouts, or CI next to a developer) from overwriting
// each other's files mid-run. Call it from initTestCase(); `home` must outlive the test.
inline bool useOwnDataFolders(const QTemporaryDir &home)
{
    if (!home.isValid())
        return false;
    qputenv("HOME", home.path().toLocal8Bit());
    QStandardPaths::setTestModeEnabled(true);
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation).startsWith(home.path());
}

// Connects the window to the simulator's printer and opens its camera as profile `cameraName`;
// true once the printer is ready and the camera streams (else a warning says which did not).
inline bool connectToSimulator(MainWindow &window, const sim::EmbeddedSimulator &simulator, const QString &cameraName)
{
    window.printerUi()->connectTo(simulator.printerUrl(), simulator.apiKey());
    CameraProfile profile;
    profile.name = cameraName;
    profile.url = simulator.cameraStreamUrl();
    window.cameraUi()->openProfile(profile);
    if (!QTest::qWaitFor([&] { return window.printerUi()->client().isReady(); }, 20000)) {
        qWarning("the simulated printer did not become ready");
        return false;
    }
    if (!QTest::qWaitFor([&] {
            return window.cameraUi()->source()
                && window.cameraUi()->source()->state() == StreamStateMachine::State::Streaming;
        }, 20000)) {
        qWarning("the simulated camera did not stream");
        return false;
    }
    return true;
}

// What the operator does before a wizard: home, then move to (x, y, z); true once the printer's
// subscription reports the head homed and there (the panels show it), else a warning says why.
inline bool homeAndMoveTo(MainWindow &window, double x, double y, double z)
{
    MoonrakerClient &client = window.printerUi()->client();
    bool homed = false;
    window.printerUi()->guard().home()->then(&window, [&](PrinterReply *r) { homed = !r->isError(); });
    if (!QTest::qWaitFor([&] { return homed && client.state().isHomed(QLatin1Char('z')); }, 30000)) {
        qWarning("homing did not finish");
        return false;
    }
    bool moved = false;
    MoveRequest request = MoveRequest::absolute(x, y, z);
    request.waitForEnd = true;
    window.printerUi()->guard().move(request)->then(&window, [&](PrinterReply *r) { moved = !r->isError(); });
    if (!QTest::qWaitFor([&] { return moved; }, 30000)) {
        qWarning("the move to %.3f, %.3f, %.3f did not finish", x, y, z);
        return false;
    }
    // The subscription reports the new position to the panels (diffs every 250 ms).
    if (!QTest::qWaitFor([&] {
            const auto p = client.state().gcodePosition();
            return p && std::abs(p->x - x) < 1e-6 && std::abs(p->y - y) < 1e-6 && std::abs(p->z - z) < 1e-6;
        }, 5000)) {
        qWarning("the printer did not report the head at %.3f, %.3f, %.3f", x, y, z);
        return false;
    }
    return true;
}

} // namespace reticle::test
