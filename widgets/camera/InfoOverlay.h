#pragma once

#include "CameraOverlay.h"

namespace reticle {

// Top-left figures: resolution, zoom, fps, latency, stream state.
class InfoOverlay : public CameraOverlay
{
public:
    void paint(QPainter &painter, const OverlayContext &context) override;
    static QString text(const OverlayContext &context);
};

} // namespace reticle
