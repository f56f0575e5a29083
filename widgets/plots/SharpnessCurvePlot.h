#pragma once

#include "workflow/FocusPeakFit.h"
#include "workflow/FocusSweep.h"

#include <qcustomplot.h>

namespace reticle {

// The focus curve of one sweep, drawn live (KStars Ekos style): the coarse and fine samples as
// they arrive, the fitted curve of each pass, and the best focus as a line with a band of ±1σ
// (the fit's uncertainty). Fed by the workflow's signals; it holds no workflow logic.
class SharpnessCurvePlot : public QCustomPlot
{
    Q_OBJECT
public:
    explicit SharpnessCurvePlot(QWidget *parent = nullptr);

    // Starts an empty curve for `title` (e.g. "T1"); `axis` names the focus axis ("Z (mm)").
    void reset(const QString &title, const QString &axis);
    void addSample(reticle::FocusPass pass, double position, double sharpness);
    void setFit(reticle::FocusPass pass, const reticle::FocusPeak &peak);

    // For tests and the screenshot: what is drawn.
    int sampleCount(reticle::FocusPass pass) const;
    int fittedPointCount(reticle::FocusPass pass) const;
    bool hasPeakMarker() const;
    double peakMarkerPosition() const;
    double peakBandWidth() const; // the drawn ±1σ band, full width

private:
    QCPGraph *samples(reticle::FocusPass pass) const;
    QCPGraph *fit(reticle::FocusPass pass) const;
    void rescale();

    QCPGraph *m_coarse;
    QCPGraph *m_fine;
    QCPGraph *m_coarseFit;
    QCPGraph *m_fineFit;
    QCPItemStraightLine *m_peakLine;
    QCPItemRect *m_band;
    QCPItemText *m_label;
    QCPTextElement *m_title;
};

} // namespace reticle
