#include "CameraView.h"

#include "ClickMarkerOverlay.h"
#include "CursorReadoutOverlay.h"
#include "DetectionOverlay.h"
#include "InfoOverlay.h"
#include "ScaleLineOverlay.h"
#include "SignalStateOverlay.h"

#include <QActionGroup>
#include <QContextMenuEvent>
#include <QImageWriter>
#include <QMenu>
#include <QMouseEvent>
#include <QPainter>
#include <QSaveFile>
#include <QWheelEvent>

#include <cmath>

namespace reticle {

namespace {
constexpr double kDragThreshold = 3.0; // widget pixels before a press becomes a drag

// A mouse position names the widget pixel under the hotspot; the point it stands for is that
// pixel's centre in painter coordinates. At 1× this makes widget pixel (i, j) report image
// pixel (i, j) exactly when the image fills the widget.
QPointF hotspot(const QPointF &position)
{
    return position + QPointF(0.5, 0.5);
}
} // namespace

CameraView::CameraView(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("cameraView"));
    setMouseTracking(true);
    setFocusPolicy(Qt::StrongFocus);
    setAttribute(Qt::WA_OpaquePaintEvent);
    setMinimumSize(160, 120);
    setCursor(Qt::CrossCursor);

    auto add = [this](auto overlay) {
        auto *raw = overlay.get();
        m_overlays.push_back(std::move(overlay));
        return raw;
    };
    m_reticle = add(std::make_unique<ReticleOverlay>());
    m_detections = add(std::make_unique<DetectionOverlay>());
    m_markers = add(std::make_unique<ClickMarkerOverlay>());
    m_scaleLine = add(std::make_unique<ScaleLineOverlay>());
    m_signal = add(std::make_unique<SignalStateOverlay>());
    m_info = add(std::make_unique<InfoOverlay>());
    m_readout = add(std::make_unique<CursorReadoutOverlay>());
    m_view.setWidgetSize(size());
}

CameraView::~CameraView() = default;

void CameraView::setFrame(const Frame &frame)
{
    if (!frame.isValid())
        return;
    m_frame = frame;
    m_image = frame.image;
    m_view.setImageSize(m_image.size());
    if (m_cursor && hasFocus())
        updateCursor(hotspot(mapFromGlobal(QCursor::pos())));
    update();
}

void CameraView::clearFrame()
{
    m_frame = Frame();
    m_image = QImage();
    m_view.setImageSize(QSizeF());
    update();
}

void CameraView::setStreamState(StreamState state, const QString &detail, int retryInMs)
{
    m_state = state;
    m_stateDetail = detail;
    m_retryInMs = retryInMs;
    update();
}

void CameraView::setHealth(const StreamHealth &health)
{
    m_health = health;
    update();
}

void CameraView::setZoom(double zoom)
{
    m_view.setZoom(zoom);
    emit zoomChanged(m_view.zoom());
    update();
}

void CameraView::zoomAt(const QPointF &widgetPoint, double factor)
{
    m_view.zoomAt(widgetPoint, factor);
    emit zoomChanged(m_view.zoom());
    update();
}

void CameraView::centerOn(const QPointF &imagePoint)
{
    m_view.setCenter(imagePoint);
    update();
}

void CameraView::fitToWindow()
{
    m_view.reset();
    emit zoomChanged(m_view.zoom());
    update();
}

void CameraView::setTool(Tool tool)
{
    m_tool = tool;
    if (tool == Tool::Point)
        clearScaleLine();
}

ReticleOverlay::Kind CameraView::reticle() const
{
    return m_reticle->kind();
}

void CameraView::setReticle(ReticleOverlay::Kind kind)
{
    if (kind == m_reticle->kind())
        return;
    m_reticle->setKind(kind);
    emit reticleChanged(kind);
    update();
}

void CameraView::setMicronsPerPixel(double micronsPerPixel)
{
    m_micronsPerPixel = std::isfinite(micronsPerPixel) && micronsPerPixel > 0 ? micronsPerPixel : 0.0;
    update();
}

void CameraView::setPixelToPrinter(PixelToPrinter mapping)
{
    m_pixelToPrinter = std::move(mapping);
    update();
}

