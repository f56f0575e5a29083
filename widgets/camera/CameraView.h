#pragma once

#include "CameraOverlay.h"
#include "ReticleOverlay.h"
#include "ViewTransform.h"
#include "camera/DetectionResult.h"
#include "camera/Frame.h"

#include <QImage>
#include <QLineF>
#include <QWidget>

#include <memory>
#include <vector>

namespace reticle {

class ClickMarkerOverlay;
class CursorReadoutOverlay;
class DetectionOverlay;
class InfoOverlay;
class ScaleLineOverlay;
class SignalStateOverlay;

// Shows the latest camera frame with overlay layers. Wheel zooms 1–64× about the cursor; a
// middle-button drag or Space + left drag pans; a left click reports the sub-pixel image
// coordinate under the cursor (OpenCV convention, pixel centres at integer coordinates) and
// Shift + click asks to centre that point. The scale-line tool measures a drawn line.
// It only paints: frames arrive decoded from the camera thread.
class CameraView : public QWidget
{
    Q_OBJECT
public:
    enum class Tool { Point, ScaleLine };
    Q_ENUM(Tool)

    explicit CameraView(QWidget *parent = nullptr);
    ~CameraView() override;

    QImage image() const { return m_image; }
    const Frame &frame() const { return m_frame; }
    const ViewTransform &view() const { return m_view; }
    double zoom() const { return m_view.zoom(); }
    QPointF widgetToImage(const QPointF &widgetPoint) const { return m_view.widgetToImage(widgetPoint); }
    QPointF imageToWidget(const QPointF &imagePoint) const { return m_view.imageToWidget(imagePoint); }
    std::optional<QPointF> cursorImagePosition() const { return m_cursor; }

    void setZoom(double zoom);
    void zoomAt(const QPointF &widgetPoint, double factor);
    void centerOn(const QPointF &imagePoint);
    void fitToWindow();

    Tool tool() const { return m_tool; }
    void setTool(Tool tool);

    ReticleOverlay::Kind reticle() const;
    void setReticle(ReticleOverlay::Kind kind);
    void setMicronsPerPixel(double micronsPerPixel);
    double micronsPerPixel() const { return m_micronsPerPixel; }
    // Pixel -> printer mm for the cursor read-out; an empty function hides the mm read-out.
    void setPixelToPrinter(PixelToPrinter mapping);

    void setDetections(const QList<DetectionResult> &results);
    void addMarker(const QPointF &imagePoint, const QString &label = {});
    void clearMarkers();
    QLineF scaleLine() const;
    void clearScaleLine();

    // Extra layers drawn above the built-in ones (workflows may add their own).
    void addOverlay(std::unique_ptr<CameraOverlay> overlay);

    // Writes the current frame (as received, without overlays) atomically.
    bool saveSnapshot(const QString &path, QString *error = nullptr) const;

    ScaleLineOverlay *scaleLineOverlay() const { return m_scaleLine; }
    ClickMarkerOverlay *markerOverlay() const { return m_markers; }
    InfoOverlay *infoOverlay() const { return m_info; }

public slots:
    void setFrame(const reticle::Frame &frame);
    void setStreamState(reticle::StreamStateMachine::State state, const QString &detail = {}, int retryInMs = -1);
    void setHealth(const reticle::StreamHealth &health);
    void clearFrame();

signals:
    void imageClicked(const QPointF &imagePoint);
    void centreRequested(const QPointF &imagePoint);
    void cursorMoved(const QPointF &imagePoint);
    void zoomChanged(double zoom);
    void scaleLineChanged(const QLineF &imageLine, double lengthPx);
    void reticleChanged(reticle::ReticleOverlay::Kind kind);
    void snapshotRequested();

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void keyReleaseEvent(QKeyEvent *event) override;
    void leaveEvent(QEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;

private:
    OverlayContext context() const;
    void updateCursor(const QPointF &widgetPoint);

    ViewTransform m_view;
    QImage m_image;
    Frame m_frame;
    StreamHealth m_health;
    StreamState m_state = StreamState::Idle;
    QString m_stateDetail;
    int m_retryInMs = -1;
    double m_micronsPerPixel = 0;
    PixelToPrinter m_pixelToPrinter;
    std::optional<QPointF> m_cursor;
    Tool m_tool = Tool::Point;

    enum class Drag { None, Pending, Pan, Line };
    Drag m_drag = Drag::None;
    QPointF m_pressPos;
    QPointF m_lastPos;
    QPointF m_lineStart;
    bool m_spaceHeld = false;

    std::vector<std::unique_ptr<CameraOverlay>> m_overlays;
    ReticleOverlay *m_reticle = nullptr;
    ScaleLineOverlay *m_scaleLine = nullptr;
    ClickMarkerOverlay *m_markers = nullptr;
    DetectionOverlay *m_detections = nullptr;
    InfoOverlay *m_info = nullptr;
    CursorReadoutOverlay *m_readout = nullptr;
    SignalStateOverlay *m_signal = nullptr;
};

} // namespace reticle
