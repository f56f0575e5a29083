#pragma once

#include "CameraOverlay.h"

#include <QList>

namespace reticle {

// Markers where the operator clicked (or where a workflow asks to show a point), numbered in
// order. Keeps the most recent `limit` markers.
class ClickMarkerOverlay : public CameraOverlay
{
public:
    struct Marker
    {
        QPointF image;
        QString label;
    };

    void paint(QPainter &painter, const OverlayContext &context) override;

    void addMarker(const QPointF &image, const QString &label = {});
    void clear() { m_markers.clear(); }
    const QList<Marker> &markers() const { return m_markers; }
    void setLimit(int limit) { m_limit = std::max(limit, 1); }

private:
    QList<Marker> m_markers;
    int m_limit = 20;
    int m_counter = 0;
};

} // namespace reticle
