#pragma once

#include "ViewTransform.h"
#include "camera/StreamHealth.h"
#include "camera/StreamStateMachine.h"

#include <QCoreApplication>
#include <QPainter>
#include <QPointF>
#include <QSize>

#include <functional>
#include <optional>

namespace reticle {

// Maps an image pixel to a printer position (mm); empty when there is no calibration.
using PixelToPrinter = std::function<std::optional<QPointF>(const QPointF &imagePixel)>;

// What every overlay layer may draw from. Built by CameraView for each paint.
struct OverlayContext
{
    const ViewTransform &view;
    QRectF widgetRect;
    QSize imageSize;             // empty while there is no frame
    StreamHealth health;
    StreamState state = StreamState::Idle;
    QString stateDetail;         // e.g. the last error
    int retryInMs = -1;          // while reconnecting
    std::optional<QPointF> cursor; // image coordinates of the mouse, when over the view
    double micronsPerPixel = 0;  // 0 = not calibrated
    const PixelToPrinter *pixelToPrinter = nullptr;
    double frameAgeMs = -1;
};

// One layer drawn over the camera picture, in widget coordinates (use context.view to place
// things on image pixels). Layers are painted in the order they were added.
class CameraOverlay
{
public:
    virtual ~CameraOverlay() = default;
    virtual void paint(QPainter &painter, const OverlayContext &context) = 0;

    bool isVisible() const { return m_visible; }
    void setVisible(bool visible) { m_visible = visible; }

    // Text with a dark halo, readable on any picture.
    static void drawLabel(QPainter &painter, const QPointF &topLeft, const QString &text,
                          const QColor &color = Qt::white);

private:
    bool m_visible = true;
};

} // namespace reticle
