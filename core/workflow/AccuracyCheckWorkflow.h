#pragma once

#include "PointSurveyWorkflow.h"
#include "geometry/PixelMap.h"

#include <QSizeF>

namespace reticle {

struct AccuracyCheckSettings
{
    PixelMap map;                 // the map under test (from the reference points)
    QSizeF imageSize{640, 480};
    int points = 8;
    double fieldFraction = 0.8;   // random pixels within this central part of the image
    double marginPx = 30.0;
    double backlashMm = 0.3;
    quint32 seed = 0;             // 0: a new random set each run
};

// The error at one checked point.
struct AccuracyResidual
{
    bool valid = false;
    QPointF predictedPrinter;     // where the map puts the detected pixel (mm)
    QPointF predictedPixel;       // where the map says the nozzle should appear
    double dxUm = 0.0;            // predicted − commanded, µm
    double dyUm = 0.0;
    double errorUm = 0.0;
};

// Step 4 of the camera calibration wizard: move to random positions inside the field of view
// (random pixels mapped through the map under test), detect the nozzle, and compare where the map
// puts it with where the printer was sent. RMS and max error in µm. Saves nothing.
class AccuracyCheckWorkflow : public PointSurveyWorkflow
{
    Q_OBJECT
public:
    AccuracyCheckWorkflow(MachineIo &machine, NozzleProbe &probe, AccuracyCheckSettings settings,
                          QObject *parent = nullptr);

    const QVector<AccuracyResidual> &residuals() const { return m_residuals; }
    double rmsUm() const { return m_rmsUm; }
    double maxUm() const { return m_maxUm; }
    int checkedPoints() const { return m_checked; }

    // The random positions (pure; public for tests). `startPixel` is where the map puts the start.
    static QVector<QPointF> planPoints(const QPointF &start, const AccuracyCheckSettings &settings, QString *error);

protected:
    QVector<QPointF> plan(const QPointF &start, QString *error) override;
    QString evaluate() override;
    QString stepName() const override;

private:
    AccuracyCheckSettings m_settings;
    QVector<AccuracyResidual> m_residuals;
    double m_rmsUm = 0.0;
    double m_maxUm = 0.0;
    int m_checked = 0;
};

} // namespace reticle
