#pragma once

#include <qcustomplot.h>

namespace reticle {

// Repeatability of one tool: each cycle's measurement relative to the mean, in µm, with circles at
// one and two radial standard deviations (σ_r = √(σx² + σy²)). Equal scales on both axes, so a
// circle looks like one.
class ScatterPlot : public QCustomPlot
{
    Q_OBJECT
public:
    explicit ScatterPlot(QWidget *parent = nullptr);

    // `deviationsUm`: one point per cycle, relative to the mean; `stdUm`: σ per axis in µm.
    void setSamples(const QString &title, const QVector<QPointF> &deviationsUm, const QPointF &stdUm);
    void clearSamples();

    int sampleCount() const;
    double sigmaRadiusUm() const { return m_sigmaUm; }
    QString title() const;

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    void fitRanges();

    QCPGraph *m_points;
    QCPItemEllipse *m_oneSigma;
    QCPItemEllipse *m_twoSigma;
    QCPTextElement *m_title;
    double m_sigmaUm = 0.0;
    double m_extentUm = 1.0;
};

} // namespace reticle
