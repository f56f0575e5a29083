#include "SharpnessCurvePlot.h"

#include <cmath>

namespace reticle {

namespace {
constexpr int kCurvePoints = 80;
}

SharpnessCurvePlot::SharpnessCurvePlot(QWidget *parent)
    : QCustomPlot(parent)
    , m_coarse(addGraph())
    , m_fine(addGraph())
    , m_coarseFit(addGraph())
    , m_fineFit(addGraph())
    , m_peakLine(new QCPItemStraightLine(this))
    , m_band(new QCPItemRect(this))
    , m_label(new QCPItemText(this))
    , m_title(new QCPTextElement(this, QString(), QFont(font().family(), font().pointSize(), QFont::Bold)))
{
    setObjectName(QStringLiteral("sharpnessCurvePlot"));
    setMinimumHeight(180);
    plotLayout()->insertRow(0);
    plotLayout()->addElement(0, 0, m_title);

    const QColor coarse(150, 150, 150);
    const QColor fine(31, 119, 180);
    const QColor peak(214, 39, 40);
    m_coarse->setName(tr("Coarse pass"));
    m_coarse->setLineStyle(QCPGraph::lsNone);
    m_coarse->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssCircle, coarse, 6));
    m_fine->setName(tr("Fine pass"));
    m_fine->setLineStyle(QCPGraph::lsNone);
    m_fine->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssDisc, fine, 6));
    m_coarseFit->setName(tr("Coarse fit"));
    m_coarseFit->setPen(QPen(coarse, 1.0, Qt::DashLine));
    m_fineFit->setName(tr("Fine fit"));
    m_fineFit->setPen(QPen(fine, 2.0));

    QColor bandColour = peak;
    bandColour.setAlpha(50);
    m_band->setPen(Qt::NoPen);
    m_band->setBrush(bandColour);
    m_band->topLeft->setTypeX(QCPItemPosition::ptPlotCoords);
    m_band->topLeft->setTypeY(QCPItemPosition::ptAxisRectRatio);
    m_band->bottomRight->setTypeX(QCPItemPosition::ptPlotCoords);
    m_band->bottomRight->setTypeY(QCPItemPosition::ptAxisRectRatio);
    m_peakLine->setPen(QPen(peak, 1.5));
    // The best focus is written just above the plot, where it never hides the curve.
    m_label->setClipToAxisRect(false);
    m_label->setPositionAlignment(Qt::AlignRight | Qt::AlignBottom);
    m_label->position->setTypeX(QCPItemPosition::ptAxisRectRatio);
    m_label->position->setTypeY(QCPItemPosition::ptAxisRectRatio);
    m_label->position->setCoords(1.0, -0.01);
    m_label->setColor(peak);

    yAxis->setLabel(tr("Sharpness"));
    // The legend in one row under the plot, out of the curve's way.
    legend->setVisible(true);
    legend->setFont(QFont(font().family(), std::max(7, font().pointSize() - 1)));
    legend->setFillOrder(QCPLayoutGrid::foColumnsFirst);
    legend->setBorderPen(Qt::NoPen);
    legend->setIconSize(16, 10);
    axisRect()->insetLayout()->take(legend);
    plotLayout()->addElement(2, 0, legend);
    plotLayout()->setRowStretchFactor(2, 0.001);
    m_title->setLayer(QStringLiteral("main"));
    m_title->setTextFlags(Qt::AlignLeft | Qt::AlignVCenter);
    reset(QString(), tr("Focus position"));
}

void SharpnessCurvePlot::reset(const QString &title, const QString &axis)
{
    for (QCPGraph *g : { m_coarse, m_fine, m_coarseFit, m_fineFit })
        g->data()->clear();
    m_peakLine->setVisible(false);
    m_band->setVisible(false);
    m_label->setVisible(false);
    m_title->setText(title);
    xAxis->setLabel(axis);
    xAxis->setRange(0.0, 1.0);
    yAxis->setRange(0.0, 1.0);
    replot(rpQueuedReplot);
}

