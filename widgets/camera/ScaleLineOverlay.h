#pragma once

#include "CameraOverlay.h"

#include <QLineF>

namespace reticle {

// The scale-line tool: a line drawn on the image, labelled with its length in pixels and, once
// a µm/px scale is set, in millimetres.
class ScaleLineOverlay : public CameraOverlay
{
public:
    void paint(QPainter &painter, const OverlayContext &context) override;

    void setLine(const QLineF &imageLine) { m_line = imageLine; m_hasLine = true; }
    void clear() { m_hasLine = false; }
    bool hasLine() const { return m_hasLine; }
    QLineF line() const { return m_line; }
    double lengthPx() const { return m_hasLine ? m_line.length() : 0.0; }
    // Length in mm, or a negative value when the scale is unknown.
    static double lengthMm(double lengthPx, double micronsPerPixel);
    static QString lengthText(double lengthPx, double micronsPerPixel);

private:
    QLineF m_line;
    bool m_hasLine = false;
};

} // namespace reticle
