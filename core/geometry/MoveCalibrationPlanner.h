#pragma once

#include "MapFitter.h"

#include <QCoreApplication>
#include <QPointF>
#include <QSizeF>
#include <QString>

#include <vector>

namespace reticle {

// Plans the moves of a camera calibration by moves and fits the pixel->printer map from what the
// camera saw. Pure step class: start() gives the first action, then next(measurement) after each
// one, until Finished or Failed. The caller moves the printer (first to `approachFrom`, then to
// `target`, so every point is approached from the same side and backlash cancels), waits for the
// move to finish and a settled frame, detects, and feeds the result.
//
// Sequence: the start point, two small probe moves (+X, +Y) that give a first scale and reveal
// rotation and mirroring (a probe grows until the target moves at least a few pixels), then a
// pattern (circle or star) sized from the field of view and that first scale, then a robust fit.
// It fails clearly when too few points survive (detections plus outlier rejection).
class MoveCalibrationPlanner
{
    Q_DECLARE_TR_FUNCTIONS(MoveCalibrationPlanner)
public:
    enum class Pattern { Circle, Star };

    struct Config
    {
        QSizeF imageSize{640, 480};       // pixels
        QPointF start;                    // printer X/Y (mm) with the target near the image centre
        double probeMm = 0.1;             // first probe move
        double maxProbeMm = 2.0;
        double minProbePixels = 4.0;      // a probe must move the target at least this far
        double backlashMm = 0.3;          // approach every point from -X/-Y by this much
        Pattern pattern = Pattern::Circle;
        int patternPoints = 12;           // circle: points on the circle (star: 8 rays x 2)
        double fieldFraction = 0.6;       // pattern reach as a fraction of the free field
        double marginPx = 20.0;           // keep the target this far inside the image
        double maxRadiusMm = 5.0;
        double minSurvivingFraction = 0.75;
        PixelMap::Model model = PixelMap::Model::Affine;
    };

    struct Measurement
    {
        bool found = false;
        QPointF pixel;
    };

    struct Action
    {
        enum class Kind { MoveAndMeasure, Finished, Failed };
        Kind kind = Kind::Failed;
        QPointF approachFrom; // printer mm
        QPointF target;       // printer mm (Finished: return here)
        QString message;      // Failed: why, for the operator
    };

    enum class Stage { Idle, Origin, ProbeX, ProbeY, Pattern, Done, Failed };

    explicit MoveCalibrationPlanner(const Config &config);

    Action start();
    Action next(const Measurement &measurement);

    Stage stage() const { return m_stage; }
    int plannedPoints() const { return int(m_pattern.size()) + 3; }
    // First estimate from the probes: pixels per mm of printer X and Y moves (image vectors).
    QPointF pixelsPerMmX() const { return m_jx; }
    QPointF pixelsPerMmY() const { return m_jy; }
    bool probeMirrored() const;
    double probeRotationDeg() const;
    double patternRadiusMm() const { return m_radiusMm; }
    const std::vector<PointPair> &pairs() const { return m_pairs; }
    const MapFit &fit() const { return m_fit; }

private:
    Action moveTo(QPointF target) const;
    Action fail(const QString &message);
    Action finish();
    bool planPattern(QString *why);

    Config m_config;
    Stage m_stage = Stage::Idle;
    QPointF m_current;              // commanded target of the pending action
    QPointF m_originPixel;
    double m_probeX = 0, m_probeY = 0;
    QPointF m_jx, m_jy;
    double m_radiusMm = 0;
    std::vector<QPointF> m_pattern; // printer targets
    size_t m_patternIndex = 0;
    int m_missed = 0;
    std::vector<PointPair> m_pairs;
    MapFit m_fit;
};

} // namespace reticle
