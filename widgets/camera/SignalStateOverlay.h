#pragma once

#include "CameraOverlay.h"

namespace reticle {

// Says plainly when the picture is not live: "No camera", "Connecting…", "No signal —
// reconnecting in 4 s", "Stalled" (the last frame stays visible but dimmed).
class SignalStateOverlay : public CameraOverlay
{
public:
    void paint(QPainter &painter, const OverlayContext &context) override;
    // The headline and detail for a state, or empty when the stream is live.
    static QString headline(const OverlayContext &context);
};

} // namespace reticle
