#pragma once

#include <QObject>
#include <QPointF>
#include <QRect>
#include <QSize>
#include <QString>

#include <optional>

namespace reticle {

// Which focus measure a sweep fits (both are always measured and logged).
enum class FocusMetric { Laplacian, Tenengrad };

struct FocusMeasurement
{
    bool ok = false;
    double laplacian = 0.0; // variance of the Laplacian in the region
    double tenengrad = 0.0; // mean squared Sobel gradient in the region
    QRect region; // pixels measured
    QSize imageSize;
    int frames = 0; // frames looked at after the move
    bool settled = false; // consecutive frames agreed (see FocusCameraMeter)
    QString reason; // when not ok

    double value(FocusMetric metric) const
    {
        return metric == FocusMetric::Tenengrad ? tenengrad : laplacian;
    }
};

// The "measure sharpness once" seam of the focus workflows: measure() looks only at frames captured
// after the call (after the move that preceded it finished) and emits exactly one measured().
// The region is a square of `sizeFraction` × the image's shorter side, centred on the nozzle when
// its pixel is known, else on the image centre.
class FocusMeter : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;

    virtual void measure() = 0;

    void setRegion(std::optional<QPointF> centrePx, double sizeFraction);
    std::optional<QPointF> regionCentre() const { return m_centre; }
    double regionFraction() const { return m_fraction; }
    // The region for an image of `size`, clipped to it.
    QRect regionFor(QSize size) const;

signals:
    void measured(const reticle::FocusMeasurement &measurement);

private:
    std::optional<QPointF> m_centre;
    double m_fraction = 0.15;
};

} // namespace reticle
