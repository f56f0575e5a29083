#pragma once

#include "PointSurveyWorkflow.h"
#include "ScaleFromLine.h"
#include "geometry/MapFitter.h"

#include <QSizeF>

#include <optional>

namespace reticle {

struct ReferencePointsSettings
{
    QSizeF imageSize{640, 480};
    PixelScale scale;                  // from the pixel scale step (sizes the grid)
    std::optional<PixelMap> guide;     // a map from calibration by moves: the grid then spans the image
    QPointF startPixel{-1, -1};        // where the nozzle was at the start (negative: image centre)
    int gridSize = 3;                  // n × n positions
    double fieldFraction = 0.8;        // how much of the free field the grid spans
    double marginPx = 30.0;            // keep the nozzle this far inside the image
    double backlashMm = 0.3;
    MapFitOptions fit;                 // model (affine by default), robust rejection
};

// Step 3 of the camera calibration wizard: visit an n × n grid of positions across the field of
// view, detect (or click) the nozzle at each and fit the pixel -> printer map with MapFitter.
// Without a guide map (scale from a drawn line: rotation and mirroring unknown) the grid is a
// square inscribed in the circle that stays inside the image whatever the rotation; with a
// guide map from calibration by moves it is a grid of pixels spanning the image.
class ReferencePointsWorkflow : public PointSurveyWorkflow
{
    Q_OBJECT
public:
    ReferencePointsWorkflow(MachineIo &machine, NozzleProbe &probe, ReferencePointsSettings settings,
                            QObject *parent = nullptr);

    const ReferencePointsSettings &settings() const { return m_settings; }
    // The fit over the points with a pixel (in the order of pairs()).
    const MapFit &fit() const { return m_fit; }
    const std::vector<PointPair> &pairs() const { return m_pairs; }
    // For each survey point, its index in pairs() (-1: skipped).
    const QVector<int> &pairIndex() const { return m_pairIndex; }

    // The grid (pure; public for tests).
    static QVector<QPointF> planGrid(const QPointF &start, const ReferencePointsSettings &settings, QString *error);

protected:
    QVector<QPointF> plan(const QPointF &start, QString *error) override;
    QString evaluate() override;
    QString stepName() const override;

private:
    ReferencePointsSettings m_settings;
    MapFit m_fit;
    std::vector<PointPair> m_pairs;
    QVector<int> m_pairIndex;
};

} // namespace reticle
