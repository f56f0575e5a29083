#include "WizardReadiness.h"

#include "CameraUi.h"
#include "PrinterUi.h"
#include "camera/FrameSource.h"
#include "printer/MoonrakerClient.h"

#include <QMessageBox>

namespace reticle {

bool WizardReadiness::printerHomed(PrinterUi &printer, QWidget *parent, const QString &title,
                                   const QString &hint)
{
    const PrinterState &state = printer.client().state();
    if (printer.client().isReady() && state.isHomed(QLatin1Char('x')) && state.isHomed(QLatin1Char('y'))
        && state.isHomed(QLatin1Char('z')))
        return true;
    QMessageBox::information(parent, title, hint);
    return false;
}

bool WizardReadiness::cameraStreaming(const CameraUi &camera, QWidget *parent, const QString &title,
                                      const QString &hint)
{
    const FrameSource *source = camera.source();
    if (!source || source->state() != StreamStateMachine::State::Streaming) {
        QMessageBox::information(parent, title, hint);
        return false;
    }
    return untimedCameraAccepted(*source, parent, title);
}

bool WizardReadiness::untimedCameraAccepted(const FrameSource &source, QWidget *parent, const QString &title)
{
    if (source.capturesTimed())
        return true;
    QMessageBox box(QMessageBox::Warning, title,
                    tr("Frames from this camera carry no capture time and arrive a few frames after they were "
                       "taken, so a measurement may use a picture from before a move ended."),
                    QMessageBox::Yes | QMessageBox::No, parent);
    box.setObjectName(QStringLiteral("untimedCameraWarning"));
    box.setInformativeText(tr("For calibration, use the camera's MJPEG stream (crowsnest, ustreamer and "
                              "camera-streamer serve one). Start anyway?"));
    box.setDefaultButton(QMessageBox::No);
    return box.exec() == QMessageBox::Yes;
}

} // namespace reticle
