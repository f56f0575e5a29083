#pragma once

#include "CameraOverlay.h"

#include <QStringList>

namespace reticle {

// The aiming reticle, centred on the image: crosshair, circle, grid or ruler (the registry of
// OpenPnP's camera view). Sizes follow the image, so the reticle stays on the same pixels when
// zooming. Grid and ruler use 0.1 mm / 1 mm steps once a µm/px scale is known, pixels otherwise.
class ReticleOverlay : public CameraOverlay
{
public:
    enum class Kind { None, Crosshair, Circle, Grid, Ruler };

    void paint(QPainter &painter, const OverlayContext &context) override;

    Kind kind() const { return m_kind; }
    void setKind(Kind kind) { m_kind = kind; }
    void setColor(const QColor &color) { m_color = color; }
    void setCircleRadiusPx(double radius) { m_circleRadius = radius; }

    static QString kindId(Kind kind);                  // "crosshair", ... (stored per camera)
    static Kind kindFromId(const QString &id);         // unknown -> Crosshair
    static QString kindDisplayName(Kind kind);         // translated
    static QList<Kind> allKinds();

private:
    Kind m_kind = Kind::Crosshair;
    QColor m_color{0, 255, 120};
    double m_circleRadius = 0; // 0 = a tenth of the image height
};

} // namespace reticle