void CameraView::setDetections(const QList<DetectionResult> &results)
{
    m_detections->setResults(results);
    update();
}

void CameraView::addMarker(const QPointF &imagePoint, const QString &label)
{
    m_markers->addMarker(imagePoint, label);
    update();
}

void CameraView::clearMarkers()
{
    m_markers->clear();
    update();
}

QLineF CameraView::scaleLine() const
{
    return m_scaleLine->hasLine() ? m_scaleLine->line() : QLineF();
}

void CameraView::clearScaleLine()
{
    m_scaleLine->clear();
    update();
}

void CameraView::addOverlay(std::unique_ptr<CameraOverlay> overlay)
{
    if (overlay)
        m_overlays.push_back(std::move(overlay));
    update();
}

bool CameraView::saveSnapshot(const QString &path, QString *error) const
{
    if (m_image.isNull()) {
        if (error)
            *error = tr("There is no frame to save.");
        return false;
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        if (error)
            *error = tr("Cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    QImageWriter writer(&file, path.endsWith(QLatin1String(".jpg"), Qt::CaseInsensitive) ? "jpg" : "png");
    if (!writer.write(m_image)) {
        if (error)
            *error = tr("Cannot encode the snapshot: %1").arg(writer.errorString());
        file.cancelWriting();
        return false;
    }
    if (!file.commit()) {
        if (error)
            *error = tr("Cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

OverlayContext CameraView::context() const
{
    OverlayContext c{m_view, QRectF(rect()), m_image.size(), m_health, m_state, m_stateDetail, m_retryInMs,
                     m_cursor, m_micronsPerPixel, &m_pixelToPrinter, -1};
    return c;
}

void CameraView::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.fillRect(rect(), QColor(24, 24, 24));
    if (!m_image.isNull()) {
        painter.save();
        painter.setTransform(m_view.imageToWidgetTransform());
        // Magnified pixels stay sharp squares; a reduced picture is smoothed.
        painter.setRenderHint(QPainter::SmoothPixmapTransform, m_view.scale() < 1.0);
        painter.drawImage(QPointF(-0.5, -0.5), m_image);
        painter.restore();
    }
    const OverlayContext c = context();
    for (const auto &overlay : m_overlays) {
        if (overlay->isVisible())
            overlay->paint(painter, c);
    }
}

void CameraView::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    m_view.setWidgetSize(size());
}

void CameraView::wheelEvent(QWheelEvent *event)
{
    const double steps = event->angleDelta().y() / 120.0;
    if (steps == 0) {
        event->ignore();
        return;
    }
    zoomAt(hotspot(event->position()), std::pow(1.25, steps));
    updateCursor(hotspot(event->position()));
    event->accept();
}

void CameraView::updateCursor(const QPointF &widgetPoint)
{
    if (m_image.isNull()) {
        m_cursor.reset();
        return;
    }
    const QPointF p = m_view.widgetToImage(widgetPoint);
    if (m_view.containsImagePoint(p)) {
        m_cursor = p;
        emit cursorMoved(p);
    } else {
        m_cursor.reset();
    }
}

void CameraView::mousePressEvent(QMouseEvent *event)
{
    m_pressPos = hotspot(event->position());
    m_lastPos = m_pressPos;
    if (event->button() == Qt::MiddleButton || (event->button() == Qt::LeftButton && m_spaceHeld)) {
        m_drag = Drag::Pan;
        setCursor(Qt::ClosedHandCursor);
    } else if (event->button() == Qt::LeftButton && m_tool == Tool::ScaleLine && !m_image.isNull()) {
        m_drag = Drag::Line;
        m_lineStart = m_view.widgetToImage(m_pressPos);
        m_scaleLine->setLine(QLineF(m_lineStart, m_lineStart));
    } else if (event->button() == Qt::LeftButton) {
        m_drag = Drag::Pending;
    } else {
        QWidget::mousePressEvent(event);
        return;
    }
    event->accept();
    update();
}

void CameraView::mouseMoveEvent(QMouseEvent *event)
{
    const QPointF pos = hotspot(event->position());
    switch (m_drag) {
    case Drag::Pan:
        m_view.panBy(pos - m_lastPos);
        break;
    case Drag::Line: {
        const QLineF line(m_lineStart, m_view.widgetToImage(pos));
        m_scaleLine->setLine(line);
        emit scaleLineChanged(line, line.length());
        break;
    }
    case Drag::Pending:
    case Drag::None:
        break;
    }
    m_lastPos = pos;
    updateCursor(pos);
    update();
}

void CameraView::mouseReleaseEvent(QMouseEvent *event)
{
    const QPointF pos = hotspot(event->position());
    const Drag drag = m_drag;
    m_drag = Drag::None;
    if (drag == Drag::Pan) {
        setCursor(m_spaceHeld ? Qt::OpenHandCursor : Qt::CrossCursor);
    } else if (drag == Drag::Line) {
        const QLineF line(m_lineStart, m_view.widgetToImage(pos));
        m_scaleLine->setLine(line);
        emit scaleLineChanged(line, line.length());
    } else if (drag == Drag::Pending && event->button() == Qt::LeftButton
               && QLineF(m_pressPos, pos).length() <= kDragThreshold && !m_image.isNull()) {
        const QPointF p = m_view.widgetToImage(pos);
        if (m_view.containsImagePoint(p)) {
            if (event->modifiers() & Qt::ShiftModifier) {
                emit centreRequested(p);
            } else {
                m_markers->addMarker(p);
                emit imageClicked(p);
            }
        }
    }
    event->accept();
    update();
}

void CameraView::mouseDoubleClickEvent(QMouseEvent *event)
{
    if (event->button() == Qt::MiddleButton) {
        fitToWindow();
        event->accept();
        return;
    }
    // A double click is two clicks for the point tool; nothing else.
    mousePressEvent(event);
}

void CameraView::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Space && !event->isAutoRepeat()) {
        m_spaceHeld = true;
        setCursor(Qt::OpenHandCursor);
        event->accept();
        return;
    }
    switch (event->key()) {
    case Qt::Key_Plus:
    case Qt::Key_Equal:
        setZoom(zoom() * 1.25);
        break;
    case Qt::Key_Minus:
        setZoom(zoom() / 1.25);
        break;
    case Qt::Key_0:
    case Qt::Key_Home:
        fitToWindow();
        break;
    case Qt::Key_Escape:
        clearScaleLine();
        setTool(Tool::Point);
        break;
    default:
        QWidget::keyPressEvent(event);
        return;
    }
    event->accept();
}

void CameraView::keyReleaseEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Space && !event->isAutoRepeat()) {
        m_spaceHeld = false;
        if (m_drag != Drag::Pan)
            setCursor(Qt::CrossCursor);
        event->accept();
        return;
    }
    QWidget::keyReleaseEvent(event);
}