QCPGraph *SharpnessCurvePlot::samples(FocusPass pass) const
{
    return pass == FocusPass::Coarse ? m_coarse : m_fine;
}

QCPGraph *SharpnessCurvePlot::fit(FocusPass pass) const
{
    return pass == FocusPass::Coarse ? m_coarseFit : m_fineFit;
}

void SharpnessCurvePlot::addSample(FocusPass pass, double position, double sharpness)
{
    samples(pass)->addData(position, sharpness);
    rescale();
}

void SharpnessCurvePlot::setFit(FocusPass pass, const FocusPeak &peak)
{
    QCPGraph *curve = fit(pass);
    curve->data()->clear();
    if (peak.ok && peak.fitTo > peak.fitFrom) {
        QVector<double> x, y;
        for (int i = 0; i < kCurvePoints; ++i) {
            const double p = peak.fitFrom + (peak.fitTo - peak.fitFrom) * i / (kCurvePoints - 1);
            x.append(p);
            y.append(
                peak.peakSharpness * std::exp(peak.logCurvature * (p - peak.position) * (p - peak.position)));
        }
        curve->setData(x, y, true);
    }
    if (pass == FocusPass::Fine || (peak.ok && !m_peakLine->visible())) {
        const bool show = peak.ok || pass == FocusPass::Coarse;
        m_peakLine->setVisible(show);
        m_band->setVisible(show && peak.ok);
        m_label->setVisible(show);
        if (show) {
            m_peakLine->point1->setCoords(peak.position, 0.0);
            m_peakLine->point2->setCoords(peak.position, 1.0);
            m_band->topLeft->setCoords(peak.position - peak.uncertainty, 0.0);
            m_band->bottomRight->setCoords(peak.position + peak.uncertainty, 1.0);
            m_label->setText(pass == FocusPass::Fine
                    ? tr("Best focus %1 ± %2").arg(peak.position, 0, 'f', 3).arg(peak.uncertainty, 0, 'f', 3)
                    : tr("Coarse estimate %1").arg(peak.position, 0, 'f', 3));
        }
    }
    rescale();
}

void SharpnessCurvePlot::rescale()
{
    bool found = false;
    QCPRange keys, values;
    for (QCPGraph *g : { m_coarse, m_fine, m_coarseFit, m_fineFit }) {
        if (g->data()->isEmpty())
            continue;
        bool ok = false;
        const QCPRange k = g->getKeyRange(ok);
        if (!ok)
            continue;
        bool okValue = false;
        const QCPRange v = g->getValueRange(okValue);
        keys = found ? QCPRange(std::min(keys.lower, k.lower), std::max(keys.upper, k.upper)) : k;
        if (okValue)
            values = found ? QCPRange(std::min(values.lower, v.lower), std::max(values.upper, v.upper)) : v;
        found = true;
    }
    if (found) {
        const double margin = std::max(keys.size() * 0.04, 0.01);
        xAxis->setRange(keys.lower - margin, keys.upper + margin);
        yAxis->setRange(0.0, std::max(values.upper * 1.08, 1e-9));
    }
    replot(rpQueuedReplot);
}

int SharpnessCurvePlot::sampleCount(FocusPass pass) const
{
    return samples(pass)->dataCount();
}

int SharpnessCurvePlot::fittedPointCount(FocusPass pass) const
{
    return fit(pass)->dataCount();
}

bool SharpnessCurvePlot::hasPeakMarker() const
{
    return m_peakLine->visible();
}

double SharpnessCurvePlot::peakMarkerPosition() const
{
    return m_peakLine->point1->coords().x();
}

double SharpnessCurvePlot::peakBandWidth() const
{
    return m_band->visible() ? m_band->bottomRight->coords().x() - m_band->topLeft->coords().x() : 0.0;
}

} // namespace reticle
