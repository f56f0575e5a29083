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
    if (source && source->state() == StreamStateMachine::State::Streaming)
        return true;
    QMessageBox::information(parent, title, hint);
    return false;
}

} // namespace reticle