void CameraView::leaveEvent(QEvent *event)
{
    m_cursor.reset();
    update();
    QWidget::leaveEvent(event);
}

void CameraView::contextMenuEvent(QContextMenuEvent *event)
{
    QMenu menu(this);
    QMenu *reticles = menu.addMenu(tr("Reticle"));
    auto *group = new QActionGroup(reticles);
    for (ReticleOverlay::Kind kind : ReticleOverlay::allKinds()) {
        QAction *action = reticles->addAction(ReticleOverlay::kindDisplayName(kind));
        action->setCheckable(true);
        action->setChecked(kind == reticle());
        group->addAction(action);
        connect(action, &QAction::triggered, this, [this, kind] { setReticle(kind); });
    }
    QAction *scale = menu.addAction(tr("Scale line tool"));
    scale->setCheckable(true);
    scale->setChecked(m_tool == Tool::ScaleLine);
    connect(scale, &QAction::toggled, this, [this](bool on) { setTool(on ? Tool::ScaleLine : Tool::Point); });
    menu.addAction(tr("Clear markers and line"), this, [this] {
        clearMarkers();
        clearScaleLine();
    });
    menu.addAction(tr("Fit to window"), this, &CameraView::fitToWindow);
    menu.addSeparator();
    QAction *save = menu.addAction(tr("Save snapshot…"), this, &CameraView::snapshotRequested);
    save->setEnabled(!m_image.isNull());
    menu.exec(event->globalPos());
}

} // namespace reticle
