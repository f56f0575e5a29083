#pragma once

#include "CameraOverlay.h"

namespace reticle {

// Bottom-left: the image pixel under the mouse and, when a pixel -> printer mapping is set,
// the printer position in mm.
class CursorReadoutOverlay : public CameraOverlay
{
public:
    void paint(QPainter &painter, const OverlayContext &context) override;
    static QString text(const OverlayContext &context);
};

} // namespace reticle
