#pragma once

#include <QObject>
#include <QSize>
#include <QString>

namespace reticle {

// What the printer says about itself before a calibration starts.
struct PrinterReadiness
{
    bool connected = false;     // the Moonraker socket is open
    bool klippyReady = false;   // Klippy state "ready"
    QString klippyState;        // as Moonraker names it ("ready", "shutdown", …)
    QString klippyMessage;      // Klipper's state message (shown when not ready)
    bool homed = false;         // X, Y and Z homed
    bool printing = false;      // a print job owns the printer
};

// One sharpness figure of a live frame (Sharpness::varianceOfLaplacian over the central region).
struct SharpnessReading
{
    bool ok = false;
    double value = 0.0;
    QSize imageSize;
    QString error;              // when !ok
};

// The "prepare" seam of the camera calibration wizard: the printer's readiness, homing, and a
// sharpness figure of a frame captured after the call. The live adapter works over the printer
// link, the motion guard and the camera; tests script it.
class PrepareIo : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;

    virtual PrinterReadiness readiness() const = 0;
    // G28 through the motion guard; exactly one homed() follows (after the axes report homed).
    virtual void home() = 0;
    // Exactly one sharpnessMeasured() follows; the measure runs off the GUI thread.
    virtual void measureSharpness() = 0;

signals:
    void homed(bool ok, const QString &error);
    void sharpnessMeasured(const reticle::SharpnessReading &reading);
};

} // namespace reticle
