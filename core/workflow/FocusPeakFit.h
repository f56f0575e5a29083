#pragma once

#include <QCoreApplication>
#include <QString>
#include <QVector>

namespace reticle {

struct FocusSample
{
    double position = 0.0;   // Z in mm, or a focus setting (0–30)
    double sharpness = 0.0;  // > 0, e.g. variance of Laplacian
};

struct FocusPeak
{
    bool ok = false;
    double position = 0.0;     // best focus
    double uncertainty = 0.0;  // one standard deviation of `position`, from the fit
    double peakSharpness = 0.0;
    int pointsUsed = 0;
    // The fitted curve: ln s = logCurvature · (x − position)² + ln(peakSharpness), fitted over
    // [fitFrom, fitTo] (for drawing it).
    double logCurvature = 0.0;
    double fitFrom = 0.0;
    double fitTo = 0.0;
    QString reason;            // why not ok, for the operator
};

// Finds the best focus in a sweep: a Gaussian (a parabola in log sharpness) fitted by least squares
// to the samples around the sharpest one (those above a fraction of the maximum). The uncertainty
// comes from the fit's covariance, so a noisy or flat curve says so instead of pretending.
class FocusPeakFit
{
    Q_DECLARE_TR_FUNCTIONS(FocusPeakFit)
public:
    static FocusPeak fit(const QVector<FocusSample> &samples, double windowFraction = 0.3);
};

} // namespace reticle
