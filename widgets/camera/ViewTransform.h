#pragma once

#include <QPointF>
#include <QRectF>
#include <QSizeF>
#include <QTransform>

namespace reticle {

// Maps between image pixel coordinates and widget coordinates for the camera view. Image
// coordinates follow OpenCV: the centre of the top-left pixel is (0, 0), so pixel (i, j) covers
// [i-0.5, i+0.5] × [j-0.5, j+0.5]. Zoom 1 fits the whole image into the widget; zoom goes up to
// 64. The pan is the image point shown at the widget centre.
class ViewTransform
{
public:
    static constexpr double kMinZoom = 1.0;
    static constexpr double kMaxZoom = 64.0;

    void setWidgetSize(const QSizeF &size);
    void setImageSize(const QSizeF &size); // keeps the view when the size is unchanged
    QSizeF widgetSize() const { return m_widget; }
    QSizeF imageSize() const { return m_image; }

    double zoom() const { return m_zoom; }
    double scale() const; // widget units per image pixel
    QPointF center() const { return m_center; }

    void setZoom(double zoom);                               // about the widget centre
    void zoomAt(const QPointF &widgetPoint, double factor); // keeps the point under the cursor
    void setCenter(const QPointF &imagePoint);
    void panBy(const QPointF &widgetDelta);                  // drag: the image follows the mouse
    void reset();                                            // fit, centred

    QPointF imageToWidget(const QPointF &image) const;
    QPointF widgetToImage(const QPointF &widget) const;
    QTransform imageToWidgetTransform() const;
    QRectF imageRectInWidget() const; // where the image's outer edges land
    bool containsImagePoint(const QPointF &image) const;

private:
    double fitScale() const;
    void clampCenter();

    QSizeF m_widget{1, 1};
    QSizeF m_image{0, 0};
    double m_zoom = 1.0;
    QPointF m_center{0, 0};
};

} // namespace reticle
