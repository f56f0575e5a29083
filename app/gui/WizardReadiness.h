#pragma once

#include <QString>

class QWidget;

namespace reticle {

class CameraUi;
class PrinterUi;

// The checks every wizard makes before it starts, each telling the operator what to do when it
// fails (a message box titled after the wizard): the printer connected, ready and homed on X, Y
// and Z; the camera streaming.
class WizardReadiness
{
public:
    static bool printerHomed(PrinterUi &printer, QWidget *parent, const QString &title, const QString &hint);
    static bool cameraStreaming(const CameraUi &camera, QWidget *parent, const QString &title, const QString &hint);
};

} // namespace reticle
