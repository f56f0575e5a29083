#pragma once

#include <qcustomplot.h>

#include <QString>
#include <QVector>

namespace reticle {

// Fit or check residuals as an X-Y scatter in µm (OpenPnP style): each point's error vector
// (ΔX, ΔY) as a dot labelled with its number, outliers as red crosses, circles at 1×RMS and
// 2×RMS (for random errors about 63 % and 98 % of the points fall inside them), and the RMS and
// max in the title. Equal scales on both axes, centred on zero.
class ResidualPlot : public QCustomPlot
{
    Q_OBJECT
public:
    struct Point
    {
        double dxUm = 0.0;
        double dyUm = 0.0;
        bool inlier = true;
        int number = 0;   // shown next to the dot (matches the table row)
    };

    explicit ResidualPlot(QWidget *parent = nullptr);

    // `title` names what the residuals are ("Reference points", "Accuracy check").
    void setResiduals(const QVector<Point> &points, const QString &title);
    void clearResiduals(const QString &placeholder = {});

    // Over the inliers, µm (0 when there are none).
    double rmsUm() const { return m_rmsUm; }
    double maxUm() const { return m_maxUm; }
    int pointCount() const { return int(m_points.size()); }
    QString titleText() const;

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    void rescale();

    QVector<Point> m_points;
    double m_rmsUm = 0.0;
    double m_maxUm = 0.0;
    QCPTextElement *m_title;
    QCPGraph *m_inliers;
    QCPGraph *m_outliers;
    QCPItemEllipse *m_rms1;
    QCPItemEllipse *m_rms2;
    QList<QCPItemText *> m_labels;
};

} // namespace reticle
