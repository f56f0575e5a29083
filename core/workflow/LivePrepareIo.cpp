#include "LivePrepareIo.h"

#include "camera/FrameSource.h"
#include "camera/FrameWaiter.h"
#include "printer/MotionGuard.h"
#include "printer/PrinterLink.h"
#include "printer/PrinterReply.h"
#include "vision/Sharpness.h"

#include <QtConcurrent/QtConcurrentRun>

namespace reticle {

namespace {

// The central half of the frame: where the nozzle is after the move to the camera position,
// away from vignetting at the corners.
SharpnessReading sharpnessOf(const QImage &image)
{
    SharpnessReading reading;
    reading.imageSize = image.size();
    const QImage rgb = image.convertToFormat(QImage::Format_RGB32);
    const cv::Mat view(rgb.height(), rgb.width(), CV_8UC4, const_cast<uchar *>(rgb.constBits()),
                       size_t(rgb.bytesPerLine()));
    const cv::Rect roi(rgb.width() / 4, rgb.height() / 4, rgb.width() / 2, rgb.height() / 2);
    reading.value = Sharpness::varianceOfLaplacian(view, roi);
    reading.ok = true;
    return reading;
}

} // namespace

LivePrepareIo::LivePrepareIo(PrinterLink &link, MotionGuard &guard, QObject *parent)
    : PrepareIo(parent)
    , m_link(link)
    , m_guard(guard)
{
    m_homedTimeout.setSingleShot(true);
    m_homedTimeout.setInterval(10000);
    connect(&m_homedTimeout, &QTimer::timeout, this, [this] {
        if (!m_homing)
            return;
        m_homing = false;
        emit homed(false, tr("G28 finished but the printer did not report X, Y and Z homed."));
    });
    connect(&m_link, &PrinterLink::stateChanged, this, &LivePrepareIo::checkHomed);
    connect(&m_watcher, &QFutureWatcher<SharpnessReading>::finished, this,
            [this] { emit sharpnessMeasured(m_watcher.result()); });
}

PrinterReadiness LivePrepareIo::readiness() const
{
    const PrinterState &state = m_link.state();
    PrinterReadiness r;
    r.connected = m_link.isConnected();
    r.klippyReady = m_link.isReady() && state.klippyState() == PrinterState::KlippyState::Ready;
    r.klippyState = PrinterState::klippyStateName(state.klippyState());
    r.klippyMessage = state.klippyMessage();
    r.homed = state.isHomed(QLatin1Char('x')) && state.isHomed(QLatin1Char('y')) && state.isHomed(QLatin1Char('z'));
    r.printing = state.isPrinting();
    return r;
}

void LivePrepareIo::home()
{
    m_homing = true;
    m_homeReplied = false;
    m_guard.home()->then(this, [this](PrinterReply *reply) {
        if (!m_homing)
            return;
        if (reply->isError()) {
            m_homing = false;
            emit homed(false, reply->error()->message);
            return;
        }
        m_homeReplied = true;
        m_homedTimeout.start();
        checkHomed();
    });
}

void LivePrepareIo::checkHomed()
{
    if (!m_homing || !m_homeReplied || !readiness().homed)
        return;
    m_homing = false;
    m_homedTimeout.stop();
    emit homed(true, {});
}

void LivePrepareIo::measureSharpness()
{
    if (!m_source) {
        SharpnessReading reading;
        reading.error = tr("No camera is open.");
        QMetaObject::invokeMethod(this, [this, reading] { emit sharpnessMeasured(reading); }, Qt::QueuedConnection);
        return;
    }
    FrameWaiter::request(m_source, monotonicNowNs(), m_frameTimeoutMs, this, [this](std::optional<Frame> frame) {
        if (!frame) {
            SharpnessReading reading;
            reading.error = tr("No new camera frame within %1 s.").arg(m_frameTimeoutMs / 1000.0, 0, 'f', 1);
            emit sharpnessMeasured(reading);
            return;
        }
        const QImage image = frame->image;
        m_watcher.setFuture(QtConcurrent::run([image] { return sharpnessOf(image); }));
    });
}

} // namespace reticle
