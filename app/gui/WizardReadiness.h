#pragma once

#include <QCoreApplication>
#include <QString>

class QWidget;

namespace reticle {

class CameraUi;
class FrameSource;
class PrinterUi;

// The checks every wizard makes before it starts, each telling the operator what to do when it
// fails (a message box titled after the wizard): the printer connected, ready and homed on X, Y
// and Z; the camera streaming, and, for a camera whose frames carry no capture time (RTSP, a
// camera on this computer), the operator's go-ahead after a warning.
class WizardReadiness
{
    Q_DECLARE_TR_FUNCTIONS(WizardReadiness)

public:
    static bool printerHomed(PrinterUi &printer, QWidget *parent, const QString &title, const QString &hint);
    static bool cameraStreaming(const CameraUi &camera, QWidget *parent, const QString &title, const QString &hint);
    // True for a camera whose frames carry a capture time (FrameSource::capturesTimed(): MJPEG,
    // snapshots); for the others (RTSP, a camera on this computer) after a warning, when the
    // operator answers Yes.
    static bool untimedCameraAccepted(const FrameSource &source, QWidget *parent, const QString &title);
};

} // namespace reticle
