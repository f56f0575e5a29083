#include "ScatterPlot.h"

#include <cmath>

namespace reticle {

namespace {

void placeCircle(QCPItemEllipse *circle, double radius)
{
    circle->topLeft->setCoords(-radius, radius);
    circle->bottomRight->setCoords(radius, -radius);
    circle->setVisible(radius > 0.0);
}

} // namespace

ScatterPlot::ScatterPlot(QWidget *parent)
    : QCustomPlot(parent)
    , m_points(addGraph())
    , m_oneSigma(new QCPItemEllipse(this))
    , m_twoSigma(new QCPItemEllipse(this))
    , m_title(new QCPTextElement(this, QString(), QFont(font().family(), font().pointSize(), QFont::Bold)))
{
    setObjectName(QStringLiteral("scatterPlot"));
    setMinimumSize(200, 160);
    plotLayout()->insertRow(0);
    plotLayout()->addElement(0, 0, m_title);
    xAxis->setLabel(tr("Δ X (µm)"));
    yAxis->setLabel(tr("Δ Y (µm)"));
    xAxis->grid()->setZeroLinePen(QPen(Qt::gray, 1));
    yAxis->grid()->setZeroLinePen(QPen(Qt::gray, 1));

    m_points->setName(tr("Cycles"));
    m_points->setLineStyle(QCPGraph::lsNone);
    m_points->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssDisc, QColor(0x1f, 0x77, 0xb4), 7));
    m_oneSigma->setPen(QPen(QColor(0x2c, 0xa0, 0x2c), 1.5));
    m_twoSigma->setPen(QPen(QColor(0xd6, 0x27, 0x28), 1.5, Qt::DashLine));
    for (QCPItemEllipse *circle : {m_oneSigma, m_twoSigma}) {
        circle->topLeft->setType(QCPItemPosition::ptPlotCoords);
        circle->bottomRight->setType(QCPItemPosition::ptPlotCoords);
        circle->setVisible(false);
    }
    clearSamples();
}

void ScatterPlot::setSamples(const QString &title, const QVector<QPointF> &deviationsUm, const QPointF &stdUm)
{
    QVector<double> x, y;
    double extent = 0.0;
    for (const QPointF &p : deviationsUm) {
        x.append(p.x());
        y.append(p.y());
        extent = std::max({extent, std::abs(p.x()), std::abs(p.y())});
    }
    // Not sorted by x: the graph keeps the cycles in order (QCustomPlot sorts only when told).
    m_points->setData(x, y, true);
    m_sigmaUm = std::hypot(stdUm.x(), stdUm.y());
    placeCircle(m_oneSigma, m_sigmaUm);
    placeCircle(m_twoSigma, 2.0 * m_sigmaUm);
    m_extentUm = std::max({extent, 2.0 * m_sigmaUm, 0.5}) * 1.15;
    m_title->setText(m_sigmaUm > 0.0 ? tr("%1 — circles at 1σ (%2 µm) and 2σ").arg(title).arg(m_sigmaUm, 0, 'f', 2)
                                     : title);
    fitRanges();
}

void ScatterPlot::clearSamples()
{
    m_points->data()->clear();
    m_sigmaUm = 0.0;
    m_extentUm = 1.0;
    placeCircle(m_oneSigma, 0.0);
    placeCircle(m_twoSigma, 0.0);
    m_title->setText(tr("No measurements yet"));
    fitRanges();
}

int ScatterPlot::sampleCount() const
{
    return m_points->dataCount();
}

QString ScatterPlot::title() const
{
    return m_title->text();
}

void ScatterPlot::resizeEvent(QResizeEvent *event)
{
    QCustomPlot::resizeEvent(event);
    fitRanges();
}

void ScatterPlot::fitRanges()
{
    xAxis->setRange(-m_extentUm, m_extentUm);
    yAxis->setRange(-m_extentUm, m_extentUm);
    // Lay out first (the tick labels decide the axis rect), then give both axes equal µm per
    // pixel by widening whichever axis has room to spare.
    replot();
    const QRect rect = axisRect()->rect();
    if (rect.width() > 0 && rect.height() > 0) {
        if (rect.width() >= rect.height())
            xAxis->setScaleRatio(yAxis, 1.0);
        else
            yAxis->setScaleRatio(xAxis, 1.0);
    }
    replot();
}

} // namespace reticle
