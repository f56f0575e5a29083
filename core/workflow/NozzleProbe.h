#pragma once

#include <QObject>
#include <QPointF>
#include <QString>

namespace reticle {

// One detection, already mapped to printer axes.
struct ProbeResult
{
    bool found = false;
    QPointF errorMm;          // nozzle minus camera centre, printer axes
    QPointF pixel;            // where in the image (for the overlay and manual fallback)
    double confidence = 0.0;
    QString reason;           // when not found
};

// The "detect once" seam: take the first frame captured after the call (never a frame from
// before the last move), detect the nozzle and map it to millimetres. The camera adapter combines
// a FrameSource, the NozzleDetector and the fitted pixel->printer map.
class NozzleProbe : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;

    virtual void probe() = 0;      // exactly one probed() follows
    virtual bool isAvailable() const = 0;

signals:
    void probed(const ProbeResult &result);
    void cameraLost(const QString &reason);
    void cameraRestored();
};

} // namespace reticle
